"""The send flow driven with real key presses (QTest.keyClick) against a real anvil and the real
Secret Service: Enter in the password prompt means "check this password"; a wrong one is shown
inline with the wallet's name and sends nothing, a right one is shown as accepted and sends once;
the review page's focus and warnings; the confirmation page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.evm.conftest import NET, PW
from wallet.gui.send_dialog import SendDialog
from wallet.gui.unlock import PasswordDialog

RECIPIENT = "0x976EA74026E726554dB657fA54763abd0C3a0aa9"


def _to_review(qtbot, env, account, to, amount):
    dialog = SendDialog(env, account)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index(NET))
    dialog.token_box.setCurrentIndex([a[1] for a in dialog.assets].index("KGST"))
    qtbot.keyClicks(dialog.recipient_edit, to)
    qtbot.keyClicks(dialog.amount_edit, amount)
    QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Return)  # Enter on the form = Review
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    return dialog


def _prompt(qtbot, dialog) -> PasswordDialog:
    qtbot.waitUntil(lambda: dialog.findChild(PasswordDialog) is not None, timeout=5_000)
    prompt = dialog.findChild(PasswordDialog)
    qtbot.waitUntil(prompt.password.hasFocus, timeout=5_000)
    return prompt


def _nonce(world, account) -> int:
    return world.anvil.w3.eth.get_transaction_count(account.evm_address)


def test_enter_in_the_password_prompt_checks_it_and_sends_once(qtbot, world, idle_workers):
    kgst, account = world.tokens.kgst, world.account(3)
    before, nonce = kgst.functions.balanceOf(RECIPIENT).call(), _nonce(world, account)
    world.env.keys.lock()
    dialog = _to_review(qtbot, world.env, account, RECIPIENT, "7")
    # the review page starts on the warning to read, never on Send; Enter there sends nothing
    check = dialog.warning_checks[0]
    assert check.check.hasFocus()
    QTest.keyClick(check.check, Qt.Key.Key_Space)
    assert check.isChecked()
    QTest.keyClick(check.check, Qt.Key.Key_Return)
    assert dialog.findChild(PasswordDialog) is None
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Send
    prompt = _prompt(qtbot, dialog)

    # a wrong password + Enter: an inline error naming the wallet, focus kept, nothing sent
    qtbot.keyClicks(prompt.password, "not my password")
    QTest.keyClick(prompt.password, Qt.Key.Key_Return)
    QTest.keyClick(prompt.password, Qt.Key.Key_Return)  # pressed again while checking: ignored
    qtbot.waitUntil(lambda: "wrong" in prompt.error.text(), timeout=10_000)
    assert prompt.error.text() == "the password is wrong for wallet Test"  # its name, not id
    assert prompt.isVisible() and prompt.password.hasFocus()
    assert dialog.pages.currentIndex() == 1 and not dialog.back_button.isEnabled()
    assert not world.env.keys.is_unlocked(account.wallet_id)
    world.mine(2)
    assert _nonce(world, account) == nonce
    assert kgst.functions.balanceOf(RECIPIENT).call() == before

    # the right password + Enter: "Password accepted" is shown, then the transfer goes once
    prompt.password.selectAll()
    qtbot.keyClicks(prompt.password, PW)
    QTest.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: prompt.error.text() == "Password accepted", timeout=10_000)
    assert prompt.isVisible() and dialog.pages.currentIndex() == 1  # seen before anything goes
    QTest.keyClick(prompt.password, Qt.Key.Key_Return)  # another Enter: nothing more
    QTest.keyClick(prompt.password, Qt.Key.Key_Escape)  # nor a late Escape
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
    assert not prompt.isVisible()
    world.mine(3)
    qtbot.waitUntil(lambda: "Confirmed in block" in dialog.progress_label.text(), timeout=30_000)
    assert _nonce(world, account) == nonce + 1
    assert kgst.functions.balanceOf(RECIPIENT).call() - before == 7 * 10**18

    # the confirmation page: amount, recipient, the fee the chain charged, explorer, copy
    done = {k: v.text() for k, v in dialog.done_values.items()}
    assert done["amount"] == "7 KGST"
    assert done["to"] == RECIPIENT
    assert done["fee"].endswith("tBNB paid")
    qtbot.mouseClick(dialog.copy_txid_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.entry.txid
    # a first payment to a new address offers to save it in the address book
    assert dialog.save_contact_button.isVisible()
    qtbot.mouseClick(dialog.save_contact_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.contact_name, "Baker")
    qtbot.mouseClick(dialog.contact_save, Qt.MouseButton.LeftButton)
    assert world.env.address_book.find(NET, "Baker").address == RECIPIENT
    assert dialog.done_values["to"].text() == f"Baker\n{RECIPIENT}"
    assert not dialog.save_contact_button.isVisible()


def test_escape_in_the_prompt_cancels_and_sends_nothing(qtbot, world, idle_workers):
    account = world.account(2)
    nonce = _nonce(world, account)
    world.env.keys.lock()
    dialog = _to_review(qtbot, world.env, account, RECIPIENT, "1")
    dialog.warning_checks[0].setChecked(True)
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    prompt = _prompt(qtbot, dialog)
    QTest.keyClick(prompt.password, Qt.Key.Key_Escape)
    assert not prompt.isVisible()
    assert dialog.back_button.isEnabled() and dialog.send_button.isEnabled()
    world.mine(2)
    assert _nonce(world, account) == nonce


def test_amount_over_the_last_known_balance_is_shown_while_typing(qtbot, world, idle_workers):
    account = world.account(1)
    world.env.portfolio.refresh([account])
    dialog = SendDialog(world.env, account)
    qtbot.addWidget(dialog)
    dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index(NET))
    dialog.token_box.setCurrentIndex([a[1] for a in dialog.assets].index("KGST"))
    qtbot.keyClicks(dialog.amount_edit, "99999999")
    assert "last refresh" in dialog.amount_note.text()
    for _ in range(4):
        QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Backspace)
    assert dialog.amount_note.text() == ""
