"""The wallet's Tron side against the real devnode: balances, quotes that match what the node
charges to the sun, sends through the shared pipeline, refusals and warnings."""

from __future__ import annotations

import pytest

from tests.tron.conftest import NET
from wallet.services.sender import SendRefused, SendRequest

NEVER_SEEN = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"


def test_balances(tron_world):
    a1 = tron_world.account(1)
    rows = tron_world.env.portfolio.refresh_network(NET, [a1])
    got = {r.symbol: r.amount for r in rows}
    assert got["USDKG"] >= 1_000 * 10**6 and got["TRX"] > 0
    assert tron_world.node.accounts[1][0] == a1.tron_address  # same derivation as the node


def _send(world, asset, to, amount, index=1, confirm=("new_recipient", "recipient_not_activated")):
    quote = world.env.sender.quote(SendRequest(world.account(index), NET, asset, to, amount))
    entry = world.env.sender.send(quote, confirmed=set(confirm))
    return quote, entry


def test_usdkg_send_quote_equals_what_the_node_charged(tron_world):
    w = tron_world
    to = w.account(2).tron_address
    before = w.client.trc20_balance(w.usdkg.contract, to)
    trx_before = w.client.trx_balance(w.account(1).tron_address)
    quote, entry = _send(w, w.usdkg.contract, to, 25_500_000)
    assert entry.status == "broadcast"
    final = w.env.sender.refresh(entry)
    assert final.status == "confirmed"
    assert w.client.trc20_balance(w.usdkg.contract, to) == before + 25_500_000
    charged = trx_before - w.client.trx_balance(w.account(1).tron_address)
    assert charged == final.fee_paid == quote.fee_expected  # to the sun
    assert quote.unsigned["fee_limit"] >= quote.unsigned["energy"] * 100


def test_first_time_holder_costs_more_energy_and_is_shown(tron_world):
    w = tron_world
    holder = w.env.sender.quote(
        SendRequest(w.account(1), NET, w.usdkg.contract, w.account(2).tron_address, 10)
    )
    fresh = w.env.sender.quote(SendRequest(w.account(1), NET, w.usdkg.contract, NEVER_SEEN, 10))
    assert fresh.unsigned["energy"] > 1.5 * holder.unsigned["energy"]
    assert fresh.summary()["tron"]["first_time_holder"] is True
    assert holder.summary()["tron"]["first_time_holder"] is False
    assert "recipient_not_activated" in [x.code for x in fresh.warnings]


def test_trx_send_to_new_account_includes_creation_fee(tron_world):
    w = tron_world
    new = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"
    quote, entry = _send(w, "", new, 2_000_000)
    assert quote.unsigned["account_creation_fee"] == 1_100_000
    final = w.env.sender.refresh(entry)
    assert final.status == "confirmed" and final.fee_paid == quote.fee_expected == 1_100_000
    assert w.client.trx_balance(new) == 2_000_000


def test_refusals(tron_world):
    w = tron_world
    usdkg = w.usdkg.contract
    with pytest.raises(SendRefused, match="this is an EVM .* you are sending on Local Tron"):
        w.env.sender.quote(
            SendRequest(w.account(1), NET, usdkg, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", 1)
        )
    with pytest.raises(SendRefused, match="contract's own address"):
        w.env.sender.quote(SendRequest(w.account(1), NET, usdkg, usdkg, 1))
    with pytest.raises(SendRefused, match="but this account has"):
        w.env.sender.quote(SendRequest(w.account(1), NET, usdkg, NEVER_SEEN, 10**15))


def test_refusal_when_trx_is_short(tron_world):
    w = tron_world
    from tests.tron.conftest import PW
    from wallet.core.addresses import to_evm

    poor = w.env.accounts.import_private_key("Poor", PW, "0x" + "33" * 32, "tron")
    account = w.env.accounts.accounts(poor.id)[0]
    w.client.send_trx(w.issuer_key, account.tron_address, 500_000)
    w.client.trigger(
        w.issuer_key,
        w.usdkg.contract,
        "mint(address,uint256)",
        ["address", "uint256"],
        [to_evm(account.tron_address), 50 * 10**6],
    )
    with pytest.raises(
        SendRefused, match=r"this transfer burns about [0-9.]+ TRX; you have 0\.5 TRX"
    ):
        w.env.sender.quote(
            SendRequest(account, NET, w.usdkg.contract, w.account(2).tron_address, 10**6)
        )


def test_issuer_controls_on_tron(tron_world):
    w = tron_world
    from wallet.core.addresses import to_evm

    c = w.client
    usdkg = w.usdkg.contract
    c.trigger(w.issuer_key, usdkg, "addBlackList(address)", ["address"], [to_evm(NEVER_SEEN)])
    q = w.env.sender.quote(SendRequest(w.account(1), NET, usdkg, NEVER_SEEN, 10**6))
    assert "recipient_blacklisted" in [x.code for x in q.warnings]
    c.trigger(
        w.issuer_key, usdkg, "setParams(uint256,uint256)", ["uint256", "uint256"], [20, 3 * 10**6]
    )
    q = w.env.sender.quote(
        SendRequest(w.account(1), NET, usdkg, w.account(2).tron_address, 1_000 * 10**6)
    )
    assert q.recipient_gets == 998 * 10**6
    c.trigger(w.issuer_key, usdkg, "setParams(uint256,uint256)", ["uint256", "uint256"], [0, 0])
    c.trigger(w.issuer_key, usdkg, "pause()", [], [])
    try:
        with pytest.raises(SendRefused, match="the issuer has paused USDKG"):
            w.env.sender.quote(SendRequest(w.account(1), NET, usdkg, NEVER_SEEN, 1))
    finally:
        c.trigger(w.issuer_key, usdkg, "unpause()", [], [])
    c.trigger(w.issuer_key, usdkg, "removeBlackList(address)", ["address"], [to_evm(NEVER_SEEN)])


def test_lookalike_recipient_warning(tron_world, monkeypatch):
    """A vanity lookalike sharing 4+4 characters takes a GPU farm to make, so the compared edge
    is narrowed to 1 character for this test (a valid address ending like the contact's is
    found in ~58 tries); the check on the send path is the same code."""
    import os

    from wallet.core import lookalike
    from wallet.keys import hd

    w = tron_world
    real = w.account(2).tron_address
    w.env.address_book.add(NET, real, "Mom")
    monkeypatch.setattr(lookalike, "EDGE", 1)
    fake = next(
        a
        for a in (hd.tron_address(os.urandom(32)) for _ in range(5000))
        if a[-1] == real[-1] and a != real
    )
    q = w.env.sender.quote(SendRequest(w.account(1), NET, w.usdkg.contract, fake, 1))
    warning = next(x for x in q.warnings if x.code == "lookalike")
    assert "looks like Mom" in warning.message
    assert warning.details["known_marks"][0] == ["T", False]
    q = w.env.sender.quote(SendRequest(w.account(1), NET, w.usdkg.contract, "Mom", 1))
    assert [x.code for x in q.warnings] == []


def test_restart_with_pending_tron_transaction(tron_world, data_dir):
    w = tron_world
    quote = w.env.sender.quote(
        SendRequest(w.account(1), NET, w.usdkg.contract, w.account(2).tron_address, 5)
    )
    entry = w.env.sender.send(quote, confirmed={"new_recipient"})
    w.env.close()
    from wallet.services.chains import ChainClients
    from wallet.services.sender import Sender
    from wallet.store.db import database_path, open_database

    db = open_database(database_path(data_dir, "devnet"))
    sender = Sender(w.env.registry, db, ChainClients(w.env.registry, db), None)
    [done] = sender.refresh_pending()
    assert done.id == entry.id and done.status == "confirmed"


def test_history_by_exact_contract_with_fee_and_csv(tron_world, tmp_path):
    w = tron_world
    from wallet.core.addresses import to_evm

    # a fake "USDKG" at another contract must never show up
    fake = w.client.deploy(
        w.issuer_key, "TestUSDKG", ["string", "string", "uint8"], ["Fake", "USDKG", 6], "USDKG"
    )
    w.client.trigger(
        w.issuer_key,
        fake,
        "mint(address,uint256)",
        ["address", "uint256"],
        [to_evm(w.account(1).tron_address), 777],
    )
    _, entry = _send(w, w.usdkg.contract, w.account(2).tron_address, 4_000_000)
    w.env.sender.refresh(entry)
    accounts = [w.account(1).tron_address, w.account(2).tron_address]
    w.env.history.sync(NET, accounts)
    rows = w.env.history.rows(NET)
    mine = [r for r in rows if r.txid == entry.txid]
    assert {(r.account, r.direction, r.amount) for r in mine} == {
        (accounts[0], "out", 4_000_000),
        (accounts[1], "in", 4_000_000),
    }
    assert all(r.asset in (w.usdkg.contract, "") for r in rows)  # USDKG, or TRX (asset "")
    assert not any(r.amount == 777 for r in rows)
    out = tmp_path / "tron.csv"
    w.env.history.export_csv(out, rows)
    assert entry.txid in out.read_text()


def test_node_that_builds_a_different_transaction_is_refused_before_signing(
    tron_world, data_dir, keyring_env, keyring_keys
):
    """Fault injection with a real proxy in front of the devnode: it rewrites the recipient in
    the transaction the node builds (a lying node). Nothing may be signed."""
    import json

    from tests.harness.proxy import FaultProxy
    from tests.tron.conftest import PHRASE, PW, make_env
    from wallet.core import tron_tx

    w = tron_world
    attacker = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"

    def rewrite(request_body: bytes, answer: bytes) -> bytes:
        doc = json.loads(answer)
        if isinstance(doc, dict) and "transaction" in doc and "raw_data" in doc["transaction"]:
            raw = tron_tx.raw_from_json(doc["transaction"]["raw_data"])
            data = raw.contract.value["data"]
            if data[:4] == tron_tx.TRC20_TRANSFER:
                _, amount = tron_tx.decode_trc20_transfer(data)
                raw.contract.value["data"] = tron_tx.encode_trc20_transfer(attacker, amount)
                doc["transaction"] = tron_tx.transaction_json(raw)
        return json.dumps(doc).encode()

    proxy = FaultProxy(w.node.url, rewrite=rewrite)
    env = make_env(
        keyring_env, proxy.url, w.usdkg.contract, data_dir=data_dir / "liar", keys=keyring_keys("x")
    )
    try:
        env.accounts.create_hd_wallet("Test", PW, PHRASE)
        wallet = env.accounts.wallets()[0]
        account = env.accounts.add_account(wallet.id)
        signed = []
        env.keys.sign_tron_transaction = lambda *a: signed.append(a)  # must never be reached
        with pytest.raises(
            SendRefused,
            match="different transaction than the one you asked for \\(data\\); nothing was signed",
        ):
            env.sender.quote(
                SendRequest(account, NET, w.usdkg.contract, w.account(2).tron_address, 1_000)
            )
        assert signed == [] and env.sender.journal.all() == []
    finally:
        proxy.stop()
        env.close()


def test_users_trongrid_key_is_sent_and_tronpys_shared_keys_never(
    tron_world, data_dir, secret_service
):
    """The user's key goes out as TRON-PRO-API-KEY; a real proxy records the headers."""
    import http.server
    import threading
    import urllib.request

    from tronpy.providers.http import DEFAULT_API_KEYS

    from tests.keys.cli_helpers import run_cli

    seen: list[dict[str, str]] = []
    target = tron_world.node.url

    class Recorder(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            seen.append(dict(self.headers))
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            req = urllib.request.Request(
                target + self.path, data=body, headers={"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(req, timeout=30) as resp:
                answer = resp.read()
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        _, out = run_cli(
            data_dir,
            "endpoints",
            "api-key",
            "--network",
            "devnet-tron",
            stdin="my-own-trongrid-key\n",
            mode="devnet",
        )
        assert out["api_key"] == "set"
        run_cli(data_dir, "endpoints", "add", "--network", "devnet-tron", url, mode="devnet")
        run_cli(
            data_dir, "endpoints", "test", "--network", "devnet-tron", mode="devnet", check=False
        )
        keys = {h.get("TRON-PRO-API-KEY") for h in seen}
        assert seen and keys == {"my-own-trongrid-key"}
        assert not keys & set(DEFAULT_API_KEYS)
        db = (data_dir / "devnet" / "kapchyk.sqlite3").read_bytes()
        assert b"my-own-trongrid-key" not in db
    finally:
        server.shutdown()


def test_node_of_another_tron_chain_is_never_used(tron_world):
    """A node whose genesis block is not the network's (here: the devnode posing as Tron
    mainnet) is refused, and the user is told which node and what it serves."""
    from dataclasses import replace

    from wallet.chains.errors import WrongChain
    from wallet.chains.tron import TronClient
    from wallet.core.networks import load_registry

    mainnet = load_registry("mainnet").network("tron")
    client = TronClient(replace(mainnet, endpoints=(tron_world.node.url,)))
    with pytest.raises(WrongChain, match="serves another chain"):
        client.block_number()
