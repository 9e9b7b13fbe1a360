"""Idle lock: real key, mouse and wheel events on another window keep the wallet unlocked; with
no input it locks, the status bar says so, and the next send asks for the password again.
Real Secret Service, real anvil."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QLineEdit

from tests.evm.conftest import NET, PW
from tests.gui.test_send_dialog import RECIPIENT, _choose, _fill, _review
from wallet.gui import workers
from wallet.gui.app_controller import AppController
from wallet.gui.idle_lock import IdleLock
from wallet.gui.main_window import MainWindow
from wallet.gui.unlock import PasswordDialog
from wallet.services.app_settings import AppSettings

TIMEOUT_MS = 600


@pytest.fixture
def idle(world):
    locks: list[int] = []
    lock = IdleLock(world.env, 5, lambda: locks.append(1))
    lock.locks = locks
    yield lock
    lock.stop()


def _wallet(world) -> str:
    return world.account(1).wallet_id


def test_input_on_another_window_keeps_it_awake_then_idle_locks(qtbot, world, idle):
    window = MainWindow(world.env)
    qtbot.addWidget(window)
    window.show()
    other = QLineEdit()  # a second top-level window (like a dialog of another part of the app)
    qtbot.addWidget(other)
    other.show()
    assert world.env.keys.is_unlocked(_wallet(world))
    idle.set_timeout_ms(TIMEOUT_MS)
    sent = []

    def user_input() -> None:  # real input events, none of them on the main window
        n = len(sent)
        if n % 3 == 0:
            qtbot.keyClick(other, Qt.Key.Key_A)
        elif n % 3 == 1:
            qtbot.mouseClick(other, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        else:
            qtbot.mouseMove(other, QPoint(10 + n % 7, 8))
        sent.append(n)

    typist = QTimer()
    typist.timeout.connect(user_input)
    typist.start(50)
    try:
        # far longer than the idle limit, with input all along
        qtbot.waitUntil(lambda: len(sent) >= 60, timeout=20_000)
        assert idle.locks == []
        assert world.env.keys.is_unlocked(_wallet(world))
    finally:
        typist.stop()
    assert other.text().startswith("a")  # the events reached the other window, not swallowed
    qtbot.waitUntil(lambda: idle.locks == [1], timeout=10_000)
    assert not world.env.keys.is_unlocked(_wallet(world))


def test_zero_minutes_never_locks(world, idle):
    idle.set_minutes(0)
    assert not idle.timer.isActive()
    assert world.env.keys.idle_seconds == math.inf
    idle.set_minutes(7)
    assert idle.timer.isActive() and world.env.keys.idle_seconds == 7 * 60
    assert idle.timer.interval() == 7 * 60_000


def test_wheel_counts_as_input(qtbot, world, idle):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    idle.set_timeout_ms(60_000)
    before = idle._last_input
    event = QWheelEvent(
        QPointF(3, 3),
        QPointF(3, 3),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(other, event)
    assert idle._last_input > before


def test_lock_button_shows_locked_and_next_send_asks_for_the_password(qtbot, world, data_dir):
    controller = AppController(
        data_dir, AppSettings(data_dir), "testnet", make_env=lambda _m: world.env, go_online=False
    )
    window = controller.window
    qtbot.addWidget(window)
    try:
        assert controller.lock_indicator.text() == "Unlocked"  # the world's wallet is open
        qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
        assert controller.lock_indicator.text() == "Locked"
        assert world.env.keys.unlocked_wallets() == []

        window.account_box.setCurrentIndex(
            [a.index for a in window.accounts].index(world.account(1).index)
        )
        dialog = window.send()
        qtbot.addWidget(dialog)
        _choose(dialog, NET, "KGST")
        _fill(qtbot, dialog, RECIPIENT, "1")
        _review(qtbot, dialog)
        for check in dialog.warning_checks:
            check.setChecked(True)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.findChild(PasswordDialog) is not None, timeout=5_000)
        prompt = dialog.findChild(PasswordDialog)
        prompt.password.setText(PW)
        qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.lock_indicator.text() == "Unlocked", timeout=10_000)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
        world.mine(3)
        qtbot.waitUntil(
            lambda: "Confirmed in block" in dialog.progress_label.text(), timeout=30_000
        )
        dialog.close()
        qtbot.waitUntil(lambda: not workers.busy(), timeout=30_000)  # nothing left running
    finally:
        controller.shutdown()
    assert world.env.keys.unlocked_wallets() == []  # closing the window locks


def test_a_lock_on_a_worker_thread_reaches_the_window(qtbot, world, idle):
    from wallet.gui.workers import run_in_background

    idle.set_timeout_ms(60_000)
    keys = world.env.keys
    keys.idle_seconds = 0  # a service call on a worker finds the wallet idle (KeyManager's check)
    done = []
    run_in_background(keys.maybe_auto_lock, done.append, done.append)
    qtbot.waitUntil(lambda: done == [True] and idle.locks == [1], timeout=5_000)


def test_a_key_manager_built_after_the_lock_still_locks_when_idle(qtbot, data_dir, keyring_keys):
    """The start builds no key manager (its imports would delay the first paint): the idle lock
    attaches when the first unlock builds it, and a wallet unlocked then locks when idle. The
    Environment's own key manager is the test's one (real Secret Service, fast KDF)."""
    from wallet.services.environment import Environment

    class TestEnvironment(Environment):
        def _make_keys(self):
            return keyring_keys()

    env = TestEnvironment(data_dir, "devnet")
    locks: list[int] = []
    idle = IdleLock(env, 5, lambda: locks.append(1))
    try:
        assert idle.keys is None and not idle.any_unlocked()
        wallet = env.accounts.import_private_key("Hot", PW, "0x" + "11" * 32, "evm")
        assert idle.keys is env.keys and env.keys.idle_seconds == 300
        env.keys.unlock(wallet.id, PW)
        assert idle.any_unlocked()
        idle.set_timeout_ms(TIMEOUT_MS)
        qtbot.waitUntil(lambda: bool(locks), timeout=10_000)
        assert not env.keys.is_unlocked(wallet.id)
    finally:
        idle.stop()
        env.close()


def test_the_app_counts_input_from_its_first_paint_on(qtbot, world, data_dir):
    """The application-wide input filter starts at the window's first paint (not before: it
    would slow every event of that paint), and from then on real key presses keep the wallet
    unlocked past the idle limit; without them it locks."""
    controller = AppController(
        data_dir, AppSettings(data_dir), "testnet", make_env=lambda _m: world.env, go_online=False
    )
    window = controller.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window._painted, timeout=10_000)
        controller.idle_lock.set_timeout_ms(TIMEOUT_MS)
        typed = []

        def type_a_key() -> None:
            qtbot.keyClick(window.account_box, Qt.Key.Key_Down)
            typed.append(1)

        typist = QTimer()
        typist.timeout.connect(type_a_key)
        typist.start(60)
        try:
            qtbot.waitUntil(lambda: len(typed) >= 40, timeout=20_000)  # 4× the idle limit
            assert controller.lock_indicator.text() == "Unlocked"
            assert world.env.keys.is_unlocked(_wallet(world))
        finally:
            typist.stop()
        qtbot.waitUntil(lambda: controller.lock_indicator.text() == "Locked", timeout=10_000)
        assert world.env.keys.unlocked_wallets() == []
    finally:
        qtbot.waitUntil(lambda: not workers.busy(), timeout=30_000)
        controller.shutdown()
