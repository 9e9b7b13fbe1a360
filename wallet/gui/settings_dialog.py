"""Settings: language, network mode, the currency values are shown in, auto-lock, endpoints and
API keys, tokens.

Every change is saved at once (no OK button) through the services the CLI uses:
``AppSettings`` (settings.json), ``EndpointSettings`` (``kapchyk endpoints``), the keyring API
keys (``kapchyk endpoints api-key``), ``TokenSettings`` (``kapchyk token``). What talks to a node
or the keyring runs on a worker thread. A change of network mode is saved and announced with
``mode_changed``; the AppController then reopens the wallet in that mode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wallet.core.errors import KapchykError
from wallet.core.networks import MODES, Token
from wallet.gui.fit import fit_combos
from wallet.gui.i18n import Retranslatable, install_language, language_box
from wallet.gui.table_items import plain_item
from wallet.gui.workers import error_text, run_in_background
from wallet.services.app_settings import CURRENCIES, MAX_AUTO_LOCK_MINUTES, AppSettings
from wallet.services.endpoint_settings import EndpointSettings, ProbeResult
from wallet.services.environment import Environment
from wallet.services.token_settings import TokenSettings


def _label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class SettingsDialog(Retranslatable, QDialog):
    mode_changed = Signal(str)
    language_changed = Signal(str)
    auto_lock_changed = Signal(int)
    currency_changed = Signal(str)
    #: endpoints, API keys or tokens changed: balances should be shown again
    networks_changed = Signal()

    def __init__(
        self, env: Environment, app_settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.app_settings = app_settings
        self.endpoints = EndpointSettings(env)
        self.token_settings = TokenSettings(env)
        self.networks = env.registry.networks
        self.has_api_key: bool | None = None
        self.endpoint_urls: list[str] = []  # the rows of endpoint_list
        self.shown_tokens: list[Token] = []  # the rows of token_table
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_page(), "")
        self.tabs.addTab(self._security_page(), "")
        self.tabs.addTab(self._networks_page(), "")
        self.tabs.addTab(self._tokens_page(), "")
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.doctor_button = QPushButton(self)  # "Check my setup" (kapchyk doctor)
        self.doctor_button.clicked.connect(self.check_setup)
        buttons.addWidget(self.doctor_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(640, 480)
        self.retranslate()
        self._network_chosen()

    # ---------------------------------------------------------------- pages
    def _general_page(self) -> QWidget:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        self.language_label = _label(page, wrap=False)
        self.language_box = language_box(page)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.language_label, self.language_box)
        self.mode_label = _label(page, wrap=False)
        self.mode_box = QComboBox(page)
        for _ in MODES:
            self.mode_box.addItem("")
        self.mode_box.setCurrentIndex(MODES.index(self.env.mode))
        self.mode_box.currentIndexChanged.connect(self._mode_chosen)
        form.addRow(self.mode_label, self.mode_box)
        self.currency_label = _label(page, wrap=False)
        self.currency_box = QComboBox(page)
        for code in CURRENCIES:
            self.currency_box.addItem("", code)
        self.currency_box.setCurrentIndex(CURRENCIES.index(self.app_settings.currency))
        self.currency_box.currentIndexChanged.connect(self._currency_chosen)
        form.addRow(self.currency_label, self.currency_box)
        self.mode_note = _label(page)
        form.addRow(self.mode_note)
        self.general_status = _label(page)
        form.addRow(self.general_status)
        return page

    def _security_page(self) -> QWidget:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        self.auto_lock_label = _label(page, wrap=False)
        self.auto_lock_spin = QSpinBox(page)
        self.auto_lock_spin.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock_spin.setValue(self.app_settings.auto_lock_minutes)
        self.auto_lock_spin.valueChanged.connect(self._auto_lock_chosen)
        form.addRow(self.auto_lock_label, self.auto_lock_spin)
        self.auto_lock_note = _label(page)
        form.addRow(self.auto_lock_note)
        self.security_status = _label(page)
        form.addRow(self.security_status)
        return page

    def _networks_page(self) -> QWidget:
        page = QWidget(self.tabs)
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.network_label = _label(page, wrap=False)
        self.network_box = QComboBox(page)
        for net in self.networks:
            self.network_box.addItem(net.name, net.id)
        self.network_box.currentIndexChanged.connect(self._network_chosen)
        row.addWidget(self.network_label)
        row.addWidget(self.network_box, 1)
        box.addLayout(row)
        self.endpoint_list = QListWidget(page)
        box.addWidget(self.endpoint_list, 1)
        row = QHBoxLayout()
        self.endpoint_edit = QLineEdit(page)
        self.endpoint_edit.returnPressed.connect(self.add_endpoint)
        self.add_endpoint_button = QPushButton(page)
        self.add_endpoint_button.clicked.connect(self.add_endpoint)
        row.addWidget(self.endpoint_edit, 1)
        row.addWidget(self.add_endpoint_button)
        box.addLayout(row)
        row = QHBoxLayout()
        self.remove_endpoint_button = QPushButton(page)
        self.remove_endpoint_button.clicked.connect(self.remove_endpoint)
        self.test_endpoint_button = QPushButton(page)
        self.test_endpoint_button.clicked.connect(self.test_endpoint)
        row.addWidget(self.remove_endpoint_button)
        row.addWidget(self.test_endpoint_button)
        row.addStretch(1)
        box.addLayout(row)
        self.endpoint_status = _label(page)
        box.addWidget(self.endpoint_status)

        self.api_key_panel = QWidget(page)  # Tron networks only (TronGrid's TRON-PRO-API-KEY)
        panel = QVBoxLayout(self.api_key_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        self.api_key_label = _label(self.api_key_panel)
        panel.addWidget(self.api_key_label)
        row = QHBoxLayout()
        self.api_key_edit = QLineEdit(self.api_key_panel)
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key_edit.returnPressed.connect(self.save_api_key)
        self.save_api_key_button = QPushButton(self.api_key_panel)
        self.save_api_key_button.clicked.connect(self.save_api_key)
        self.remove_api_key_button = QPushButton(self.api_key_panel)
        self.remove_api_key_button.clicked.connect(self.remove_api_key)
        row.addWidget(self.api_key_edit, 1)
        row.addWidget(self.save_api_key_button)
        row.addWidget(self.remove_api_key_button)
        panel.addLayout(row)
        self.api_key_status = _label(self.api_key_panel)
        panel.addWidget(self.api_key_status)
        box.addWidget(self.api_key_panel)
        return page

    def _tokens_page(self) -> QWidget:
        page = QWidget(self.tabs)
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.token_network_label = _label(page, wrap=False)
        self.token_network_box = QComboBox(page)
        for net in self.networks:
            self.token_network_box.addItem(net.name, net.id)
        self.token_network_box.currentIndexChanged.connect(lambda _i: self._fill_tokens())
        row.addWidget(self.token_network_label)
        row.addWidget(self.token_network_box, 1)
        box.addLayout(row)
        self.token_table = QTableWidget(0, 5, page)
        self.token_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.token_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.token_table.verticalHeader().setVisible(False)
        self.token_table.horizontalHeader().setStretchLastSection(True)
        self.token_table.itemSelectionChanged.connect(self._token_selected)
        box.addWidget(self.token_table, 1)
        row = QHBoxLayout()
        self.token_visibility_button = QPushButton(page)
        self.token_visibility_button.clicked.connect(self.toggle_token)
        row.addWidget(self.token_visibility_button)
        row.addStretch(1)
        box.addLayout(row)
        row = QHBoxLayout()
        self.token_edit = QLineEdit(page)
        self.token_edit.returnPressed.connect(self.add_token)
        self.add_token_button = QPushButton(page)
        self.add_token_button.clicked.connect(self.add_token)
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.add_token_button)
        box.addLayout(row)
        self.token_status = _label(page)
        box.addWidget(self.token_status)
        return page

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for i, title in enumerate(
            (self.tr("General"), self.tr("Security"), self.tr("Networks"), self.tr("Tokens"))
        ):
            self.tabs.setTabText(i, title)
        self.close_button.setText(self.tr("Close"))
        self.doctor_button.setText(self.tr("Check my setup"))
        self.language_label.setText(self.tr("Language:"))
        self.mode_label.setText(self.tr("Network mode:"))
        mode_names = {
            "mainnet": self.tr("Mainnet (real money)"),
            "testnet": self.tr("Testnet (test coins without value)"),
            "devnet": self.tr("Devnet (local chains on this computer)"),
        }
        for i, mode in enumerate(MODES):
            self.mode_box.setItemText(i, mode_names[mode])
        self.currency_label.setText(self.tr("Show values in:"))
        currency_names = {
            "KGS": self.tr("Kyrgyz som (KGS)"),
            "USD": self.tr("US dollar (USD)"),
            "RUB": self.tr("Russian ruble (RUB)"),
            "KZT": self.tr("Kazakh tenge (KZT)"),
            "EUR": self.tr("Euro (EUR)"),
            "CNY": self.tr("Chinese yuan (CNY)"),
        }
        for i, code in enumerate(CURRENCIES):
            self.currency_box.setItemText(i, currency_names[code])
        self.mode_note.setText(
            self.tr(
                "Each mode keeps its own wallets, contacts and history. Changing the mode "
                "reopens the wallet in that mode."
            )
        )
        self.auto_lock_label.setText(self.tr("Lock after idle minutes:"))
        self.auto_lock_spin.setSpecialValueText(self.tr("Never"))
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_note.setText(
            self.tr(
                "With no key press or mouse use for this long, unlocked wallets lock and the "
                "next send asks for the password again. 0 means never."
            )
        )
        self.network_label.setText(self.tr("Network:"))
        self.token_network_label.setText(self.tr("Network:"))
        self.endpoint_edit.setPlaceholderText(self.tr("https://… address of another node"))
        self.add_endpoint_button.setText(self.tr("Add"))
        self.remove_endpoint_button.setText(self.tr("Remove"))
        self.test_endpoint_button.setText(self.tr("Test"))
        self.api_key_label.setText(
            self.tr("TronGrid API key (kept in the OS keyring, never in a file):")
        )
        self.api_key_edit.setPlaceholderText(self.tr("paste a new key"))
        self.save_api_key_button.setText(self.tr("Save key"))
        self.remove_api_key_button.setText(self.tr("Remove key"))
        self._show_api_key_state()
        self.token_table.setHorizontalHeaderLabels(
            [
                self.tr("Symbol"),
                self.tr("Name"),
                self.tr("Contract"),
                self.tr("Decimals"),
                self.tr("Shown"),
            ]
        )
        self.token_edit.setPlaceholderText(self.tr("token contract address"))
        self.add_token_button.setText(self.tr("Add token"))
        self._fill_endpoints()
        self._fill_tokens()
        fit_combos(self)  # each combo box shows its longest item, in any language

    # ---------------------------------------------------------------- general
    def check_setup(self) -> None:
        from wallet.gui.doctor_dialog import DoctorDialog

        self.doctor_dialog = DoctorDialog(self.env, self)
        self.doctor_dialog.show()

    def _save(self, status: QLabel, name: str, value: object) -> bool:
        try:
            self.app_settings.set(name, value)
        except (KapchykError, OSError) as exc:
            status.setText(error_text(exc))
            return False
        status.clear()
        return True

    def _language_chosen(self, index: int) -> None:
        code = self.language_box.itemData(index)
        install_language(code)
        if self._save(self.general_status, "language", code):
            self.language_changed.emit(code)

    def _mode_chosen(self, index: int) -> None:
        mode = MODES[index]
        if self._save(self.general_status, "network_mode", mode) and mode != self.env.mode:
            self.mode_changed.emit(mode)

    def _currency_chosen(self, index: int) -> None:
        code = CURRENCIES[index]
        if self._save(self.general_status, "currency", code):
            self.currency_changed.emit(code)

    def _auto_lock_chosen(self, minutes: int) -> None:
        if self._save(self.security_status, "auto_lock_minutes", minutes):
            self.auto_lock_changed.emit(minutes)

    # ---------------------------------------------------------------- endpoints
    def current_network(self) -> str:
        return self.network_box.currentData()

    def _network_chosen(self) -> None:
        self.endpoint_status.clear()
        self._fill_endpoints()
        net = self.env.registry.network(self.current_network())
        self.api_key_panel.setVisible(net.kind == "tron")
        self.has_api_key = None
        self._show_api_key_state()
        if net.kind == "tron":
            self._check_api_key(net.id)

    def _fill_endpoints(self) -> None:
        if self.network_box.currentData() is None:
            return
        row = self.endpoint_list.currentRow()
        self.endpoint_list.clear()
        self.endpoint_urls = []
        for ep in self.endpoints.list(self.current_network()):
            text = ep.url + (self.tr("  (added by you)") if ep.added_by_user else "")
            self.endpoint_list.addItem(text)
            self.endpoint_urls.append(ep.url)
        if self.endpoint_urls:
            self.endpoint_list.setCurrentRow(min(max(row, 0), len(self.endpoint_urls) - 1))

    def selected_endpoint(self) -> str | None:
        row = self.endpoint_list.currentRow()
        return self.endpoint_urls[row] if 0 <= row < len(self.endpoint_urls) else None

    def add_endpoint(self) -> None:
        try:
            url = self.endpoints.add(self.current_network(), self.endpoint_edit.text())
        except KapchykError as exc:
            self.endpoint_status.setText(error_text(exc))
            return
        self.endpoint_edit.clear()
        self._fill_endpoints()
        self.endpoint_list.setCurrentRow(self.endpoint_urls.index(url))
        self.endpoint_status.setText(self.tr("Added {url}").format(url=url))
        self.networks_changed.emit()

    def remove_endpoint(self) -> None:
        url = self.selected_endpoint()
        if url is None:
            return
        try:
            self.endpoints.remove(self.current_network(), url)
        except KapchykError as exc:
            self.endpoint_status.setText(error_text(exc))
            return
        self._fill_endpoints()
        self.endpoint_status.setText(self.tr("Removed {url}").format(url=url))
        self.networks_changed.emit()

    def test_endpoint(self) -> None:
        url = self.selected_endpoint()
        if url is None:
            return
        probe = self.endpoints.prober(self.current_network())
        self.endpoint_status.setText(self.tr("Asking {url}…").format(url=url))
        run_in_background(lambda: probe(url), self._tested, self._test_failed)

    def _tested(self, result: ProbeResult) -> None:
        if not result.ok:
            self.endpoint_status.setText(
                self.tr("{url} does not work: {error}").format(
                    url=result.url, error=error_text(result.error)
                )
            )
        elif result.chain_id is not None:
            self.endpoint_status.setText(
                self.tr("{url} works: chain id {chain_id}, block {block}, {ms} ms").format(
                    url=result.url, chain_id=result.chain_id, block=result.block, ms=result.ms
                )
            )
        else:
            self.endpoint_status.setText(
                self.tr("{url} works: the right chain, block {block}, {ms} ms").format(
                    url=result.url, block=result.block, ms=result.ms
                )
            )

    def _test_failed(self, exc: BaseException) -> None:
        self.endpoint_status.setText(error_text(exc))

    # ---------------------------------------------------------------- API key
    def _store(self) -> object:
        return self.env.keys.vault.store

    def _check_api_key(self, network_id: str) -> None:
        from wallet.keys.api_keys import get_api_key

        store = self._store()

        def done(has_key: bool) -> None:
            if self.current_network() == network_id:
                self.has_api_key = has_key
                self._show_api_key_state()

        run_in_background(lambda: get_api_key(store, network_id) is not None, done, lambda e: None)

    def _show_api_key_state(self) -> None:
        if self.has_api_key is None:
            self.api_key_status.clear()
        elif self.has_api_key:
            self.api_key_status.setText(self.tr("A key is saved for this network."))
        else:
            self.api_key_status.setText(
                self.tr("No key saved: public nodes answer, but limit requests without one.")
            )
        self.remove_api_key_button.setEnabled(bool(self.has_api_key))

    def save_api_key(self) -> None:
        from wallet.keys.api_keys import set_api_key

        key, network_id, store = self.api_key_edit.text(), self.current_network(), self._store()
        if not key.strip():
            return
        self.save_api_key_button.setEnabled(False)
        self.api_key_status.setText(self.tr("Saving the key in the OS keyring…"))

        def done(_: object) -> None:
            self.api_key_edit.clear()
            self._api_key_changed(network_id, True)

        run_in_background(lambda: set_api_key(store, network_id, key), done, self._api_key_failed)

    def remove_api_key(self) -> None:
        from wallet.keys.api_keys import remove_api_key

        network_id, store = self.current_network(), self._store()
        self.remove_api_key_button.setEnabled(False)
        run_in_background(
            lambda: remove_api_key(store, network_id),
            lambda _: self._api_key_changed(network_id, False),
            self._api_key_failed,
        )

    def _api_key_changed(self, network_id: str, has_key: bool) -> None:
        self.save_api_key_button.setEnabled(True)
        self.env.refresh_registry(self.env.registry)  # clients are rebuilt with the new key
        if self.current_network() == network_id:
            self.has_api_key = has_key
            self._show_api_key_state()
        self.networks_changed.emit()

    def _api_key_failed(self, exc: BaseException) -> None:
        self.save_api_key_button.setEnabled(True)
        self._show_api_key_state()
        self.api_key_status.setText(error_text(exc))

    # ---------------------------------------------------------------- tokens
    def current_token_network(self) -> str:
        return self.token_network_box.currentData()

    def _fill_tokens(self) -> None:
        if self.token_network_box.currentData() is None:
            return
        selected = self.selected_token()
        self.shown_tokens = self.token_settings.tokens(self.current_token_network())
        self.token_table.setRowCount(len(self.shown_tokens))
        for i, t in enumerate(self.shown_tokens):
            shown = self.tr("yes") if t.visible_by_default else self.tr("hidden")
            for col, text in enumerate((t.symbol, t.name, t.contract, str(t.decimals), shown)):
                self.token_table.setItem(i, col, plain_item(text))
        keys = [t.key for t in self.shown_tokens]
        if selected is not None and selected.key in keys:
            self.token_table.selectRow(keys.index(selected.key))
        self._token_selected()

    def selected_token(self) -> Token | None:
        rows = {i.row() for i in self.token_table.selectedIndexes()}
        return self.shown_tokens[min(rows)] if rows else None

    def _token_selected(self) -> None:
        token = self.selected_token()
        self.token_visibility_button.setEnabled(token is not None)
        self.token_visibility_button.setText(
            self.tr("Show in balances")
            if token is not None and not token.visible_by_default
            else self.tr("Hide from balances")
        )

    def toggle_token(self) -> None:
        token = self.selected_token()
        if token is None:
            return
        try:
            changed = self.token_settings.set_visible(
                token.network, token.contract, not token.visible_by_default
            )
        except KapchykError as exc:
            self.token_status.setText(error_text(exc))
            return
        self._fill_tokens()
        self.token_status.setText(
            (
                self.tr("{symbol} is shown in balances")
                if changed.visible_by_default
                else self.tr("{symbol} is hidden from balances")
            ).format(symbol=changed.symbol)
        )
        self.networks_changed.emit()

    def add_token(self) -> None:
        contract = self.token_edit.text().strip()
        if not contract or not self.add_token_button.isEnabled():
            return
        network_id, tokens = self.current_token_network(), self.token_settings
        _ = self.env.clients  # built here, on the GUI thread, before the worker uses it
        self.add_token_button.setEnabled(False)
        self.token_status.setText(self.tr("Reading the token from the network…"))
        run_in_background(
            lambda: tokens.lookup(network_id, contract), self._token_found, self._token_failed
        )

    def _token_found(self, token: Token) -> None:
        self.add_token_button.setEnabled(True)
        try:
            token = self.token_settings.save(token)
        except KapchykError as exc:
            self.token_status.setText(error_text(exc))
            return
        self.token_edit.clear()
        self._fill_tokens()
        self.token_status.setText(
            self.tr("Added {symbol} ({name}, {decimals} decimals)").format(
                symbol=token.symbol, name=token.name, decimals=token.decimals
            )
        )
        self.networks_changed.emit()

    def _token_failed(self, exc: BaseException) -> None:
        self.add_token_button.setEnabled(True)
        self.token_status.setText(error_text(exc))
