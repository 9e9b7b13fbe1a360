"""`kapchyk balance | send | tx status | history` on the Tron devnet, same flags as EVM."""

from __future__ import annotations

from tests.keys.cli_helpers import run_cli
from wallet.devnet.launcher import start_devnet

PHRASE = "test test test test test test test test test test test junk"
PW = "correct horse battery"


def test_tron_cli_flow(data_dir, secret_service):
    net = start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.3)
    try:
        _, w = run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE, mode="devnet")
        me = w["accounts"][0]["tron"]
        _, bal = run_cli(data_dir, "balance", "--network", "devnet-tron", mode="devnet")
        usdkg = [b for b in bal["balances"] if b["symbol"] == "USDKG" and b["account"] == me]
        assert usdkg and usdkg[0]["amount"] is not None
        res = bal["resources"][f"devnet-tron:{me}"]
        assert 0 <= res["free_bandwidth"] <= 600 and res["energy"] == 0
        net.fund(me)
        to = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
        proc, refused = run_cli(
            data_dir,
            "send",
            "--network",
            "devnet-tron",
            "--token",
            "USDKG",
            "--to",
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "--amount",
            "1",
            "--yes",
            passwords=[PW],
            mode="devnet",
            check=False,
        )
        assert proc.returncode == 1
        assert (
            "EVM (0x…) address, but you are sending on Local Tron devnet"
            in refused["error"]["message"]
        )
        _, sent = run_cli(
            data_dir,
            "send",
            "--network",
            "devnet-tron",
            "--token",
            "USDKG",
            "--to",
            to,
            "--amount",
            "1.5",
            "--yes",
            "--accept",
            "new_recipient",
            "--accept",
            "recipient_not_activated",
            passwords=[PW],
            mode="devnet",
        )
        assert sent["quote"]["tron"]["energy"] > 0
        assert sent["quote"]["recipient_gets"] == "1.4985"  # the devnet token's 0.1% fee
        _, status = run_cli(
            data_dir, "tx", "status", sent["transaction"]["txid"], "--wait", "15", mode="devnet"
        )
        assert status["transactions"][0]["status"] == "confirmed"
        assert net.tron_client.trc20_balance(net.tron_token("USDKG"), to) == 1_498_500
        _, hist = run_cli(data_dir, "history", "--network", "devnet-tron", mode="devnet")
        assert any(h["direction"] == "out" and h["amount"] == "1.4985" for h in hist["history"])
    finally:
        net.stop()


def test_history_on_an_endpoint_without_trongrid_says_so(data_dir, secret_service):
    import json

    from tests.harness.proxy import FaultProxy
    from wallet.devnet.launcher import DEVNET_FILE, devnet_folder

    net = start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.3)
    # java-tron serves no /v1 (HTTP 404); the devnode does, so a proxy hides it
    proxy = FaultProxy(net.tron_url, missing_paths=("/v1/",))
    try:
        path = devnet_folder(data_dir) / DEVNET_FILE
        doc = json.loads(path.read_text("utf-8"))
        doc["endpoints"]["devnet-tron"] = [proxy.url]
        path.write_text(json.dumps(doc), "utf-8")
        run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE, mode="devnet")
        _, hist = run_cli(data_dir, "history", "--network", "devnet-tron", mode="devnet")
        notice = hist["notices"]["devnet-tron"]
        assert "older transfers need a TronGrid-style endpoint" in notice
        assert "2000 blocks" in notice
    finally:
        proxy.stop()
        net.stop()
