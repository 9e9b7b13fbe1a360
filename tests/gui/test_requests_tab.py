"""The payment-requests tab against a real anvil and the Tron devnode, for a watch-only shop:
a request is paid by a real transfer of the exact token — not by another token for the same
amount —, a desktop notification goes to the (fake) notification service on the private
session bus, cancel, expiry and CSV."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from tests.evm.conftest import NET, PW
from tests.harness.notifications import fake_notifications  # noqa: F401 - fixture
from tests.tron.conftest import NET as TRON_NET
from wallet.gui.requests_tab import RequestsTab
from wallet.services.sender import SendRequest

SHOP = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"
SHOP_TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


def _shop(env, address, label="Shop"):
    wallet = env.accounts.add_watch_only(label, address)
    return env.accounts.accounts(wallet.id)[0]


def _tab(qtbot, env, account):
    tab = RequestsTab(env)
    qtbot.addWidget(tab)
    tab.set_account(account)
    tab.show()
    return tab


def _listed(tab):
    t = tab.table
    return {
        int(t.item(r, 0).text()): (t.item(r, 1).text(), t.item(r, 2).text(), t.item(r, 4).text())
        for r in range(t.rowCount())
    }


def _create(qtbot, tab, symbol, amount, label="", expiry=1):
    tab.token_box.setCurrentIndex(tab.token_box.findText(symbol))
    tab.amount_edit.setText(amount)
    tab.label_edit.setText(label)
    tab.expiry_box.setCurrentIndex(expiry)
    before = set(_listed(tab))
    qtbot.mouseClick(tab.create_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(set(_listed(tab)) - before), timeout=30_000)
    [new] = set(_listed(tab)) - before
    return new


def _check(qtbot, tab):
    with qtbot.waitSignal(tab.paid, timeout=30_000) as got:
        qtbot.mouseClick(tab.check_button, Qt.LeftButton)
    return got.args[0]


def _pay(world, token, to, amount):
    world.env.keys.unlock(world.account(1).wallet_id, PW)
    quote = world.sender.quote(SendRequest(world.account(1), NET, token.contract, to, amount))
    return world.sender.send(quote, confirmed={w.code for w in quote.warnings})


def test_request_paid_only_by_the_exact_token_and_notified(
    qtbot,
    world,
    idle_workers,
    fake_notifications,  # noqa: F811
    tmp_path,
):
    shop = _shop(world.env, SHOP)
    service = fake_notifications()
    tab = _tab(qtbot, world.env, shop)
    assert [tab.network_box.itemText(i) for i in range(tab.network_box.count())] == [
        "BNB Chain Testnet"
    ]
    tab.amount_edit.setText("5,5.5")
    qtbot.mouseClick(tab.create_button, Qt.LeftButton)
    assert tab.form_error.text().startswith("Amount: ")

    rid = _create(qtbot, tab, "KGST", "5", "Order <42>")
    assert _listed(tab)[rid] == ("Waiting for payment", "5 KGST", "Order <42>")
    uri = tab.uri_label.text()
    assert uri.startswith(f"ethereum:{world.kgst.contract}@97/transfer?address={SHOP}")
    assert "uint256=5" in uri and not tab.qr.pixmap().isNull()

    # 5 of another token (USDKG) does not pay a KGST request
    _pay(world, world.usdkg, SHOP, 5 * 10**6)
    world.mine(3)
    assert _check(qtbot, tab) == []
    assert _listed(tab)[rid][0] == "Waiting for payment" and service.calls == []

    # the real KGST transfer pays it, once it has the network's confirmations
    entry = _pay(world, world.kgst, SHOP, 5 * 10**18)
    world.mine(3)
    [paid] = _check(qtbot, tab)
    assert paid.id == rid and paid.paid_txid == entry.txid
    qtbot.waitUntil(lambda: _listed(tab)[rid][0] == "Paid", timeout=10_000)
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == str(rid))
    # who paid and with which transaction
    assert tab.table.item(row, 7).text() == f"{world.account(1).evm_address}\n{entry.txid}"
    qtbot.waitUntil(lambda: bool(service.calls), timeout=5_000)
    [note] = service.calls
    assert note["summary"] == "Payment received"
    assert note["body"] == f"Request #{rid} (Order <42>): 5 KGST received"

    # cancel another request; CSV of the list
    other = _create(qtbot, tab, "USDKG", "1.25", expiry=4)
    tab.select(other)
    qtbot.mouseClick(tab.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: _listed(tab)[other][0] == "Cancelled", timeout=10_000)
    out = tmp_path / "requests.csv"
    with qtbot.waitSignal(tab.exported, timeout=10_000):
        tab.export_to(str(out))
    rows = {int(r["id"]): r for r in csv.DictReader(out.open())}
    assert rows[rid]["status"] == "paid" and rows[rid]["paid_txid"] == entry.txid
    assert rows[other]["status"] == "cancelled" and rows[other]["amount"] == "1.25"
    assert rows[other]["expires_at"] == ""  # "Never"


def test_open_request_expires(qtbot, world, idle_workers):
    tab = _tab(qtbot, world.env, _shop(world.env, SHOP))
    rid = _create(qtbot, tab, "KGST", "1", expiry=0)  # 15 minutes
    req = world.env.payment_requests.get(rid)
    world.env.payment_requests.clock = lambda: req.expires_at + 1
    assert _check(qtbot, tab) == []
    qtbot.waitUntil(lambda: _listed(tab)[rid][0] == "Expired", timeout=10_000)


def test_tron_request_paid_by_a_real_trc20_transfer(qtbot, tron_world, idle_workers):
    w = tron_world
    tab = _tab(qtbot, w.env, _shop(w.env, SHOP_TRON))
    rid = _create(qtbot, tab, "USDKG", "2", "Till 3")
    assert tab.uri_label.text().startswith(f"tron:{SHOP_TRON}?token=")
    w.env.keys.unlock(w.account(1).wallet_id, PW)
    quote = w.env.sender.quote(
        SendRequest(w.account(1), TRON_NET, w.usdkg.contract, SHOP_TRON, 2_010_000)
    )
    entry = w.env.sender.send(quote, confirmed={x.code for x in quote.warnings})
    assert w.env.sender.refresh(entry).status == "confirmed"
    [paid] = _check(qtbot, tab)
    assert paid.id == rid and paid.paid_txid == entry.txid
    qtbot.waitUntil(lambda: _listed(tab)[rid][0] == "Paid", timeout=10_000)
