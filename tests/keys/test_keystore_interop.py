"""Issue 16 item 14: keystore V3 files and passwords that Unicode NFKC normalization changes
(full-width digits from a Japanese IME, ligatures). ethers.js normalizes the password (its
``getPassword`` calls ``toUtf8Bytes(password, "NFKC")``: node_modules/ethers
lib.commonjs/wallet/utils.js); geth and eth-account use the bytes as typed. The real ethers.js
runs in node (tests/harness/ethers_keystore.js)."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from eth_account import Account as EthAccount

from tests.harness.components import missing
from wallet.keys.errors import KeystoreError
from wallet.keys.manager import decrypt_keystore

KEY = "0x" + "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
TYPED = "パスワード１２３４"  # full-width digits: NFKC makes them ASCII 1234
ROOT = Path(__file__).resolve().parents[2]


def _ethers(request: dict) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "ethers").is_dir():
        missing("ethers.js", "install node and run `npm ci` (ethers is a devDependency)")
    return subprocess.run(
        [node, str(ROOT / "tests" / "harness" / "ethers_keystore.js")],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_a_keystore_made_by_ethers_with_a_full_width_password_imports_as_typed():
    assert unicodedata.normalize("NFKC", TYPED) != TYPED
    made = _ethers({"op": "encrypt", "key": KEY, "password": TYPED, "n": 1024})
    assert made.returncode == 0, made.stderr
    assert decrypt_keystore(made.stdout, TYPED).hex() == KEY[2:]
    # a geth-style file (eth-account: the bytes as typed) with the same password still opens
    geth_style = EthAccount.encrypt(KEY, TYPED, kdf="scrypt", iterations=1024)
    assert decrypt_keystore(geth_style, TYPED).hex() == KEY[2:]


def test_export_opens_in_ethers_and_geth_style_wallets_or_says_why_not(keys, accounts):
    wallet = accounts.import_key_bytes("K", "pw for the vault", bytes.fromhex(KEY[2:]), "evm")
    [account] = accounts.accounts(wallet.id)
    keys.unlock(wallet.id, "pw for the vault")
    plain = "plain ascii password 1234"
    doc = keys.export_keystore(account, plain)
    opened = _ethers({"op": "decrypt", "keystore": json.dumps(doc), "password": plain})
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert opened.stdout == EthAccount.from_key(KEY).address  # ethers opens it
    assert bytes(EthAccount.decrypt(doc, plain)).hex() == KEY[2:]  # and geth-style wallets
    with pytest.raises(KeystoreError, match="ethers-based wallets would not open"):
        keys.export_keystore(account, TYPED)
