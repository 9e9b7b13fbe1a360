from __future__ import annotations

import hashlib

import pytest
from coincurve import PublicKey
from eth_account import Account as EthAccount
from eth_account.messages import encode_defunct

from kapchyk.core.addresses import tron_from_id
from kapchyk.keys.errors import BackupNotVerified, WalletLocked, WatchOnly

PHRASE = "test test test test test test test test test test test junk"
PW = "correct horse battery"


def test_sign_evm_transaction_recovers_to_the_account(accounts, keys):
    wallet, _ = accounts.create_hd_wallet("Home", PW, PHRASE)
    acct = accounts.accounts(wallet.id)[0]
    tx = {
        "to": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        "value": 10**15,
        "gas": 21000,
        "gasPrice": 10**9,
        "nonce": 0,
        "chainId": 97,
    }
    raw = keys.sign_evm_transaction(acct, tx)
    assert EthAccount.recover_transaction(raw) == acct.evm_address


def test_sign_tron_recovers_to_the_tron_address(accounts, keys):
    wallet, _ = accounts.create_hd_wallet("Home", PW, PHRASE)
    acct = accounts.accounts(wallet.id)[0]
    raw_data = bytes.fromhex("0a02db8c2208a1b2c3d4e5f60718")
    sig = keys.sign_tron_transaction(acct, raw_data)
    assert len(sig) == 65 and sig[64] in (0, 1)
    pub = PublicKey.from_signature_and_message(sig, hashlib.sha256(raw_data).digest(), hasher=None)
    from eth_hash.auto import keccak

    assert tron_from_id(keccak(pub.format(compressed=False)[1:])[-20:]) == acct.tron_address


def test_sign_message_evm(accounts, keys):
    wallet, _ = accounts.create_hd_wallet("Home", PW, PHRASE)
    acct = accounts.accounts(wallet.id)[0]
    sig = keys.sign_message(acct, b"hello Kapchyk")
    assert (
        EthAccount.recover_message(encode_defunct(primitive=b"hello Kapchyk"), signature=sig)
        == acct.evm_address
    )


def test_watch_only_and_locked_cannot_sign(accounts, keys):
    watch = accounts.add_watch_only("Till", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
    acct = accounts.accounts(watch.id)[0]
    with pytest.raises(WatchOnly, match="watch-only account"):
        keys.sign_evm_transaction(acct, {})
    wallet, _ = accounts.create_hd_wallet("Home", PW, PHRASE)
    keys.lock()
    with pytest.raises(WalletLocked):
        keys.sign_evm_transaction(accounts.accounts(wallet.id)[0], {})


def test_new_phrase_must_be_backed_up_before_receiving(accounts, keys):
    wallet, phrase = accounts.create_hd_wallet("New", PW)
    acct = accounts.accounts(wallet.id)[0]
    with pytest.raises(BackupNotVerified, match="write down the recovery phrase"):
        accounts.require_backup(acct)
    positions = accounts.backup_questions(wallet.id)
    words = phrase.split()
    assert not accounts.verify_backup(wallet.id, {p: "wrong" for p in positions})
    assert accounts.verify_backup(wallet.id, {p: words[p - 1] for p in positions})
    accounts.require_backup(acct)  # no longer raises


def test_added_accounts_follow_bip44(accounts, keys):
    wallet, _ = accounts.create_hd_wallet("Home", PW, PHRASE)
    second = accounts.add_account(wallet.id)
    assert second.evm_address == "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
    EthAccount.enable_unaudited_hdwallet_features()
    other = EthAccount.from_mnemonic(PHRASE, account_path="m/44'/195'/0'/0/1")
    assert second.tron_address == tron_from_id(bytes.fromhex(other.address[2:]))
