"""KeyManager: the only holder of secrets. Callers pass what to sign; it checks and signs.

While a wallet is unlocked only its 256-bit data key is kept in memory; a private key is
decrypted from the keyring for each signature and dropped right after. Idle wallets lock
themselves (``maybe_auto_lock``, driven by the GUI's timer and by every call here).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import unicodedata
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from coincurve import PrivateKey

from wallet.core.signing import sign_tron_digest
from wallet.core.wallets import Account
from wallet.keys import hd, mnemonic
from wallet.keys.errors import (
    KeystoreError,
    WalletLocked,
    WatchOnly,
    WrongPassword,
)
from wallet.keys.keyring_store import KeyringStore
from wallet.keys.vault import DEFAULT_KDF, KdfParams, Vault

DEFAULT_IDLE_SECONDS = 5 * 60
MNEMONIC = "mnemonic"
PRIVATE_KEY = "private_key"


def keyring_service(mode: str) -> str:
    """One keyring service name per network mode, so test keys never mix with real ones."""
    return "kapchyk" if mode == "mainnet" else f"kapchyk-{mode}"


class KeyManager:
    def __init__(
        self,
        store: KeyringStore,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.vault = Vault(store, kdf)
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._deks: dict[str, bytearray] = {}
        self._last_activity = clock()
        self._lock = threading.RLock()
        self._pool: ThreadPoolExecutor | None = None
        #: called with a wallet id when it locks / unlocks (on the thread that did it)
        self.on_locked: list[Callable[[str], None]] = []
        self.on_unlocked: list[Callable[[str], None]] = []

    # ---------------------------------------------------------------- idle / lock
    def touch(self) -> None:
        """Record user activity (the GUI calls this on input events)."""
        self._last_activity = self._clock()

    def maybe_auto_lock(self) -> bool:
        """Lock every wallet when idle longer than ``idle_seconds``; True if it locked any."""
        if self._deks and self._clock() - self._last_activity >= self.idle_seconds:
            self.lock()
            return True
        return False

    def lock(self, wallet_id: str | None = None) -> None:
        with self._lock:
            ids = [wallet_id] if wallet_id else list(self._deks)
            for wid in ids:
                dek = self._deks.pop(wid, None)
                if dek is not None:
                    dek[:] = bytes(len(dek))  # best effort: overwrite the key in memory
                    for cb in self.on_locked:
                        cb(wid)

    def unlocked_wallets(self) -> list[str]:
        """Ids of the wallets unlocked now (after locking idle ones)."""
        self.maybe_auto_lock()
        with self._lock:
            return list(self._deks)

    def _keep_dek(self, wallet_id: str, dek: bytes) -> None:
        self.touch()  # first, so an idle check in between cannot lock it again at once
        with self._lock:
            self._deks[wallet_id] = bytearray(dek)
        for cb in self.on_unlocked:
            cb(wallet_id)

    def is_unlocked(self, wallet_id: str) -> bool:
        self.maybe_auto_lock()
        return wallet_id in self._deks

    def unlock(self, wallet_id: str, password: str) -> None:
        """Derive the key from ``password`` (0.2–1 s: never call this on the GUI thread)."""
        dek = self.vault.unlock(wallet_id, password)
        self._keep_dek(wallet_id, dek)
        self.touch()

    def unlock_async(
        self, wallet_id: str, password: str, on_done: Callable[[BaseException | None], None]
    ) -> Future:
        """Unlock on a worker thread and return at once; ``on_done(error_or_None)`` follows."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kdf")

        def work() -> None:
            try:
                self.unlock(wallet_id, password)
            except BaseException as exc:  # reported to the caller, not raised on the thread
                on_done(exc)
                return
            on_done(None)

        return self._pool.submit(work)

    def _dek(self, wallet_id: str) -> bytes:
        self.maybe_auto_lock()
        with self._lock:
            dek = self._deks.get(wallet_id)
        if dek is None:
            raise WalletLocked("the wallet is locked; enter its password to continue")
        self.touch()
        return bytes(dek)

    # ---------------------------------------------------------------- wallets
    @staticmethod
    def new_wallet_id() -> str:
        return secrets.token_hex(8)

    def store_hd_wallet(
        self, wallet_id: str, password: str, phrase: str, passphrase: str = ""
    ) -> None:
        norm = mnemonic.validate(phrase)
        payload = json.dumps({"mnemonic": norm, "passphrase": passphrase}).encode()
        dek = self.vault.create(wallet_id, password, {MNEMONIC: payload})
        self._keep_dek(wallet_id, dek)
        self.touch()

    def store_key_wallet(self, wallet_id: str, password: str, private_key: bytes) -> None:
        dek = self.vault.create(wallet_id, password, {PRIVATE_KEY: private_key})
        self._keep_dek(wallet_id, dek)
        self.touch()

    @staticmethod
    def addresses_from_phrase(phrase: str, passphrase: str, index: int) -> tuple[str, str]:
        seed = mnemonic.to_seed(phrase, passphrase)
        evm = hd.evm_address(hd.derive(seed, hd.bip44_path("evm", index)))
        tron = hd.tron_address(hd.derive(seed, hd.bip44_path("tron", index)))
        return evm, tron

    def derive_addresses(self, wallet_id: str, index: int) -> tuple[str, str]:
        """EVM and Tron addresses of account ``index`` of an unlocked phrase wallet."""
        phrase, passphrase = self._phrase(wallet_id)
        return self.addresses_from_phrase(phrase, passphrase, index)

    def _phrase(self, wallet_id: str) -> tuple[str, str]:
        doc = json.loads(self.vault.read(wallet_id, self._dek(wallet_id), MNEMONIC))
        return doc["mnemonic"], doc.get("passphrase", "")

    def phrase_word_count(self, wallet_id: str) -> int:
        return len(self._phrase(wallet_id)[0].split())

    def check_backup_words(self, wallet_id: str, answers: dict[int, str]) -> bool:
        """True when every (1-based position → word) answer matches the stored phrase."""
        phrase, _ = self._phrase(wallet_id)
        return bool(answers) and not mnemonic.wrong_positions(phrase, answers)

    def reveal_phrase(self, wallet_id: str, password: str) -> str:
        """The recovery phrase, for the backup screen; asks for the password again."""
        self.unlock(wallet_id, password)
        return self._phrase(wallet_id)[0]

    def change_password(self, wallet_id: str, old: str, new: str) -> None:
        dek = self.vault.change_password(wallet_id, old, new)
        self._keep_dek(wallet_id, dek)

    def remove_wallet_secrets(self, wallet_id: str, password: str) -> None:
        self.vault.remove(wallet_id, password)
        self.lock(wallet_id)

    # ---------------------------------------------------------------- private keys
    def _private_key(self, account: Account, chain: str) -> bytes:
        if account.watch_only:
            raise WatchOnly(
                "{label} is a watch-only account: it has no key and cannot sign",
                label=account.label,
            )
        if account.address_for(chain) is None:
            raise WatchOnly(
                "account {label} has no {chain} address",
                label=account.label,
                chain="Tron" if chain == "tron" else "EVM",
            )
        dek = self._dek(account.wallet_id)
        if account.wallet_kind == "hd":
            doc = json.loads(self.vault.read(account.wallet_id, dek, MNEMONIC))
            seed = mnemonic.to_seed(doc["mnemonic"], doc.get("passphrase", ""))
            key = hd.derive(seed, hd.bip44_path(chain, account.index))
        else:
            key = self.vault.read(account.wallet_id, dek, PRIVATE_KEY)
        expected = account.address_for(chain)
        actual = hd.evm_address(key) if chain == "evm" else hd.tron_address(key)
        if actual != expected:  # never sign with a key that is not the account's
            raise KeystoreError(
                "the stored key does not match account {label}", label=account.label
            )
        return key

    # ---------------------------------------------------------------- signing
    def sign_evm_transaction(self, account: Account, tx: dict[str, Any]) -> bytes:
        """Sign an EVM transaction dict; returns the raw signed transaction bytes."""
        from eth_account import Account as EthAccount

        key = self._private_key(account, "evm")
        signed = EthAccount.sign_transaction(tx, key)
        return bytes(signed.raw_transaction)

    def sign_tron_transaction(self, account: Account, raw_data: bytes) -> bytes:
        """65-byte r||s||v (v = 0/1) signature over sha256(raw_data), as java-tron expects."""
        return sign_tron_digest(self._private_key(account, "tron"), raw_data)

    def signer(self, account: Account, chain: str) -> AccountSigner:
        """An ``EvmSigner``/``TronSigner`` (wallet.core.signing) for ``account`` on ``chain``
        ("evm" or "tron"): it holds no key, and asks this manager for each signature."""
        address = account.address_for(chain)
        if address is None:
            raise WatchOnly(
                "account {label} has no {chain} address",
                label=account.label,
                chain="Tron" if chain == "tron" else "EVM",
            )
        return AccountSigner(self, account, address)

    def sign_message(self, account: Account, message: bytes, chain: str = "evm") -> bytes:
        """EIP-191 personal_sign (EVM) or TIP-191 (Tron: "\\x19TRON Signed Message:\\n")."""
        from eth_account import Account as EthAccount
        from eth_account.messages import encode_defunct

        key = self._private_key(account, chain)
        if chain == "evm":
            return bytes(EthAccount.sign_message(encode_defunct(primitive=message), key).signature)
        prefix = b"\x19TRON Signed Message:\n" + str(len(message)).encode()
        from eth_hash.auto import keccak

        sig = PrivateKey(key).sign_recoverable(keccak(prefix + message), hasher=None)
        return sig[:64] + bytes([sig[64] + 27])

    # ---------------------------------------------------------------- keystore V3
    def export_keystore(
        self, account: Account, keystore_password: str, chain: str = "evm"
    ) -> dict[str, Any]:
        """Ethereum keystore V3 (scrypt n=262144) of the account's key; slow: use a worker."""
        from eth_account import Account as EthAccount

        if len(keystore_password) < 8:
            raise KeystoreError("the keystore password must have at least 8 characters")
        if unicodedata.normalize("NFKC", keystore_password) != keystore_password:
            # geth-style wallets use the password's bytes as typed, ethers-based ones its NFKC
            # form (ethers getPassword): no single file opens in both with this password
            raise KeystoreError(
                "this password has characters that some wallets change before using them "
                "(full-width letters or digits, ligatures and similar): ethers-based wallets "
                "would not open the file while others would. Choose a password without them"
            )
        key = self._private_key(account, chain)
        return EthAccount.encrypt(key, keystore_password, kdf="scrypt", iterations=262144)


class AccountSigner:
    """Implements wallet.core.signing's EvmSigner and TronSigner for one wallet account."""

    def __init__(self, keys: KeyManager, account: Account, address: str) -> None:
        self._keys = keys
        self.account = account
        self.address = address

    def __repr__(self) -> str:
        return f"AccountSigner({self.address})"

    def sign_evm_transaction(self, tx: dict[str, Any]) -> bytes:
        return self._keys.sign_evm_transaction(self.account, tx)

    def sign_tron_transaction(self, raw_data: bytes) -> bytes:
        return self._keys.sign_tron_transaction(self.account, raw_data)


def decrypt_keystore(keystore: str | dict[str, Any], password: str) -> bytes:
    """The private key inside an Ethereum keystore V3 file (slow: use a worker)."""
    from eth_account import Account as EthAccount

    try:
        doc = json.loads(keystore) if isinstance(keystore, str) else keystore
        if (
            not isinstance(doc, dict)
            or doc.get("version") != 3
            or "crypto" not in {k.lower() for k in doc}
        ):
            raise KeystoreError("this is not an Ethereum keystore V3 file")
    except json.JSONDecodeError:
        raise KeystoreError("this file is not JSON; a keystore V3 file is JSON") from None
    # as typed (geth, eth-account), then NFKC-normalized: ethers.js normalizes the password
    # before deriving the key, so a file it made opens only with the normalized form
    tries = dict.fromkeys([password, unicodedata.normalize("NFKC", password)])
    try:
        for attempt in tries:
            try:
                return bytes(EthAccount.decrypt(doc, attempt))
            except ValueError as exc:
                if "mac" not in str(exc).lower():
                    raise
        raise WrongPassword("the keystore password is wrong")
    except WrongPassword:
        raise
    except ValueError as exc:
        if "MAC" in str(exc) or "mac" in str(exc):
            raise WrongPassword("the keystore password is wrong") from None
        raise KeystoreError("the keystore file is damaged or not supported") from None
    except (KeyError, TypeError, AttributeError):  # a field missing or of the wrong type
        raise KeystoreError("the keystore file is damaged or not supported") from None
