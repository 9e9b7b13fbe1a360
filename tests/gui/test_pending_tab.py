"""The pending tab against a real anvil with automine off (and the Tron devnode): statuses
followed in the background, speed-up and cancel with the new fee shown and the password asked,
disabled for Tron and watch-only accounts with the reason in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.evm.conftest import NET, PW
from tests.tron.conftest import NET as TRON_NET
from wallet.gui.pending_tab import PendingTab
from wallet.gui.unlock import PasswordDialog
from wallet.services.sender import SendRequest

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
STRANGER = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"


def _pending_send(world, amount=10**18):
    world.anvil.set_automine(False)
    world.env.keys.unlock(world.account(1).wallet_id, PW)
    quote = world.sender.quote(
        SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, amount)
    )
    entry = world.sender.send(quote, confirmed={"new_recipient"})
    world.env.keys.lock()  # the replacement must ask for the password again
    return entry


def _tab(qtbot, env, account):
    tab = PendingTab(env)
    qtbot.addWidget(tab)
    tab.set_account(account)
    tab.show()
    return tab


def _statuses(tab):
    t = tab.table
    return {
        t.item(r, 4).text(): (t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())
    }


def _replace(qtbot, tab, txid, button, password=PW):
    qtbot.waitUntil(lambda: txid in _statuses(tab), timeout=10_000)
    tab.select(next(r.entry.id for r in tab.rows if r.entry.txid == txid))
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.replace_dialog is not None, timeout=30_000)
    dialog = tab.replace_dialog
    assert "tBNB" in dialog.fee.text() and "at most" in dialog.fee.text()
    assert txid in dialog.explain.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(PasswordDialog) is not None, timeout=5_000)
    prompt = dialog.findChild(PasswordDialog)
    prompt.password.setText(password)
    qtbot.mouseClick(prompt.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.replace_dialog is None, timeout=30_000)
    return dialog


def test_speed_up_replaces_the_pending_transfer(qtbot, world, idle_workers):
    kgst = world.tokens.kgst
    before = kgst.functions.balanceOf(RECIPIENT).call()
    entry = _pending_send(world)
    old_price = world.anvil.w3.eth.get_transaction(entry.txid)["gasPrice"]
    tab = _tab(qtbot, world.env, world.account(1))
    qtbot.waitUntil(lambda: _statuses(tab).get(entry.txid) == ("Pending", "Transfer"))
    assert tab.timer.isActive()  # followed while something is pending
    _replace(qtbot, tab, entry.txid, tab.speedup_button)
    faster = next(e for e in world.sender.journal.all() if e.replaces == entry.id)
    assert faster.kind == "speedup" and faster.nonce == entry.nonce
    assert world.anvil.w3.eth.get_transaction(faster.txid)["gasPrice"] > old_price
    qtbot.waitUntil(lambda: faster.txid in _statuses(tab), timeout=10_000)
    assert _statuses(tab)[faster.txid] == ("Pending", "Speed-up")
    assert "Replacement sent" in tab.status.text()
    world.mine(3)
    # the timer follows both on the node: one confirmed, the other replaced
    qtbot.waitUntil(
        lambda: (
            _statuses(tab).get(faster.txid, ("",))[0] == "Confirmed"
            and _statuses(tab).get(entry.txid, ("",))[0] == "Replaced"
        ),
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=10_000)
    assert kgst.functions.balanceOf(RECIPIENT).call() == before + 10**18


def test_cancel_sends_nothing_and_keep_waiting_changes_nothing(qtbot, world, idle_workers):
    kgst = world.tokens.kgst
    before = kgst.functions.balanceOf(RECIPIENT).call()
    entry = _pending_send(world)
    tab = _tab(qtbot, world.env, world.account(1))
    qtbot.waitUntil(lambda: entry.txid in _statuses(tab), timeout=10_000)
    tab.select(tab.rows[0].entry.id)
    qtbot.mouseClick(tab.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.replace_dialog is not None, timeout=30_000)
    qtbot.mouseClick(tab.replace_dialog.back_button, Qt.LeftButton)  # "Keep waiting"
    qtbot.waitUntil(lambda: tab.replace_dialog is None)
    assert len(world.sender.journal.all()) == 1
    dialog = _replace(qtbot, tab, entry.txid, tab.cancel_button)
    assert "zero-value transfer to yourself" in dialog.explain.text()
    world.mine(3)
    qtbot.waitUntil(lambda: _statuses(tab).get(entry.txid, ("",))[0] == "Replaced", timeout=30_000)
    cancel = next(e for e in world.sender.journal.all() if e.replaces == entry.id)
    assert _statuses(tab)[cancel.txid] == ("Confirmed", "Cancellation")
    assert kgst.functions.balanceOf(RECIPIENT).call() == before


def test_only_the_oldest_pending_nonce_can_be_replaced(qtbot, world, idle_workers):
    first = _pending_send(world)
    world.env.keys.unlock(world.account(1).wallet_id, PW)
    second = world.sender.send(
        world.sender.quote(SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, 5)),
        confirmed={"new_recipient"},
    )
    tab = _tab(qtbot, world.env, world.account(1))
    qtbot.waitUntil(lambda: {first.txid, second.txid} <= set(_statuses(tab)), timeout=10_000)
    tab.select(second.id)
    qtbot.mouseClick(tab.speedup_button, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: "only the oldest pending transaction" in tab.status.text(), timeout=30_000
    )
    assert tab.replace_dialog is None


def test_tron_and_watch_only_entries_cannot_be_replaced(qtbot, tron_world, world, idle_workers):
    w = tron_world
    w.env.keys.unlock(w.account(1).wallet_id, PW)
    quote = w.env.sender.quote(
        SendRequest(w.account(1), TRON_NET, w.usdkg.contract, w.account(2).tron_address, 10**6)
    )
    entry = w.env.sender.send(quote, confirmed={x.code for x in quote.warnings})
    tab = _tab(qtbot, w.env, w.account(1))
    qtbot.waitUntil(lambda: entry.txid in _statuses(tab), timeout=10_000)
    tab.select(entry.id)
    assert not tab.speedup_button.isEnabled() and not tab.cancel_button.isEnabled()
    assert "Tron transactions cannot be sped up or cancelled" in tab.speedup_button.toolTip()
    qtbot.waitUntil(lambda: _statuses(tab)[entry.txid][0] == "Confirmed", timeout=30_000)

    # a watch-only account whose address has a pending transaction in the journal (it was
    # signed before the wallet was removed and the address added back as watch-only)
    pending = _pending_send(world)
    watch = world.env.accounts.add_watch_only("Till", STRANGER)
    till = world.env.accounts.accounts(watch.id)[0]
    db = world.env.db
    with db:
        db.execute("UPDATE tx_journal SET sender = ? WHERE id = ?", (STRANGER, pending.id))
    tab = _tab(qtbot, world.env, till)
    qtbot.waitUntil(lambda: pending.txid in _statuses(tab), timeout=10_000)
    tab.select(pending.id)
    assert not tab.speedup_button.isEnabled()
    assert "watch-only" in tab.cancel_button.toolTip()
