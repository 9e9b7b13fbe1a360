"""The chain CLI end to end on a real devnet (anvil, chain id 31337, test KGST deployed),
including crash tests: the process is SIGKILLed right after signing, after journaling and after
broadcasting, and the next run reconciles the journal with the node."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys

import pytest

from tests.keys.cli_helpers import run_cli
from wallet.devnet.launcher import start_devnet

PHRASE = "test test test test test test test test test test test junk"
PW = "correct horse battery"
RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"


@pytest.fixture
def devnet(data_dir, secret_service):
    net = start_devnet(data_dir, bsc_port=0, tron_port=None)
    run_cli(
        data_dir,
        "wallet",
        "restore",
        "--label",
        "Test",
        passwords=[PW],
        stdin=PHRASE,
        mode="devnet",
    )
    yield net
    net.stop()


def kgst_balance(net, who):
    return net.contract("KGST").functions.balanceOf(who).call()


def send_args(amount="5"):
    return [
        "send",
        "--network",
        "devnet-bsc",
        "--token",
        "KGST",
        "--to",
        RECIPIENT,
        "--amount",
        amount,
        "--yes",
        "--accept",
        "new_recipient",
    ]


def test_balance_send_status_history_receive(devnet, data_dir, tmp_path):
    me = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    devnet.fund_evm(me)
    _, bal = run_cli(data_dir, "balance", mode="devnet")
    mine = {(b["network"], b["symbol"]): b for b in bal["balances"] if b["account"] == me}
    assert mine[("devnet-bsc", "KGST")]["amount"] == "10000"
    assert "devnet-tron" in bal["errors"]  # Tron devnet not running: said, not fatal

    proc, refused = run_cli(data_dir, *send_args()[:-2], passwords=[PW], mode="devnet", check=False)
    assert proc.returncode == 1 and "never paid this address" in refused["error"]["message"]

    _, sent = run_cli(data_dir, *send_args("12.5"), passwords=[PW], mode="devnet")
    assert sent["quote"]["amount"] == "12.5" and sent["transaction"]["status"] == "broadcast"
    _, status = run_cli(
        data_dir, "tx", "status", sent["transaction"]["txid"], "--wait", "10", mode="devnet"
    )
    assert status["transactions"][0]["status"] == "confirmed"
    assert kgst_balance(devnet, RECIPIENT) == 12_500_000_000_000_000_000

    out = tmp_path / "history.csv"
    _, hist = run_cli(
        data_dir, "history", "--network", "devnet-bsc", "--csv", str(out), mode="devnet"
    )
    outs = [h for h in hist["history"] if h["direction"] == "out"]
    assert outs and outs[0]["amount"] == "12.5" and outs[0]["counterparty"] == RECIPIENT
    with out.open() as f:
        rows = list(csv.DictReader(f))
    assert any(
        r["direction"] == "out" and r["amount"] == "12.5" and r["token"] == "KGST" for r in rows
    )

    _, rec = run_cli(
        data_dir,
        "receive",
        "--network",
        "devnet-bsc",
        "--token",
        "KGST",
        "--amount",
        "3",
        mode="devnet",
    )
    assert rec["uri"].startswith(f"ethereum:{devnet.deployment['tokens'][0]['contract']}@31337/")
    assert rec["uri"].endswith(f"address={me}&uint256=3000000000000000000")


def test_dust_inbound_is_hidden_by_default(devnet, data_dir):
    me = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    kgst = devnet.contract("KGST")
    # a poisoning-style zero-value transfer "from" a stranger, and a real payment
    stranger = devnet.w3.eth.accounts[5]
    kgst.functions.mint(stranger, 10**18).transact({"from": devnet.issuer})
    kgst.functions.transfer(me, 0).transact({"from": stranger})
    kgst.functions.transfer(me, 10**18).transact({"from": stranger})
    _, hist = run_cli(data_dir, "history", "--network", "devnet-bsc", mode="devnet")
    ins = [h["amount"] for h in hist["history"] if h["direction"] == "in"]
    assert "1" in ins and "0" not in ins
    _, everything = run_cli(
        data_dir, "history", "--network", "devnet-bsc", "--all", "--no-sync", mode="devnet"
    )
    assert "0" in [h["amount"] for h in everything["history"] if h["direction"] == "in"]


@pytest.mark.parametrize("crash_at", ["after-sign", "after-journal", "after-broadcast"])
def test_crash_then_restart_reconciles(devnet, data_dir, crash_at):
    me = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    devnet.fund_evm(me)
    before = kgst_balance(devnet, RECIPIENT)
    env = dict(
        os.environ,
        KAPCHYK_DATA_DIR=str(data_dir),
        KAPCHYK_NETWORK_MODE="devnet",
        KAPCHYK_TEST_CRASH_AT=crash_at,
    )
    read_fd, write_fd = os.pipe()
    os.write(write_fd, (PW + "\n").encode())
    os.close(write_fd)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "wallet.cli.main",
            "--json",
            *send_args("7"),
            "--password-fd",
            str(read_fd),
        ],
        env=env,
        pass_fds=(read_fd,),
        capture_output=True,
        text=True,
        timeout=120,
    )
    os.close(read_fd)
    assert proc.returncode == -signal.SIGKILL

    # restart: the journal is reconciled with the node
    _, status = run_cli(data_dir, "tx", "status", "--wait", "10", mode="devnet")
    txs = status["transactions"]
    if crash_at == "after-sign":
        assert txs == []  # nothing was journaled, nothing was broadcast
        assert kgst_balance(devnet, RECIPIENT) == before
    else:
        [tx] = txs
        assert tx["status"] == "confirmed"
        assert kgst_balance(devnet, RECIPIENT) == before + 7 * 10**18  # sent exactly once
    # the next send uses the next nonce and goes through
    _, sent = run_cli(data_dir, *send_args("1"), passwords=[PW], mode="devnet")
    run_cli(data_dir, "tx", "status", "--wait", "10", mode="devnet")
    expected = before + (1 if crash_at == "after-sign" else 8) * 10**18
    assert kgst_balance(devnet, RECIPIENT) == expected
    _, status = run_cli(data_dir, "tx", "status", sent["transaction"]["txid"], mode="devnet")
    assert status["transactions"][0]["status"] == "confirmed"
    from wallet.store.db import database_path, open_database

    db = open_database(database_path(data_dir, "devnet"))
    reused = db.execute(
        "SELECT nonce FROM tx_journal GROUP BY sender, nonce HAVING COUNT(*) > 1"
    ).fetchall()
    assert reused == []  # no nonce was ever signed twice


def test_add_token_by_contract_reads_symbol_and_decimals(devnet, data_dir):
    from wallet.devnet.contracts import deploy

    contract = deploy(devnet.w3, "TestUSDKG", "Som Dollar", "SOMD", 6, sender=devnet.issuer)
    _, added = run_cli(
        data_dir, "token", "add", "--network", "devnet-bsc", contract.lower(), mode="devnet"
    )
    assert (added["symbol"], added["name"], added["decimals"]) == ("SOMD", "Som Dollar", 6)
    _, nets = run_cli(data_dir, "networks", mode="devnet")
    bsc = next(n for n in nets["networks"] if n["id"] == "devnet-bsc")
    assert {"SOMD", "KGST"} <= {t["symbol"] for t in bsc["tokens"]}
    proc, err = run_cli(
        data_dir,
        "token",
        "add",
        "--network",
        "devnet-bsc",
        "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
        mode="devnet",
        check=False,
    )
    assert proc.returncode == 1 and "there is no contract" in err["error"]["message"]
