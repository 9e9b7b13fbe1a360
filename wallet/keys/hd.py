"""BIP-32/BIP-44 key derivation (secp256k1) and the addresses keys give on each chain.

EVM accounts use m/44'/60'/0'/0/i and Tron accounts m/44'/195'/0'/0/i — the paths MetaMask,
Trust Wallet and TronLink use, so a phrase shows the same addresses in Kapchyk as there. The
derivation itself is eth-account's (``eth_account.hdaccount``), imported on first use: importing
eth_account takes about a second, and nothing before the main window's first paint derives a key.
"""

from __future__ import annotations

from wallet.core.addresses import evm_checksum, tron_from_id
from wallet.core.signing import account_id_of_key
from wallet.keys.errors import InvalidKey

SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
COIN_TYPES = {"evm": 60, "tron": 195}


def bip44_path(chain: str, index: int) -> str:
    return f"m/44'/{COIN_TYPES[chain]}'/0'/0/{index}"


def derive(seed: bytes, path: str) -> bytes:
    """The 32-byte private key at ``path`` (``m/44'/60'/0'/0/0`` form) under a BIP-32 ``seed``.

    eth-account skips to the next index in the (probability ~2^-127) case BIP-32 calls invalid.
    """
    from eth_account.hdaccount import key_from_seed

    return key_from_seed(seed, path)


#: The 20-byte account id (shared by EVM and Tron) of a private key.
account_id_of = account_id_of_key


def evm_address(private_key: bytes) -> str:
    return evm_checksum(account_id_of(private_key))


def tron_address(private_key: bytes) -> str:
    return tron_from_id(account_id_of(private_key))


def parse_private_key(text: str) -> bytes:
    """A hex private key (64 digits, optional 0x) → 32 bytes, checked to be a valid key."""
    raw = text.strip()
    if raw[:2] in ("0x", "0X"):
        raw = raw[2:]
    if len(raw) != 64 or any(c not in "0123456789abcdefABCDEF" for c in raw):
        raise InvalidKey(
            "a private key is 64 hex digits (optionally starting with 0x); this is {n} characters",
            n=len(raw),
        )
    key = bytes.fromhex(raw)
    if not 0 < int.from_bytes(key, "big") < SECP256K1_N:
        raise InvalidKey("this is not a valid secp256k1 private key")
    return key
