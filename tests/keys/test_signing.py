from __future__ import annotations

import hashlib

import pytest
from coincurve import PublicKey
from eth_account import Account as EthAccount
from eth_account.messages import encode_defunct

from wallet.core.addresses import tron_from_id
from wallet.keys.errors import BackupNotVerified, WalletLocked, WatchOnly

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


# tronweb 6.5.1 `trx.signMessageV2("hello Kapchyk", <test phrase Tron key 0>)`, run here; its
# verifyMessageV2 gives TWer2Ygk5TEheHp3TPuYeqxmB6SsGZmaL6.
TRONWEB_TIP191_SIG = (
    "15704bf58fe13e2bce332878f7971e9c94001547c959b6a19efa1690e88db2a9"
    "0211bcf57cf522ad110f3eeee5b1112b9ed98f8027243e85ad44c3fa53d0fa931c"
)


def test_sign_message_tron_matches_tronweb(accounts, keys):
    wallet, _ = accounts.create_hd_wallet("Home", PW, PHRASE)
    acct = accounts.accounts(wallet.id)[0]
    assert acct.tron_address == "TWer2Ygk5TEheHp3TPuYeqxmB6SsGZmaL6"
    assert keys.sign_message(acct, b"hello Kapchyk", chain="tron").hex() == TRONWEB_TIP191_SIG


def test_account_signer_implements_the_core_protocols(accounts, keys, anvil):
    from wallet.core.signing import EvmSigner, TronSigner

    wallet, _ = accounts.create_hd_wallet("Home", PW, PHRASE)
    acct = accounts.accounts(wallet.id)[0]
    evm, tron = keys.signer(acct, "evm"), keys.signer(acct, "tron")
    assert isinstance(evm, EvmSigner) and isinstance(tron, TronSigner)
    assert evm.address == acct.evm_address and tron.address == acct.tron_address
    # a real node accepts what the signer signed
    w3 = anvil.w3
    tx = {
        "to": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        "value": 12345,
        "gas": 21000,
        "gasPrice": w3.eth.gas_price,
        "nonce": w3.eth.get_transaction_count(evm.address),
        "chainId": w3.eth.chain_id,
    }
    receipt = w3.eth.wait_for_transaction_receipt(
        w3.eth.send_raw_transaction(evm.sign_evm_transaction(tx))
    )
    assert receipt.status == 1 and receipt["from"] == acct.evm_address
    raw_data = bytes.fromhex("0a02db8c2208a1b2c3d4e5f60718")
    sig = tron.sign_tron_transaction(raw_data)
    pub = PublicKey.from_signature_and_message(sig, hashlib.sha256(raw_data).digest(), hasher=None)
    from eth_hash.auto import keccak

    assert tron_from_id(keccak(pub.format(compressed=False)[1:])[-20:]) == acct.tron_address
    keys.lock()
    with pytest.raises(WalletLocked):
        evm.sign_evm_transaction(tx)
    watch = accounts.add_watch_only("Till", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
    with pytest.raises(WatchOnly, match="no EVM address"):
        keys.signer(accounts.accounts(watch.id)[0], "evm")


def test_local_key_signer_for_tests_and_devnet():
    from wallet.core.signing import EvmSigner, LocalKeySigner, TronSigner

    key = bytes.fromhex("15f0bbb1774be40b7a8d7965d637f324bda2f711fc5726a3dcc19585c6950954")
    signer = LocalKeySigner(key)
    assert isinstance(signer, EvmSigner) and isinstance(signer, TronSigner)
    assert signer.tron_address == "TWer2Ygk5TEheHp3TPuYeqxmB6SsGZmaL6"
    assert key.hex() not in repr(signer)
    tx = {"to": signer.address, "value": 1, "gas": 21000, "gasPrice": 1, "nonce": 0, "chainId": 97}
    assert EthAccount.recover_transaction(signer.sign_evm_transaction(tx)) == signer.address
    raw = b"\x0a\x02\xdb\x8c"
    sig = signer.sign_tron_transaction(raw)
    assert len(sig) == 65 and sig[64] in (0, 1)
    pub = PublicKey.from_signature_and_message(sig, hashlib.sha256(raw).digest(), hasher=None)
    from eth_hash.auto import keccak

    assert tron_from_id(keccak(pub.format(compressed=False)[1:])[-20:]) == signer.tron_address


def test_remove_wallet_deletes_its_keyring_entries_and_public_data(accounts, keys, store):
    wallet, _ = accounts.create_hd_wallet("Home", PW, PHRASE)
    acct = accounts.accounts(wallet.id)[0]
    keeper = accounts.add_watch_only("Other", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
    db = accounts.db
    with db:
        for owner in (acct.evm_address, acct.tron_address, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"):
            db.execute("INSERT INTO balances VALUES ('bsc-testnet', ?, '', '5', 1, 1)", (owner,))
            db.execute(
                "INSERT INTO history_cursor (network_id, account, asset, next_block) "
                "VALUES ('bsc-testnet', ?, '', 7)",
                (owner,),
            )
    from wallet.keys.errors import WrongPassword

    with pytest.raises(WrongPassword):
        accounts.remove_wallet(wallet.id, "not the password")
    assert keys.vault.exists(wallet.id) and accounts.accounts(wallet.id)
    accounts.remove_wallet(wallet.id, PW)
    assert not keys.vault.exists(wallet.id)
    assert accounts.accounts(wallet.id) == []
    owners = {r[0] for r in db.execute("SELECT owner FROM balances")}
    assert owners == {"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"}  # the other wallet's stays
    assert db.execute("SELECT count(*) FROM history_cursor").fetchone()[0] == 1
    assert [w.id for w in accounts.wallets()] == [keeper.id]
