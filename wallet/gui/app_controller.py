"""The application: one Environment and its MainWindow at a time, reopened on a mode change.

:class:`AppController` owns the main window, the idle lock and the settings dialog. When the
settings switch the network mode, it opens a new Environment (its own data folder and keyring
service: ``<data_dir>/<mode>``) and a new MainWindow, then retires the old pair: its wallets are
locked, its window hidden, and its database closed once no background job still uses it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel

from wallet.gui import workers
from wallet.gui.idle_lock import IdleLock, LockIndicator
from wallet.gui.main_window import MainWindow
from wallet.gui.settings_dialog import SettingsDialog
from wallet.services.app_settings import AppSettings
from wallet.services.environment import Environment

RETIRE_CHECK_MS = 250
#: at exit, how long to wait for background jobs (a refresh, a devnet still starting)
DEVNET_START_WAIT_MS = 30_000

log = logging.getLogger(__name__)


class AppController(QObject):
    """Opens the wallet in ``mode`` (None: $KAPCHYK_NETWORK_MODE, else the saved mode)."""

    mode_switched = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        app_settings: AppSettings,
        mode: str | None = None,
        *,
        make_env: Callable[[str | None], Environment] | None = None,
        go_online: bool = True,
        devnet_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.devnet_options = devnet_options or {}  # e.g. bsc_port=0, tron_port=0 (free ports)
        self.data_dir = Path(data_dir)
        self.app_settings = app_settings
        self.go_online = go_online  # refresh balances / start the devnet as a window opens
        self._make_env = make_env or (lambda m: Environment(self.data_dir, m))
        self.env: Environment | None = None
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None
        self.lock_indicator: LockIndicator | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._retired: list[tuple[Environment, MainWindow]] = []
        self._reaper = QTimer(self)
        self._reaper.setInterval(RETIRE_CHECK_MS)
        self._reaper.timeout.connect(self._reap)
        self.open(mode)

    # ---------------------------------------------------------------- opening
    def open(self, mode: str | None) -> MainWindow:
        env = self._make_env(mode)
        window = MainWindow(env, currency=self.app_settings.currency)
        window.settings_button.clicked.connect(self.show_settings)
        window.lock_button.clicked.connect(self.lock_now)
        indicator = LockIndicator(window)
        window.status.addPermanentWidget(indicator)
        idle = IdleLock(
            env,
            self.app_settings.auto_lock_minutes,
            self._locked,
            parent=window,
            watch_from=window.first_painted,
        )
        idle.unlocked.connect(lambda: indicator.set_locked(False))
        idle.unlocked.connect(window.hide_lock_screen)
        indicator.set_locked(not idle.any_unlocked())
        notice = self.app_settings.notice(env.mode)
        if notice is not None:  # stays in the status bar: the file was unreadable
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QLabel

            from wallet.gui.workers import error_text

            label = QLabel(error_text(notice), window)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setToolTip(label.text())
            label.setObjectName("settings_notice")
            window.status.insertPermanentWidget(0, label, 1)
        self.env, self.window, self.idle_lock, self.lock_indicator = env, window, idle, indicator
        window.first_painted.connect(lambda: self._after_first_paint(env, window))
        window.show()
        return window

    def _after_first_paint(self, env: Environment, window: MainWindow) -> None:
        """The chain libraries load only now, so the window paints first. With no wallet yet,
        the onboarding wizard opens over the window (devnet mode makes its demo wallet)."""
        if window is not self.window:
            return  # retired before it painted
        if env.mode != "devnet" and not env.accounts.wallets():
            window.add_wallet()
        if self.go_online and env.mode == "devnet":
            start_devnet_in_background(env, window, **self.devnet_options)
        elif self.go_online:
            window.refresh()
            window.live.start()  # balances and history follow new blocks by themselves

    def _locked(self) -> None:
        if self.lock_indicator is not None:
            self.lock_indicator.set_locked(True)
        if self.window is not None:
            self.window.show_lock_screen()  # balances and addresses out of sight

    def lock_now(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock_now()

    # ---------------------------------------------------------------- settings
    def show_settings(self) -> SettingsDialog:
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        dialog = SettingsDialog(self.env, self.app_settings, self.window)
        dialog.mode_changed.connect(self._mode_chosen)
        dialog.auto_lock_changed.connect(self.idle_lock.set_minutes)
        dialog.networks_changed.connect(self.window.show_cached)
        dialog.currency_changed.connect(self.window.set_currency)
        self.settings_dialog = dialog
        dialog.show()
        return dialog

    def _mode_chosen(self, mode: str) -> None:
        # after the dialog's signal has returned: switching closes the dialog
        QTimer.singleShot(0, lambda: self.switch_mode(mode))

    def switch_mode(self, mode: str) -> None:
        """Reopen the wallet in ``mode``; the old window's wallets are locked first."""
        if self.env is not None and mode == self.env.mode:
            return
        old = self._detach()
        self.open(mode)  # the new window shows before the old one goes (the app stays open)
        if old is not None:
            self._retire(*old)
        self.mode_switched.emit(mode)

    # ---------------------------------------------------------------- closing
    def _detach(self) -> tuple[Environment, MainWindow] | None:
        if self.settings_dialog is not None:
            self.settings_dialog.close()
            self.settings_dialog = None
        if self.idle_lock is not None:
            self.idle_lock.stop()  # locks the wallets of this mode
        env, window = self.env, self.window
        self.env = self.window = self.idle_lock = self.lock_indicator = None
        if env is None or window is None:
            return None
        if window.devnet is not None:
            window.devnet.stop()
            window.devnet = None
        return env, window

    def _retire(self, env: Environment, window: MainWindow) -> None:
        for dialog in window.findChildren(QDialog):  # a send dialog too: its journal row stays,
            dialog.close()  # and the send is followed again when this mode is opened again
        window.hide()
        self._retired.append((env, window))
        self._reap()
        if self._retired:
            self._reaper.start()

    def _reap(self) -> None:
        """Close retired environments once no background job can still call back into them."""
        if workers.busy():
            return
        for env, window in self._retired:
            for timer in window.findChildren(QTimer):  # nothing of it may start a job again
                timer.stop()
            if window.devnet is not None:  # it finished starting after the switch
                window.devnet.stop()
                window.devnet = None
            env.close()
            window.deleteLater()
        self._retired.clear()
        self._reaper.stop()

    def shutdown(self) -> None:
        """At exit: lock, stop the devnet this window started, close the database."""
        old = self._detach()
        # every job still running (a refresh, a devnet start) ends before a database closes
        QThreadPool.globalInstance().waitForDone(DEVNET_START_WAIT_MS)
        if old is not None:
            old[0].close()
            old[1].hide()
            old[1].deleteLater()
        self._reaper.stop()
        for env, window in self._retired:
            if window.devnet is not None:
                window.devnet.stop()
            env.close()
        self._retired.clear()
        # a devnet whose start was still running on a worker when the app quit
        from wallet.devnet import launcher

        if launcher.stop_started():
            log.info("stopped a devnet that finished starting after the window closed")


def start_devnet_in_background(env: Environment, window: MainWindow, **options: Any) -> None:
    from wallet.gui.devnet_start import start_devnet_with_demo_wallet
    from wallet.gui.workers import run_in_background

    # in the main window's context, where lupdate and the translator look for it
    window.status.showMessage(
        QCoreApplication.translate("MainWindow", "Starting the local devnet…")
    )

    def ready(net: Any) -> None:
        if net.attached:  # never silently: this devnet was started by another program
            note = QLabel(window)
            note.setObjectName("devnet_note")
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setStyleSheet("color:#8a4b00")
            note.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "Using the devnet already running at {url}: it was started outside this "
                    "window and keeps running when you quit",
                ).format(url=net.anvil.url)
            )
            window.status.addPermanentWidget(note)  # stays, unlike a status message
        else:
            window.devnet = net
        env.refresh_registry()
        window.load_accounts()
        window.refresh()
        window.live.start()

    run_in_background(lambda: start_devnet_with_demo_wallet(env, **options), ready, window._failed)
