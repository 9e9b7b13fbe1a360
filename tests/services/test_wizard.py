"""The onboarding wizard's state machine on the real Secret Service and SQLite: every path (create,
restore, import a key, import a keystore file, watch an address), every refusal with the field
it names, back, and the phrase kept in memory only."""

from __future__ import annotations

import json
import logging

import pytest
from eth_account import Account as EthAccount

from wallet.core.errors import KapchykError
from wallet.keys.manager import KeyManager
from wallet.services.wizard import State, Wizard, WizardError

PW = "correct horse battery"
ANVIL_PHRASE = "test test test test test test test test test test test junk"
ANVIL_ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
ANVIL_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"


@pytest.fixture
def env(keyring_env):
    env = keyring_env("mainnet")
    yield env
    env.close()


def _refused(field, match, call, *args, **kwargs):
    with pytest.raises(KapchykError, match=match) as info:
        call(*args, **kwargs)
    assert getattr(info.value, "field", None) == field
    return info.value


def _answers(words, positions, wrong_at=None):
    return {p: ("zoo" if p == wrong_at else words[p - 1]) for p in positions}


def _stored_bytes(env):
    """Everything SQLite wrote for this mode (database, WAL)."""
    env.db.execute("PRAGMA wal_checkpoint(FULL)")
    return b"".join(p.read_bytes() for p in env.mode_dir.rglob("*") if p.is_file())


# ------------------------------------------------------------------ create
def test_create_shows_phrase_asks_three_words_and_creates(env, caplog):
    caplog.set_level(logging.DEBUG)
    wizard = Wizard(env)
    assert wizard.state == State.START and not wizard.can_go_back
    wizard.choose("create")
    assert wizard.state == State.CREATE_PHRASE
    words = wizard.phrase_words
    assert len(words) == 12
    phrase = " ".join(words)

    _refused("confirmed", "write the recovery phrase down", wizard.submit)
    assert wizard.submit(confirmed=True) == State.CREATE_VERIFY
    positions = wizard.questions
    assert len(positions) == 3 == len(set(positions))
    assert all(1 <= p <= 12 for p in positions)

    _refused("answers", f"type word {positions[0]} ", wizard.submit, answers={})
    assert wizard.state == State.CREATE_VERIFY

    # a wrong word goes back to the phrase, naming the position and not the right word
    err = _refused(
        "answers",
        f"word {positions[1]} is not the word at that position",
        wizard.submit,
        answers=_answers(words, positions, wrong_at=positions[1]),
    )
    assert words[positions[1] - 1] not in str(err).split()
    assert wizard.state == State.CREATE_PHRASE
    assert wizard.phrase_words == words  # the same phrase, shown again

    wizard.submit(confirmed=True)
    positions = wizard.questions
    typed = {p: f"  {words[p - 1].upper()} " for p in positions}  # case and spaces don't matter
    assert wizard.submit(answers=typed) == State.CREDENTIALS

    _refused("name", "give the wallet a name", wizard.submit, name=" ", password=PW, repeat=PW)
    _refused("password", "at least 8 characters", wizard.submit, name="Home", password="short")
    _refused("repeat", "not the same", wizard.submit, name="Home", password=PW, repeat=PW + "x")
    assert wizard.submit(name=" Home ", password=PW, repeat=PW) == State.READY

    wallet = wizard.finish()
    assert wizard.state == State.DONE and wizard.wallet == wallet
    assert (wallet.label, wallet.kind, wallet.backup_verified) == ("Home", "hd", True)
    acct = env.accounts.accounts(wallet.id)[0]
    assert (acct.evm_address, acct.tron_address) == KeyManager.addresses_from_phrase(phrase, "", 0)
    assert env.keys.reveal_phrase(wallet.id, PW) == phrase  # in the keyring, behind the password

    # the phrase is gone from the wizard, and never reached SQLite, the log or a message
    assert wizard.phrase_words == [] and phrase not in repr(vars(wizard))
    stored = _stored_bytes(env)
    assert phrase.encode() not in stored and " ".join(words[:3]).encode() not in stored
    assert " ".join(words[:3]) not in caplog.text
    env.accounts.require_backup(acct)  # proven written down: it can receive at once


def test_create_with_24_words(env):
    wizard = Wizard(env)
    wizard.choose("create", words=24)
    assert len(wizard.phrase_words) == 24


def test_back_keeps_the_phrase_until_the_start_drops_it(env):
    wizard = Wizard(env)
    wizard.choose("create")
    words = wizard.phrase_words
    wizard.submit(confirmed=True)
    assert wizard.back() == State.CREATE_PHRASE
    assert wizard.phrase_words == words
    assert wizard.back() == State.START
    assert wizard.phrase_words == [] and wizard.kind is None
    assert wizard.back() == State.START  # nothing before the start
    wizard.choose("create")
    assert wizard.phrase_words != words  # a new phrase each time


def test_submit_and_finish_only_at_their_steps(env):
    wizard = Wizard(env)
    _refused("state", "nothing to submit", wizard.submit, phrase=ANVIL_PHRASE)
    _refused("state", "not possible at this step", wizard.finish)
    _refused("kind", "unknown choice", wizard.choose, "mine")
    wizard.choose("restore")
    _refused("state", "not possible at this step", wizard.choose, "create")


# ------------------------------------------------------------------ restore
def test_restore_names_bad_words_and_checksum_then_restores(env):
    wizard = Wizard(env)
    wizard.choose("restore")
    _refused("phrase", "enter your recovery phrase", wizard.submit, phrase="  ")
    _refused("phrase", "this one has 3", wizard.submit, phrase="test test junk")
    bad = ANVIL_PHRASE.replace("junk", "junkk")
    _refused("phrase", "word 12 “junkk” \\(did you mean junk", wizard.submit, phrase=bad)
    _refused("phrase", "checksum does not match", wizard.submit, phrase="test " * 12)
    assert wizard.submit(phrase=ANVIL_PHRASE.upper()) == State.CREDENTIALS
    assert wizard.address == ANVIL_ADDRESS
    wizard.submit(name="Restored", password=PW, repeat=PW)
    wallet = wizard.finish()
    assert (wallet.kind, wallet.backup_verified) == ("hd", True)
    acct = env.accounts.accounts(wallet.id)[0]
    assert acct.evm_address == ANVIL_ADDRESS and acct.tron_address.startswith("T")

    again = Wizard(env)  # the same phrase twice is refused at the phrase step
    again.choose("restore")
    _refused("phrase", "already here as Restored/Account 1", again.submit, phrase=ANVIL_PHRASE)


def test_restore_with_a_passphrase_gives_other_addresses(env):
    wizard = Wizard(env)
    wizard.choose("restore")
    wizard.submit(phrase=ANVIL_PHRASE, passphrase="extra words")
    assert wizard.address != ANVIL_ADDRESS
    wizard.submit(name="Hidden", password=PW, repeat=PW)
    wallet = wizard.finish()
    assert env.accounts.accounts(wallet.id)[0].evm_address == wizard.address


def test_a_refusal_at_finish_returns_to_the_step_before(env):
    wizard = Wizard(env)
    wizard.choose("restore")
    wizard.submit(phrase=ANVIL_PHRASE)
    wizard.submit(name="Late", password=PW, repeat=PW)
    env.accounts.create_hd_wallet("Meanwhile", PW, ANVIL_PHRASE)  # e.g. from the CLI
    with pytest.raises(KapchykError, match="already here as Meanwhile/Account 1"):
        wizard.finish()
    assert wizard.state == State.CREDENTIALS
    assert [w.label for w in env.accounts.wallets()] == ["Meanwhile"]


# ------------------------------------------------------------------ private key
def test_import_key_for_either_chain(env):
    wizard = Wizard(env)
    wizard.choose("import_key")
    _refused("key", "paste the private key", wizard.submit, key="", chain="evm")
    err = _refused("key", "64 hex digits", wizard.submit, key=ANVIL_KEY[:-1], chain="evm")
    assert ANVIL_KEY[2:20] not in str(err)  # the key is never in a message
    _refused("chain", "choose the chain", wizard.submit, key=ANVIL_KEY, chain="bitcoin")
    assert wizard.submit(key=ANVIL_KEY, chain="evm") == State.CREDENTIALS
    assert wizard.address == ANVIL_ADDRESS
    wizard.submit(name="Hot", password=PW, repeat=PW)
    wallet = wizard.finish()
    assert (wallet.kind, wallet.chain) == ("key", "evm")
    acct = env.accounts.accounts(wallet.id)[0]
    assert (acct.evm_address, acct.tron_address) == (ANVIL_ADDRESS, None)
    assert env.keys.signer(acct, "evm").address == ANVIL_ADDRESS

    tron = Wizard(env)  # the same key on Tron is another account
    tron.choose("import_key")
    tron.submit(key=ANVIL_KEY, chain="tron")
    assert tron.address.startswith("T")
    tron.back()
    assert tron.state == State.IMPORT_KEY
    tron.submit(key=ANVIL_KEY, chain="tron")
    tron.submit(name="Hot Tron", password=PW, repeat=PW)
    assert tron.finish().chain == "tron"


# ------------------------------------------------------------------ keystore file
def test_import_keystore_checks_file_and_password(env, tmp_path):
    doc = EthAccount.encrypt(ANVIL_KEY, "keystore pw", kdf="scrypt", iterations=2**10)
    good = tmp_path / "UTC--key.json"
    good.write_text(json.dumps(doc))
    not_json = tmp_path / "notes.txt"
    not_json.write_text("hello")
    wizard = Wizard(env)
    wizard.choose("import_keystore")
    assert wizard.slow_step
    _refused("path", "choose the keystore file", wizard.submit, path="", keystore_password="x")
    _refused("path", "cannot read .*missing.json", wizard.submit, path=tmp_path / "missing.json")
    _refused("path", "not JSON", wizard.submit, path=not_json, keystore_password="x")
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps({"version": 3, "crypto": {"kdf": "scrypt"}}))
    _refused("path", "damaged or not supported", wizard.submit, path=damaged, keystore_password="x")
    _refused("keystore_password", "enter the keystore", wizard.submit, path=good)
    _refused(
        "keystore_password",
        "keystore password is wrong",
        wizard.submit,
        path=good,
        keystore_password="nope",
    )
    assert wizard.submit(path=str(good), keystore_password="keystore pw") == State.CREDENTIALS
    assert not wizard.slow_step and wizard.address == ANVIL_ADDRESS
    wizard.submit(name="From file", password=PW, repeat=PW)
    wallet = wizard.finish()
    assert env.accounts.accounts(wallet.id)[0].evm_address == ANVIL_ADDRESS
    env.keys.lock()
    env.keys.unlock(wallet.id, PW)  # the new password opens it, not the keystore's


# ------------------------------------------------------------------ watch-only
def test_watch_only_names_the_network_problem(env):
    wizard = Wizard(env)
    wizard.choose("watch_only")
    _refused("address", "enter the address", wizard.submit, address="", name="Till")
    _refused("address", "starts with 0x .* or T", wizard.submit, address="bc1qxyz", name="Till")
    _refused(
        "address",
        "a BNB Chain or Ethereum address has 40 hex digits after 0x; this one has 39",
        wizard.submit,
        address=ANVIL_ADDRESS[:-1],
        name="Till",
    )
    _refused(
        "address",
        "checksum",
        wizard.submit,
        address=ANVIL_ADDRESS.replace("f39F", "F39f"),
        name="Till",
    )
    _refused(
        "address",
        "character 3 \\('0'\\) cannot appear in a Tron address",
        wizard.submit,
        address="TR0NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
        name="Till",
    )
    _refused("name", "give the wallet a name", wizard.submit, address=ANVIL_ADDRESS, name="")
    assert wizard.submit(address=ANVIL_ADDRESS.lower(), name="Till") == State.READY
    wallet = wizard.finish()  # no password
    assert (wallet.kind, wallet.watch_only) == ("watch", True)
    assert env.accounts.accounts(wallet.id)[0].evm_address == ANVIL_ADDRESS

    tron = Wizard(env)
    tron.choose("watch_only")
    tron.submit(address="TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", name="Shop")
    assert tron.finish().chain == "tron"
    again = Wizard(env)
    again.choose("watch_only")
    _refused("address", "already here as Till", again.submit, address=ANVIL_ADDRESS, name="x")


def test_wizard_error_is_a_kapchyk_error_with_a_field():
    err = WizardError("name", "give the wallet a name")
    assert isinstance(err, KapchykError) and err.field == "name" and err.params == {}
