"""Global options work before or after the (sub)command; `account add` finds the only wallet;
every command group's --help lists all its actions."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from tests.keys.cli_helpers import run_cli
from wallet.cli.main import build_parser, main

PHRASE = "test test test test test test test test test test test junk"
PW = "correct horse battery"


def kapchyk(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wallet.cli.main", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_json_after_the_command_as_the_readme_writes_it(data_dir):
    proc = kapchyk("networks", "--json", "--data-dir", str(data_dir))
    assert proc.returncode == 0, proc.stderr
    assert {n["id"] for n in json.loads(proc.stdout)["networks"]} == {"bsc", "eth", "tron"}


def test_options_after_a_nested_subcommand(capsys, data_dir):
    code = main(["wallet", "list", "--network-mode", "testnet", "--data-dir", str(data_dir), "-v"])
    out, _ = capsys.readouterr()
    assert code == 0 and "No wallets yet" in out
    assert (data_dir / "testnet").is_dir() and not (data_dir / "mainnet").exists()
    code = main(["endpoints", "list", "--network", "bsc", "--json", "--data-dir", str(data_dir)])
    out, _ = capsys.readouterr()
    doc = json.loads(out)
    assert code == 0 and doc["network"] == "bsc" and doc["endpoints"]


def test_an_option_before_the_command_is_kept_and_one_after_it_wins(capsys, data_dir):
    # given only before: the subcommand does not reset it to its own default
    main(["--data-dir", str(data_dir), "--network-mode", "testnet", "--json", "tx", "status"])
    assert json.loads(capsys.readouterr().out) == {"transactions": []}
    assert (data_dir / "testnet").is_dir()
    # given on both sides: the later one counts
    main(["--network-mode", "testnet", "networks", "--network-mode", "devnet", "--json",
          "--data-dir", str(data_dir)])  # fmt: skip
    assert json.loads(capsys.readouterr().out)["mode"] == "devnet"


def test_a_bad_global_option_after_the_command_names_the_choices(data_dir):
    proc = kapchyk("networks", "--network-mode", "moon", "--data-dir", str(data_dir))
    assert proc.returncode == 2
    assert "--network-mode" in proc.stderr and "mainnet" in proc.stderr and "moon" in proc.stderr


def test_account_add_takes_the_only_wallet(data_dir, secret_service):
    run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE)
    _, added = run_cli(data_dir, "account", "add", "--label", "Shop", passwords=[PW])
    # the second account of the test phrase (m/44'/60'/0'/0/1)
    assert added["evm"] == "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
    assert added["index"] == 1 and added["label"] == "Shop"


def test_account_add_with_several_wallets_names_them(data_dir, secret_service):
    run_cli(data_dir, "wallet", "restore", "--label", "Home", passwords=[PW], stdin=PHRASE)
    run_cli(
        data_dir, "wallet", "watch", "--label", "Shop till", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"
    )
    proc, err = run_cli(data_dir, "account", "add", passwords=[PW], check=False)
    message = err["error"]["message"]
    assert proc.returncode == 1 and "several wallets" in message
    assert "Home (id " in message and "Shop till (id " in message
    _, wallets = run_cli(data_dir, "wallet", "list")
    assert [len(w["accounts"]) for w in wallets["wallets"]] == [1, 1]  # nothing was added


def test_account_add_without_a_wallet_says_how_to_make_one(capsys, data_dir):
    code = main(["account", "add", "--data-dir", str(data_dir)])
    assert code == 1 and "kapchyk wallet create" in capsys.readouterr().err


def test_request_help_lists_every_action():
    proc = kapchyk("request", "--help")
    assert proc.returncode == 0
    listed = {line.split()[0] for line in proc.stdout.splitlines() if line.startswith("    ")}
    assert {"create", "list", "check", "cancel"} <= listed


def _groups(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    for action in parser._actions:  # argparse has no public walk over subcommands
        if isinstance(action, argparse._SubParsersAction):
            yield path, parser, action
            for name, child in action.choices.items():
                yield from _groups(child, (*path, name))


def test_every_command_groups_help_lists_all_its_actions():
    groups = list(_groups(build_parser()))
    assert len(groups) >= 8  # top level, wallet, account, tx, request, endpoints, token, …
    for path, parser, action in groups:
        text = parser.format_help()
        for name in action.choices:
            assert f"\n    {name} " in text, f"`kapchyk {' '.join(path)} --help` omits {name}"
