"""A watch-only address added through the wizard (real keys pressed) shows its history at once,
without "Check for new transfers": the history tab looks up an account it has never synced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.test_main_window_tabs import _txids, _window
from wallet.gui.onboarding import OnboardingDialog
from wallet.services.wizard import State

WATCHED = "0xBcd4042DE499D14e55001CcbB24a551F3b954096"  # anvil's account 10: never used here


def test_watch_only_history_appears_when_it_is_added(qtbot, world, idle_workers):
    tx = world.tokens.kgst.functions.transfer(WATCHED, 100 * 10**18).transact(
        {"from": world.tokens.issuer}
    )
    world.mine(2)
    window = _window(qtbot, world.env)
    dialog = window.add_wallet()
    assert isinstance(dialog, OnboardingDialog)
    dialog.watch_button.setFocus()
    QTest.keyClick(dialog.watch_button, Qt.Key.Key_Return)
    assert dialog.pages.currentWidget() is dialog.page_of[State.WATCH_ONLY]
    qtbot.keyClicks(dialog.address_edit, WATCHED)
    with qtbot.waitSignal(dialog.created, timeout=30_000):
        QTest.keyClick(dialog.address_edit, Qt.Key.Key_Return)
    current = window.current_account()
    assert current.watch_only and current.evm_address == WATCHED
    history = window.history_tab
    qtbot.waitUntil(
        lambda: tx.hex().removeprefix("0x") in " ".join(_txids(history)), timeout=30_000
    )
    assert "No transfers yet" not in history.status.text()
