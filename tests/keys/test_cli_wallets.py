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
    positions, ok, _ = answer_backup_questions(data_dir, created["id"], phrase)
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


def _key_needles(key: bytes) -> list[bytes]:
    return [key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key), key]


def _word_runs(phrase: str, shortest: int) -> list[bytes]:
    words = phrase.split()
    return [
        " ".join(words[i : i + n]).encode()
        for n in range(shortest, len(words) + 1)
        for i in range(len(words) - n + 1)
    ]


def test_whole_flow_leaves_no_secret_in_files_output_or_keyring(secret_service, data_dir, tmp_path):
    """Every command, with HOME and the XDG dirs pointed at a fresh dir so that anything the
    program writes outside the data dir is caught too; then scan files, stderr, stdout (but
    the one deliberate showing of a new phrase) and every value handed to the keyring."""
    home = tmp_path / "home"
    xdg = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"),
    }
    home.mkdir()
    outputs: list[tuple[str, str, str]] = []

    def cli(*args, **kw):
        proc, out = run_cli(data_dir, *args, env_extra=xdg, **kw)
        outputs.append((args[1] if len(args) > 1 else args[0], proc.stdout, proc.stderr))
        return proc, out

    evm_key = "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356"
    tron_key = "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97"
    ks_key = "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"
    _, created = cli("wallet", "create", "--label", "New", passwords=[PW])
    generated = created["mnemonic"]
    _, _, verify_output = answer_backup_questions(data_dir, created["id"], generated, PW, xdg)
    _, restored = cli("wallet", "restore", "--label", "Test", passwords=[PW], stdin=PHRASE)
    cli("account", "add", created["id"], passwords=[PW])
    cli("account", "add", restored["id"], passwords=[PW])
    cli("wallet", "import-key", "--chain", "evm", passwords=[PW], stdin=evm_key)
    cli("wallet", "import-key", "--chain", "tron", passwords=[PW], stdin="0x" + tron_key)
    theirs = tmp_path / "theirs.json"
    theirs.write_text(json.dumps(EthAccount.encrypt(ks_key, "their pass")))
    cli("wallet", "import-keystore", str(theirs), passwords=[PW, "their pass"])
    exported = tmp_path / "exported.json"
    cli(
        "wallet",
        "export-keystore",
        created["accounts"][0]["evm"],
        "--out",
        str(exported),
        passwords=[PW, "export pass"],
    )
    cli("wallet", "watch", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
    cli("wallet", "list")
    cli("account", "list")
    cli("wallet", "change-password", created["id"], passwords=[PW, NEW_PW])
    cli("-v", "wallet", "unlock", created["id"], passwords=[PW], check=False)  # old: wrong now
    cli("wallet", "restore", passwords=[PW], stdin=PHRASE.replace("junk", "jnuk"), check=False)
    cli("wallet", "restore", passwords=[PW], stdin=generated, check=False)  # already there
    cli("wallet", "remove", restored["id"], "--yes", passwords=[PW])

    EthAccount.enable_unaudited_hdwallet_features()
    keys = [bytes.fromhex(k) for k in (evm_key, tron_key, ks_key)]
    for phrase in (generated, PHRASE):
        for coin in (60, 195):
            for i in (0, 1):
                path = f"m/44'/{coin}'/0'/0/{i}"
                keys.append(bytes(EthAccount.from_mnemonic(phrase, account_path=path).key))
    secrets_ = [generated.encode(), PHRASE.encode(), PW.encode(), NEW_PW.encode()]
    secrets_ += [b"their pass", b"export pass"]
    # every run of two or more words of the random phrase; of three or more of the test phrase
    # (whose words repeat: "test test" could be innocent)
    secrets_ += _word_runs(generated, 2) + _word_runs(PHRASE, 3)
    for key in keys:
        secrets_ += _key_needles(key)

    def leaks(blob: bytes) -> list[int]:
        return [i for i, needle in enumerate(secrets_) if needle in blob]

    files = [p for root in (data_dir, home) for p in root.rglob("*") if p.is_file()]
    files += [exported]  # encrypted with its own password: no key in it
    assert any(p.suffix == ".sqlite3" for p in files) and any(p.suffix == ".log" for p in files)
    for path in files:
        assert leaks(path.read_bytes()) == [], f"a secret was found in {path}"
    assert leaks(verify_output.encode()) == []
    for command, stdout, stderr in outputs:
        assert leaks(stderr.encode()) == [], f"a secret in the stderr of {command}"
        if command != "create":  # `wallet create` shows the new phrase once, on purpose
            assert leaks(stdout.encode()) == [], f"a secret in the stdout of {command}"
    # ...and nothing but the phrase: no key, no password beside it
    assert leaks(outputs[0][1].replace(generated, "").encode()) == []

    # what Kapchyk handed to the OS keyring is ciphertext only
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=secret_service.address) as conn:
        items = list(
            secretstorage.get_default_collection(conn).search_items({"service": "kapchyk"})
        )
        assert len(items) >= 8  # header + secret of each of the four wallets with keys left
        for item in items:
            assert leaks(item.get_secret()) == [], f"clear text in keyring entry {item.get_label()}"
