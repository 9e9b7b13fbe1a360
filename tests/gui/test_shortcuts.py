"""The main window's keys pressed for real on a real anvil: F5 refreshes the balances, Ctrl+,
opens Settings (once, however often it is pressed), and Tab moves out of a table instead of
from cell to cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.test_history_tab import _cells, _send, _sync
from tests.gui.test_main_window_tabs import _window
from wallet.gui.app_controller import AppController
from wallet.gui.balances_view import COL_BALANCE
from wallet.gui.settings_dialog import SettingsDialog
from wallet.services.app_settings import AppSettings


def _active(qtbot, window):
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def _balance(window, symbol):
    t = window.table
    rows = [r for r in range(t.rowCount()) if t.item(r, 1) and t.item(r, 1).text() == symbol]
    return t.item(rows[0], COL_BALANCE).text() if rows else None


def test_f5_refreshes_and_ctrl_comma_opens_settings(qtbot, world, data_dir, idle_workers):
    controller = AppController(
        data_dir, AppSettings(data_dir), "testnet", make_env=lambda _m: world.env, go_online=False
    )
    window = controller.window
    qtbot.addWidget(window)
    try:
        _active(qtbot, window)
        window.account_box.setCurrentIndex(window.accounts.index(world.account(1)))
        assert _balance(window, "KGST") in (None, "—", "")  # nothing asked of the network yet
        QTest.keyClick(window, Qt.Key.Key_F5)
        assert window.refreshing  # on a worker
        qtbot.waitUntil(lambda: not window.refreshing, timeout=30_000)
        assert _balance(window, "KGST") == "1,000,000"  # what anvil holds for account 1
        assert window.refresh_button.toolTip() == "F5"

        QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        shown = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
        assert len(shown) == 1 and shown[0] is controller.settings_dialog
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        assert [d for d in window.findChildren(SettingsDialog) if d.isVisible()] == shown
        assert window.settings_button.toolTip() == "Ctrl+,"
    finally:
        controller.shutdown()


def test_tab_leaves_the_balances_and_history_tables(qtbot, world, idle_workers):
    me = world.account(1)
    entry = _send(world, 2, world.kgst, me.evm_address, 10**18)  # a row in History
    world.mine(3)
    world.env.portfolio.refresh([me])  # rows in the balances table
    window = _window(qtbot, world.env)
    _active(qtbot, window)
    window.account_box.setCurrentIndex(window.accounts.index(me))
    history = window.history_tab
    _sync(qtbot, history)
    qtbot.waitUntil(lambda: entry.txid in _cells(history, "txid"), timeout=30_000)
    qtbot.waitUntil(lambda: window.table.rowCount() > 1, timeout=10_000)
    tables = [(0, window.table), (window.tabs.indexOf(history), history.view)]
    for tab_index, table in tables:
        window.tabs.setCurrentIndex(tab_index)
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.waitUntil(table.hasFocus, timeout=5_000)
        QTest.keyClick(table, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not table and not table.isAncestorOf(focus), focus
        assert table.currentIndex().row() in (0, -1) and table.currentIndex().column() in (0, -1)
