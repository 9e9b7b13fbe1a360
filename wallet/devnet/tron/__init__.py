"""The Tron devnode: a local node speaking java-tron's HTTP API, for tests and testers.

``start_devnode()`` starts it on loopback and returns a handle (``url``, ``accounts``,
``chain``, ``stop()``); ``python -m wallet.devnet.tron`` (or ``kapchyk devnet tron``) runs it in
the foreground. See docs/DEVNODE.md.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from wallet.devnet.tron.chain import TEST_PHRASE, TronChain
from wallet.devnet.tron.engine import AnvilEngine
from wallet.devnet.tron.http import Api, DevnodeServer
from wallet.devnet.tron.predeploys import install_multicall3

__all__ = ["Devnode", "start_devnode"]


def funded_keys(n: int = 10) -> list[bytes]:
    """The keys of the ten pre-funded accounts: the test phrase at m/44'/195'/0'/0/i."""
    from wallet.keys import hd, mnemonic

    seed = mnemonic.to_seed(TEST_PHRASE)
    return [hd.derive(seed, hd.bip44_path("tron", i)) for i in range(n)]


@dataclass
class Devnode:
    chain: TronChain
    server: DevnodeServer
    engine: AnvilEngine
    state_file: Path | None
    block_time: float
    _stop: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def accounts(self) -> list[tuple[str, str]]:
        """(T-address, private key hex) of the pre-funded accounts."""
        return list(self.chain.funded)

    def _producer(self) -> None:
        while not self._stop.wait(self.block_time):
            self.chain.produce_block()

    def save(self) -> None:
        if self.state_file is not None:
            self.chain.save(self.state_file)

    def stop(self) -> None:
        self._stop.set()
        self.server.stop()
        self.save()
        self.engine.stop()


def start_devnode(
    *, port: int = 0, state_file: Path | None = None, block_time: float = 3.0, instant: bool = False
) -> Devnode:
    """Start the devnode. ``instant``: a block right after every accepted transaction."""
    evm_state = None
    if state_file is not None:
        state_file = Path(state_file)
        state_file.parent.mkdir(parents=True, exist_ok=True)
        evm_state = state_file.with_name(state_file.stem + ".evm.json")
    engine = AnvilEngine(evm_state)
    chain = TronChain(engine)
    if state_file is not None and state_file.exists():
        chain.load(state_file)
    else:
        chain.genesis(funded_keys())
    install_multicall3(chain)
    chain.produce_block()  # a fresh head, so new transactions are not "too far in the future"
    api = Api(chain, after_broadcast=chain.produce_block if instant else (lambda: None))
    server = DevnodeServer(api, port)
    node = Devnode(chain, server, engine, state_file, block_time)
    server.start()
    threading.Thread(target=node._producer, daemon=True, name="tron-devnode-blocks").start()
    return node
