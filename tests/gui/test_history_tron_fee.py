"""History on the Tron devnode shows the TRX a USDKG send burned, as the chain charged it (the
fee column and the CSV), and no fee on the same transfer seen by its recipient, another account
of the wallet (in its History, and in one CSV of both accounts, as `kapchyk history` writes)."""

from __future__ import annotations

import csv
from decimal import Decimal

from tests.evm.conftest import PW
from tests.gui.test_history_tab import _cells, _row, _sync, _tab
from tests.tron.conftest import NET as TRON_NET


def test_tron_usdkg_send_shows_the_trx_it_burned(qtbot, tron_world, idle_workers, tmp_path):
    w = tron_world
    me, friend = w.account(1), w.account(2)
    w.env.keys.unlock(me.wallet_id, PW)
    entry = done = w.send_usdkg(me, friend.tron_address, 1_500_000)
    burned = done.fee_paid  # what the chain's receipt says was burned
    assert burned and burned > 0
    assert w.env.registry.network(TRON_NET).native.symbol == "TRX"

    tab = _tab(qtbot, w.env, me)
    _sync(qtbot, tab)
    qtbot.waitUntil(lambda: entry.txid in _cells(tab, "txid"), timeout=30_000)
    sent, _ = _row(tab, entry.txid)
    assert sent["token"] == "USDKG" and sent["fee"].endswith(" TRX")  # the fee in the gas coin
    assert Decimal(sent["fee"].removesuffix(" TRX").replace(",", "")) * 10**6 == burned
    assert sent["status"] == "Confirmed"

    out = tmp_path / "history.csv"
    with qtbot.waitSignal(tab.exported, timeout=10_000):
        tab.export_to(str(out))
    with out.open(newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["txid"] == entry.txid)
    assert (Decimal(row["fee"]) * 10**6, row["fee_token"]) == (burned, "TRX")

    theirs = _tab(qtbot, w.env, friend)  # the recipient paid nothing for it
    _sync(qtbot, theirs)
    qtbot.waitUntil(lambda: entry.txid in _cells(theirs, "txid"), timeout=30_000)
    got, _ = _row(theirs, entry.txid)
    assert got["direction"] == "In" and got["fee"] == ""

    both = [t for t in w.env.history.rows(TRON_NET) if t.txid == entry.txid]
    assert {t.direction for t in both} == {"in", "out"}
    out = tmp_path / "both.csv"
    w.env.history.export_csv(out, both)
    with out.open(newline="") as f:
        fees = {r["direction"]: (r["fee"], r["fee_token"]) for r in csv.DictReader(f)}
    assert fees == {"out": (sent["fee"].removesuffix(" TRX"), "TRX"), "in": ("", "")}
