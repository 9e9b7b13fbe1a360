"""The lock screen with real keys, the real Secret Service and anvil: Ctrl+L (Lock) hides the
balances, the addresses and an open Receive dialog; nothing behind it answers a shortcut; Unlock
asks for the password (a wrong one is refused inline) and brings everything back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tests.evm.conftest import PW
from wallet.gui.app_controller import AppController
from wallet.gui.receive_dialog import ReceiveDialog
from wallet.gui.send_dialog import SendDialog
from wallet.gui.unlock import PasswordDialog
from wallet.services.app_settings import AppSettings


def _visible_texts() -> str:
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QLabel) + top.findChildren(QLineEdit):
            if widget.isVisible():
                texts.append(widget.text())
    return "\n".join(texts)


def test_lock_hides_balances_and_addresses_until_unlocked(qtbot, world, data_dir, idle_workers):
    account = world.account(1)
    world.env.keys.unlock(account.wallet_id, PW)
    controller = AppController(
        data_dir, AppSettings(data_dir), "testnet", make_env=lambda _m: world.env, go_online=False
    )
    window = controller.window
    qtbot.addWidget(window)
    try:
        qtbot.waitExposed(window)
        window.account_box.setCurrentIndex(window.accounts.index(account))
        receive = window.receive()
        assert isinstance(receive, ReceiveDialog) and account.evm_address in _visible_texts()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock
        assert window.locked_view and world.env.keys.unlocked_wallets() == []
        assert not window.table.isVisible() and not receive.isVisible()
        assert account.evm_address not in _visible_texts()
        assert "locked" in window.lock_screen.title.text()
        QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Send: no
        assert not [d for d in window.findChildren(SendDialog) if d.isVisible()]

        qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
        prompt = window.lock_screen.findChild(PasswordDialog)
        qtbot.waitUntil(prompt.password.hasFocus, timeout=5_000)
        qtbot.keyClicks(prompt.password, "wrong")
        QTest.keyClick(prompt.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "wrong" in prompt.error.text(), timeout=10_000)
        assert window.locked_view and prompt.isVisible()
        prompt.password.selectAll()
        qtbot.keyClicks(prompt.password, PW)
        QTest.keyClick(prompt.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked_view, timeout=10_000)
        assert window.table.isVisible() and receive.isVisible()
        assert world.env.keys.is_unlocked(account.wallet_id)
    finally:
        controller.shutdown()


def test_shortcuts_open_send_and_receive(qtbot, world, data_dir, idle_workers):
    from tests.gui.test_main_window_tabs import _window

    window = _window(qtbot, world.env)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.account_box.setCurrentIndex(window.accounts.index(world.account(1)))
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    sends = [d for d in window.findChildren(SendDialog) if d.isVisible()]
    assert len(sends) == 1
    sends[0].close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert [d for d in window.findChildren(ReceiveDialog) if d.isVisible()]
    assert window.send_button.toolTip() == "Ctrl+S"
