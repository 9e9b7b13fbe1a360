"""``kapchyk devnet``: local chains for testers and newcomers, with no internet.

Starts a BNB-Chain-like anvil and the project's Tron devnode, deploys the project's test KGST
(BEP-20, 18 decimals, pause + freeze) and test USDKG (TRC-20, 6 decimals, pause, blacklist, fee),
writes their addresses and the node URLs into ``DATA_DIR/devnet/devnet.json`` (read by the
wallet in devnet mode), and funds addresses with gas coins and tokens.

The devnet EVM chain uses chain id 31337 rather than BSC testnet's 97, so nothing signed on the
devnet can be replayed on a public chain. Chain state survives restarts: anvil dumps it to
``anvil-state.json`` on exit (``--state``), the Tron devnode to ``tron-state.json``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wallet.core import addresses
from wallet.core.errors import KapchykError
from wallet.devnet.anvil import AnvilProcess, start_anvil
from wallet.devnet.contracts import abi, deploy, install_multicall3
from wallet.store.files import write_json_atomic

log = logging.getLogger(__name__)

DEVNET_CHAIN_ID = 31337
DEFAULT_BSC_PORT = 8545
DEFAULT_TRON_PORT = 8090
DEVNET_FILE = "devnet.json"
#: what ``fund`` gives each address
FUND_BNB_WEI = 10 * 10**18
FUND_KGST = 10_000 * 10**18
FUND_TRX_SUN = 5_000 * 10**6
FUND_USDKG = 10_000 * 10**6


class DevnetError(KapchykError):
    code = "devnet"


@dataclass
class Devnet:
    folder: Path
    anvil: AnvilProcess
    w3: Any
    issuer: str
    deployment: dict[str, Any] = field(default_factory=dict)
    tron: Any = None  # the Tron devnode handle, when running in this process
    tron_url: str | None = None

    @property
    def tron_client(self) -> Any:
        from wallet.devnet.tron.client import DevnodeClient

        if not self.tron_url:
            raise DevnetError("the Tron devnet is not running")
        return DevnodeClient(self.tron_url)

    def tron_token(self, symbol: str) -> str:
        return next(
            t["contract"]
            for t in self.deployment["tokens"]
            if t["network"] == "devnet-tron" and t["symbol"] == symbol
        )

    def fund_tron(self, address: str) -> dict[str, int]:
        """Give ``address`` devnet TRX and USDKG from the devnode's first account."""
        from wallet.devnet.tron import funded_keys
        from wallet.keys import hd

        to = addresses.to_tron(address)
        issuer = funded_keys(1)[0]
        client = self.tron_client
        if to != hd.tron_address(issuer):  # the issuer's own account holds plenty of TRX
            client.send_trx(issuer, to, FUND_TRX_SUN)
        client.trigger(
            issuer,
            self.tron_token("USDKG"),
            "mint(address,uint256)",
            ["address", "uint256"],
            [addresses.to_evm(to), FUND_USDKG],
        )
        return {"TRX": FUND_TRX_SUN, "USDKG": FUND_USDKG}

    def fund(self, address: str) -> dict[str, int]:
        if addresses.is_evm_address(address):
            return self.fund_evm(address)
        return self.fund_tron(address)

    @property
    def bsc_url(self) -> str:
        return self.anvil.url

    def contract(self, symbol: str) -> Any:
        tok = next(
            t
            for t in self.deployment["tokens"]
            if t["network"] == "devnet-bsc" and t["symbol"] == symbol
        )
        return self.w3.eth.contract(address=tok["contract"], abi=abi("TestKGST"))

    def fund_evm(self, address: str) -> dict[str, int]:
        """Give ``address`` devnet BNB and KGST from the issuer account."""
        to = addresses.to_evm(address)
        tx = self.w3.eth.send_transaction({"from": self.issuer, "to": to, "value": FUND_BNB_WEI})
        self.w3.eth.wait_for_transaction_receipt(tx)
        kgst = self.contract("KGST")
        tx = kgst.functions.mint(to, FUND_KGST).transact({"from": self.issuer})
        self.w3.eth.wait_for_transaction_receipt(tx)
        return {"BNB": FUND_BNB_WEI, "KGST": FUND_KGST}

    @property
    def attached(self) -> bool:
        """True when this process did not start the chains (another process runs them)."""
        return self.anvil.process is None

    def stop(self) -> None:
        """Stop what this process started (an attached devnet keeps running)."""
        _started[:] = [n for n in _started if n is not self]
        if self.tron is not None:
            self.tron.stop()
            self.tron = None
        self.anvil.stop()


#: devnets this process started and has not stopped yet (stopped at exit by ``stop_started``,
#: also when the start finished on a worker after the window that asked for it had gone)
_started: list[Devnet] = []


def stop_started() -> int:
    """Stop every devnet this process started; returns how many there were."""
    count = 0
    while _started:
        _started[-1].stop()
        count += 1
    return count


def devnet_folder(data_dir: Path) -> Path:
    return Path(data_dir) / "devnet"


def start_devnet(
    data_dir: Path,
    *,
    bsc_port: int = DEFAULT_BSC_PORT,
    tron_port: int | None = DEFAULT_TRON_PORT,
    fresh: bool = False,
    block_time: float = 3.0,
) -> Devnet:
    """Start (or resume) the devnet chains and make sure the test tokens are deployed."""
    folder = devnet_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    state = folder / "anvil-state.json"
    tron_state = folder / "tron-state.json"
    if fresh:
        for f in (
            state,
            tron_state,
            tron_state.with_name("tron-state.evm.json"),
            folder / DEVNET_FILE,
        ):
            f.unlink(missing_ok=True)
    try:
        proc = start_anvil(chain_id=DEVNET_CHAIN_ID, port=bsc_port, state_file=state)
    except RuntimeError as exc:
        raise DevnetError(
            "the local BNB devnet could not start on port {port} ({reason}); is another "
            "devnet already running? Stop it or pass another --bsc-port",
            port=bsc_port,
            reason=str(exc).splitlines()[0],
        ) from None
    from web3 import Web3

    w3 = Web3(Web3.HTTPProvider(proc.url, request_kwargs={"timeout": 30}))
    issuer = w3.eth.accounts[0]
    net = Devnet(folder, proc, w3, issuer)
    _started.append(net)
    try:
        net.deployment = _ensure_evm_deployment(net)
        if tron_port is not None:
            from wallet.devnet.tron import start_devnode

            net.tron = start_devnode(port=tron_port, state_file=tron_state, block_time=block_time)
            net.tron_url = net.tron.url
            net.deployment = _ensure_tron_deployment(net)
        _write_devnet_file(folder, net.deployment)
    except Exception:
        net.stop()
        raise
    return net


def _ensure_tron_deployment(net: Devnet) -> dict[str, Any]:
    """Test USDKG on the Tron devnode (pause, sender blacklist, 0.1% fee capped at 1 USDKG)."""
    from wallet.devnet.tron import funded_keys

    doc = dict(net.deployment)
    client = net.tron_client
    old = [t for t in doc.get("tokens", []) if t.get("network") == "devnet-tron"]
    if old and client.post("/wallet/getcontract", {"value": old[0]["contract"], "visible": True}):
        log.info("devnet: reusing deployed TRC-20 test token")
    else:
        issuer = funded_keys(1)[0]
        contract = client.deploy(
            issuer, "TestUSDKG", ["string", "string", "uint8"], ["Test USDKG", "USDKG", 6], "USDKG"
        )
        client.trigger(
            issuer, contract, "setParams(uint256,uint256)", ["uint256", "uint256"], [10, 1_000_000]
        )
        old = [
            {
                "symbol": "USDKG",
                "name": "Test USDKG (devnet)",
                "network": "devnet-tron",
                "contract": contract,
                "decimals": 6,
                "issuer_controls": "usdkg",
                "source": "deployed by `kapchyk devnet` (TestUSDKG, the project's own test token)",
            }
        ]
    doc["tokens"] = [t for t in doc.get("tokens", []) if t.get("network") != "devnet-tron"] + old
    doc["endpoints"] = {**doc.get("endpoints", {}), "devnet-tron": [net.tron_url]}
    return doc


def connect_devnet(data_dir: Path) -> Devnet:
    """Attach to a devnet started by another process (for ``kapchyk devnet fund``)."""
    from web3 import Web3

    folder = devnet_folder(data_dir)
    doc = read_devnet_file(folder)
    urls = doc.get("endpoints", {}).get("devnet-bsc")
    if not urls:
        raise DevnetError(
            "no devnet has been started in {folder}; run `kapchyk devnet` first", folder=str(folder)
        )
    w3 = Web3(Web3.HTTPProvider(urls[0], request_kwargs={"timeout": 10}))
    if not w3.is_connected():
        raise DevnetError(
            "the devnet at {url} is not running; start it with `kapchyk devnet`", url=urls[0]
        )
    proc = AnvilProcess(process=None, url=urls[0], chain_id=DEVNET_CHAIN_ID)
    tron = (doc.get("endpoints", {}).get("devnet-tron") or [None])[0]
    return Devnet(folder, proc, w3, w3.eth.accounts[0], doc, tron_url=tron)


def _ensure_evm_deployment(net: Devnet) -> dict[str, Any]:
    """Reuse the tokens of an earlier run when the chain still has their code; else deploy."""
    w3 = net.w3
    install_multicall3(w3)
    old = read_devnet_file(net.folder)
    tokens = [t for t in old.get("tokens", []) if t.get("network") == "devnet-bsc"]
    if tokens and all(w3.eth.get_code(t["contract"]) for t in tokens):
        log.info("devnet: reusing deployed BEP-20 test tokens")
    else:
        kgst = deploy(w3, "TestKGST", "Test KGST", "KGST", 18, sender=net.issuer)
        tokens = [
            {
                "symbol": "KGST",
                "name": "Test KGST (devnet)",
                "network": "devnet-bsc",
                "contract": kgst,
                "decimals": 18,
                "issuer_controls": "kgst",
                "source": "deployed by `kapchyk devnet` (TestKGST, the project's own test token)",
            }
        ]
    others = [t for t in old.get("tokens", []) if t.get("network") != "devnet-bsc"]
    endpoints = dict(old.get("endpoints", {}))
    endpoints["devnet-bsc"] = [net.anvil.url]
    return {"endpoints": endpoints, "tokens": tokens + others}


def read_devnet_file(folder: Path) -> dict[str, Any]:
    path = folder / DEVNET_FILE
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DevnetError(
            "{file} is damaged ({reason}); start the devnet with --fresh",
            file=str(path),
            reason=str(exc),
        ) from None


def _write_devnet_file(folder: Path, deployment: dict[str, Any]) -> None:
    """Atomic write: a crash leaves the old file or the new one, never half of one."""
    write_json_atomic(folder / DEVNET_FILE, deployment)
