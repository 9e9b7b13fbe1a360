"""Wallets and accounts: public metadata in SQLite, secrets through KeyManager.

This is what the CLI and GUI call to create, restore, import, watch, list, rename and remove.
Passwords and phrases pass straight through to ``wallet.keys``; nothing here keeps them.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from wallet.core import addresses
from wallet.core.errors import KapchykError
from wallet.core.wallets import Account, Wallet
from wallet.keys.errors import BackupNotVerified, InvalidKey

if TYPE_CHECKING:
    from wallet.keys.manager import KeyManager

# wallet.keys.manager, .hd and .mnemonic (coincurve, cryptography, the BIP-39 word list) are
# imported where a wallet is made or checked: the main window lists the wallets before its first
# paint, and those imports cost it 20-60 ms (bench/bench_startup.py,
# tests/gui/test_app_start.py::test_no_heavy_module_before_the_first_paint).

MIN_PASSWORD = 8
BACKUP_QUESTIONS = 3
#: Public data kept per address (migrations 0003/0004), deleted with the wallet that owned it.
_PER_ADDRESS = (
    ("balances", "owner"),
    ("history", "account"),
    ("history_cursor", "account"),
    ("payment_requests", "account"),
    ("tx_journal", "sender"),
)


class AccountError(KapchykError):
    code = "account"


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError("the wallet password must have at least {n} characters", n=MIN_PASSWORD)


def watch_address(address: str) -> tuple[str, str | None, str | None]:
    """A typed watch-only address → (chain, EVM address, Tron address), canonical spelling;
    errors name the network the address looks like it is for."""
    text = address.strip()
    if text[:2] in ("0x", "0X"):
        return "evm", addresses.validate(text, _Net("evm", "BNB Chain or Ethereum")), None
    if text.startswith("T"):
        return "tron", None, addresses.validate(text, _Net("tron", "Tron"))
    raise AccountError("a watch-only address starts with 0x (BNB Chain, Ethereum) or T (Tron)")


def account_name(number: int) -> str:
    """The name of a phrase wallet's account ``number`` (1-based): "Account 1", "Account 2"."""
    return f"Account {number}"


class AccountsService:
    def __init__(self, db: sqlite3.Connection, keys: KeyManager | Callable[[], KeyManager]) -> None:
        """``keys`` is the KeyManager, or a function giving it on first use (the Environment's:
        listing the wallets then builds no key manager)."""
        self.db = db
        self._keys = keys

    @cached_property
    def keys(self) -> KeyManager:
        from wallet.keys.manager import KeyManager

        return self._keys if isinstance(self._keys, KeyManager) else self._keys()

    # ---------------------------------------------------------------- queries
    def wallets(self) -> list[Wallet]:
        rows = self.db.execute("SELECT * FROM wallets ORDER BY created_at, id").fetchall()
        return [_wallet(r) for r in rows]

    def wallet(self, ref: str) -> Wallet:
        """A wallet by id or (unique) label."""
        row = self.db.execute("SELECT * FROM wallets WHERE id = ?", (ref,)).fetchone()
        if row is None:
            rows = self.db.execute("SELECT * FROM wallets WHERE label = ?", (ref,)).fetchall()
            if len(rows) > 1:
                raise AccountError(
                    "several wallets are called {label!r}; use the wallet id", label=ref
                )
            row = rows[0] if rows else None
        if row is None:
            raise AccountError("no wallet {ref!r}; `kapchyk wallet list` shows them", ref=ref)
        return _wallet(row)

    def accounts(self, wallet_id: str | None = None) -> list[Account]:
        sql = (
            "SELECT a.*, w.kind AS wallet_kind FROM accounts a JOIN wallets w ON w.id = a.wallet_id"
        )
        params: tuple = ()
        if wallet_id:
            sql += " WHERE a.wallet_id = ?"
            params = (wallet_id,)
        rows = self.db.execute(sql + " ORDER BY w.created_at, a.wallet_id, a.idx", params)
        return [_account(r) for r in rows]

    def account(self, ref: str) -> Account:
        """An account by address (either chain), ``wallet-id:index``, label, or
        ``wallet label/account label`` (``Savings/Account 2``) when labels repeat."""
        accounts = self.accounts()
        for acct in accounts:
            if ref == f"{acct.wallet_id}:{acct.index}":
                return acct
            for addr in (acct.evm_address, acct.tron_address):
                if addr and _same(addr, ref):
                    return acct
        names = {w.id: w.label for w in self.wallets()}
        named = [a for a in accounts if ref in (a.label, f"{names.get(a.wallet_id, '')}/{a.label}")]
        if len(named) > 1:
            raise AccountError(
                "several accounts are called {ref!r}; use wallet/account (e.g. {example}) or "
                "the address",
                ref=ref,
                example=f"{names.get(named[0].wallet_id, '')}/{named[0].label}",
            )
        if named:
            return named[0]
        raise AccountError("no account {ref!r}; `kapchyk account list` shows them", ref=ref)

    # ---------------------------------------------------------------- create
    def create_hd_wallet(
        self,
        label: str,
        password: str,
        phrase: str | None = None,
        passphrase: str = "",
        *,
        words: int = 12,
    ) -> tuple[Wallet, str]:
        """A new phrase wallet (``phrase=None`` → generate one). Returns (wallet, phrase).

        A freshly generated phrase must be proven written down (``verify_backup``) before
        the wallet can receive; a restored one counts as backed up.
        """
        from wallet.keys import mnemonic
        from wallet.keys.manager import KeyManager

        check_new_password(password)
        generated = phrase is None
        phrase = mnemonic.generate(words) if generated else mnemonic.validate(phrase)
        evm, tron = KeyManager.addresses_from_phrase(phrase, passphrase, 0)
        self.refuse_duplicate(evm, tron)
        wallet_id = KeyManager.new_wallet_id()
        self.keys.store_hd_wallet(wallet_id, password, phrase, passphrase)
        try:
            with self.db:
                self._insert_wallet(wallet_id, label, "hd", None, backup_verified=not generated)
                self._insert_account(wallet_id, 0, account_name(1), evm, tron)
        except BaseException:
            self.keys.vault.remove(wallet_id, password)
            raise
        return self.wallet(wallet_id), phrase

    def import_private_key(self, label: str, password: str, key_text: str, chain: str) -> Wallet:
        check_new_password(password)
        if chain not in ("evm", "tron"):
            raise InvalidKey("choose the chain of the key: evm or tron")
        from wallet.keys import hd

        key = hd.parse_private_key(key_text)
        return self._import_key(label, password, key, chain)

    def import_key_bytes(self, label: str, password: str, key: bytes, chain: str) -> Wallet:
        check_new_password(password)
        return self._import_key(label, password, key, chain)

    def _import_key(self, label: str, password: str, key: bytes, chain: str) -> Wallet:
        from wallet.keys import hd

        evm = hd.evm_address(key) if chain == "evm" else None
        tron = hd.tron_address(key) if chain == "tron" else None
        self.refuse_duplicate(evm, tron)
        wallet_id = self.keys.new_wallet_id()
        self.keys.store_key_wallet(wallet_id, password, key)
        try:
            with self.db:
                self._insert_wallet(wallet_id, label, "key", chain)
                self._insert_account(wallet_id, 0, label, evm, tron)
        except BaseException:
            self.keys.vault.remove(wallet_id, password)
            raise
        return self.wallet(wallet_id)

    def add_watch_only(self, label: str, address: str) -> Wallet:
        chain, evm, tron = watch_address(address)
        self.refuse_duplicate(evm, tron)
        from wallet.keys.manager import KeyManager

        wallet_id = KeyManager.new_wallet_id()  # a watch-only wallet needs no key manager
        with self.db:
            self._insert_wallet(wallet_id, label, "watch", chain)
            self._insert_account(wallet_id, 0, label, evm, tron)
        return self.wallet(wallet_id)

    def add_account(self, wallet_id: str, label: str | None = None) -> Account:
        """The next account of a phrase wallet (needs the wallet unlocked)."""
        wallet = self.wallet(wallet_id)
        if wallet.kind != "hd":
            raise AccountError(
                "only wallets made from a recovery phrase can have more accounts; "
                "{label} holds a single key or address",
                label=wallet.label,
            )
        row = self.db.execute(
            "SELECT COALESCE(MAX(idx), -1) + 1 FROM accounts WHERE wallet_id = ?", (wallet.id,)
        ).fetchone()
        index = row[0]
        evm, tron = self.keys.derive_addresses(wallet.id, index)
        with self.db:
            self._insert_account(wallet.id, index, label or account_name(index + 1), evm, tron)
        return next(a for a in self.accounts(wallet.id) if a.index == index)

    def rename_account(self, ref: str, label: str) -> Account:
        acct = self.account(ref)
        label = label.strip()
        if not label:
            raise AccountError("the new name is empty")
        with self.db:
            self.db.execute(
                "UPDATE accounts SET label = ? WHERE wallet_id = ? AND idx = ?",
                (label, acct.wallet_id, acct.index),
            )
        return self.account(f"{acct.wallet_id}:{acct.index}")

    def rename_wallet(self, ref: str, label: str) -> Wallet:
        wallet = self.wallet(ref)
        with self.db:
            self.db.execute("UPDATE wallets SET label = ? WHERE id = ?", (label.strip(), wallet.id))
        return self.wallet(wallet.id)

    # ---------------------------------------------------------------- backup check
    def backup_questions(self, wallet_id: str, count: int = BACKUP_QUESTIONS) -> list[int]:
        """Random word positions (1-based) the user must type from their written phrase."""
        from wallet.keys import mnemonic

        return mnemonic.backup_positions(self.keys.phrase_word_count(wallet_id), count)

    def verify_backup(self, wallet_id: str, answers: dict[int, str]) -> bool:
        ok = self.keys.check_backup_words(wallet_id, answers)
        if ok:
            with self.db:
                self.db.execute("UPDATE wallets SET backup_verified = 1 WHERE id = ?", (wallet_id,))
        return ok

    def require_backup(self, account: Account) -> None:
        """Refuse to show a receive address until a new phrase's backup is proven."""
        wallet = self.wallet(account.wallet_id)
        if not wallet.backup_verified:
            raise BackupNotVerified(
                "write down the recovery phrase of {label} and confirm it "
                "(`kapchyk wallet verify-backup`) before receiving money",
                label=wallet.label,
            )

    # ---------------------------------------------------------------- remove
    def remove_wallet(self, ref: str, password: str | None) -> None:
        """Delete the wallet's keyring entries (password required) and its public data."""
        wallet = self.wallet(ref)
        if wallet.kind != "watch":
            if password is None:
                raise AccountError("removing a wallet needs its password")
            self.keys.remove_wallet_secrets(wallet.id, password)
        addrs = {
            a
            for acct in self.accounts(wallet.id)
            for a in (acct.evm_address, acct.tron_address)
            if a
        }
        with self.db:
            self.db.execute("DELETE FROM wallets WHERE id = ?", (wallet.id,))  # accounts cascade
            self._forget_addresses(addrs)

    def _forget_addresses(self, addrs: set[str]) -> None:
        """Delete the cached public data (balances, history, journal, payment requests) kept
        for addresses no remaining account has."""
        still_ours = {
            a for acct in self.accounts() for a in (acct.evm_address, acct.tron_address) if a
        }
        tables = {
            r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for addr in addrs - still_ours:
            for table, column in _PER_ADDRESS:
                if table in tables:
                    self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (addr,))  # noqa: S608

    # ---------------------------------------------------------------- internals
    def refuse_duplicate(self, evm: str | None, tron: str | None) -> None:
        """Refuse an address that one of the wallets here already has."""
        for acct in self.accounts():
            if (evm and acct.evm_address == evm) or (tron and acct.tron_address == tron):
                names = {w.id: w.label for w in self.wallets()}
                label = names.get(acct.wallet_id, acct.label)
                if acct.label != label:
                    label = f"{label}/{acct.label}"
                raise AccountError("this wallet is already here as {label}", label=label)

    def _insert_wallet(
        self, wallet_id: str, label: str, kind: str, chain: str | None, backup_verified: bool = True
    ) -> None:
        label = label.strip()
        if not label:
            raise AccountError("give the wallet a name")
        self.db.execute(
            "INSERT INTO wallets (id, label, kind, chain, backup_verified, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (wallet_id, label, kind, chain, int(backup_verified), time.time_ns()),
        )

    def _insert_account(
        self, wallet_id: str, index: int, label: str, evm: str | None, tron: str | None
    ) -> None:
        self.db.execute(
            "INSERT INTO accounts (wallet_id, idx, label, evm_address, tron_address, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (wallet_id, index, label, evm, tron, int(time.time())),
        )


class _Net:
    def __init__(self, kind: str, name: str) -> None:
        self.kind, self.name = kind, name


def _same(a: str, b: str) -> bool:
    try:
        return addresses.account_id(a) == addresses.account_id(b) and a[:1] == b.strip()[:1]
    except KapchykError:
        return False


def _wallet(r: sqlite3.Row) -> Wallet:
    return Wallet(
        r["id"], r["label"], r["kind"], r["chain"], bool(r["backup_verified"]), r["created_at"]
    )


def _account(r: sqlite3.Row) -> Account:
    return Account(
        r["wallet_id"], r["idx"], r["label"], r["evm_address"], r["tron_address"], r["wallet_kind"]
    )
