"""A wallet environment on the real anvil: testnet mode, BNB Chain Testnet pointed at anvil,
the project's test KGST and USDKG registered, and the test phrase restored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.keys.conftest import FAST_KDF
from wallet.core.networks import Token, load_registry
from wallet.keys.keyring_store import KeyringStore
from wallet.keys.manager import KeyManager
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


def make_env(data_dir, anvil_url: str, tokens, store, extra_urls=()) -> Environment:
    env = Environment(data_dir, "testnet")
    kgst = Token("KGST", "Test KGST", NET, tokens.kgst_address, 18, "kgst", "test")
    usdkg = Token("USDKG", "Test USDKG", NET, tokens.usdkg_address, 6, "usdkg", "test")
    reg = load_registry("testnet").with_endpoints(NET, [*extra_urls, anvil_url])
    env.__dict__["registry"] = reg.with_tokens([kgst, usdkg])
    env.__dict__["keys"] = KeyManager(store, kdf=FAST_KDF)
    return env


@pytest.fixture
def world(anvil, test_tokens, data_dir, secret_service, request):
    store = KeyringStore(f"kapchyk-test-{request.node.name}"[:120], secret_service.backend())
    env = make_env(data_dir, anvil.url, test_tokens, store)
    wallet, _ = env.accounts.create_hd_wallet("Test", PW, PHRASE)
    for _ in range(3):
        env.accounts.add_account(wallet.id)
    reg = env.registry
    yield EvmWorld(env, anvil, test_tokens, reg.token(NET, "KGST"), reg.token(NET, "USDKG"))
    env.close()
