"""`kapchyk send --to "tron:…?token=…&amount=…"` (a link from `kapchyk receive`) pays it on the
Tron devnet: the token and amount come from the link, and the USDKG moves. Real CLI in a
subprocess, the real devnode."""

from __future__ import annotations

from decimal import Decimal

from tests.keys.cli_helpers import run_cli
from tests.tron.conftest import CLI_NET as NET
from tests.tron.conftest import PW


def test_cli_send_pays_a_tron_link_with_its_token_and_amount(data_dir, cli_devnet):
    net, w = cli_devnet
    assert w["accounts"][0]["tron"]  # the devnet USDKG's owner, who gets its fees
    # a payer and a payee that are not the owner: each balance moves by the transfer only
    me, to = (
        run_cli(data_dir, "account", "add", passwords=[PW], mode="devnet")[1]["tron"]
        for _ in range(2)
    )
    net.fund(me)
    usdkg = net.tron_token("USDKG")
    _, rx = run_cli(
        data_dir, "receive", *NET, "--account", to, "--token", "USDKG", "--amount", "2.75",
        mode="devnet",
    )  # fmt: skip
    link = rx["uri"]
    assert link.startswith(f"tron:{to}?") and f"token={usdkg}" in link
    assert "amount=2.75" in link
    mine, theirs = (net.tron_client.trc20_balance(usdkg, a) for a in (me, to))

    # neither --token nor --amount: both are the link's
    proc, sent = run_cli(
        data_dir, "send", *NET, "--from", me, "--to", link, "--yes",
        "--accept", "new_recipient", "--accept", "recipient_not_activated",
        passwords=[PW], mode="devnet", check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    quote = sent["quote"]
    assert (quote["symbol"], quote["amount"], quote["to"]) == ("USDKG", "2.75", to)
    _, status = run_cli(
        data_dir, "tx", "status", sent["transaction"]["txid"], "--wait", "15", mode="devnet"
    )
    assert status["transactions"][0]["status"] == "confirmed"
    assert net.tron_client.trc20_balance(usdkg, me) == mine - 2_750_000
    # the devnet USDKG's issuer keeps 0.1%: the payee gets what the quote said
    assert quote["recipient_gets"] == "2.74725"
    got = net.tron_client.trc20_balance(usdkg, to) - theirs
    assert got == int(Decimal(quote["recipient_gets"]) * 10**6) == 2_747_250
