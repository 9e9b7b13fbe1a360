"""The send form's notes as the user types, with real keys on a real anvil: the account's own
address is warned about, a payment link's label is shown as a label, and each field shows one
error at a time (said once, under the field; editing a field clears the old answer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.evm.conftest import NET
from tests.gui.test_main_window_tabs import _window
from tests.gui.test_send_dialog import _choose, _dialog
from tests.gui.test_translations import language  # noqa: F401 - the fixture
from wallet.core.uris import build_eip681
from wallet.gui.send_dialog import ERROR_STYLE, OK_STYLE, WARN_STYLE, SendDialog

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
SELF_NOTE = "This is this account's own address: the coins come back to you, less the fee"


def _retype(qtbot, edit, text):
    """Select what the field holds and type ``text`` over it, key by key."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_own_address_as_recipient_is_warned_about(qtbot, world):
    me = world.account(1)
    dialog = _dialog(qtbot, world.env, me)
    _choose(dialog, NET, "KGST")
    _retype(qtbot, dialog.recipient_edit, RECIPIENT)
    assert dialog.recipient_note.text() == "Valid BNB Chain Testnet address"
    assert dialog.recipient_note.styleSheet() == OK_STYLE
    for own in (me.evm_address, me.evm_address.lower()):  # as copied, or in lower case
        _retype(qtbot, dialog.recipient_edit, own)
        assert dialog.recipient_note.text() == SELF_NOTE
        assert dialog.recipient_note.styleSheet() == WARN_STYLE  # a warning, not "valid"
    _retype(qtbot, dialog.recipient_edit, world.account(2).evm_address)  # another own account
    assert dialog.recipient_note.text() == "Valid BNB Chain Testnet address"


def test_a_payment_links_label_is_shown_as_a_label(qtbot, world, idle_workers):
    link = build_eip681(
        RECIPIENT, 97, token=world.kgst.contract, amount_units=4 * 10**18, label="Order 42: bread"
    )
    window = _window(qtbot, world.env)
    window.account_box.setCurrentIndex(window.accounts.index(world.account(1)))
    dialog = window.send(link=link)  # as an opened ethereum: link does
    assert isinstance(dialog, SendDialog) and dialog.isVisible()
    assert dialog.recipient_edit.text() == RECIPIENT
    assert (dialog.asset()[1], dialog.amount_edit.text()) == ("KGST", "4")
    assert dialog.recipient_note.text() == "Payment link: “Order 42: bread”"
    assert dialog.recipient_note.textFormat() == Qt.TextFormat.PlainText  # the payee's text
    # pasted into the field by hand: the same
    dialog = _dialog(qtbot, world.env, world.account(2))
    dialog.recipient_edit.setFocus()
    dialog.recipient_edit.setText(link)
    assert dialog.recipient_note.text() == "Payment link: “Order 42: bread”"
    # a contact's name is named as a contact, a bare address as valid: the label is the link's
    world.env.address_book.add(NET, RECIPIENT, "Baker")
    _retype(qtbot, dialog.recipient_edit, "Baker")
    assert dialog.recipient_note.text() == "Contact: Baker"


def test_editing_a_field_clears_its_old_error(qtbot, world, idle_workers):
    dialog = _dialog(qtbot, world.env, world.account(1))
    qtbot.waitExposed(dialog)
    _choose(dialog, NET, "KGST")
    # the recipient: an error while it is wrong, replaced (not added to) once it is right
    _retype(qtbot, dialog.recipient_edit, RECIPIENT[:-1] + "X")
    assert "character" in dialog.recipient_note.text()
    assert dialog.recipient_note.styleSheet() == ERROR_STYLE
    QTest.keyClick(dialog.recipient_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.recipient_edit, RECIPIENT[-1])
    assert dialog.recipient_note.text() == "Valid BNB Chain Testnet address"
    assert dialog.recipient_note.styleSheet() == OK_STYLE
    # the amount: the same
    _retype(qtbot, dialog.amount_edit, "1e6")
    assert "exponent" in dialog.amount_note.text()
    _retype(qtbot, dialog.amount_edit, "2000000")
    assert dialog.amount_note.text() == ""

    # a refusal of the whole transfer goes once an edit makes it out of date
    def refused():
        QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Return)  # Enter on the form = Review
        qtbot.waitUntil(lambda: "this account has" in dialog.form_error.text(), timeout=30_000)
        assert "you are sending 2,000,000 KGST" in dialog.form_error.text()
        assert dialog.pages.currentIndex() == 0

    refused()
    QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Backspace)  # "200000"
    assert dialog.form_error.text() == "" and dialog.amount_note.text() == ""
    qtbot.keyClicks(dialog.amount_edit, "0")
    refused()
    QTest.keyClick(dialog.recipient_edit, Qt.Key.Key_Backspace)  # the recipient is edited
    assert dialog.form_error.text() == ""  # only the recipient's own note says what is wrong
    assert dialog.recipient_note.text().endswith("40 hex digits after 0x; this one has 39")


def test_review_says_a_fields_error_once_under_that_field(qtbot, world):
    dialog = _dialog(qtbot, world.env, world.account(1))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    _choose(dialog, NET, "KGST")
    _retype(qtbot, dialog.amount_edit, "1e6")
    exponent = dialog.amount_note.text()
    assert "exponent" in exponent
    QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Return)  # Review with both fields wrong
    assert dialog.pages.currentIndex() == 0 and not dialog.busy  # nothing asked of the network
    assert dialog.recipient_note.text() == (
        "enter the recipient's address, a contact's name or a payment link"
    )
    assert dialog.amount_note.text() == exponent
    assert dialog.form_error.text() == ""  # not said a second time below the form
    assert dialog.recipient_edit.hasFocus()  # the first field to put right
    qtbot.keyClicks(dialog.recipient_edit, RECIPIENT)
    assert dialog.recipient_note.text() == "Valid BNB Chain Testnet address"
    assert dialog.amount_note.text() == exponent  # the other field's error stays until edited


def test_a_payment_links_label_stays_after_a_language_switch(
    qtbot,
    world,
    idle_workers,
    language,  # noqa: F811
):
    """The field then holds the plain address; the note keeps what the link said."""
    link = build_eip681(
        RECIPIENT, 97, token=world.kgst.contract, amount_units=10**18, label="Заказ 7"
    )
    dialog = _dialog(qtbot, world.env, world.account(2))
    dialog.recipient_edit.setFocus()
    dialog.recipient_edit.setText(link)
    assert dialog.recipient_note.text() == "Payment link: “Заказ 7”"
    language("ru")
    assert dialog.recipient_note.text() == "Платёжная ссылка: «Заказ 7»"
    assert dialog.recipient_edit.text() == RECIPIENT
