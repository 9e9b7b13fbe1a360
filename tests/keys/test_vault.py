"""The vault against the real Secret Service (gnome-keyring in a private D-Bus session)."""

from __future__ import annotations

import json
import time

import pytest

from tests.keys.conftest import FAST_KDF
from wallet.keys.errors import (
    KeyringIsLocked,
    KeyringUnavailable,
    SecretCorrupted,
    SecretMissing,
    SecretTampered,
    WalletLocked,
    WrongPassword,
)
from wallet.keys.keyring_store import MAX_ENTRY_BYTES, KeyringStore
from wallet.keys.manager import KeyManager
from wallet.keys.vault import DEFAULT_KDF, KdfParams, Vault, header_name, secret_entry

SECRET = b'{"mnemonic": "test test test test test test test test test test test junk"}'


def test_create_unlock_read(store):
    vault = Vault(store, FAST_KDF)
    dek = vault.create("w1", "correct horse", {"mnemonic": SECRET})
    assert vault.read("w1", dek, "mnemonic") == SECRET
    assert vault.read("w1", vault.unlock("w1", "correct horse"), "mnemonic") == SECRET
    # what is in the keyring is ciphertext, small enough for Windows' Credential Locker
    for name in (header_name("w1"), secret_entry("w1", 1, "mnemonic")):
        raw = store.get(name)
        assert b"test test" not in raw.encode() and "junk" not in raw
        assert len(raw.encode()) <= MAX_ENTRY_BYTES


def test_wrong_password_changes_nothing(store):
    vault = Vault(store, FAST_KDF)
    vault.create("w1", "correct horse", {"mnemonic": SECRET})
    before = {n: store.get(n) for n in (header_name("w1"), secret_entry("w1", 1, "mnemonic"))}
    with pytest.raises(WrongPassword, match="password is wrong"):
        vault.unlock("w1", "wrong horse")
    with pytest.raises(WrongPassword):
        vault.change_password("w1", "wrong horse", "new password")
    with pytest.raises(WrongPassword):
        vault.remove("w1", "wrong horse")
    assert {n: store.get(n) for n in before} == before


def test_tampered_ciphertext_is_detected(store):
    vault = Vault(store, FAST_KDF)
    dek = vault.create("w1", "correct horse", {"mnemonic": SECRET})
    name = secret_entry("w1", 1, "mnemonic")
    box = json.loads(store.get(name))
    ct = bytearray(__import__("base64").b64decode(box["ct"]))
    ct[3] ^= 0x01
    box["ct"] = __import__("base64").b64encode(bytes(ct)).decode()
    store.set(name, json.dumps(box))
    with pytest.raises(SecretTampered, match="altered"):
        vault.read("w1", dek, "mnemonic")


def test_entry_swapped_from_another_wallet_is_refused(store):
    vault = Vault(store, FAST_KDF)
    vault.create("w1", "correct horse", {"mnemonic": SECRET})
    dek2 = vault.create("w2", "correct horse", {"mnemonic": b"other"})
    # an attacker copies w1's (valid) ciphertext into w2's slot: the AAD binds entry names
    store.set(secret_entry("w2", 1, "mnemonic"), store.get(secret_entry("w1", 1, "mnemonic")))
    with pytest.raises(SecretTampered):
        vault.read("w2", dek2, "mnemonic")


def test_missing_and_corrupted_entries(store):
    vault = Vault(store, FAST_KDF)
    dek = vault.create("w1", "correct horse", {"mnemonic": SECRET})
    store.delete(secret_entry("w1", 1, "mnemonic"))
    with pytest.raises(SecretMissing, match="restore the wallet"):
        vault.read("w1", dek, "mnemonic")
    store.set(header_name("w1"), "{not json")
    with pytest.raises(SecretCorrupted, match="damaged"):
        vault.unlock("w1", "correct horse")
    store.delete(header_name("w1"))
    with pytest.raises(SecretMissing, match="not in the OS keyring"):
        vault.unlock("w1", "correct horse")


class FailingStore(KeyringStore):
    """Fault injection (a crash mid-way cannot be caused on demand): the n-th write fails."""

    def __init__(self, inner: KeyringStore, fail_on_write: int) -> None:
        super().__init__(inner.service, inner.backend)
        self.writes = 0
        self.fail_on_write = fail_on_write

    def set(self, name, value):
        self.writes += 1
        if self.writes == self.fail_on_write:
            raise RuntimeError("simulated crash")
        super().set(name, value)

    def delete(self, name):
        self.writes += 1
        if self.writes == self.fail_on_write:
            raise RuntimeError("simulated crash")
        super().delete(name)


SECRETS = {"a": b"first secret", "b": b"second secret", "c": b"third secret"}


@pytest.mark.parametrize("crash_at", range(1, 8))
def test_change_password_crash_at_every_step_leaves_one_password_working(store, crash_at):
    Vault(store, FAST_KDF).create("w1", "old password", SECRETS)
    # writes: 3 new entries, header flip, 3 deletes of the old generation
    with pytest.raises(RuntimeError, match="simulated crash"):
        Vault(FailingStore(store, crash_at), FAST_KDF).change_password(
            "w1", "old password", "new password"
        )
    vault = Vault(store, FAST_KDF)
    try:
        dek = vault.unlock("w1", "old password")
        working = "old"
    except WrongPassword:
        dek = vault.unlock("w1", "new password")
        working = "new"
    assert working == ("old" if crash_at <= 4 else "new")  # write 4 is the flip
    assert {n: vault.read("w1", dek, n) for n in SECRETS} == SECRETS


def test_change_password_rotates_everything(store):
    vault = Vault(store, FAST_KDF)
    vault.create("w1", "old password", SECRETS)
    old_entries = {secret_entry("w1", 1, n): store.get(secret_entry("w1", 1, n)) for n in SECRETS}
    dek = vault.change_password("w1", "old password", "new password")
    with pytest.raises(WrongPassword):
        vault.unlock("w1", "old password")
    assert vault.unlock("w1", "new password") == dek
    assert all(store.get(n) is None for n in old_entries)  # old generation deleted
    assert {n: vault.read("w1", dek, n) for n in SECRETS} == SECRETS


def test_weak_kdf_parameters_are_raised_on_unlock(store):
    weak = KdfParams(n=2**8, r=8, p=1)
    Vault(store, weak).create("w1", "correct horse", {"mnemonic": SECRET})
    stronger = Vault(store, FAST_KDF)
    dek = stronger.unlock("w1", "correct horse")
    assert stronger.kdf_of("w1") == FAST_KDF
    assert stronger.read("w1", dek, "mnemonic") == SECRET


def test_default_kdf_strength(store):
    # the real parameters: memory-hard and within 0.2–1 s here (bench/bench_kdf.py prints it)
    assert DEFAULT_KDF.n >= 2**17 and DEFAULT_KDF.r >= 8
    vault = Vault(store)
    start = time.perf_counter()
    vault.create("w1", "correct horse", {"mnemonic": SECRET})
    assert vault.read("w1", vault.unlock("w1", "correct horse"), "mnemonic") == SECRET
    assert time.perf_counter() - start > 0  # sanity only; timing lives in the bench


def test_locked_keyring_gives_specific_error(secret_service_factory):
    locked = secret_service_factory(unlock=False)
    store = KeyringStore("kapchyk-test-locked", locked.backend())
    with pytest.raises(KeyringIsLocked, match="keyring is locked: unlock it"):
        Vault(store, FAST_KDF).create("w1", "correct horse", {"mnemonic": SECRET})


def test_no_keyring_backend_gives_specific_error(monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-such-bus")
    store = KeyringStore("kapchyk-test-none")
    with pytest.raises(KeyringUnavailable, match="no OS keyring is available"):
        Vault(store, FAST_KDF).create("w1", "correct horse", {"mnemonic": SECRET})


def test_idle_auto_lock(keys, clock):
    keys.store_key_wallet("w1", "correct horse", bytes([0x11]) * 32)
    assert keys.is_unlocked("w1")
    clock.now += 299
    assert keys.is_unlocked("w1")
    keys.touch()
    clock.now += 299
    assert keys.is_unlocked("w1")
    clock.now += 301
    locked = []
    keys.on_locked.append(locked.append)
    assert keys.maybe_auto_lock()
    assert locked == ["w1"] and not keys.is_unlocked("w1")
    with pytest.raises(WalletLocked, match="wallet is locked"):
        keys._dek("w1")
    keys.unlock("w1", "correct horse")
    assert keys.is_unlocked("w1")


def test_unlock_async_returns_immediately_and_reports(store):
    keys = KeyManager(store)  # the real KDF: the call must not wait for it
    keys.store_key_wallet("w1", "correct horse", bytes([0x11]) * 32)
    keys.lock()
    results = []
    future = keys.unlock_async("w1", "correct horse", results.append)
    assert not keys.is_unlocked("w1") or future.done()
    future.result(timeout=30)
    assert results == [None] and keys.is_unlocked("w1")
    keys.lock()
    keys.unlock_async("w1", "wrong", results.append).result(timeout=30)
    assert isinstance(results[-1], WrongPassword) and not keys.is_unlocked("w1")


def test_entries_are_sized_for_windows_credential_locker(store, keys):
    # keyring's Windows backend stores UTF-16: 1,300 ASCII characters are 2,600 bytes there.
    from wallet.keys.errors import SecretTooLarge

    with pytest.raises(SecretTooLarge, match="too large for the OS keyring"):
        store.set("probe", "x" * 1300)
    assert store.get("probe") is None
    store.set("probe", "x" * 1280)  # exactly the limit fits
    store.delete("probe")
    # a huge BIP-39 passphrase is refused before anything is written to the keyring
    with pytest.raises(SecretTooLarge, match="shorter one"):
        keys.store_hd_wallet("w1", "correct horse", SECRET_PHRASE, passphrase="p" * 2000)
    assert not keys.vault.exists("w1")
    assert store.get(secret_entry("w1", 1, "mnemonic")) is None
    # the largest real secret (24 words + a long passphrase) fits with room to spare
    keys.store_hd_wallet("w2", "correct horse", LONG_PHRASE, passphrase="p" * 200)
    for name in (header_name("w2"), secret_entry("w2", 1, "mnemonic")):
        assert len(store.get(name).encode("utf-16-le")) <= MAX_ENTRY_BYTES


SECRET_PHRASE = "test test test test test test test test test test test junk"
LONG_PHRASE = " ".join(["zoo"] * 23 + ["vote"])


def test_backend_is_chosen_explicitly_whatever_keyring_is_configured_to(
    secret_service, monkeypatch
):
    # keyring's own selection honours PYTHON_KEYRING_BACKEND and keyringrc.cfg (where
    # keyrings.alt's file backends get chosen); Kapchyk's does not look at either.
    import keyring
    from keyring.backends import SecretService, fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()
    try:
        assert isinstance(keyring.get_keyring(), fail.Keyring)
        store = KeyringStore("kapchyk-test-explicit")
        assert isinstance(store.backend, SecretService.Keyring)
        vault = Vault(store, FAST_KDF)
        dek = vault.create("w1", "correct horse", {"mnemonic": SECRET})
        assert vault.read("w1", dek, "mnemonic") == SECRET
        vault.remove("w1", "correct horse")
    finally:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
        keyring.core.init_backend()
