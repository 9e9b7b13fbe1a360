"""The vault: secrets encrypted under the wallet password, stored in the OS keyring.

Design (docs/SECURITY.md):
- key-encryption key KEK = scrypt(password, salt, n, r, p), derived once per unlock;
- a random 256-bit data key DEK per wallet, wrapped by the KEK with AES-256-GCM in the wallet's
  *header* entry, together with the KDF salt and parameters (so they can be raised later);
- each secret (recovery phrase, imported key) is its own keyring entry, AES-256-GCM under the
  DEK, with the wallet id, generation and entry name as associated data (entries cannot be
  swapped or replayed into another wallet);
- changing the password writes every secret again under a new DEK as generation g+1, then
  flips the header (one keyring write), then deletes generation g: a crash at any point leaves
  either the old password or the new one working for every secret.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wallet.keys.errors import SecretCorrupted, SecretMissing, SecretTampered, WrongPassword
from wallet.keys.keyring_store import KeyringStore

VERSION = 1


@dataclass(frozen=True)
class KdfParams:
    n: int = 2**17
    r: int = 8
    p: int = 1

    def derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt,
            n=self.n,
            r=self.r,
            p=self.p,
            maxmem=256 * self.n * self.r + 64 * 1024 * 1024,
            dklen=32,
        )

    def weaker_than(self, other: KdfParams) -> bool:
        return self.n * self.r * self.p < other.n * other.r * other.p


#: ~0.4 s and 128 MiB on the 2-core test machine (bench/bench_kdf.py prints it).
DEFAULT_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def header_name(wallet_id: str) -> str:
    return f"wallet/{wallet_id}/header"


def secret_entry(wallet_id: str, generation: int, name: str) -> str:
    return f"wallet/{wallet_id}/g{generation}/{name}"


def _seal(key: bytes, plaintext: bytes, aad: str) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "ct": _b64(AESGCM(key).encrypt(nonce, plaintext, aad.encode()))}


def _open(key: bytes, box: dict[str, Any], aad: str) -> bytes:
    return AESGCM(key).decrypt(_unb64(box["nonce"]), _unb64(box["ct"]), aad.encode())


@dataclass
class Header:
    generation: int
    kdf: KdfParams
    salt: bytes
    wrapped_dek: dict[str, str]
    names: list[str]  # names of the secret entries of this generation

    def to_json(self) -> str:
        return json.dumps(
            {
                "v": VERSION,
                "generation": self.generation,
                "kdf": {
                    "name": "scrypt",
                    "n": self.kdf.n,
                    "r": self.kdf.r,
                    "p": self.kdf.p,
                    "salt": _b64(self.salt),
                },
                "dek": self.wrapped_dek,
                "names": self.names,
            },
            separators=(",", ":"),
        )

    @classmethod
    def parse(cls, text: str, wallet_id: str) -> Header:
        try:
            doc = json.loads(text)
            if doc["v"] != VERSION or doc["kdf"]["name"] != "scrypt":
                raise ValueError("unknown version")
            kdf = KdfParams(int(doc["kdf"]["n"]), int(doc["kdf"]["r"]), int(doc["kdf"]["p"]))
            return cls(
                int(doc["generation"]),
                kdf,
                _unb64(doc["kdf"]["salt"]),
                {"nonce": doc["dek"]["nonce"], "ct": doc["dek"]["ct"]},
                [str(n) for n in doc["names"]],
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise SecretCorrupted(
                "the keyring entry of wallet {wallet} is damaged ({problem}); restore the wallet "
                "from its recovery phrase or key",
                wallet=wallet_id,
                problem=type(exc).__name__,
            ) from None


class Vault:
    """Encrypted secrets of wallets in one keyring service."""

    def __init__(self, store: KeyringStore, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.store = store
        self.kdf = kdf

    # ---------------------------------------------------------------- header
    def _header(self, wallet_id: str) -> Header:
        text = self.store.get(header_name(wallet_id))
        if text is None:
            raise SecretMissing(
                "the keys of wallet {wallet} are not in the OS keyring (it may have been reset "
                "or this is another computer); restore the wallet from its recovery phrase or key",
                wallet=wallet_id,
            )
        return Header.parse(text, wallet_id)

    def exists(self, wallet_id: str) -> bool:
        return self.store.get(header_name(wallet_id)) is not None

    def _unwrap(self, header: Header, password: str, wallet_id: str) -> bytes:
        kek = header.kdf.derive(password, header.salt)
        try:
            return _open(kek, header.wrapped_dek, f"{wallet_id}/dek/{header.generation}")
        except (InvalidTag, ValueError):
            raise WrongPassword(
                "the password is wrong for wallet {wallet}", wallet=wallet_id
            ) from None

    def _wrap(
        self, dek: bytes, password: str, wallet_id: str, generation: int, kdf: KdfParams
    ) -> tuple[bytes, dict[str, str]]:
        salt = os.urandom(16)
        kek = kdf.derive(password, salt)
        return salt, _seal(kek, dek, f"{wallet_id}/dek/{generation}")

    # ---------------------------------------------------------------- API
    def create(self, wallet_id: str, password: str, secrets: dict[str, bytes]) -> bytes:
        """Store ``secrets`` for a new wallet; returns the wallet's data key (now unlocked)."""
        dek = os.urandom(32)
        self._write_generation(wallet_id, 1, dek, secrets)
        salt, wrapped = self._wrap(dek, password, wallet_id, 1, self.kdf)
        header = Header(1, self.kdf, salt, wrapped, sorted(secrets))
        self.store.set(header_name(wallet_id), header.to_json())
        return dek

    def unlock(self, wallet_id: str, password: str) -> bytes:
        """Check ``password`` and return the data key; raises WrongPassword, leaving all as is.

        A wallet whose KDF parameters are weaker than the current defaults is re-wrapped with
        the current ones (one header write: the secrets themselves do not change).
        """
        header = self._header(wallet_id)
        dek = self._unwrap(header, password, wallet_id)
        if header.kdf.weaker_than(self.kdf):
            header.salt, header.wrapped_dek = self._wrap(
                dek, password, wallet_id, header.generation, self.kdf
            )
            header.kdf = self.kdf
            self.store.set(header_name(wallet_id), header.to_json())
        return dek

    def kdf_of(self, wallet_id: str) -> KdfParams:
        return self._header(wallet_id).kdf

    def read(self, wallet_id: str, dek: bytes, name: str) -> bytes:
        header = self._header(wallet_id)
        entry = secret_entry(wallet_id, header.generation, name)
        text = self.store.get(entry)
        if text is None:
            raise SecretMissing(
                "a key of wallet {wallet} is missing from the OS keyring; restore the wallet "
                "from its recovery phrase or key",
                wallet=wallet_id,
            )
        try:
            box = json.loads(text)
            if box.get("v") != VERSION:
                raise ValueError("version")
        except (ValueError, AttributeError):
            raise SecretCorrupted(
                "a keyring entry of wallet {wallet} is damaged; restore the wallet from its "
                "recovery phrase or key",
                wallet=wallet_id,
            ) from None
        try:
            return _open(dek, box, entry)
        except (InvalidTag, ValueError, KeyError, TypeError):
            raise SecretTampered(
                "a keyring entry of wallet {wallet} has been altered and was not used; remove "
                "the wallet and restore it from its recovery phrase or key",
                wallet=wallet_id,
            ) from None

    def change_password(self, wallet_id: str, old_password: str, new_password: str) -> bytes:
        """Re-encrypt every secret under a new data key and password; atomic (module doc)."""
        header = self._header(wallet_id)
        old_dek = self._unwrap(header, old_password, wallet_id)
        secrets = {name: self.read(wallet_id, old_dek, name) for name in header.names}
        new_gen, new_dek = header.generation + 1, os.urandom(32)
        self._write_generation(wallet_id, new_gen, new_dek, secrets)
        salt, wrapped = self._wrap(new_dek, new_password, wallet_id, new_gen, self.kdf)
        self.store.set(
            header_name(wallet_id),
            Header(new_gen, self.kdf, salt, wrapped, sorted(secrets)).to_json(),
        )
        for name in header.names:
            self.store.delete(secret_entry(wallet_id, header.generation, name))
        return new_dek

    def remove(self, wallet_id: str, password: str) -> None:
        """Delete every keyring entry of the wallet (after checking the password)."""
        header = self._header(wallet_id)
        self._unwrap(header, password, wallet_id)
        for gen in range(1, header.generation + 2):
            for name in header.names:
                self.store.delete(secret_entry(wallet_id, gen, name))
        self.store.delete(header_name(wallet_id))

    def _write_generation(
        self, wallet_id: str, generation: int, dek: bytes, secrets: dict[str, bytes]
    ) -> None:
        for name, value in sorted(secrets.items()):
            entry = secret_entry(wallet_id, generation, name)
            box = {"v": VERSION, **_seal(dek, value, entry)}
            self.store.set(entry, json.dumps(box, separators=(",", ":")))
