"""The history tab against a real anvil (and the Tron devnode): a real KGST send appears after a
sync with its amount and direction, filters narrow the rows, sorting is numeric, explorer links
come from the registry, the CSV holds the filtered rows; ten thousand stored rows load on a
worker."""

from __future__ import annotations

import csv
import time

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tests.evm.conftest import NET, PW
from tests.tron.conftest import NET as TRON_NET
from wallet.gui.history_tab import COLUMNS, HistoryTab
from wallet.services.sender import SendRequest

COL = {name: i for i, name in enumerate(COLUMNS)}


def _tab(qtbot, env, account):
    tab = HistoryTab(env)
    qtbot.addWidget(tab)
    tab.set_account(account)
    tab.show()
    return tab


def _cells(tab, column):
    proxy = tab.proxy
    return [proxy.index(r, COL[column]).data() for r in range(proxy.rowCount())]


def _row(tab, txid):
    txids = _cells(tab, "txid")
    assert txid in txids, txids
    r = txids.index(txid)
    return {name: tab.proxy.index(r, i).data() for i, name in enumerate(COLUMNS)}, r


def _sync(qtbot, tab):
    qtbot.mouseClick(tab.sync_button, Qt.LeftButton)
    assert not tab.sync_button.isEnabled()  # the networks are asked on a worker
    qtbot.waitUntil(lambda: tab.sync_button.isEnabled(), timeout=30_000)


def _send(world, index, token, to, amount):
    world.env.keys.unlock(world.account(index).wallet_id, PW)
    sender = world.env.sender
    quote = sender.quote(SendRequest(world.account(index), NET, token.contract, to, amount))
    return sender.send(quote, confirmed={w.code for w in quote.warnings})


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_sent_and_received_transfers_filters_sorting_explorer_and_csv(
    qtbot, world, idle_workers, tmp_path
):
    me, friend = world.account(1), world.account(2)
    entry = _send(world, 1, world.kgst, friend.evm_address, 25 * 10**18)
    world.tokens.usdkg.functions.transfer(me.evm_address, 7_500_000).transact(
        {"from": world.tokens.issuer}
    )
    world.mine(2)
    tab = _tab(qtbot, world.env, me)
    _sync(qtbot, tab)
    qtbot.waitUntil(lambda: entry.txid in _cells(tab, "txid"), timeout=10_000)
    sent, _ = _row(tab, entry.txid)
    assert sent["direction"] == "Out" and sent["token"] == "KGST"
    assert sent["amount"] == "−25" and sent["counterparty"] == friend.evm_address
    assert sent["network"] == "BNB Chain Testnet"
    assert sent["date"] == time.strftime("%Y-%m-%d", time.localtime()) + sent["date"][10:]
    amounts = sorted(_cells(tab, "amount"))
    assert amounts == sorted(["−25", "7.5", "1,000,000", "1,000,000"])  # + the two test mints

    # the friend sees it coming in
    other = _tab(qtbot, world.env, friend)
    _sync(qtbot, other)
    qtbot.waitUntil(lambda: entry.txid in _cells(other, "txid"), timeout=10_000)
    got, _ = _row(other, entry.txid)
    assert (got["direction"], got["amount"], got["counterparty"]) == ("In", "25", me.evm_address)

    # filters narrow the rows
    tab.token_filter.setCurrentIndex(tab.token_filter.findText("USDKG"))
    assert set(_cells(tab, "token")) == {"USDKG"} and len(_cells(tab, "token")) == 2
    tab.token_filter.setCurrentIndex(0)
    tab.direction_filter.setCurrentIndex(2)  # outgoing
    assert _cells(tab, "txid") == [entry.txid]
    tab.direction_filter.setCurrentIndex(1)  # incoming
    assert entry.txid not in _cells(tab, "txid") and len(_cells(tab, "txid")) == 3
    tab.direction_filter.setCurrentIndex(0)

    # sorting by amount is numeric, not by text
    tab.view.sortByColumn(COL["amount"], Qt.SortOrder.AscendingOrder)
    assert _cells(tab, "amount") == ["−25", "7.5", "1,000,000", "1,000,000"]
    tab.view.sortByColumn(COL["amount"], Qt.SortOrder.DescendingOrder)
    assert _cells(tab, "amount") == ["1,000,000", "1,000,000", "7.5", "−25"]

    # the explorer link from the registry; a double click opens it
    _, r = _row(tab, entry.txid)
    assert tab.explorer_url(r) == f"https://testnet.bscscan.com/tx/{entry.txid}"
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        index = tab.proxy.index(r, 0)
        tab.view.doubleClicked.emit(index)
        assert catcher.urls == [f"https://testnet.bscscan.com/tx/{entry.txid}"]
    finally:
        QDesktopServices.unsetUrlHandler("https")

    # CSV of the filtered rows
    tab.direction_filter.setCurrentIndex(2)
    out = tmp_path / "history.csv"
    with qtbot.waitSignal(tab.exported, timeout=10_000):
        tab.export_to(str(out))
    rows = list(csv.DictReader(out.open()))
    assert [(r["txid"], r["direction"], r["token"], r["amount"]) for r in rows] == [
        (entry.txid, "out", "KGST", "25")
    ]
    assert rows[0]["explorer"].endswith(entry.txid)
    assert tab.status.text() == f"Rows saved to {out}: 1"


def test_a_file_that_cannot_be_written_is_named(qtbot, world, idle_workers, tmp_path):
    tab = _tab(qtbot, world.env, world.account(1))
    _sync(qtbot, tab)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0, timeout=10_000)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    tab.export_to(str(blocker / "history.csv"))
    qtbot.waitUntil(lambda: "could not write" in tab.status.text(), timeout=10_000)
    assert str(blocker / "history.csv") in tab.status.text()


def test_ten_thousand_rows_load_on_a_worker_and_filter(qtbot, world, idle_workers):
    me = world.account(1)
    db = world.env.db
    with db:
        db.executemany(
            "INSERT INTO history VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    NET,
                    f"0x{i:064x}",
                    0,
                    me.evm_address,
                    "in" if i % 2 else "out",
                    world.account(2).evm_address,
                    world.kgst.contract if i % 3 else world.usdkg.contract,
                    str((i + 1) * 10**16),
                    i,
                    1_760_000_000 + i,
                    "confirmed",
                )
                for i in range(10_000)
            ],
        )
    tab = HistoryTab(world.env)
    qtbot.addWidget(tab)
    tab.set_account(me)
    assert tab.model.rowCount() == 0  # read on a worker: set_account returned at once
    qtbot.waitUntil(lambda: tab.model.rowCount() == 10_000, timeout=30_000)
    assert tab.proxy.data(tab.proxy.index(0, COL["txid"])) == f"0x{9_999:064x}"  # newest first
    tab.token_filter.setCurrentIndex(tab.token_filter.findText("USDKG"))
    tab.direction_filter.setCurrentIndex(2)
    assert tab.proxy.rowCount() == len([i for i in range(10_000) if i % 3 == 0 and i % 2 == 0])


def test_tron_usdkg_send_shows_in_history(qtbot, tron_world, idle_workers):
    w = tron_world
    me, friend = w.account(1), w.account(2)
    w.env.keys.unlock(me.wallet_id, PW)
    entry = w.send_usdkg(me, friend.tron_address, 3_250_000)
    tab = _tab(qtbot, w.env, me)
    _sync(qtbot, tab)
    qtbot.waitUntil(lambda: entry.txid in _cells(tab, "txid"), timeout=30_000)
    sent, r = _row(tab, entry.txid)
    assert (sent["direction"], sent["token"], sent["amount"]) == ("Out", "USDKG", "−3.25")
    assert sent["counterparty"] == friend.tron_address
    assert tab.explorer_url(r) == ""  # the local devnet has no explorer


def test_a_tron_endpoint_without_trongrid_says_older_transfers_need_one(
    qtbot, tron_world, idle_workers
):
    from tests.harness.proxy import FaultProxy

    w = tron_world
    # java-tron serves no /v1 (HTTP 404); the devnode does, so a proxy hides it
    proxy = FaultProxy(w.node.url, missing_paths=("/v1/",))
    try:
        w.env.refresh_registry(w.env.registry.with_endpoints(TRON_NET, [proxy.url]))
        tab = _tab(qtbot, w.env, w.account(1))
        _sync(qtbot, tab)
        qtbot.waitUntil(lambda: "TronGrid" in tab.status.text(), timeout=30_000)
        assert "Older transfers need a TronGrid-style endpoint" in tab.status.text()
        assert tab.status.textFormat() == Qt.TextFormat.PlainText
    finally:
        proxy.stop()
