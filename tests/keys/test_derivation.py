"""Cross-wallet vectors: the same phrase shows the same addresses as MetaMask and TronLink."""

from __future__ import annotations

import pytest
from eth_account import Account as EthAccount
from mnemonic import Mnemonic

from wallet.core.addresses import tron_from_id
from wallet.keys import hd, mnemonic
from wallet.keys.errors import InvalidKey, InvalidMnemonic
from wallet.keys.manager import KeyManager

PHRASE = "test test test test test test test test test test test junk"
# anvil/hardhat's published default accounts for this phrase (m/44'/60'/0'/0/i)
EVM_VECTORS = [
    "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
    "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
]
# BIP-32 test vector 1 (seed 000102…0f), chain m/0'/1/2'/2/1000000000 private key
BIP32_SEED = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
BIP32_KEY = "471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8"


def test_bip32_official_vector():
    assert hd.derive(BIP32_SEED, "m/0'/1/2'/2/1000000000").hex() == BIP32_KEY


@pytest.mark.parametrize(("index", "expected"), list(enumerate(EVM_VECTORS)))
def test_evm_accounts_match_metamask(index, expected):
    evm, _ = KeyManager.addresses_from_phrase(PHRASE, "", index)
    assert evm == expected


@pytest.mark.parametrize("index", range(5))
def test_tron_accounts_match_an_independent_bip44_implementation(index):
    # eth-account's HD wallet at the TronLink path m/44'/195'/0'/0/i, turned into a Tron
    # address: checks the wallet's path and Tron address (the BIP-32 step is eth-account's on
    # both sides since hd.py uses it; the tronweb vectors below are the independent check).
    EthAccount.enable_unaudited_hdwallet_features()
    other = EthAccount.from_mnemonic(PHRASE, account_path=f"m/44'/195'/0'/0/{index}")
    _, tron = KeyManager.addresses_from_phrase(PHRASE, "", index)
    assert tron == tron_from_id(bytes.fromhex(other.address[2:]))
    assert tron.startswith("T") and len(tron) == 34


def test_passphrase_changes_addresses():
    plain, _ = KeyManager.addresses_from_phrase(PHRASE, "", 0)
    salted, _ = KeyManager.addresses_from_phrase(PHRASE, "extra words", 0)
    assert plain != salted


def test_bad_words_are_named_with_suggestions():
    with pytest.raises(InvalidMnemonic, match=r"word 3 “tset” \(did you mean .*test"):
        mnemonic.validate("test test tset test test test test test test test test junk")


def test_checksum_and_length_errors():
    with pytest.raises(InvalidMnemonic, match="checksum does not match"):
        mnemonic.validate("test test test test test test test test test test junk test")
    with pytest.raises(InvalidMnemonic, match="this one has 11"):
        mnemonic.validate("test " * 11)


def test_generated_phrases_are_valid_and_distinct():
    a, b = mnemonic.generate(12), mnemonic.generate(24)
    assert len(a.split()) == 12 and len(b.split()) == 24
    assert mnemonic.validate(a) == a and a != mnemonic.generate(12)


def test_private_key_parsing():
    key = hd.parse_private_key("0x" + "11" * 32)
    assert key == bytes([0x11]) * 32
    with pytest.raises(InvalidKey, match="64 hex digits"):
        hd.parse_private_key("abc")
    with pytest.raises(InvalidKey, match="not a valid secp256k1"):
        hd.parse_private_key("00" * 32)


# Published / independently computed Tron vectors (m/44'/195'/0'/0/i):
# - tronweb 6.5.1 (the library TronLink is built on), `TronWeb.fromMnemonic(phrase, path)`, run
#   on this machine from npm for both phrases below;
# - "abandon … about" index 0 is also the Ledger Tron app's test case (its getPublicKey example
#   checks for TUEZSdKso…) and TronBox/tre's account-0 key (hyperlane-xyz/hyperlane-monorepo,
#   typescript/tron-sdk/src/testing/constants.ts: b5a4cea2…).
ABANDON = "abandon " * 11 + "about"
TRONWEB_VECTORS = [
    (PHRASE, 0, "TWer2Ygk5TEheHp3TPuYeqxmB6SsGZmaL6"),
    (PHRASE, 1, "TPjjvMwjPoDC32V2dGDYTkLH4E5LAtBZ6C"),
    (PHRASE, 2, "TB7mhtkvfhsRBRhe5FuRa4tFXSEyGDe4eA"),
    (ABANDON, 0, "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"),
    (ABANDON, 1, "TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK"),
    (ABANDON, 2, "TYJPRrdB5APNeRs4R7fYZSwW3TcrTKw2gx"),
]


@pytest.mark.parametrize(("phrase", "index", "expected"), TRONWEB_VECTORS)
def test_tron_accounts_match_tronweb(phrase, index, expected):
    _, tron = KeyManager.addresses_from_phrase(phrase, "", index)
    assert tron == expected


def test_tron_key_matches_tronbox_published_key():
    key = hd.derive(mnemonic.to_seed(ABANDON), hd.bip44_path("tron", 0))
    assert key.hex() == "b5a4cea271ff424d7c31dc12a3e43e401df7a40d7412a15750f3f0b6b5449a28"


# BIP-39's published vectors (trezor/python-mnemonic vectors.json) use the passphrase "TREZOR".
TREZOR_SEED = (
    "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e5349553"
    "1f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"
)


def test_passphrase_is_the_bip39_25th_word():
    assert mnemonic.to_seed(ABANDON, "TREZOR").hex() == TREZOR_SEED
    # used as typed (a space or a capital is a different wallet), only NFKD-normalized
    assert mnemonic.to_seed(ABANDON, " TREZOR") != mnemonic.to_seed(ABANDON, "TREZOR")
    composed, decomposed = "p\u00e4ssw\u00f6rd", "pa\u0308sswo\u0308rd"
    assert mnemonic.to_seed(ABANDON, composed) == mnemonic.to_seed(ABANDON, decomposed)
    assert mnemonic.to_seed(ABANDON, composed) == Mnemonic.to_seed(ABANDON, decomposed)


def test_an_english_phrase_of_words_also_in_the_french_list_has_its_addresses():
    # every word is in both BIP-39 lists; eth-account's seed_from_mnemonic refuses it as
    # "valid in multiple languages", the wallet takes it as the English phrase it is
    both = "abandon amateur angle animal aspect badge bicycle bonus brave canal capable abandon"
    seed = mnemonic.to_seed(both)
    assert seed == Mnemonic.to_seed(both, "")  # python-mnemonic, an independent implementation
    evm, _ = KeyManager.addresses_from_phrase(both, "", 0)
    other = EthAccount.from_key(hd.derive(seed, "m/44'/60'/0'/0/0"))
    assert evm == other.address
