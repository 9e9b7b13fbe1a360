"""A wallet environment on the real anvil: testnet mode, BNB Chain Testnet pointed at anvil,
the project's test KGST and USDKG registered, and the test phrase restored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from wallet.core.networks import Token, load_registry
from wallet.services.environment import Environment

PHRASE = "test test test test test test test test test test test junk"
PW = "correct horse battery"
NET = "bsc-testnet"


@dataclass
class EvmWorld:
    env: Environment
    anvil: Any
    tokens: Any
    kgst: Token
    usdkg: Token

    @property
    def sender(self):
        return self.env.sender

    def account(self, index: int = 1):
        return next(a for a in self.env.accounts.accounts() if a.index == index)

    def mine(self, n: int = 3) -> None:
        self.anvil.mine(n)


def make_env(keyring_env, anvil_url: str, tokens, extra_urls=(), **env_args) -> Environment:
    """A testnet Environment from the ``keyring_env`` fixture (``env_args``: its data_dir, keys)
    with BNB Chain Testnet at ``anvil_url`` (after ``extra_urls``) and the test tokens."""
    env = keyring_env("testnet", **env_args)
    kgst = Token("KGST", "Test KGST", NET, tokens.kgst_address, 18, "kgst", "test")
    usdkg = Token("USDKG", "Test USDKG", NET, tokens.usdkg_address, 6, "usdkg", "test")
    reg = load_registry("testnet").with_endpoints(NET, [*extra_urls, anvil_url])
    env.__dict__["registry"] = reg.with_tokens([kgst, usdkg])
    return env


@pytest.fixture
def world(anvil, test_tokens, keyring_env):
    env = make_env(keyring_env, anvil.url, test_tokens)
    wallet, _ = env.accounts.create_hd_wallet("Test", PW, PHRASE)
    for _ in range(3):
        env.accounts.add_account(wallet.id)
    reg = env.registry
    yield EvmWorld(env, anvil, test_tokens, reg.token(NET, "KGST"), reg.token(NET, "USDKG"))
    env.close()
