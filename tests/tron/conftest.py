"""A devnet-mode wallet whose Tron network is the real devnode, with test USDKG deployed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.harness.components import missing
from wallet.core.networks import Token, load_registry
from wallet.devnet.anvil import AnvilNotFound
from wallet.devnet.tron import start_devnode
from wallet.devnet.tron.client import DevnodeClient
from wallet.services.environment import Environment

PHRASE = "test test test test test test test test test test test junk"
PW = "correct horse battery"
NET = "devnet-tron"


@dataclass
class TronWorld:
    env: Environment
    node: Any
    client: DevnodeClient
    usdkg: Token

    def account(self, index: int = 1):
        return next(a for a in self.env.accounts.accounts() if a.index == index)

    @property
    def issuer_key(self) -> bytes:
        return bytes.fromhex(self.node.accounts[0][1])

    def send_usdkg(self, sender: Any, to: str, units: int) -> Any:
        """A USDKG transfer from ``sender`` (unlocked) through the wallet, followed to
        confirmed: its journal entry."""
        from wallet.services.sender import SendRequest

        quote = self.env.sender.quote(SendRequest(sender, NET, self.usdkg.contract, to, units))
        entry = self.env.sender.send(quote, confirmed={x.code for x in quote.warnings})
        done = self.env.sender.refresh(entry)
        assert done.status == "confirmed", done
        return done


@pytest.fixture(scope="module")
def tron_node(tmp_path_factory):
    try:
        node = start_devnode(block_time=60, instant=True)
    except AnvilNotFound as exc:
        missing("anvil (the devnode's EVM engine)", str(exc))
    client = DevnodeClient(node.url)
    key = bytes.fromhex(node.accounts[0][1])
    contract = client.deploy(
        key, "TestUSDKG", ["string", "string", "uint8"], ["Test USDKG", "USDKG", 6], "USDKG"
    )
    from wallet.core.addresses import to_evm

    for i in (1, 2):
        client.trigger(
            key,
            contract,
            "mint(address,uint256)",
            ["address", "uint256"],
            [to_evm(node.accounts[i][0]), 1_000_000 * 10**6],
        )
    node.usdkg = contract
    yield node
    node.stop()


def make_env(keyring_env, url: str, contract: str, **env_args) -> Environment:
    """A devnet Environment from the ``keyring_env`` fixture (``env_args``: its data_dir, keys)
    with the Tron devnet at ``url`` and the test USDKG at ``contract``."""
    env = keyring_env("devnet", **env_args)
    token = Token("USDKG", "Test USDKG", NET, contract, 6, "usdkg", "test")
    reg = load_registry("devnet").with_endpoints(NET, [url])
    env.__dict__["registry"] = reg.with_tokens([token])
    return env


@pytest.fixture
def tron_world(tron_node, keyring_env):
    env = make_env(keyring_env, tron_node.url, tron_node.usdkg)
    wallet, _ = env.accounts.create_hd_wallet("Test", PW, PHRASE)
    for _ in range(3):
        env.accounts.add_account(wallet.id)
    yield TronWorld(env, tron_node, DevnodeClient(tron_node.url), env.registry.token(NET, "USDKG"))
    env.close()


CLI_NET = ("--network", NET)


@pytest.fixture
def cli_devnet(data_dir, secret_service):
    """``kapchyk devnet`` as the CLI tests use it: the launcher's devnet (fast blocks) with the
    test phrase restored in devnet mode; yields (the devnet, ``wallet restore``'s JSON)."""
    from tests.keys.cli_helpers import run_cli
    from wallet.devnet.launcher import start_devnet

    net = start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.3)
    try:
        _, restored = run_cli(
            data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE, mode="devnet"
        )
        yield net, restored
    finally:
        net.stop()
