"""Send: choose the token and network, type or paste the recipient, review, confirm, follow.

Three pages: the form (checked as the user types), the review (full address with the characters
that differ from a known payee marked, amount, fee in the gas coin — energy and bandwidth on
Tron —, total, and every warning to tick), and the progress through broadcast to confirmation.
The quote, the KDF and the broadcast run on workers; the quote is signed at most once
(``Sender`` refuses a second signature), so a double click never sends twice.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wallet.core.amounts import format_plain, parse_amount
from wallet.core.errors import KapchykError
from wallet.core.networks import Network
from wallet.core.wallets import Account
from wallet.gui.balances_view import coin_text, fee_text, tron_burn_text
from wallet.gui.fit import WrappedPages, fit_combos
from wallet.gui.i18n import Retranslatable, amount_text
from wallet.gui.unlock import ensure_unlocked, error_naming_wallet
from wallet.gui.workers import error_text, message_text, run_in_background, warning_text
from wallet.services.environment import Environment
from wallet.services.recipient import Recipient, interpret

FOLLOW_MS = 2000
ERROR_STYLE = "color:#b00020"
OK_STYLE = "color:#1b5e20"
SPEEDS = ("slow", "normal", "fast")
MARK_STYLE = "background:#ffcdd2;color:#b00020"
WARN_STYLE = "color:#8a4b00"


def _plain_label(parent: QWidget, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def marked_address(marks: list[list[object]] | None, address: str) -> str:
    """The address as rich text with differing characters marked (the address is validated:
    only letters and digits; it is escaped anyway)."""
    if not marks:
        return html.escape(address)
    out = []
    for ch, differs in marks:
        c = html.escape(str(ch))
        out.append(
            f'<span style="background:#ffcdd2;color:#b00020"><u>{c}</u></span>' if differs else c
        )
    return "".join(out)


class WarningCheck(QWidget):
    """A warning to tick: a check box beside a word-wrapped label (a QCheckBox's own text never
    wraps, so a long warning in Russian or Kyrgyz would be cut off). Clicking the text ticks it."""

    toggled = Signal(bool)

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.label = _plain_label(self)
        self.label.setText(text)
        self.label.setStyleSheet(WARN_STYLE)
        self.check.setAccessibleName(text)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.check.toggled.connect(self.toggled)
        self.setFocusProxy(self.check)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:  # the QCheckBox API it stands in for
        return self.check.isChecked()

    def setChecked(self, on: bool) -> None:
        self.check.setChecked(on)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.check.toggle()
        event.accept()


class SendDialog(Retranslatable, WrappedPages, QDialog):
    """``sent(entry)`` is emitted once the transaction is broadcast; ``finished_tx(entry)`` when
    it reaches a final state."""

    sent = Signal(object)
    finished_tx = Signal(object)

    def __init__(
        self, env: Environment, account: Account, parent: QWidget | None = None, link: str = ""
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.account = account
        self.networks: list[Network] = [
            n for n in env.registry.networks if account.address_for(n.kind)
        ]
        self.assets: list[tuple[str, str, int]] = []  # (contract or "", symbol, decimals)
        self.recipient: Recipient | None = None
        self.quote = None
        self.entry = None
        self.busy = False
        self._signing = False
        self._filling = False
        self.setMinimumWidth(620)
        self.pages = QStackedWidget(self)
        QVBoxLayout(self).addWidget(self.pages)
        self._build_form()
        self._build_review()
        self._build_progress()
        self.pages.currentChanged.connect(self._page_changed)
        self._page_changed(0)
        self.follow_timer = QTimer(self)
        self.follow_timer.setInterval(FOLLOW_MS)
        self.follow_timer.timeout.connect(self._follow)
        self.retranslate()
        self._network_changed()
        if account.watch_only:
            self.form.setEnabled(False)
            self.review_button.setEnabled(False)
            self._show_form_error(
                KapchykError(
                    "{label} is a watch-only account: it can receive and show balances, not send",
                    label=account.label,
                )
            )
        if link:
            self.recipient_edit.setText(link)

    # ---------------------------------------------------------------- pages
    def _build_form(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        self.form = QWidget(page)
        form = QFormLayout(self.form)
        self.network_label, self.token_label = QLabel(self.form), QLabel(self.form)
        self.recipient_label, self.amount_label = QLabel(self.form), QLabel(self.form)
        self.speed_label = QLabel(self.form)
        self.network_box = QComboBox(self.form)
        for n in self.networks:
            self.network_box.addItem(n.name)
        self.network_box.currentIndexChanged.connect(self._network_changed)
        form.addRow(self.network_label, self.network_box)
        self.token_box = QComboBox(self.form)
        self.token_box.currentIndexChanged.connect(self._asset_changed)
        form.addRow(self.token_label, self.token_box)
        self.recipient_edit = QLineEdit(self.form)
        self.recipient_edit.setMinimumHeight(self.recipient_edit.sizeHint().height())
        self.recipient_edit.textChanged.connect(self._recipient_changed)
        self.recipient_note = _plain_label(self.form)
        column = QVBoxLayout()
        column.addWidget(self.recipient_edit)
        column.addWidget(self.recipient_note)
        form.addRow(self.recipient_label, column)
        self.amount_edit = QLineEdit(self.form)
        self.amount_edit.setMinimumHeight(self.amount_edit.sizeHint().height())
        self.amount_edit.textChanged.connect(self._amount_changed)
        self.max_button = QPushButton(self.form)
        self.max_button.clicked.connect(self.fill_max)
        row = QHBoxLayout()
        row.addWidget(self.amount_edit, 1)
        row.addWidget(self.max_button)
        self.available = _plain_label(self.form)
        self.amount_note = _plain_label(self.form)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.available)
        column.addWidget(self.amount_note)
        form.addRow(self.amount_label, column)
        self.speed_box = QComboBox(self.form)
        self.speed_box.addItems(["", "", ""])
        self.speed_box.setCurrentIndex(1)
        form.addRow(self.speed_label, self.speed_box)
        layout.addWidget(self.form)
        self.form_error = _plain_label(page)
        self.form_error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(page)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.review_button = QPushButton(page)
        self.review_button.clicked.connect(self.review)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.review_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _build_review(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        self.review_title = _plain_label(page)
        self.review_title.setStyleSheet("font-weight:bold")
        layout.addWidget(self.review_title)
        grid = QFormLayout()
        self.review_names: dict[str, QLabel] = {}
        self.review_values: dict[str, QLabel] = {}
        for key in ("network", "from", "to", "amount", "gets", "fee", "resources", "total"):
            name = QLabel(page)
            value = _plain_label(page, selectable=True)
            self.review_names[key], self.review_values[key] = name, value
            grid.addRow(name, value)
        # the recipient's address is the one value shown as rich text: its marks are styling
        self.review_values["to"].setTextFormat(Qt.TextFormat.RichText)
        self.review_values["to"].setStyleSheet("font-family:monospace; font-size:14px")
        layout.addLayout(grid)
        self.known_note = _plain_label(page)
        layout.addWidget(self.known_note)
        self.warnings_box = QVBoxLayout()
        layout.addLayout(self.warnings_box)
        self.warning_checks: list[WarningCheck] = []
        self.review_error = _plain_label(page)
        self.review_error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.review_error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(page)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.send_button = QPushButton(page)
        self.send_button.setAutoDefault(False)  # Enter never sends: Send is clicked or Alt+S
        self.send_button.clicked.connect(self.confirm_send)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _build_progress(self) -> None:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        self.progress_label = _plain_label(page)
        self.progress_label.setStyleSheet("font-weight:bold")
        layout.addWidget(self.progress_label)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setRange(0, 0)
        layout.addWidget(self.progress_bar)
        grid = QFormLayout()
        self.done_names: dict[str, QLabel] = {}
        self.done_values: dict[str, QLabel] = {}
        for key in ("amount", "to", "fee"):
            name, value = QLabel(page), _plain_label(page, selectable=True)
            self.done_names[key], self.done_values[key] = name, value
            grid.addRow(name, value)
        self.done_values["to"].setStyleSheet("font-family:monospace")
        layout.addLayout(grid)
        self.txid_label = _plain_label(page, selectable=True)
        layout.addWidget(self.txid_label)
        links = QHBoxLayout()
        self.copy_address_button = QPushButton(page)
        self.copy_address_button.clicked.connect(lambda: self._copy(self.quote_recipient()))
        self.copy_txid_button = QPushButton(page)
        self.copy_txid_button.clicked.connect(lambda: self._copy(self.entry.txid))
        self.explorer_button = QPushButton(page)
        self.explorer_button.clicked.connect(self.open_explorer)
        self.save_contact_button = QPushButton(page)
        self.save_contact_button.clicked.connect(self.save_contact)
        for b in (
            self.copy_address_button,
            self.copy_txid_button,
            self.explorer_button,
            self.save_contact_button,
        ):
            b.setAutoDefault(False)
            links.addWidget(b)
        links.addStretch(1)
        layout.addLayout(links)
        self.contact_row = QWidget(page)
        contact = QHBoxLayout(self.contact_row)
        contact.setContentsMargins(0, 0, 0, 0)
        self.contact_name = QLineEdit(self.contact_row)
        self.contact_save = QPushButton(self.contact_row)
        self.contact_save.setAutoDefault(False)
        self.contact_save.clicked.connect(self._store_contact)
        contact.addWidget(self.contact_name, 1)
        contact.addWidget(self.contact_save)
        self.contact_row.setVisible(False)
        layout.addWidget(self.contact_row)
        self.copied_note = _plain_label(page)
        layout.addWidget(self.copied_note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(page)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _page_changed(self, index: int) -> None:
        """Enter clicks the page's safe default: Review on the form (it only checks), Close after
        sending, nothing on the review page (Send is clicked or Alt+S)."""
        for i, button in ((0, self.review_button), (2, self.close_button)):
            button.setAutoDefault(False)
            button.setDefault(i == index)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send"))
        self.network_label.setText(self.tr("Network"))
        self.token_label.setText(self.tr("Token"))
        self.recipient_label.setText(self.tr("To"))
        self.recipient_edit.setPlaceholderText(
            self.tr("address, contact name or payment link (ethereum:… / tron:…)")
        )
        self.amount_label.setText(self.tr("Amount"))
        self.max_button.setText(self.tr("Max"))
        self.speed_label.setText(self.tr("Speed"))
        self._speed_texts()
        self.cancel_button.setText(self.tr("Cancel"))
        self.review_button.setText(self.tr("&Review"))
        self.review_title.setText(self.tr("Check everything before you send"))
        names = {
            "network": self.tr("Network"),
            "from": self.tr("From"),
            "to": self.tr("To"),
            "amount": self.tr("Amount"),
            "gets": self.tr("Recipient gets"),
            "fee": self.tr("Network fee"),
            "resources": self.tr("Tron resources"),
            "total": self.tr("Total"),
        }
        for key, text in names.items():
            self.review_names[key].setText(text)
            if key in self.done_names:  # the confirmation page names the same rows
                self.done_names[key].setText(text)
        self.back_button.setText(self.tr("&Back"))
        self.send_button.setText(self.tr("&Send"))
        self.close_button.setText(self.tr("&Close"))
        self.copy_address_button.setText(self.tr("Copy &address"))
        self.copy_txid_button.setText(self.tr("Copy &transaction ID"))
        self.explorer_button.setText(self.tr("Open in &explorer"))
        self.save_contact_button.setText(self.tr("Save to address &book"))
        self.contact_name.setPlaceholderText(self.tr("Name for this address"))
        self.contact_save.setText(self.tr("Save"))
        self._update_available()
        if self.assets:  # notes under the fields, in the new language (what was typed stays)
            if self.recipient is not None:  # as it was understood (a link's label kept)
                self._recipient_note_for(self.recipient)
            else:
                self._recipient_changed()
            self._amount_changed()
        if self.quote is not None and self.pages.currentIndex() == 1:
            self._fill_review()
        if self.entry is not None:
            self._show_entry(self.entry)
        fit_combos(self)  # combo boxes show their longest item (gui/fit.py)

    # ---------------------------------------------------------------- form
    def network(self) -> Network:
        return self.networks[max(self.network_box.currentIndex(), 0)]

    def asset(self) -> tuple[str, str, int]:
        return self.assets[max(self.token_box.currentIndex(), 0)]

    def _network_changed(self) -> None:
        if not self.networks:
            return
        net = self.network()
        self.assets = [("", net.native.symbol, net.native.decimals)] + [
            (t.contract, t.symbol, t.decimals)
            for t in self.env.registry.tokens(net.id)
            if t.visible_by_default
        ]
        self.token_box.blockSignals(True)
        self.token_box.clear()
        for _, symbol, _ in self.assets:
            self.token_box.addItem(symbol)
        # a stablecoin is what people send most; the gas coin comes first in the list
        self.token_box.setCurrentIndex(1 if len(self.assets) > 1 else 0)
        self.token_box.blockSignals(False)
        self.speed_box.setVisible(net.kind == "evm")
        self.speed_label.setVisible(net.kind == "evm")
        if not self._filling:
            self._recipient_changed()
        self._asset_changed()

    def _asset_changed(self) -> None:
        self._update_available()
        self._amount_changed()
        self._price_speeds()

    def _speed_texts(self) -> None:
        """Slow / Normal / Fast, each with its typical fee in money once priced."""
        fees = getattr(self, "speed_fees", {})  # priced on a worker (_price_speeds)
        for i, text in enumerate((self.tr("Slow"), self.tr("Normal"), self.tr("Fast"))):
            fee = fees.get(SPEEDS[i])
            if fee is not None:
                fee_line = fee_text(self.env, self.network(), fee)
                text = self.tr("{speed}: {fee}").format(speed=text, fee=fee_line)
            self.speed_box.setItemText(i, text)
        fit_combos(self.speed_box)

    def _price_speeds(self) -> None:
        """Each speed with its typical fee in money (services/fees.typical_fees, on a worker)."""
        from wallet.services.fees import typical_fees

        self.speed_fees: dict[str, int] = {}
        net, token = self.network(), bool(self.asset()[0])
        if net.kind != "evm":
            return
        client = self.env.clients.get(net.id)

        def priced(fees: dict[str, int]) -> None:
            if self.network().id == net.id and bool(self.asset()[0]) == token:  # not stale
                self.speed_fees = fees
                self._speed_texts()  # only these: the rest of the form stays as it is

        run_in_background(
            lambda: typical_fees(net, client, token=token), priced, lambda _e: None, owner=self
        )

    def _cached_balance(self) -> int | None:
        net = self.network()
        asset = self.asset()[0]
        owner = self.account.address_for(net.kind)
        for row in self.env.portfolio.cached([self.account]):
            if row.network_id == net.id and row.owner == owner and row.asset == asset:
                return row.amount
        return None

    def _update_available(self) -> None:
        if not self.assets:
            return
        _, symbol, decimals = self.asset()
        balance = self._cached_balance()
        self.available.setText(
            self.tr("Available: {amount} {symbol}").format(
                amount="—" if balance is None else amount_text(balance, decimals), symbol=symbol
            )
        )

    def _recipient_changed(self) -> None:
        if self._filling:
            return
        if not self.busy:
            self.form_error.clear()  # an answer about what was typed before no longer holds
        text = self.recipient_edit.text()
        self.recipient = None
        if not text.strip():
            self.recipient_note.clear()
            return
        try:
            found = interpret(self.env.registry, self.env.address_book, self.network(), text)
        except KapchykError as exc:
            self._note(self.recipient_note, error_text(exc), ok=False)
            return
        self.recipient = found
        if found.network_id != self.network().id or found.asset is not None:
            self._apply_link(found)
        self._recipient_note_for(found)

    def _recipient_note_for(self, found: Recipient) -> None:
        """The note under the recipient: a contact's or a payment link's label, a valid
        address, or the warning that it is this account's own."""
        if found.contact:
            note = self.tr("Contact: {label}").format(label=found.label)
        elif found.label:
            note = self.tr("Payment link: “{label}”").format(label=found.label)
        else:
            note = self.tr("Valid {network} address").format(network=self.network().name)
        own = self.account.address_for(self.network().kind) or ""
        if own.lower() == found.address.lower():
            note = self.tr(
                "This is this account's own address: the coins come back to you, less the fee"
            )
            self.recipient_note.setStyleSheet(WARN_STYLE)
            self.recipient_note.setText(note)
            return
        self._note(self.recipient_note, note, ok=True)

    def _apply_link(self, found: Recipient) -> None:
        """A pasted payment link chooses the network, token and amount."""
        self._filling = True
        try:
            ids = [n.id for n in self.networks]
            if found.network_id in ids:
                self.network_box.setCurrentIndex(ids.index(found.network_id))
            if found.asset is not None:
                contracts = [a[0] for a in self.assets]
                if found.asset in contracts:
                    self.token_box.setCurrentIndex(contracts.index(found.asset))
            if found.amount is not None:
                self.amount_edit.setText(format_plain(found.amount, self.asset()[2]))
            self.recipient_edit.setText(found.address)
        finally:
            self._filling = False
        self.recipient = found

    def _amount_units(self) -> int:
        _, symbol, decimals = self.asset()
        return parse_amount(self.amount_edit.text(), decimals, symbol=symbol)

    def _amount_changed(self) -> None:
        if not self.busy:
            self.form_error.clear()
        if not self.amount_edit.text().strip():
            self.amount_note.clear()
            return
        try:
            units = self._amount_units()
        except KapchykError as exc:
            self._note(self.amount_note, error_text(exc), ok=False)
            return
        balance = self._cached_balance()
        if balance is not None and units > balance:
            _, symbol, decimals = self.asset()
            self._note(
                self.amount_note,
                self.tr(
                    "More than the {balance} {symbol} this account had at the last refresh"
                ).format(balance=amount_text(balance, decimals), symbol=symbol),
                ok=False,
            )
            return
        self.amount_note.clear()

    @staticmethod
    def _note(label: QLabel, text: str, *, ok: bool) -> None:
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        label.setText(text)

    def _show_form_error(self, exc: BaseException) -> None:
        self.form_error.setText(error_text(exc))

    def _request(self, amount: int) -> object:
        from wallet.services.sender import SendRequest

        recipient = self.recipient.address if self.recipient else self.recipient_edit.text()
        return SendRequest(
            self.account,
            self.network().id,
            self.asset()[0],
            recipient,
            amount,
            SPEEDS[self.speed_box.currentIndex()],
        )

    def _start(self, what: str) -> bool:
        if self.busy:
            return False
        self.busy = True
        self.form_error.setText(what)
        self.form_error.setStyleSheet("")
        self.review_button.setEnabled(False)
        self.max_button.setEnabled(False)
        return True

    def _stop(self) -> None:
        self.busy = False
        self.review_button.setEnabled(not self.account.watch_only)
        self.max_button.setEnabled(True)

    def fill_max(self) -> None:
        if not self._start(self.tr("Working out the most you can send…")):
            return
        sender, net, asset = self.env.sender, self.network().id, self.asset()[0]
        recipient = self.recipient.address if self.recipient else ""
        account = self.account

        def done(units: int) -> None:
            self._stop()
            self.form_error.clear()
            self.amount_edit.setText(format_plain(units, self.asset()[2]))

        run_in_background(
            lambda: sender.max_amount(account, net, asset, recipient), done, self._form_failed
        )

    def _form_failed(self, exc: BaseException) -> None:
        self._stop()
        self.form_error.setStyleSheet(ERROR_STYLE)
        self._show_form_error(exc)

    def review(self) -> None:
        if self.account.watch_only:
            return
        # a field's problem is said once, under that field (not again below the form)
        wrong: list[QLineEdit] = []
        if self.recipient is None:
            try:
                interpret(
                    self.env.registry,
                    self.env.address_book,
                    self.network(),
                    self.recipient_edit.text(),
                )
            except KapchykError as exc:
                self._note(self.recipient_note, error_text(exc), ok=False)
                wrong.append(self.recipient_edit)
        try:
            amount = self._amount_units()
        except KapchykError as exc:
            self._note(self.amount_note, error_text(exc), ok=False)
            wrong.append(self.amount_edit)
        if wrong:
            self.form_error.clear()
            wrong[0].setFocus()
            return
        if not self._start(self.tr("Checking the transfer and the network fee…")):
            return
        request, sender = self._request(amount), self.env.sender
        run_in_background(lambda: sender.quote(request), self._quoted, self._form_failed)

    # ---------------------------------------------------------------- review
    def _quoted(self, quote: object) -> None:
        self._stop()
        self.form_error.clear()
        self.quote = quote
        self._fill_review()
        self.pages.setCurrentIndex(1)
        self._focus_safe_choice()
        self.fit_wrapped_soon()

    def _fill_review(self) -> None:
        q = self.quote
        nat = q.network.native
        v = self.review_values
        v["network"].setText(q.network.name)
        v["from"].setText(q.sender)
        marks = next(
            (w.details.get("recipient_marks") for w in q.warnings if w.code == "lookalike"), None
        )
        v["to"].setText(marked_address(marks, q.recipient))
        label = self.recipient.label if self.recipient else ""
        self.known_note.setText(
            self.tr("Marked characters differ from an address you know.") if marks else label
        )
        v["amount"].setText(f"{amount_text(q.amount, q.decimals)} {q.symbol}")
        differs = q.recipient_gets != q.amount
        v["gets"].setText(
            self.tr("{amount} {symbol} (the issuer keeps a fee)").format(
                amount=amount_text(q.recipient_gets, q.decimals), symbol=q.symbol
            )
            if differs
            else ""
        )
        self.review_names["gets"].setVisible(differs)
        v["gets"].setVisible(differs)
        v["fee"].setText(  # "≈ 0.05 som (0.000116 BNB)": the value first (gui/balances_view)
            self.tr("{expected}; at most {max}").format(
                expected=fee_text(self.env, q.network, q.fee_expected),
                max=fee_text(self.env, q.network, q.fee_max),
            )
        )
        tron = q.network.kind == "tron"
        self.review_names["resources"].setVisible(tron)
        v["resources"].setVisible(tron)
        if tron:
            u = q.unsigned
            text = tron_burn_text(self.env, q.network, u)  # what it burns, why (balances_view)
            v["resources"].setText(text)
        if q.token is None:
            v["total"].setText(f"{amount_text(q.total_native, nat.decimals)} {nat.symbol}")
        else:
            v["total"].setText(
                self.tr("{amount} {symbol} + up to {fee} {native}").format(
                    amount=amount_text(q.amount, q.decimals),
                    symbol=q.symbol,
                    fee=coin_text(q.fee_max, nat.decimals),
                    native=nat.symbol,
                )
            )
        checked = {c.property("code") for c in self.warning_checks if c.isChecked()}
        for check in self.warning_checks:
            self.warnings_box.removeWidget(check)
            check.deleteLater()
        self.warning_checks = []
        for w in q.warnings:
            check = WarningCheck(warning_text(w), self.pages.widget(1))
            check.setProperty("code", w.code)
            check.setChecked(w.code in checked)
            check.toggled.connect(self._warnings_toggled)
            self.warnings_box.addWidget(check)
            self.warning_checks.append(check)
        self.review_error.clear()
        self._warnings_toggled()

    def _focus_safe_choice(self) -> None:
        """On the review page focus goes to the first warning to read and tick, else to Back:
        never to Send."""
        target = next((c for c in self.warning_checks if not c.isChecked()), None)
        (target.check if target is not None else self.back_button).setFocus()

    def _warnings_toggled(self) -> None:
        every = all(c.isChecked() for c in self.warning_checks)
        self.send_button.setEnabled(every and not self.busy and not self.quote.sent)
        self.send_button.setToolTip(
            "" if every else self.tr("Tick every warning above to confirm you have read it")
        )

    def back(self) -> None:
        if self.busy:
            return
        self.quote = None
        self.pages.setCurrentIndex(0)

    def confirm_send(self) -> None:
        """Send button: unlock if needed (the KDF on a worker), then sign and broadcast once."""
        if self.busy or self.quote is None or self.quote.sent:
            return
        self.busy = True
        self.send_button.setEnabled(False)
        self.back_button.setEnabled(False)
        ensure_unlocked(
            self,
            self.env,
            self.account.wallet_id,
            self._wallet_label(),
            self._sign_and_send,
            on_cancel=self._send_cancelled,
        )

    def _wallet_label(self) -> str:
        try:
            return self.env.accounts.wallet(self.account.wallet_id).label
        except KapchykError:
            return self.account.label

    def _send_cancelled(self) -> None:
        self.busy = False
        self.back_button.setEnabled(True)
        self._warnings_toggled()

    def _sign_and_send(self) -> None:
        if self.quote is None or self.quote.sent or self._signing:
            return  # one signature per quote, whatever calls this twice
        self._signing = True
        quote, sender = self.quote, self.env.sender
        confirmed = {w.code for w in quote.warnings}
        self.review_error.setStyleSheet("")
        self.review_error.setText(self.tr("Signing and sending…"))
        run_in_background(
            lambda: sender.send(quote, confirmed=confirmed), self._sent, self._send_failed
        )

    def _send_failed(self, exc: BaseException) -> None:
        from wallet.keys.errors import WalletLocked

        self.busy = False
        self._signing = False
        self.back_button.setEnabled(True)
        self.review_error.setStyleSheet(ERROR_STYLE)
        self.review_error.setText(
            error_naming_wallet(exc, self.account.wallet_id, self._wallet_label())
        )
        if isinstance(exc, WalletLocked) and not self.quote.sent:
            self._warnings_toggled()  # locked in between (idle lock): Send asks again

    # ---------------------------------------------------------------- progress
    def _sent(self, entry: object) -> None:
        self.busy = False
        self._signing = False
        self.entry = entry
        self.pages.setCurrentIndex(2)
        self.fit_wrapped_soon()
        self.follow_timer.stop()
        self._show_entry(entry)
        self.sent.emit(entry)
        if entry.pending:
            self.follow_timer.start()
        else:
            self.finished_tx.emit(entry)

    def _show_entry(self, entry: object) -> None:
        self.txid_label.setText(self.tr("Transaction: {txid}").format(txid=entry.txid))
        self._fill_confirmation(entry)
        status = entry.status
        if status == "confirmed":
            text = self.tr("Confirmed in block {block}").format(block=entry.block)
        elif status == "failed":
            text = self.tr("Failed: {reason}").format(reason=message_text(entry.reason))
        elif status == "dropped":
            text = self.tr("Dropped by the network: nothing was sent")
        elif status == "replaced":
            text = self.tr("Replaced by another transaction")
        elif entry.reason:
            text = self.tr("Signed and saved; not broadcast yet: {reason}").format(
                reason=message_text(entry.reason)
            )
        else:
            text = self.tr("Sent; waiting for confirmation…")
        self.progress_label.setText(text)
        final = not entry.pending
        self.progress_bar.setVisible(not final)
        if final and self.follow_timer.isActive():
            self.follow_timer.stop()
            self.finished_tx.emit(entry)

    # ---------------------------------------------------------------- confirmation
    def quote_recipient(self) -> str:
        return self.quote.recipient if self.quote is not None else ""

    def _fill_confirmation(self, entry: object) -> None:
        """What was sent, to whom, and what it cost, as the chain reports it."""
        q = self.quote
        if q is None:
            return
        v = self.done_values
        v["amount"].setText(f"{amount_text(q.amount, q.decimals)} {q.symbol}")
        name = self._contact_name(q.recipient)
        v["to"].setText(f"{name}\n{q.recipient}" if name else q.recipient)
        v["fee"].setText(self.fee_paid_text(entry))
        url = q.network.explorer_url("tx", txid=entry.txid) or ""
        self.explorer_button.setProperty("url", url)
        self.explorer_button.setVisible(bool(url))
        first_payment = any(w.code == "new_recipient" for w in q.warnings)
        self.save_contact_button.setVisible(
            first_payment
            and not name
            and not self.contact_row.isVisible()
            and entry.status != "failed"
        )

    def fee_paid_text(self, entry: object) -> str:
        """The fee line of the confirmation page, as people read it ("≈ 0.05 som (0.000098 BNB)
        paid"): what the chain charged once it is known, else the most it can charge."""
        net = self.quote.network
        if entry.fee_paid is not None:
            return self.tr("{fee} paid").format(fee=fee_text(self.env, net, entry.fee_paid))
        return self.tr("at most {max}").format(max=fee_text(self.env, net, self.quote.fee_max))

    def _contact_name(self, address: str) -> str:
        for c in self.env.address_book.list(self.quote.network.id):
            if c.address.lower() == address.lower():
                return c.label
        return ""

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied_note.setText(self.tr("Copied: {text}").format(text=text))

    def open_explorer(self) -> bool:
        url = self.explorer_button.property("url") or ""
        return bool(url) and QDesktopServices.openUrl(QUrl(url))

    def save_contact(self) -> None:
        """After a first payment to a new address: offer to name it in the address book."""
        self.save_contact_button.setVisible(False)
        self.contact_row.setVisible(True)
        link_label = self.recipient.label if self.recipient and not self.recipient.contact else ""
        self.contact_name.setText(link_label)
        self.contact_name.setFocus()

    def _store_contact(self) -> None:
        try:
            self.env.address_book.add(
                self.quote.network.id, self.quote.recipient, self.contact_name.text()
            )
        except KapchykError as exc:
            self.copied_note.setText(error_text(exc))
            return
        self.contact_row.setVisible(False)
        self.copied_note.setText(
            self.tr("Saved to the address book as “{name}”").format(
                name=self.contact_name.text().strip()
            )
        )
        if self.entry is not None:
            self._fill_confirmation(self.entry)

    def _follow(self) -> None:
        if self.busy or self.entry is None:
            return
        self.busy = True
        sender, entry = self.env.sender, self.entry

        def done(new: object) -> None:
            self.busy = False
            self.entry = new
            self._show_entry(new)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.txid_label.setText(
                self.tr("Transaction: {txid}").format(txid=entry.txid) + "\n" + error_text(exc)
            )

        run_in_background(lambda: sender.refresh(entry), done, failed)

    def done(self, result: int) -> None:
        self.follow_timer.stop()
        super().done(result)
