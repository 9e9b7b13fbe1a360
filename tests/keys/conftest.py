from __future__ import annotations

import pytest

from wallet.keys.manager import KeyManager
from wallet.keys.vault import KdfParams
from wallet.services.accounts import AccountsService
from wallet.store.db import open_database

#: Fast scrypt parameters for tests of vault *logic*; the default (strong) parameters are
#: exercised by test_default_kdf_strength and the CLI flow tests.
FAST_KDF = KdfParams(n=2**10, r=8, p=1)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(keyring_store):
    return keyring_store()


@pytest.fixture
def keys(store, clock):
    return KeyManager(store, kdf=FAST_KDF, clock=clock)


@pytest.fixture
def accounts(keys, tmp_path):
    return AccountsService(open_database(tmp_path / "w.sqlite3"), keys)
