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

    def _watcher_for(self, env: object) -> object:
        """The head watcher, made again when the registry was reloaded (new endpoints). Called on
        the worker: building it imports the history service (and web3's ABI codec with it)."""
        watcher = self._watcher
        if watcher is None or watcher.registry is not env.registry:
            from wallet.services.live import BASE, HeadWatcher

            watcher = HeadWatcher(
                env.registry, env.portfolio, env.history, env.clients, base=self.base or BASE
            )
        return watcher

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        window = self.window
        if self.polling or window.refreshing or not window.accounts:
            return
        env, accounts = window.env, list(window.accounts)
        watcher = self._watcher
        if watcher is not None and watcher.registry is env.registry and watcher.next_due() > 0:
            return
        self.polling = True

        def work() -> object:
            with env.working():
                fresh = self._watcher_for(env)
                return fresh, fresh.poll(accounts)

        run_in_background(work, self._polled, self._failed, owner=self)

    def _polled(self, answer: tuple) -> None:
        self._watcher, result = answer
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
