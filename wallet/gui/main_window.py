"""The main window: accounts, balances per network and token, refreshed in the background.

Last-known balances come from SQLite at once (with their age); the chains are asked on a worker
thread. Text from nodes or users is always shown as plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wallet.gui.balances_view import BalancesView
from wallet.gui.fit import fit_combos
from wallet.gui.heap import freeze_startup_objects
from wallet.gui.i18n import Retranslatable
from wallet.gui.workers import error_text, run_in_background
from wallet.services.environment import Environment

if TYPE_CHECKING:
    from wallet.gui.live_updates import LiveUpdates

BANNER_COLOURS = {"testnet": "#b35900", "devnet": "#6a1b9a"}


class MainWindow(Retranslatable, QMainWindow):
    """Balances first; the other tabs (history, address book, pending, requests) plug in through
    ``add_tab(widget)``: a tab widget has ``title() -> str`` (translated) and
    ``set_account(account)``; it re-translates itself (``Retranslatable``)."""

    #: emitted once, just after the window's first paint (start-up work waits for it)
    first_painted = Signal()

    def __init__(self, env: Environment, devnet: object = None, currency: str = "KGS") -> None:
        super().__init__()
        self._painted = False
        self.env = env
        self.currency = currency
        self.refreshing_prices = False
        self._tabs: dict[str, QWidget] = {}  # the standard tabs, built after the first paint
        self._status_text: object = None  # (make the text, timeout): re-made on a language switch
        self.devnet = devnet
        self.refreshing = False
        self.accounts: list = []
        central = QWidget(self)
        layout = QVBoxLayout(central)

        self.banner = QLabel(central)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        if env.mode != "mainnet":
            self.banner.setStyleSheet(
                f"background:{BANNER_COLOURS[env.mode]}; color:white; padding:6px; font-weight:bold"
            )
        else:
            self.banner.hide()
        layout.addWidget(self.banner)

        bar = QHBoxLayout()
        self.account_label = QLabel(central)
        self.account_box = QComboBox(central)
        self.account_box.currentIndexChanged.connect(self._account_changed)
        bar.addWidget(self.account_label)
        bar.addWidget(self.account_box, 1)
        self.add_wallet_button = QPushButton(central)
        self.add_wallet_button.clicked.connect(self.add_wallet)
        bar.addWidget(self.add_wallet_button)
        layout.addLayout(bar)
        bar = QHBoxLayout()  # the actions on a line of their own: fits a laptop in ru and ky
        self.refresh_button = QPushButton(central)
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        self.send_button = QPushButton(central)
        self.send_button.clicked.connect(lambda: self.send())
        bar.addWidget(self.send_button)
        self.receive_button = QPushButton(central)
        self.receive_button.clicked.connect(self.receive)
        bar.addWidget(self.receive_button)
        self.energy_button = QPushButton(central)  # Tron only: staking for energy, lending
        self.energy_button.clicked.connect(self.open_energy)
        self.energy_button.setVisible(any(n.kind == "tron" for n in env.registry.networks))
        bar.addWidget(self.energy_button)
        self.funds_button = QPushButton(central)
        self.funds_button.clicked.connect(self.get_test_funds)
        self.funds_button.setVisible(env.mode == "devnet")
        bar.addWidget(self.funds_button)
        bar.addStretch(1)
        self.settings_button = QPushButton(central)  # these two: connected by AppController
        self.lock_button = QPushButton(central)
        bar.addWidget(self.settings_button)
        bar.addWidget(self.lock_button)
        self.help_button = self._help_button(central)
        bar.addWidget(self.help_button)
        layout.addLayout(bar)

        self.tabs = QTabWidget(central)
        self.balances = BalancesView(env, self.tabs)
        self.table = self.balances.table
        self.tabs.addTab(self.balances, "")
        self.extra_tabs: list = []
        layout.addWidget(self.tabs, 1)

        self.networks = QLabel(central)  # the networks of the mode, in one line
        self.networks.setTextFormat(Qt.TextFormat.PlainText)
        self.networks.setWordWrap(True)
        self.networks.setText(
            ", ".join(f"{n.name} ({n.native.symbol})" for n in env.registry.networks)
        )
        layout.addWidget(self.networks)
        self._install_lock_screen(central)
        self.status = self.statusBar()
        self.spinner = QProgressBar(self)  # a busy indicator while balances refresh
        self.spinner.setRange(0, 0)
        self.spinner.setMaximumWidth(120)
        self.spinner.hide()
        self.status.addPermanentWidget(self.spinner)
        self.resize(900, 600)
        self.retranslate()
        self.load_accounts()
        self._live = None  # LiveUpdates, made on first use (its module loads after the paint)

    # ---------------------------------------------------------------- lock screen and keys
    def _install_lock_screen(self, content: QWidget) -> None:
        """The window's content and the lock screen as the two pages of one stack."""
        from wallet.gui.lock_screen import LockScreen

        self.pages = QStackedWidget(self)
        self.pages.addWidget(content)
        self.lock_screen = LockScreen(self.env, self.pages)
        self.lock_screen.unlocked.connect(self.hide_lock_screen)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self._hidden_dialogs: list[QWidget] = []
        shortcuts = (
            ("Ctrl+S", self.send_button),
            ("Ctrl+R", self.receive_button),
            ("F5", self.refresh_button),
            ("Ctrl+L", self.lock_button),
            ("Ctrl+,", self.settings_button),
        )
        for keys, button in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda b=button: self._shortcut(b))
            button.setProperty("shortcut_text", keys)

    def _shortcut(self, button: QPushButton) -> None:
        if self.locked_view and button is not self.lock_button:
            return  # nothing behind the lock screen answers a shortcut
        if button.isEnabled() and button.isVisible():
            button.click()

    @property
    def locked_view(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def show_lock_screen(self) -> None:
        """Hide balances, addresses and open dialogs until a password unlocks the window."""
        from wallet.gui.receive_dialog import ReceiveDialog
        from wallet.gui.send_dialog import SendDialog

        if self.locked_view:
            return
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, ReceiveDialog | SendDialog) and dialog.isVisible():
                dialog.hide()
                self._hidden_dialogs.append(dialog)
        self.lock_screen.fill()
        self.pages.setCurrentWidget(self.lock_screen)
        self.status.clearMessage()  # it may name an account or an address

    def hide_lock_screen(self) -> None:
        self.pages.setCurrentIndex(0)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []

    def _help_button(self, parent: QWidget) -> QToolButton:
        """ "?" with the user guide (F1) and Check my setup."""
        button = QToolButton(parent)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.guide_action = menu.addAction("", self.show_guide)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.addAction(self.guide_action)  # F1 anywhere in the window
        self.doctor_action = menu.addAction("", self.check_setup)
        button.setMenu(menu)
        return button

    def show_guide(self) -> None:
        from wallet.gui.guide_dialog import GuideDialog

        self.guide = GuideDialog(self)
        self.guide.show()

    def check_setup(self) -> None:
        from wallet.gui.doctor_dialog import DoctorDialog

        self.doctor = DoctorDialog(self.env, self)
        self.doctor.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kapchyk"))
        self.help_button.setText(self.tr("Help"))
        self.guide_action.setText(self.tr("User guide"))
        self.doctor_action.setText(self.tr("Check my setup"))
        if self.env.mode != "mainnet":
            self.banner.setText(
                self.tr("{mode} mode: these coins have no value").format(mode=self.env.mode.upper())
            )
        self.account_label.setText(self.tr("A&ccount:"))
        self.account_label.setBuddy(self.account_box)
        self.add_wallet_button.setText(self.tr("&Add wallet…"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.send_button.setText(self.tr("&Send"))
        self.receive_button.setText(self.tr("&Receive"))
        self.energy_button.setText(self.tr("Tron energy"))
        self.funds_button.setText(self.tr("&Get test funds"))
        self.settings_button.setText(self.tr("Se&ttings"))
        self.lock_button.setText(self.tr("&Lock"))
        for button in (
            self.send_button,
            self.receive_button,
            self.refresh_button,
            self.lock_button,
            self.settings_button,
        ):
            keys = QKeySequence(button.property("shortcut_text") or "")
            button.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
        self.tabs.setTabText(0, self.tr("Balances"))
        for i, tab in enumerate(self.extra_tabs, start=1):
            self.tabs.setTabText(i, tab.title())
        if self.accounts:
            self._fill_account_box()
            self.show_cached()
        # combo boxes (here and in the tabs, once built) show their longest item
        fit_combos(self if self._tabs else self.account_box)
        if self._status_text is not None:  # the status line follows the language too
            make, timeout = self._status_text
            self.status.showMessage(make(), timeout)

    def say(self, make: object, timeout: int = 0) -> None:
        """Show ``make()`` in the status bar; it is made again after a language switch."""
        self._status_text = (make, timeout)
        self.status.showMessage(make(), timeout)

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            freeze_startup_objects("painted")  # out of the collector's full passes (gui/heap.py)
            QTimer.singleShot(0, self.first_painted.emit)
            QTimer.singleShot(0, self, self._build_tabs_soon)

    def add_tab(self, widget: QWidget) -> None:
        self.extra_tabs.append(widget)
        self.tabs.addTab(widget, widget.title())
        widget.set_account(self.current_account())

    def _account_changed(self) -> None:
        self.show_cached()
        acct = self.current_account()
        watch = acct is not None and acct.watch_only
        self.send_button.setEnabled(acct is not None and not watch)
        self.send_button.setToolTip(
            self.tr("A watch-only account can receive and show balances, not send")
            if watch
            else QKeySequence("Ctrl+S").toString(QKeySequence.SequenceFormat.NativeText)
        )
        for tab in self.extra_tabs:
            tab.set_account(acct)

    # ---------------------------------------------------------------- accounts
    def load_accounts(self) -> None:
        self.accounts = self.env.accounts.accounts()
        self._fill_account_box()
        self._account_changed()

    def _fill_account_box(self) -> None:
        index = self.account_box.currentIndex()
        self.account_box.blockSignals(True)
        self.account_box.clear()
        wallets = {w.id: w.label for w in self.env.accounts.wallets()}
        for acct in self.accounts:
            suffix = self.tr(" (watch-only)") if acct.watch_only else ""
            wallet = wallets.get(acct.wallet_id, acct.label)  # "Savings — Account 2"
            name = acct.label if acct.label == wallet else f"{wallet} — {acct.label}"
            self.account_box.addItem(name + suffix)
        if 0 <= index < len(self.accounts):
            self.account_box.setCurrentIndex(index)
        self.account_box.blockSignals(False)

    def current_account(self) -> object | None:
        i = self.account_box.currentIndex()
        return self.accounts[i] if 0 <= i < len(self.accounts) else None

    # ---------------------------------------------------------------- balances
    def show_cached(self) -> None:
        """The last known balances, their values and the total (SQLite only, no network)."""
        acct = self.current_account()
        rows = self.env.portfolio.cached([acct]) if acct else []
        resources = self.env.portfolio.resources([acct]) if acct else []
        values, total = self.env.prices.valuations(rows, self.currency)
        self.balances.show_balances(rows, resources, values, total)

    @property
    def live(self) -> LiveUpdates:
        """Balances and history following new blocks (started by the AppController)."""
        if self._live is None:
            from wallet.gui.live_updates import LiveUpdates

            self._live = LiveUpdates(self)
            self._live.changed.connect(self._live_changed)
        return self._live

    def _live_changed(self, _result: object) -> None:
        """A new block changed a balance: show it, and the new transfers in History."""
        self.show_cached()
        self._reload_tabs()

    def set_currency(self, code: str) -> None:
        self.currency = code
        self.show_cached()

    def refresh_prices(self) -> None:
        """Ask the price sources on a worker (mainnet only: test coins have no value)."""
        if self.env.mode != "mainnet" or self.refreshing_prices:
            return
        self.refreshing_prices = True
        prices = self.env.prices

        def done(_errors: object) -> None:
            self.refreshing_prices = False
            self.show_cached()

        def failed(exc: BaseException) -> None:
            self.refreshing_prices = False
            self._failed(exc)

        run_in_background(prices.refresh, done, failed, owner=self)

    def refresh(self) -> None:
        self._reload_tabs()
        acct = self.current_account()
        if acct is None or self.refreshing:
            return
        self.refresh_prices()
        self.refreshing = True
        self.refresh_button.setEnabled(False)
        self.spinner.show()
        self.say(lambda: self.tr("Refreshing balances…"))
        portfolio = self.env.portfolio
        run_in_background(
            lambda: portfolio.refresh([acct], shown=acct), self._refreshed, self._failed, owner=self
        )

    def _refreshed(self, result: tuple) -> None:
        rows, errors = result
        freeze_startup_objects("refreshed")  # the chain libraries are loaded now (gui/heap.py)
        self.refreshing = False
        self.refresh_button.setEnabled(True)
        self.spinner.hide()
        self.show_cached()
        wrong = self.env.clients.wrong_chain()  # skipped nodes
        unverified = sorted(
            {self.env.registry.network(r.network_id).name for r in rows if not r.verified}
        )
        names = ", ".join(self.env.registry.network(n).name for n in errors)

        def notes() -> list[str]:  # made again after a language switch (say)
            out = [error_text(w) for w in wrong]
            if unverified:
                out.append(
                    self.tr(
                        "A balance on {networks} jumped far from the last one and no second "
                        "node confirms it; the last confirmed balance is shown"
                    ).format(networks=", ".join(unverified))
                )
            if errors:
                out.insert(
                    0,
                    self.tr("Could not reach {networks}; showing the last known balances").format(
                        networks=names
                    ),
                )
            return out

        if notes():
            self.say(lambda: "; ".join(notes()))
        else:
            self.say(lambda: self.tr("Balances are up to date"), 5000)

    def _failed(self, exc: BaseException) -> None:
        self.refreshing = False
        self.refresh_button.setEnabled(True)
        self.spinner.hide()
        self.say(lambda e=exc: error_text(e))

    # ---------------------------------------------------------------- add a wallet
    def add_wallet(self) -> object:
        """Open the onboarding wizard over the window; the wallet it adds is selected."""
        from wallet.gui.onboarding import OnboardingDialog

        dialog = OnboardingDialog(self.env, self)
        dialog.created.connect(self.wallet_added)
        dialog.open()
        return dialog

    def wallet_added(self, wallet: object) -> None:
        self.load_accounts()
        first = next((i for i, a in enumerate(self.accounts) if a.wallet_id == wallet.id), None)
        if first is not None:
            self.account_box.setCurrentIndex(first)
        self.refresh()

    # ---------------------------------------------------------------- send
    def send(self, link: str = "") -> object | None:
        """Open the send dialog (optionally filled from a pasted or opened payment link)."""
        from wallet.gui.send_dialog import SendDialog

        acct = self.current_account()
        if acct is None:
            return None
        dialog = SendDialog(self.env, acct, self, link=link)
        dialog.sent.connect(lambda _entry: self.refresh())
        dialog.finished_tx.connect(lambda _entry: self.refresh())
        dialog.show()
        return dialog

    # ---------------------------------------------------------------- receive
    def receive(self) -> object | None:
        """Open the receive dialog (a new recovery phrase must be confirmed first)."""
        from wallet.core.errors import KapchykError
        from wallet.gui.receive_dialog import ReceiveDialog

        acct = self.current_account()
        if acct is None:
            return None
        try:
            self.env.accounts.require_backup(acct)
        except KapchykError as exc:
            self.say(lambda e=exc: error_text(e))
            return None
        dialog = ReceiveDialog(self.env.registry, acct, self)
        dialog.show()
        return dialog

    # ---------------------------------------------------------------- energy
    def open_energy(self) -> object | None:
        """The "Tron energy" page of the current account (stake TRX, lend energy)."""
        from wallet.gui.energy_page import EnergyPage

        acct = self.current_account()
        if acct is None or not acct.tron_address:
            self.status.showMessage(self.tr("This account has no Tron address"))
            return None
        page = EnergyPage(self.env, acct, self)
        page.finished.connect(lambda _r: self.refresh())
        page.show()
        return page

    # ---------------------------------------------------------------- devnet
    def get_test_funds(self) -> None:
        acct = self.current_account()
        if acct is None or self.devnet is None:
            self.say(lambda: self.tr("The devnet is not running"))
            return
        devnet = self.devnet
        targets = [a for a in (acct.evm_address, acct.tron_address) if a]
        self.funds_button.setEnabled(False)
        self.say(lambda: self.tr("Asking the devnet for test funds…"))

        def done(_: object) -> None:
            self.funds_button.setEnabled(True)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.funds_button.setEnabled(True)
            self._failed(exc)

        run_in_background(lambda: [devnet.fund(t) for t in targets], done, failed, owner=self)

    # ---------------------------------------------------------------- standard tabs
    #: the modules of the standard tabs: imported on a worker after the first paint (history's
    #: pulls in eth_abi, half a second or more), so the window paints first
    TAB_MODULES = (
        "wallet.gui.history_tab",
        "wallet.gui.pending_tab",
        "wallet.gui.addressbook_tab",
        "wallet.gui.requests_tab",
        "wallet.keys.manager",  # the pending tab's sender builds the key manager (coincurve,
        # cryptography): not imported before the first paint, nor then on the GUI thread
    )

    TAB_ORDER = ("history", "pending", "addressbook", "requests")

    def _build_tabs_soon(self) -> None:
        """After the first paint: the tab modules imported on a worker, then one tab built per
        turn of the event loop (the window stays responsive while they appear)."""
        import importlib

        def build_next() -> None:
            if shiboken6.isValid(self) and self._build_next_tab():
                QTimer.singleShot(0, self, build_next)  # dropped if the window is deleted

        run_in_background(
            lambda: [importlib.import_module(m) for m in self.TAB_MODULES],
            lambda _modules: build_next(),
            self._failed,
            owner=self,
        )

    def build_tabs(self) -> dict[str, QWidget]:
        """The standard tabs, the missing ones built at once (first use wins)."""
        while self._build_next_tab():
            pass
        return self._tabs

    history_tab = property(lambda self: self.build_tabs()["history"])
    pending_tab = property(lambda self: self.build_tabs()["pending"])
    addressbook_tab = property(lambda self: self.build_tabs()["addressbook"])
    requests_tab = property(lambda self: self.build_tabs()["requests"])

    def _build_next_tab(self) -> bool:
        """Build the next missing standard tab; True while more are missing. History, pending,
        address book and payment requests: a balance refresh (which a sent or finished transfer
        also starts) reloads history and pending from the database; a transfer of the account
        reaching its final state has history look on the network."""
        missing = [name for name in self.TAB_ORDER if name not in self._tabs]
        if not missing:
            return False
        name = missing[0]
        if name == "history":
            from wallet.gui.history_tab import HistoryTab

            tab: QWidget = HistoryTab(self.env)
        elif name == "pending":
            from wallet.gui.pending_tab import PendingTab

            tab = PendingTab(self.env)
        elif name == "addressbook":
            from wallet.gui.addressbook_tab import AddressBookTab

            tab = AddressBookTab(self.env, on_send=self._send_to_contact)
        else:
            from wallet.gui.requests_tab import RequestsTab

            tab = RequestsTab(self.env)
        self._tabs[name] = tab
        self.add_tab(tab)
        if name == "pending":
            tab.changed.connect(self._tabs["history"].sync)
        if len(missing) == 1:
            fit_combos(self)
        return len(missing) > 1

    def _send_to_contact(self, address: str) -> None:
        contact = self.addressbook_tab.selected_contact()
        dialog = self.send(link=address)
        ids = [n.id for n in dialog.networks] if dialog is not None else []
        if contact is not None and contact.network_id in ids:
            dialog.network_box.setCurrentIndex(ids.index(contact.network_id))

    def _reload_tabs(self) -> None:
        if "pending" in self._tabs:
            self._tabs["history"].load()
            self._tabs["pending"].load()
