"""Node API keys (a TronGrid key): kept in the OS keyring, never in SQLite or a file.

An API key is not a wallet secret (it moves no money), so it is stored without the wallet
password, which lets balances refresh while the wallet is locked.
"""

from __future__ import annotations

import logging

from wallet.keys.errors import KeysError
from wallet.keys.keyring_store import KeyringStore

log = logging.getLogger(__name__)


def _entry(network_id: str) -> str:
    return f"api-key/{network_id}"


def set_api_key(store: KeyringStore, network_id: str, key: str) -> None:
    key = key.strip()
    if not key or len(key) > 200 or any(c.isspace() for c in key):
        raise KeysError("an API key is one word of up to 200 characters")
    store.set(_entry(network_id), key)


def remove_api_key(store: KeyringStore, network_id: str) -> None:
    store.delete(_entry(network_id))


def get_api_key(store: KeyringStore, network_id: str) -> str | None:
    """The stored key, or None (also when the keyring cannot be reached: requests then go
    without a key, which public nodes rate-limit but answer)."""
    try:
        return store.get(_entry(network_id))
    except KeysError as exc:
        log.info("no API key for %s: %s", network_id, exc.code)
        return None
