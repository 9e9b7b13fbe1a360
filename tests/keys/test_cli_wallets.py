"""The wallet CLI end to end against the real Secret Service, then a scan of every file the
program wrote for the secrets it handled."""

from __future__ import annotations

import base64
import json

from eth_account import Account as EthAccount

from tests.keys.cli_helpers import answer_backup_questions, run_cli

PHRASE = "test test test test test test test test test test test junk"
PW = "correct horse battery"
NEW_PW = "another long password"


def test_create_verify_backup_list(secret_service, data_dir):
    _, created = run_cli(data_dir, "wallet", "create", "--label", "Home", passwords=[PW])
    phrase = created["mnemonic"]
    assert len(phrase.split()) == 12 and created["backup_verified"] is False
    acct = created["accounts"][0]
    assert acct["evm"].startswith("0x") and acct["tron"].startswith("T")

    # wrong words are refused; nothing changes
    proc, out = run_cli(
        data_dir,
        "wallet",
        "verify-backup",
        created["id"],
        passwords=[PW],
        stdin="wrong\nwrong\nwrong\n",
        check=False,
    )
    assert proc.returncode == 1 and "do not match" in out["error"]["message"]

    # the right words, typed after reading the positions the program asks for
    positions, ok = answer_backup_questions(data_dir, created["id"], phrase)
    assert len(positions) == 3 and ok["backup_verified"] is True

    _, listing = run_cli(data_dir, "wallet", "list")
    assert [w["label"] for w in listing["wallets"]] == ["Home"]


def test_restore_gives_the_known_addresses(secret_service, data_dir):
    _, out = run_cli(
        data_dir, "wallet", "restore", "--label", "Test", passwords=[PW], stdin=PHRASE + "\n"
    )
    assert out["accounts"][0]["evm"] == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert out["backup_verified"] is True
    _, added = run_cli(data_dir, "account", "add", out["id"], "--label", "Second", passwords=[PW])
    assert added["evm"] == "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
    assert added["index"] == 1
    _, renamed = run_cli(data_dir, "account", "rename", added["evm"], "Market")
    assert renamed["label"] == "Market"
    # the same phrase twice is refused, naming the existing wallet
    proc, err = run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE, check=False)
    assert proc.returncode == 1 and "already here" in err["error"]["message"]


def test_restore_with_bad_word_names_it(secret_service, data_dir):
    proc, out = run_cli(
        data_dir,
        "wallet",
        "restore",
        passwords=[PW],
        stdin=PHRASE.replace("junk", "jnuk"),
        check=False,
    )
    assert proc.returncode == 1
    assert "word 12 “jnuk”" in out["error"]["message"]
    assert "Traceback" not in proc.stderr


def test_import_key_export_keystore_round_trip(secret_service, data_dir, tmp_path):
    key_hex = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
    _, imported = run_cli(
        data_dir,
        "wallet",
        "import-key",
        "--chain",
        "evm",
        "--label",
        "K",
        passwords=[PW],
        stdin=key_hex,
    )
    addr = imported["accounts"][0]["evm"]
    assert addr == EthAccount.from_key(key_hex).address
    out_file = tmp_path / "export.json"
    run_cli(
        data_dir,
        "wallet",
        "export-keystore",
        addr,
        "--out",
        str(out_file),
        passwords=[PW, "keystore pass"],
    )
    # eth-account reads our file
    assert (
        bytes(EthAccount.decrypt(json.loads(out_file.read_text()), "keystore pass")).hex()
        == key_hex
    )
    # and we read eth-account's
    theirs = tmp_path / "theirs.json"
    other_key = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"
    theirs.write_text(json.dumps(EthAccount.encrypt(other_key, "their pass")))
    _, ks = run_cli(
        data_dir,
        "wallet",
        "import-keystore",
        str(theirs),
        "--label",
        "KS",
        passwords=[PW, "their pass"],
    )
    assert ks["accounts"][0]["evm"] == EthAccount.from_key(other_key).address
    proc, err = run_cli(
        data_dir, "wallet", "import-keystore", str(theirs), passwords=[PW, "bad pass"], check=False
    )
    assert proc.returncode == 1 and "keystore password is wrong" in err["error"]["message"]


def test_watch_only_and_tron_key(secret_service, data_dir):
    _, watch = run_cli(
        data_dir, "wallet", "watch", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "--label", "Shop till"
    )
    assert watch["watch_only"] and watch["accounts"][0]["evm"] is None
    proc, err = run_cli(data_dir, "wallet", "watch", "0xabc", check=False)
    assert proc.returncode == 1 and "40 hex digits" in err["error"]["message"]
    _, tron = run_cli(
        data_dir, "wallet", "import-key", "--chain", "tron", passwords=[PW], stdin="0x" + "22" * 32
    )
    assert tron["accounts"][0]["tron"].startswith("T") and tron["accounts"][0]["evm"] is None


def test_change_password_unlock_and_remove(secret_service, data_dir):
    _, w = run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE)
    proc, err = run_cli(
        data_dir, "wallet", "change-password", w["id"], passwords=["not it", NEW_PW], check=False
    )
    assert proc.returncode == 1 and "password is wrong" in err["error"]["message"]
    run_cli(data_dir, "wallet", "change-password", w["id"], passwords=[PW, NEW_PW])
    proc, _ = run_cli(data_dir, "wallet", "unlock", w["id"], passwords=[PW], check=False)
    assert proc.returncode == 1
    run_cli(data_dir, "wallet", "unlock", w["id"], passwords=[NEW_PW])
    proc, err = run_cli(data_dir, "wallet", "remove", w["id"], "--yes", passwords=[PW], check=False)
    assert proc.returncode == 1  # wrong password: nothing removed
    run_cli(data_dir, "wallet", "remove", w["id"], "--yes", passwords=[NEW_PW])
    _, listing = run_cli(data_dir, "wallet", "list")
    assert listing["wallets"] == []
    # the keyring entries are gone too
    backend = secret_service.backend()
    assert backend.get_password("kapchyk", f"wallet/{w['id']}/header") is None


def test_no_password_source_is_a_clear_error(secret_service, data_dir):
    proc, out = run_cli(data_dir, "wallet", "create", check=False)
    assert proc.returncode == 1
    assert "--password-fd" in out["error"]["message"]


def test_testnet_wallets_are_invisible_in_mainnet(secret_service, data_dir):
    _, w = run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE, mode="testnet")
    _, main = run_cli(data_dir, "wallet", "list", mode="mainnet")
    _, test = run_cli(data_dir, "wallet", "list", mode="testnet")
    assert main["wallets"] == [] and [x["id"] for x in test["wallets"]] == [w["id"]]
    backend = secret_service.backend()
    assert backend.get_password("kapchyk-testnet", f"wallet/{w['id']}/header") is not None
    assert backend.get_password("kapchyk", f"wallet/{w['id']}/header") is None
    _, w2 = run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE)
    _, test = run_cli(data_dir, "wallet", "list", mode="testnet")
    assert w2["id"] not in [x["id"] for x in test["wallets"]]


def test_no_secret_in_any_file_written(secret_service, data_dir, tmp_path):
    """Run the whole flow, then scan everything written for the phrase and keys."""
    key_hex = "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"
    run_cli(data_dir, "wallet", "restore", "--label", "P", passwords=[PW], stdin=PHRASE)
    run_cli(data_dir, "wallet", "import-key", "--chain", "evm", passwords=[PW], stdin=key_hex)
    _, ws = run_cli(data_dir, "wallet", "list")
    wid = ws["wallets"][0]["id"]
    run_cli(data_dir, "account", "add", wid, passwords=[PW])
    run_cli(data_dir, "wallet", "change-password", wid, passwords=[PW, NEW_PW])
    run_cli(data_dir, "-v", "wallet", "unlock", wid, passwords=["wrong password"], check=False)
    run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE + " extra", check=False)

    EthAccount.enable_unaudited_hdwallet_features()
    keys = [bytes.fromhex(key_hex)]
    for path in ("m/44'/60'/0'/0/0", "m/44'/60'/0'/0/1", "m/44'/195'/0'/0/0"):
        keys.append(bytes(EthAccount.from_mnemonic(PHRASE, account_path=path).key))
    words = PHRASE.split()
    needles = [PHRASE.encode(), PW.encode(), NEW_PW.encode()]
    needles += [
        " ".join(words[i : i + 3]).encode()
        for i in range(len(words) - 2)
        if len(set(words[i : i + 3])) > 1 or i == 0
    ]
    for key in keys:
        needles += [key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key), key]
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files) and any(p.suffix == ".log" for p in files)
    for path in files:
        blob = path.read_bytes()
        for needle in needles:
            assert needle not in blob, f"a secret was found in {path}"
