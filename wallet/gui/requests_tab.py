"""Payment requests (for merchants): create one for an amount of a token → its payment link and
QR code; the list with statuses; cancel; CSV export. Every 15 s (and on "Check now") the
service looks for payments on a worker; each request newly paid raises a desktop notification.
Nothing here needs a key, so watch-only accounts can take payments too.

A request is paid only by the exact token contract, to the receiving address, for at least the
amount, after the request was made (``services/payment_requests.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wallet.core.amounts import parse_amount
from wallet.core.errors import KapchykError
from wallet.core.networks import Network, Token
from wallet.core.wallets import Account
from wallet.gui.i18n import Retranslatable, amount_text
from wallet.gui.notify import notify
from wallet.gui.receive_dialog import qr_image
from wallet.gui.tab_jobs import ask_save_path, export_in_background, run_tab_job
from wallet.gui.table_items import plain_item
from wallet.gui.workers import error_text
from wallet.services.environment import Environment
from wallet.services.payment_requests import PaymentRequest

CHECK_MS = 15_000
ERROR_STYLE = "color:#b00020"
#: expiry choices in seconds (None: never); the texts are set in retranslate()
EXPIRIES = (900, 3600, 86400, 7 * 86400, None)


def _with_payers(
    service: object, requests: list[PaymentRequest]
) -> tuple[list[PaymentRequest], dict[int, str]]:
    return requests, service.payers(requests)


def _when(ts: int | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""


class RequestsTab(Retranslatable, QWidget):
    """``paid(requests)`` is emitted with the requests a check found newly paid, ``loaded()``
    when the list has been re-read, ``exported(path)`` when a CSV file is written."""

    paid = Signal(list)
    exported = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        env: Environment,
        notifier: Callable[[str, str], bool] = notify,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.notifier = notifier
        self.account: Account | None = None
        self.networks: list[Network] = []
        self.tokens: list[Token] = []
        self.requests: list[PaymentRequest] = []
        self.payers: dict[int, str] = {}  # request id → the address that paid it
        self.checking = False
        self.creating = False
        self._generation = 0
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        form_box = QVBoxLayout()
        self.form_title = QLabel(self)
        self.form_title.setStyleSheet("font-weight:bold")
        form_box.addWidget(self.form_title)
        form = QFormLayout()
        self.network_label, self.token_label = QLabel(self), QLabel(self)
        self.amount_label, self.label_label = QLabel(self), QLabel(self)
        self.expiry_label = QLabel(self)
        self.network_box = QComboBox(self)
        self.network_box.currentIndexChanged.connect(self._network_changed)
        self.token_box = QComboBox(self)
        self.amount_edit = QLineEdit(self)
        self.label_edit = QLineEdit(self)
        self.expiry_box = QComboBox(self)
        self.expiry_box.addItems([""] * len(EXPIRIES))
        self.expiry_box.setCurrentIndex(1)
        form.addRow(self.network_label, self.network_box)
        form.addRow(self.token_label, self.token_box)
        form.addRow(self.amount_label, self.amount_edit)
        form.addRow(self.label_label, self.label_edit)
        form.addRow(self.expiry_label, self.expiry_box)
        form_box.addLayout(form)
        self.form_error = QLabel(self)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(ERROR_STYLE)
        form_box.addWidget(self.form_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create)
        row.addWidget(self.create_button)
        form_box.addLayout(row)
        form_box.addStretch(1)
        top.addLayout(form_box, 1)

        code_box = QVBoxLayout()
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code_box.addWidget(self.qr)
        self.uri_label = QLabel(self)
        self.uri_label.setTextFormat(Qt.TextFormat.PlainText)
        self.uri_label.setWordWrap(True)
        self.uri_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_box.addWidget(self.uri_label)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_link)
        code_box.addWidget(self.copy_button)
        top.addLayout(code_box, 1)
        layout.addLayout(top)

        self.table = QTableWidget(0, 8, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check_now)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        for button in (self.check_button, self.cancel_button, self.export_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_now)
        self.retranslate()
        self._show_code(None)

    def title(self) -> str:
        return self.tr("Payment requests")

    def retranslate(self) -> None:
        self.form_title.setText(self.tr("Ask for a payment"))
        self.network_label.setText(self.tr("Network"))
        self.token_label.setText(self.tr("Token"))
        self.amount_label.setText(self.tr("Amount"))
        self.label_label.setText(self.tr("Label"))
        self.label_edit.setPlaceholderText(self.tr("optional, e.g. an order number"))
        self.expiry_label.setText(self.tr("Expires after"))
        texts = (
            self.tr("15 minutes"),
            self.tr("1 hour"),
            self.tr("1 day"),
            self.tr("7 days"),
            self.tr("Never"),
        )
        for i, text in enumerate(texts):
            self.expiry_box.setItemText(i, text)
        self.create_button.setText(self.tr("Create request"))
        self.copy_button.setText(self.tr("Copy link"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Status"),
                self.tr("Amount"),
                self.tr("Network"),
                self.tr("Label"),
                self.tr("Created"),
                self.tr("Expires / paid"),
                self.tr("Paid by / transaction"),
            ]
        )
        self.check_button.setText(self.tr("Check now"))
        self.cancel_button.setText(self.tr("Cancel request"))
        self.export_button.setText(self.tr("Export CSV…"))
        self._fill()

    def status_text(self, status: str) -> str:
        return {
            "open": self.tr("Waiting for payment"),
            "paid": self.tr("Paid"),
            "expired": self.tr("Expired"),
            "cancelled": self.tr("Cancelled"),
        }.get(status, status)

    # ---------------------------------------------------------------- account
    def set_account(self, account: Account | None) -> None:
        self.account = account
        reg = self.env.registry
        self.networks = (
            [n for n in reg.networks if account.address_for(n.kind) and reg.tokens(n.id)]
            if account
            else []
        )
        self.network_box.blockSignals(True)
        self.network_box.clear()
        for net in self.networks:
            self.network_box.addItem(net.name, net.id)
        self.network_box.blockSignals(False)
        self._network_changed()
        self.create_button.setEnabled(bool(self.networks))
        self._show_code(None)
        self.load()
        if account is None:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()

    def _network_changed(self) -> None:
        i = self.network_box.currentIndex()
        self.tokens = (
            [t for t in self.env.registry.tokens(self.networks[i].id) if t.visible_by_default]
            if 0 <= i < len(self.networks)
            else []
        )
        self.token_box.clear()
        for t in self.tokens:
            self.token_box.addItem(t.symbol, t.contract)

    # ---------------------------------------------------------------- list
    def load(self, select_id: int | None = None) -> None:
        """Re-read the account's requests (on a worker; a merchant's list grows)."""
        self._generation += 1
        generation, account, service = self._generation, self.account, self.env.payment_requests
        mine = {a for a in (account.evm_address, account.tron_address) if a} if account else set()

        def done(found: tuple[list[PaymentRequest], dict[int, str]]) -> None:
            if generation != self._generation:
                return
            self.requests, self.payers = found
            self._fill()
            if select_id is not None:
                self.select(select_id)
            self.loaded.emit()

        run_tab_job(
            self,
            lambda: _with_payers(service, [r for r in service.list() if r.account in mine]),
            done,
            lambda exc: self._show(error_text(exc), error=True),
        )

    def _fill(self) -> None:
        selected = self.selected()
        reg = self.env.registry
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.requests))
        for i, r in enumerate(self.requests):
            token = reg.token(r.network_id, r.asset)
            when = _when(r.paid_at) if r.status == "paid" else _when(r.expires_at)
            texts = (
                str(r.id),
                self.status_text(r.status),
                f"{amount_text(r.amount, token.decimals)} {token.symbol}",
                reg.network(r.network_id).name,
                r.label,
                _when(r.created_at),
                when or (self.tr("never") if r.status == "open" else ""),
                f"{self.payers.get(r.id, '?')}\n{r.paid_txid}" if r.paid_txid else "",
            )
            for col, text in enumerate(texts):
                item = plain_item(text)
                if col == 1 and r.paid_txid:
                    item.setToolTip(self.tr("Paid by {txid}").format(txid=r.paid_txid))
                self.table.setItem(i, col, item)
        self.table.blockSignals(False)
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()

    def selected(self) -> PaymentRequest | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.requests):
            return None
        return self.requests[rows[0].row()]

    def select(self, request_id: int) -> None:
        for i, r in enumerate(self.requests):
            if r.id == request_id:
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        req = self.selected()
        self.cancel_button.setEnabled(req is not None and req.status == "open")
        self.export_button.setEnabled(bool(self.requests))
        if req is not None:
            self._show_code(req)

    def _show_code(self, req: PaymentRequest | None) -> None:
        if req is None:
            self.uri_label.clear()
            self.qr.clear()
            self.copy_button.setEnabled(False)
            return
        uri = self.env.payment_requests.uri(req)
        self.uri_label.setText(uri)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(uri, scale=4)))
        self.copy_button.setEnabled(True)

    def copy_link(self) -> None:
        if self.uri_label.text():
            QGuiApplication.clipboard().setText(self.uri_label.text())

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    # ---------------------------------------------------------------- create / cancel
    def create(self) -> None:
        account = self.account
        if account is None or self.creating or not self.tokens:
            return
        net = self.networks[self.network_box.currentIndex()]
        token = self.tokens[max(self.token_box.currentIndex(), 0)]
        self.form_error.clear()
        try:
            amount = parse_amount(self.amount_edit.text(), token.decimals, symbol=token.symbol)
        except KapchykError as exc:
            self.form_error.setText(
                self.tr("{field}: {error}").format(field=self.tr("Amount"), error=error_text(exc))
            )
            return
        try:
            if not account.watch_only:
                self.env.accounts.require_backup(account)
        except KapchykError as exc:
            self.form_error.setText(error_text(exc))
            return
        service, label = self.env.payment_requests, self.label_edit.text()
        expires = EXPIRIES[self.expiry_box.currentIndex()]
        self.creating = True
        self.create_button.setEnabled(False)
        self._show(self.tr("Creating the request…"))

        def done(req: PaymentRequest) -> None:
            self.creating = False
            self.create_button.setEnabled(True)
            self._show("")
            self.amount_edit.clear()
            self.label_edit.clear()
            self._show_code(req)
            self.load(select_id=req.id)

        def failed(exc: BaseException) -> None:
            self.creating = False
            self.create_button.setEnabled(True)
            self._show("")
            self.form_error.setText(error_text(exc))

        run_tab_job(
            self,
            lambda: service.create(account, net.id, token.contract, amount, label, expires),
            done,
            failed,
        )

    def cancel_selected(self) -> None:
        req = self.selected()
        if req is None or req.status != "open":
            return
        try:
            self.env.payment_requests.cancel(req.id)
        except KapchykError as exc:
            self._show(error_text(exc), error=True)
        self.load(select_id=req.id)

    # ---------------------------------------------------------------- payments
    def check_now(self) -> None:
        """Look for payments of every open request (on a worker); notify each one paid."""
        if self.checking:
            return
        service = self.env.payment_requests
        self.checking = True
        self.check_button.setEnabled(False)
        run_tab_job(self, service.check, self._checked, self._check_failed)

    def _checked(self, paid: list[PaymentRequest]) -> None:
        self.checking = False
        self.check_button.setEnabled(True)
        reg = self.env.registry
        for r in paid:
            token = reg.token(r.network_id, r.asset)
            amount = amount_text(r.paid_amount or r.amount, token.decimals)
            body = (
                self.tr("Request #{id} ({label}): {amount} {symbol} received")
                if r.label
                else self.tr("Request #{id}: {amount} {symbol} received")
            ).format(id=r.id, label=r.label, amount=amount, symbol=token.symbol)
            self.notifier(self.tr("Payment received"), body)
        if paid:
            self._show(
                self.tr("Requests paid just now: {n}").format(n=len(paid))
                if len(paid) > 1
                else self.tr("Request #{id} is paid").format(id=paid[0].id)
            )
        elif self.status.styleSheet() == ERROR_STYLE:
            self._show("")
        self.load()
        self.paid.emit(paid)

    def _check_failed(self, exc: BaseException) -> None:
        self.checking = False
        self.check_button.setEnabled(True)
        self._show(error_text(exc), error=True)

    # ---------------------------------------------------------------- export
    def export(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export payment requests"),
            "kapchyk-requests.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the listed requests to ``path`` as CSV (on a worker)."""
        requests, service = list(self.requests), self.env.payment_requests
        self.export_button.setEnabled(False)

        def done(_: object) -> None:
            self.export_button.setEnabled(True)
            self._show(self.tr("Requests saved to {path}: {n}").format(n=len(requests), path=path))
            self.exported.emit(path)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._show(error_text(exc), error=True)

        export_in_background(self, lambda: service.export_csv(path, requests), path, done, failed)
