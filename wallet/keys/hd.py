"""BIP-32/BIP-44 key derivation (secp256k1) and the addresses keys give on each chain.

EVM accounts use m/44'/60'/0'/0/i and Tron accounts m/44'/195'/0'/0/i — the paths MetaMask,
Trust Wallet and TronLink use, so a phrase shows the same addresses in Kapchyk as there.
"""

from __future__ import annotations

import hashlib
import hmac

from coincurve import PrivateKey

from wallet.core.addresses import evm_checksum, tron_from_id
from wallet.core.signing import account_id_of_key
from wallet.keys.errors import InvalidKey

HARDENED = 0x80000000
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
COIN_TYPES = {"evm": 60, "tron": 195}


def bip44_path(chain: str, index: int) -> str:
    return f"m/44'/{COIN_TYPES[chain]}'/0'/0/{index}"


def _parse_path(path: str) -> list[int]:
    parts = path.split("/")
    if parts[0] != "m":
        raise ValueError("a derivation path starts with m")
    out = []
    for p in parts[1:]:
        hardened = p.endswith("'")
        n = int(p[:-1] if hardened else p)
        if not 0 <= n < HARDENED:
            raise ValueError("path index out of range")
        out.append(n + HARDENED if hardened else n)
    return out


def derive(seed: bytes, path: str) -> bytes:
    """The 32-byte private key at ``path`` under a BIP-32 ``seed``."""
    digest = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    key, chain_code = digest[:32], digest[32:]
    for index in _parse_path(path):
        if index >= HARDENED:
            data = b"\x00" + key + index.to_bytes(4, "big")
        else:
            data = PrivateKey(key).public_key.format(compressed=True) + index.to_bytes(4, "big")
        digest = hmac.new(chain_code, data, hashlib.sha512).digest()
        tweak = int.from_bytes(digest[:32], "big")
        child = (tweak + int.from_bytes(key, "big")) % SECP256K1_N
        if tweak >= SECP256K1_N or child == 0:  # pragma: no cover - probability ~2^-127
            raise InvalidKey("this derivation path gives an invalid key; use the next index")
        key, chain_code = child.to_bytes(32, "big"), digest[32:]
    return key


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
