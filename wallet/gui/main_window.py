"""The main window: accounts, balances per network and token, refreshed in the background.

Last-known balances come from SQLite at once (with their age); the chains are asked on a worker
thread. Text from nodes or users is always shown as plain text.
"""

from __future__ import annotations

import time

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
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wallet.gui.i18n import Retranslatable, amount_text
from wallet.gui.table_items import plain_item
from wallet.gui.workers import error_text, run_in_background
from wallet.services.environment import Environment

BANNER_COLOURS = {"testnet": "#b35900", "devnet": "#6a1b9a"}


class MainWindow(Retranslatable, QMainWindow):
    """Balances first; the other tabs (history, address book, pending, requests) plug in through
    ``add_tab(widget)``: a tab widget has ``title() -> str`` (translated) and
    ``set_account(account)``; it re-translates itself (``Retranslatable``)."""

    #: emitted once, just after the window's first paint (start-up work waits for it)
    first_painted = Signal()

    def __init__(self, env: Environment, devnet: object = None) -> None:
        super().__init__()
        self._painted = False
        self.env = env
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
        self.settings_button = QPushButton(central)  # these two: connected by AppController
        self.lock_button = QPushButton(central)
        bar.addWidget(self.settings_button)
        bar.addWidget(self.lock_button)
        self.help_button = self._help_button(central)
        bar.addWidget(self.help_button)
        layout.addLayout(bar)

        self.tabs = QTabWidget(central)
        balances = QWidget(self.tabs)
        balances_layout = QVBoxLayout(balances)
        self.table = QTableWidget(0, 4, balances)
        header = self.table.horizontalHeader()  # whole names and amounts; "Updated" takes the rest
        for col in range(3):
            header.setSectionResizeMode(col, header.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        balances_layout.addWidget(self.table)
        self.tabs.addTab(balances, "")
        self.extra_tabs: list = []
        layout.addWidget(self.tabs, 1)

        self.networks = QLabel(central)  # the networks of the mode, in one line
        self.networks.setTextFormat(Qt.TextFormat.PlainText)
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
        self._add_standard_tabs()

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
        self.table.setHorizontalHeaderLabels(
            [self.tr("Network"), self.tr("Asset"), self.tr("Balance"), self.tr("Updated")]
        )
        self.tabs.setTabText(0, self.tr("Balances"))
        for i, tab in enumerate(self.extra_tabs, start=1):
            self.tabs.setTabText(i, tab.title())
        if self.accounts:
            self._fill_account_box()
            self.show_cached()

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

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
        acct = self.current_account()
        rows = self.env.portfolio.cached([acct]) if acct else []
        resources = self.env.portfolio.resources([acct]) if acct else []
        self.show_rows(rows, resources)

    def show_rows(self, rows: list, resources: list = ()) -> None:
        """One line per token per network; after a Tron network's tokens, its energy and
        bandwidth left (a TRC-20 transfer burns TRX when they run out)."""
        now = time.time()
        lines = []
        for r in rows:
            amount = "—" if r.amount is None else amount_text(r.amount, r.decimals)
            lines.append((r.network_id, r.symbol, amount, r.age(now)))
        for res in resources:
            at = max((i for i, ln in enumerate(lines) if ln[0] == res.network_id), default=-1) + 1
            lines[at:at] = [
                (res.network_id, self.tr("Energy"), amount_text(res.energy, 0), res.age(now)),
                (res.network_id, self.tr("Bandwidth"), amount_text(res.bandwidth, 0), res.age(now)),
            ]
        self.table.setRowCount(len(lines))
        for i, (network_id, what, amount, age) in enumerate(lines):
            net = self.env.registry.network(network_id)
            for col, text in enumerate((net.name, what, amount, self._age_text(age))):
                item = plain_item(text)
                if col == 2:  # amounts line up on the right, as in a bank statement
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, col, item)

    def _age_text(self, age: float | None) -> str:
        if age is None:
            return self.tr("never")
        if age < 60:
            return self.tr("just now")
        if age < 3600:
            return self.tr("{n} min ago").format(n=int(age // 60))
        if age < 86400:
            return self.tr("{n} h ago").format(n=int(age // 3600))
        return self.tr("{n} days ago").format(n=int(age // 86400))

    def refresh(self) -> None:
        self._reload_tabs()
        acct = self.current_account()
        if acct is None or self.refreshing:
            return
        self.refreshing = True
        self.refresh_button.setEnabled(False)
        self.spinner.show()
        self.status.showMessage(self.tr("Refreshing balances…"))
        portfolio = self.env.portfolio
        run_in_background(
            lambda: portfolio.refresh([acct], shown=acct), self._refreshed, self._failed, owner=self
        )

    def _refreshed(self, result: tuple) -> None:
        rows, errors = result
        self.refreshing = False
        self.refresh_button.setEnabled(True)
        self.spinner.hide()
        self.show_cached()
        notes = [error_text(w) for w in self.env.clients.wrong_chain()]  # skipped nodes
        unverified = sorted(
            {self.env.registry.network(r.network_id).name for r in rows if not r.verified}
        )
        if unverified:
            notes.append(
                self.tr(
                    "A balance on {networks} jumped far from the last one and no second node "
                    "confirms it; the last confirmed balance is shown"
                ).format(networks=", ".join(unverified))
            )
        if errors:
            names = ", ".join(self.env.registry.network(n).name for n in errors)
            notes.insert(
                0,
                self.tr("Could not reach {networks}; showing the last known balances").format(
                    networks=names
                ),
            )
        if notes:
            self.status.showMessage("; ".join(notes))
        else:
            self.status.showMessage(self.tr("Balances are up to date"), 5000)

    def _failed(self, exc: BaseException) -> None:
        self.refreshing = False
        self.refresh_button.setEnabled(True)
        self.spinner.hide()
        self.status.showMessage(error_text(exc))

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
            self.status.showMessage(error_text(exc))
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
            self.status.showMessage(self.tr("The devnet is not running"))
            return
        devnet = self.devnet
        targets = [a for a in (acct.evm_address, acct.tron_address) if a]
        self.funds_button.setEnabled(False)
        self.status.showMessage(self.tr("Asking the devnet for test funds…"))

        def done(_: object) -> None:
            self.funds_button.setEnabled(True)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.funds_button.setEnabled(True)
            self._failed(exc)

        run_in_background(lambda: [devnet.fund(t) for t in targets], done, failed, owner=self)

    # ---------------------------------------------------------------- standard tabs
    def _add_standard_tabs(self) -> None:
        """History, pending, address book and payment requests. A balance refresh (which a
        sent or finished transfer also starts) reloads history and pending from the database;
        a transfer of the account reaching its final state has history look on the network."""
        from wallet.gui.addressbook_tab import AddressBookTab
        from wallet.gui.history_tab import HistoryTab
        from wallet.gui.pending_tab import PendingTab
        from wallet.gui.requests_tab import RequestsTab

        def send_to_contact(address: str) -> None:
            contact = self.addressbook_tab.selected_contact()
            dialog = self.send(link=address)
            ids = [n.id for n in dialog.networks] if dialog is not None else []
            if contact is not None and contact.network_id in ids:
                dialog.network_box.setCurrentIndex(ids.index(contact.network_id))

        self.history_tab = HistoryTab(self.env)
        self.pending_tab = PendingTab(self.env)
        self.addressbook_tab = AddressBookTab(self.env, on_send=send_to_contact)
        self.requests_tab = RequestsTab(self.env)
        for tab in (self.history_tab, self.pending_tab, self.addressbook_tab, self.requests_tab):
            self.add_tab(tab)
        self.pending_tab.changed.connect(self.history_tab.sync)

    def _reload_tabs(self) -> None:
        if hasattr(self, "history_tab"):
            self.history_tab.load()
            self.pending_tab.load()
