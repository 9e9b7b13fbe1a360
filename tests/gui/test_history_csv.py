"""History rows and the CSV with what a bookkeeper needs, against a real anvil: ISO-8601
timestamps, the fee the send paid and its status (from the journal), the payee's address-book
name and the payment request a transfer paid; exports go to the Documents folder by default."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from tests.evm.conftest import NET
from tests.gui.test_history_tab import _cells, _row, _send, _sync, _tab
from wallet.gui.tab_jobs import documents_folder


def test_csv_has_timestamp_fee_status_label_and_request(qtbot, world, idle_workers, tmp_path):
    me, shop = world.account(1), world.account(3)
    world.env.address_book.add(NET, shop.evm_address, "Corner shop")
    request = world.env.payment_requests.create(shop, NET, "KGST", 12 * 10**18, "Order 42")
    entry = _send(world, 1, world.kgst, shop.evm_address, 12 * 10**18)
    world.mine(3)
    assert world.env.sender.refresh(entry).status == "confirmed"
    paid = world.env.payment_requests.check()
    assert [r.id for r in paid] == [request.id]
    fee_paid = world.env.sender.refresh(entry).fee_paid
    assert fee_paid and fee_paid > 0

    tab = _tab(qtbot, world.env, me)
    _sync(qtbot, tab)
    qtbot.waitUntil(lambda: entry.txid in _cells(tab, "txid"), timeout=10_000)
    shown, _ = _row(tab, entry.txid)
    assert shown["status"] == "Confirmed" and shown["fee"].endswith(" tBNB")
    assert shown["counterparty"] == f"Corner shop ({shop.evm_address})"
    assert len(shown["date"]) == len("2026-12-02 03:31:06")

    tab.direction_filter.setCurrentIndex(2)  # outgoing
    out = tmp_path / "history.csv"
    with qtbot.waitSignal(tab.exported, timeout=10_000):
        tab.export_to(str(out))
    with out.open(newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    assert header[0] == "timestamp"
    assert {"fee", "fee_token", "status", "label", "request_id"} <= set(header)
    row = next(r for r in rows if r["txid"] == entry.txid)
    when = dt.datetime.fromisoformat(row["timestamp"].replace("Z", "+00:00"))
    block_time = world.anvil.w3.eth.get_block(row["block"] and int(row["block"]))["timestamp"]
    assert when.tzinfo is not None and int(when.timestamp()) == block_time
    assert (row["status"], row["label"], row["request_id"]) == (
        "confirmed",
        "Corner shop",
        str(request.id),
    )
    assert Decimal(row["fee"]) * 10**18 == fee_paid and row["fee_token"] == "tBNB"
    assert row["amount"] == "12"


def test_exports_are_suggested_in_the_documents_folder(qtbot, monkeypatch, tmp_path):
    docs = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert documents_folder() == (docs if docs.is_dir() else Path.home())
    asked = {}

    def fake_dialog(parent, title, start, filter_text):  # the native dialog cannot be driven
        asked["start"] = start
        return "", ""

    monkeypatch.setattr("wallet.gui.tab_jobs.QFileDialog.getSaveFileName", fake_dialog)
    from wallet.gui.tab_jobs import ask_save_path

    assert ask_save_path(None, "t", "kapchyk-history.csv", "CSV files (*.csv)") == ""
    assert Path(asked["start"]) == documents_folder() / "kapchyk-history.csv"
