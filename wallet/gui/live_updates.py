"""The main window's live updates: ``services/live.HeadWatcher`` polled on a worker, a desktop
notification (``gui/notify.py``) for each incoming transfer, the window told what changed.

A 1 s timer only checks whether a network is due (the watcher's own per-network intervals and
backoff decide); one poll runs at a time, inside ``Environment.working()`` (so closing the
environment waits for it), and its answer is dropped once the window is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from wallet.gui.i18n import amount_text
from wallet.gui.notify import notify
from wallet.gui.workers import run_in_background

TICK_MS = 1000


class LiveUpdates(QObject):
    #: a PollResult whose balances changed (the window shows the cache again)
    changed = Signal(object)

    def __init__(self, window: QObject, base: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.base = base
        self.polling = False
        self._watcher = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def watcher(self) -> object:
        """The head watcher, made again when the registry was reloaded (new endpoints)."""
        env = self.window.env
        if self._watcher is None or self._watcher.registry is not env.registry:
            from wallet.services.live import BASE, HeadWatcher

            self._watcher = HeadWatcher(
                env.registry, env.portfolio, env.history, env.clients, base=self.base or BASE
            )
        return self._watcher

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        window = self.window
        if self.polling or window.refreshing or not window.accounts:
            return
        watcher = self.watcher
        if watcher.next_due() > 0:
            return
        self.polling = True
        env, accounts = window.env, list(window.accounts)

        def work() -> object:
            with env.working():
                return watcher.poll(accounts)

        run_in_background(work, self._polled, self._failed, owner=self)

    def _polled(self, result: object) -> None:
        self.polling = False
        for item in result.incoming:
            notify(*self.notification(item))
        if result.changed:
            self.changed.emit(result)

    def _failed(self, _exc: BaseException) -> None:
        self.polling = False  # the watcher backs off by itself; the next tick tries again

    def notification(self, item: object) -> tuple[str, str]:
        net = self.window.env.registry.network(item.network_id)
        symbol = item.symbol or net.native.symbol
        title = self.tr("Received {amount} {symbol}").format(
            amount=amount_text(item.amount, item.decimals), symbol=symbol
        )
        if item.sender:
            body = self.tr("from {sender} on {network}").format(
                sender=item.sender, network=net.name
            )
        else:
            body = self.tr("on {network}").format(network=net.name)
        return title, body
