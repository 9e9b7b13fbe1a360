"""The address book tab over the real address-book service (real SQLite): add with refusals
named by field, remove, and "Send to" opening the send dialog on the contact's network."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.evm.conftest import NET
from wallet.gui.addressbook_tab import AddressBookTab

MOM = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"
TRON_ADDRESS = "TPL66VK2gCXNCD7EJg9pgJRfqcRazjhUZY"


def _tab(qtbot, env, account=None, on_send=None):
    tab = AddressBookTab(env, on_send=on_send)
    qtbot.addWidget(tab)
    tab.set_account(account)
    tab.show()
    return tab


def _add(qtbot, tab, network_id, address, name, note=""):
    tab.network_box.setCurrentIndex(tab.network_box.findData(network_id))
    tab.address_edit.setText(address)
    tab.label_edit.setText(name)
    tab.note_edit.setText(note)
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)


def _listed(tab):
    t = tab.table
    return [tuple(t.item(r, c).text() for c in range(4)) for r in range(t.rowCount())]


def test_add_refusals_name_the_field_remove_and_send_to(qtbot, world, idle_workers):
    asked = []
    tab = _tab(qtbot, world.env, world.account(1), on_send=asked.append)
    _add(qtbot, tab, NET, TRON_ADDRESS, "Mom")
    assert tab.form_error.text().startswith("Address: ")
    assert "Tron address" in tab.form_error.text() and _listed(tab) == []
    _add(qtbot, tab, NET, MOM[:-1] + "X", "Mom")
    assert tab.form_error.text().startswith("Address: ") and "character" in tab.form_error.text()
    _add(qtbot, tab, NET, MOM.lower(), "   ")
    assert tab.form_error.text() == "Name: give the contact a name"
    _add(qtbot, tab, NET, MOM.lower(), "Mom", "rent <b>June</b>")
    assert tab.form_error.text() == ""
    assert _listed(tab) == [("Mom", "BNB Chain Testnet", MOM, "rent <b>June</b>")]
    assert tab.address_edit.text() == ""  # the form is ready for the next contact
    # the service's book is the one the CLI and the send dialog use
    assert world.env.address_book.find(NET, "mom").address == MOM

    assert tab.selected_contact().label == "Mom"  # the new contact is selected
    qtbot.mouseClick(tab.send_button, Qt.LeftButton)
    assert asked == [MOM]

    qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    assert _listed(tab) == [] and world.env.address_book.list() == []
    assert not tab.remove_button.isEnabled() and not tab.send_button.isEnabled()


def test_watch_only_accounts_cannot_send_to_a_contact(qtbot, world, idle_workers):
    world.env.address_book.add(NET, MOM, "Mom")
    watch = world.env.accounts.add_watch_only("Till", MOM)
    till = world.env.accounts.accounts(watch.id)[0]
    tab = _tab(qtbot, world.env, till, on_send=lambda _: None)
    tab.table.selectRow(0)
    assert tab.remove_button.isEnabled() and not tab.send_button.isEnabled()
    assert "watch-only" in tab.send_button.toolTip()
