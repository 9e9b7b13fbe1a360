"""Lock unlocked wallets after N minutes without user input, in any window of the application.

:class:`IdleLock` is an event filter on the QApplication from the window's first paint on (a
Python filter on the application runs for every event of every widget: installed before the
paint, it cost a fifth of the time to it): every key, mouse or wheel event on any window counts
as activity (and is passed to ``KeyManager.touch``). A single-shot QTimer wakes
when the idle time may have run out; if it has, ``env.keys.lock()`` drops every wallet's key and
``on_lock()`` lets the window show it. The KeyManager's own idle check gets the same limit, so a
service call made after the limit also finds the wallet locked. ``lock_now()`` is the "Lock"
button. :class:`LockIndicator` is the "Locked"/"Unlocked" label for the status bar.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from wallet.gui.i18n import Retranslatable
from wallet.services.environment import Environment

if TYPE_CHECKING:
    from wallet.keys.manager import KeyManager

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleLock(QObject):
    """Locks ``env.keys`` after ``minutes`` idle minutes (0 = never) and calls ``on_lock``."""

    #: emitted on the GUI thread whenever the wallets lock (idle, "Lock now", or a service call
    #: that found them idle) and when one unlocks; ``on_lock`` follows ``locked``
    locked = Signal()
    unlocked = Signal()
    _keys_locked = Signal(str)  # from whichever thread locked; delivered on the GUI thread
    _keys_unlocked = Signal(str)

    def __init__(
        self,
        env: Environment,
        minutes: int,
        on_lock: Callable[[], None],
        parent: QObject | None = None,
        *,
        watch_from: SignalInstance | None = None,
    ) -> None:
        """Input counts at once, or from ``watch_from`` on (the window's first paint)."""
        super().__init__(parent)
        self.env = env
        self.on_lock = on_lock
        self._timeout_ms = 0
        self._last_input = time.monotonic()
        self._locking = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)
        self._keys_locked.connect(self._locked_elsewhere, Qt.ConnectionType.QueuedConnection)
        self._keys_unlocked.connect(self.unlocked, Qt.ConnectionType.QueuedConnection)
        self.keys: KeyManager | None = None  # until something builds it: no wallet is unlocked
        self._app = QCoreApplication.instance()
        self._watching = False
        self.set_minutes(minutes)
        if watch_from is None:
            self.watch()
        else:
            watch_from.connect(self.watch)
        env.when_keys_ready(self._attach)  # not env.keys: its imports would delay the first paint

    def _attach(self, keys: KeyManager) -> None:  # the thread that built the key manager
        if self._stopped:
            return
        keys.idle_seconds = self._idle_seconds()
        keys.on_locked.append(self._report_locked)
        keys.on_unlocked.append(self._report_unlocked)
        self.keys = keys

    def any_unlocked(self) -> bool:
        """Whether a wallet of this mode is unlocked (none is before the key manager exists)."""
        keys = self.keys
        return keys is not None and bool(keys.unlocked_wallets())

    def _idle_seconds(self) -> float:
        return self._timeout_ms / 1000 if self._timeout_ms else math.inf

    # ---------------------------------------------------------------- the limit
    def set_minutes(self, minutes: int) -> None:
        """Idle minutes before locking; 0 = never."""
        self.set_timeout_ms(minutes * 60_000)

    def set_timeout_ms(self, ms: int) -> None:
        """The idle limit in milliseconds (tests use short ones); 0 = never."""
        self._timeout_ms = max(0, int(ms))
        if self.keys is not None:
            self.keys.idle_seconds = self._idle_seconds()
        self.timer.stop()  # a running wait was for the old limit
        self.activity()

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    # ---------------------------------------------------------------- activity
    def watch(self) -> None:
        """Start counting input (from the window's first paint: no input comes before it,
        and the filter would slow every event of that paint)."""
        if not self._watching and not self._stopped:
            self._watching = True
            self._app.installEventFilter(self)
            self.activity()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.activity()
        return False  # never swallow the event

    def activity(self) -> None:
        """The user did something: the idle time starts again."""
        self._last_input = time.monotonic()
        if self.keys is not None:
            self.keys.touch()
        if not self._timeout_ms:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start(self._timeout_ms)

    def _check(self) -> None:
        idle_ms = (time.monotonic() - self._last_input) * 1000
        left = self._timeout_ms - idle_ms
        if left > 0:  # input came since the timer started: wait for the rest
            self.timer.start(max(1, math.ceil(left)))
            return
        self.lock_now()

    # ---------------------------------------------------------------- locking
    def lock_now(self) -> None:
        """Drop every wallet's key from memory; the next signature asks for the password."""
        self._locking = True
        try:
            if self.keys is not None:
                self.keys.lock()
        finally:
            self._locking = False
        self.locked.emit()
        self.on_lock()

    def _report_locked(self, wallet_id: str) -> None:  # any thread
        if not self._locking:  # lock_now reports its own lock once
            self._keys_locked.emit(wallet_id)

    def _report_unlocked(self, wallet_id: str) -> None:  # any thread
        self._keys_unlocked.emit(wallet_id)

    def _locked_elsewhere(self, _wallet_id: str) -> None:
        if self.any_unlocked():
            return  # one wallet of several locked (e.g. removed): the others are still open
        self.locked.emit()
        self.on_lock()

    def stop(self) -> None:
        """Stop watching (the window closes or the mode changes) and lock the wallets."""
        self.timer.stop()
        if self._watching:
            self._app.removeEventFilter(self)
            self._watching = False
        self._stopped = True
        keys, self.keys = self.keys, None
        if keys is None:
            return  # never built: nothing was unlocked
        for callbacks, cb in (
            (keys.on_locked, self._report_locked),
            (keys.on_unlocked, self._report_unlocked),
        ):
            if cb in callbacks:
                callbacks.remove(cb)
        keys.lock()


class LockIndicator(Retranslatable, QLabel):
    """ "Locked" / "Unlocked" in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.is_locked = True
        self.retranslate()

    def set_locked(self, locked: bool) -> None:
        self.is_locked = locked
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Locked") if self.is_locked else self.tr("Unlocked"))
        self.setToolTip(
            self.tr("Sending asks for the wallet's password")
            if self.is_locked
            else self.tr("A wallet is unlocked; it locks itself when you are away")
        )
