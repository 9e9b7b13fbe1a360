"""What chains/services code needs from a signer, without depending on the keys package.

- ``EvmSigner``: signs an EVM transaction dict, returns the raw signed transaction bytes.
- ``TronSigner``: signs a Tron transaction's ``raw_data`` bytes, returns 65 bytes r||s||v
  (v = 0/1) over sha256(raw_data), as java-tron expects.

``KeyManager.signer(account)`` (wallet/keys) gives an object implementing both for a wallet
account; ``LocalKeySigner`` implements both for a bare private key and exists for tests and
devnet funding only — the wallet's own keys never leave wallet/keys.
"""

from __future__ import annotations

import hashlib
from typing import Any, Protocol, runtime_checkable

from coincurve import PrivateKey

from wallet.core.addresses import evm_checksum, tron_from_id


@runtime_checkable
class EvmSigner(Protocol):
    address: str

    def sign_evm_transaction(self, tx: dict[str, Any]) -> bytes: ...


@runtime_checkable
class TronSigner(Protocol):
    address: str

    def sign_tron_transaction(self, raw_data: bytes) -> bytes: ...


def sign_tron_digest(private_key: bytes, raw_data: bytes) -> bytes:
    """65-byte r||s||v (v = 0/1) secp256k1 signature over sha256(raw_data)."""
    return PrivateKey(private_key).sign_recoverable(hashlib.sha256(raw_data).digest(), hasher=None)


def account_id_of_key(private_key: bytes) -> bytes:
    """The 20-byte account id (shared by EVM and Tron) of a secp256k1 private key."""
    from eth_hash.auto import keccak  # here: its import would delay the window's first paint

    return keccak(PrivateKey(private_key).public_key.format(compressed=False)[1:])[-20:]


class LocalKeySigner:
    """Both signer protocols over one private key held in memory (tests and devnet only).

    ``address`` is the EVM address; ``tron_address`` the Tron one (same 20-byte account id).
    """

    def __init__(self, private_key: bytes) -> None:
        if len(private_key) != 32:
            raise ValueError("a secp256k1 private key is 32 bytes")
        self._key = bytes(private_key)
        account_id = account_id_of_key(self._key)
        self.address = evm_checksum(account_id)
        self.tron_address = tron_from_id(account_id)

    def __repr__(self) -> str:  # never show the key
        return f"LocalKeySigner({self.address})"

    def sign_evm_transaction(self, tx: dict[str, Any]) -> bytes:
        from eth_account import Account  # slow import: only when signing

        return bytes(Account.sign_transaction(tx, self._key).raw_transaction)

    def sign_tron_transaction(self, raw_data: bytes) -> bytes:
        return sign_tron_digest(self._key, raw_data)
