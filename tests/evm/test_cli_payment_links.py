"""Issue 16 item 12: ``kapchyk send --to`` reads payment links through the same code as the
send dialog (services/recipient.py over core/uris.py), token and amount included; a link for
another chain is refused naming it. Real CLI in a subprocess, real devnet anvil."""

from __future__ import annotations

from tests.evm.test_cli_devnet import PW, RECIPIENT, devnet, kgst_balance  # noqa: F401
from tests.keys.cli_helpers import run_cli

TRON_ADDRESS = "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"


def _send(data_dir, to, *extra):
    args = ["send", "--network", "devnet-bsc", "--to", to, *extra, "--yes"]
    args += ["--accept", "new_recipient"]
    return run_cli(data_dir, *args, passwords=[PW], mode="devnet", check=False)


def test_cli_send_reads_an_eip681_link_with_token_and_amount(devnet, data_dir):  # noqa: F811
    me = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    devnet.fund_evm(me)
    kgst = devnet.deployment["tokens"][0]["contract"]
    link = f"ethereum:{kgst}@31337/transfer?address={RECIPIENT}&uint256=3000000000000000000"
    proc, sent = _send(data_dir, link)
    assert proc.returncode == 0, proc.stderr
    assert sent["quote"]["symbol"] == "KGST" and sent["quote"]["amount"] == "3"
    run_cli(data_dir, "tx", "status", sent["transaction"]["txid"], "--wait", "10", mode="devnet")
    assert kgst_balance(devnet, RECIPIENT) == 3 * 10**18
    # the link's amount and a different --amount: refused, nothing sent
    proc, refused = _send(data_dir, link, "--amount", "4")
    assert proc.returncode == 1 and "asks for 3 KGST" in refused["error"]["message"]
    assert kgst_balance(devnet, RECIPIENT) == 3 * 10**18


def test_cli_send_refuses_a_link_for_another_chain_naming_it(devnet, data_dir):  # noqa: F811
    link = f"ethereum:{RECIPIENT}@97?value=1000"
    proc, refused = _send(data_dir, link)
    assert proc.returncode == 1 and "chain id 97" in refused["error"]["message"]
    proc, refused = _send(data_dir, f"tron:{TRON_ADDRESS}?amount=1", "--amount", "1")
    assert proc.returncode == 1, proc.stderr
    assert "Local Tron devnet" in refused["error"]["message"]
    assert "--network devnet-tron" in refused["error"]["message"]
