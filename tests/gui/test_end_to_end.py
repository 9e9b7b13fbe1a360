"""A new user's whole path on a real anvil with the real Secret Service: create a wallet in the
wizard (phrase, three words asked back, password), receive (the QR's address is the new
account's), get KGST and gas, send KGST through the send dialog (review, password), and see the
transfer confirmed under History."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from tests.evm.conftest import NET, make_env
from wallet.gui.history_tab import COLUMNS
from wallet.gui.main_window import MainWindow
from wallet.gui.onboarding import OnboardingDialog
from wallet.gui.send_dialog import SendDialog
from wallet.gui.unlock import PasswordDialog

PW = "a long family password"
MOTHER = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"


def _click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def _create_wallet(qtbot, window):
    _click(qtbot, window.add_wallet_button)
    dialog = window.findChildren(OnboardingDialog)[-1]
    _click(qtbot, dialog.create_button)
    words = [label.text() for label in dialog.phrase_words]
    dialog.wrote_it_down.setChecked(True)
    _click(qtbot, dialog.next_button)
    for question, edit in zip(dialog.question_labels, dialog.answer_edits, strict=True):
        edit.setText(words[int(re.search(r"\d+", question.text()).group()) - 1])
    _click(qtbot, dialog.next_button)
    dialog.name_edit.setText("Home")
    dialog.password_edit.setText(PW)
    dialog.repeat_edit.setText(PW)
    with qtbot.waitSignal(dialog.created, timeout=30_000):
        _click(qtbot, dialog.finish_button)


def test_create_receive_send_kgst_and_see_it_confirmed(
    qtbot, anvil, test_tokens, keyring_env, idle_workers
):
    env = make_env(keyring_env, anvil.url, test_tokens)
    try:
        window = MainWindow(env)
        qtbot.addWidget(window)
        window.show()
        _create_wallet(qtbot, window)
        account = window.current_account()
        assert account is not None and window.account_box.currentText() == "Home — Account 1"

        # receive: the address shown (and in the QR) is the new account's
        receive = window.receive()
        assert receive is not None and receive.address.text() == account.evm_address
        receive.close()

        # someone pays the new account KGST; it also gets some tBNB for gas
        test_tokens.kgst.functions.mint(account.evm_address, 50 * 10**18).transact(
            {"from": test_tokens.issuer}
        )
        anvil.w3.provider.make_request("anvil_setBalance", [account.evm_address, hex(10**18)])

        dialog = window.send()
        assert isinstance(dialog, SendDialog)
        dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index(NET))
        dialog.token_box.setCurrentIndex([a[1] for a in dialog.assets].index("KGST"))
        dialog.recipient_edit.setText(MOTHER)
        dialog.amount_edit.setText("20")
        _click(qtbot, dialog.review_button)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
        assert dialog.review_values["amount"].text() == "20 KGST"
        for check in dialog.warning_checks:  # "never paid this address before"
            check.setChecked(True)
        env.keys.lock()
        _click(qtbot, dialog.send_button)
        qtbot.waitUntil(lambda: dialog.findChild(PasswordDialog) is not None, timeout=5_000)
        prompt = dialog.findChild(PasswordDialog)
        prompt.password.setText(PW)
        _click(qtbot, prompt.ok_button)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
        anvil.mine(3)
        qtbot.waitUntil(
            lambda: "Confirmed in block" in dialog.progress_label.text(), timeout=30_000
        )
        assert test_tokens.kgst.functions.balanceOf(MOTHER).call() >= 20 * 10**18

        # History shows it: outgoing, 20 KGST, to mother
        history = window.history_tab
        txid = dialog.entry.txid
        column = COLUMNS.index("txid")

        def shown() -> bool:
            rows = [history.proxy.index(r, column).data() for r in range(history.proxy.rowCount())]
            return txid in rows

        qtbot.waitUntil(shown, timeout=60_000)
        qtbot.waitUntil(lambda: not window.refreshing, timeout=30_000)
    finally:
        env.close()
