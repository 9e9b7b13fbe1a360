"""The main window's standard tabs on a real anvil: present and following the account; a refresh
shows a new send under Pending; once it confirms, History looks on the network and shows it;
"Send to" from the address book opens the send dialog on the contact's network."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.evm.conftest import NET, PW
from wallet.gui.history_tab import COLUMNS
from wallet.gui.main_window import MainWindow
from wallet.gui.send_dialog import SendDialog
from wallet.services.sender import SendRequest

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
TRON_ADDRESS = "TPL66VK2gCXNCD7EJg9pgJRfqcRazjhUZY"


def _window(qtbot, env):
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    # the tabs are built just after the first paint (their modules load on a worker)
    qtbot.waitUntil(lambda: window.tabs.count() == 5, timeout=30_000)
    return window


def _txids(tab):
    column = COLUMNS.index("txid")
    return [tab.proxy.index(r, column).data() for r in range(tab.proxy.rowCount())]


def test_tabs_follow_the_account_and_a_send_reaches_pending_then_history(
    qtbot, world, idle_workers
):
    window = _window(qtbot, world.env)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Balances", "History", "Pending", "Address book", "Payment requests"]
    window.account_box.setCurrentIndex(window.accounts.index(world.account(1)))
    for tab in window.extra_tabs:
        assert tab.account == world.account(1)

    world.anvil.set_automine(False)
    world.env.keys.unlock(world.account(1).wallet_id, PW)
    quote = world.sender.quote(
        SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, 3 * 10**18)
    )
    entry = world.sender.send(quote, confirmed={"new_recipient"})
    window.refresh()  # what the send dialog does once the transfer is sent
    pending = window.pending_tab
    qtbot.waitUntil(lambda: entry.txid in [r.entry.txid for r in pending.rows], timeout=10_000)
    assert window.history_tab.model.rowCount() == 0  # nothing looked up on the network yet
    world.mine(3)
    # the pending tab follows it to "confirmed"; History then looks on the network
    qtbot.waitUntil(lambda: entry.txid in _txids(window.history_tab), timeout=30_000)
    qtbot.waitUntil(lambda: not window.refreshing, timeout=30_000)


def test_send_to_a_contact_opens_the_send_dialog_on_its_network(qtbot, world, idle_workers):
    world.env.address_book.add("tron-shasta", TRON_ADDRESS, "Aunt")
    window = _window(qtbot, world.env)
    book = window.addressbook_tab
    book.table.selectRow(0)
    qtbot.mouseClick(book.send_button, Qt.LeftButton)
    dialog = window.findChild(SendDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.network().id == "tron-shasta"
    assert dialog.recipient_edit.text() == TRON_ADDRESS
    assert dialog.recipient_note.text() == "Contact: Aunt"
