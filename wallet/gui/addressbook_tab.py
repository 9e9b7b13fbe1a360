"""Address book: named payees per network — list, add (checked by the same service the CLI
uses; a refusal is shown next to the form naming the field), remove, and "Send to"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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

from wallet.core.errors import InvalidAddress, KapchykError
from wallet.core.wallets import Account
from wallet.gui.i18n import Retranslatable
from wallet.gui.table_items import plain_item
from wallet.gui.workers import error_text
from wallet.services.addressbook import Contact
from wallet.services.environment import Environment

ERROR_STYLE = "color:#b00020"
FIELD_ERROR_STYLE = "border:1px solid #b00020"


class AddressBookTab(Retranslatable, QWidget):
    """``on_send(address)`` is called by "Send to" with the selected contact's address."""

    def __init__(
        self,
        env: Environment,
        on_send: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.on_send = on_send
        self.account: Account | None = None
        self.contacts: list[Contact] = []
        self.networks = list(env.registry.networks)
        layout = QVBoxLayout(self)

        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.send_to_selected)
        row.addWidget(self.remove_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)

        self.form_title = QLabel(self)
        self.form_title.setStyleSheet("font-weight:bold")
        layout.addWidget(self.form_title)
        form = QFormLayout()
        self.network_label, self.address_label = QLabel(self), QLabel(self)
        self.name_label, self.note_label = QLabel(self), QLabel(self)
        self.network_box = QComboBox(self)
        for net in self.networks:
            self.network_box.addItem(net.name, net.id)
        self.address_edit = QLineEdit(self)
        self.label_edit = QLineEdit(self)
        self.note_edit = QLineEdit(self)
        form.addRow(self.network_label, self.network_box)
        form.addRow(self.address_label, self.address_edit)
        form.addRow(self.name_label, self.label_edit)
        form.addRow(self.note_label, self.note_edit)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        self.form_error = QLabel(self)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(ERROR_STYLE)
        row.addWidget(self.form_error, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        for edit in (self.address_edit, self.label_edit, self.note_edit):
            edit.returnPressed.connect(self.add)
            edit.textEdited.connect(self._clear_error)
        self.retranslate()
        self.load()

    def title(self) -> str:
        return self.tr("Address book")

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Network"), self.tr("Address"), self.tr("Note")]
        )
        self.remove_button.setText(self.tr("Remove"))
        self.send_button.setText(self.tr("Send to…"))
        self.form_title.setText(self.tr("Add a contact"))
        self.network_label.setText(self.tr("Network"))
        self.address_label.setText(self.tr("Address"))
        self.name_label.setText(self.tr("Name"))
        self.note_label.setText(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("optional"))
        self.add_button.setText(self.tr("Add"))
        self._selection_changed()

    # ---------------------------------------------------------------- list
    def set_account(self, account: Account | None) -> None:
        self.account = account
        self._selection_changed()

    def load(self) -> None:
        self.contacts = self.env.address_book.list()
        self.table.setRowCount(len(self.contacts))
        names = {n.id: n.name for n in self.networks}
        for i, c in enumerate(self.contacts):
            texts = (c.label, names.get(c.network_id, c.network_id), c.address, c.note)
            for col, text in enumerate(texts):
                self.table.setItem(i, col, plain_item(text))
        self._selection_changed()

    def selected_contact(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.contacts[rows[0].row()] if rows else None

    def select(self, address: str) -> None:
        for i, c in enumerate(self.contacts):
            if c.address == address:
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        contact = self.selected_contact()
        self.remove_button.setEnabled(contact is not None)
        acct = self.account
        why = ""
        if acct is not None and acct.watch_only:
            why = self.tr("A watch-only account can receive and show balances, not send")
        elif contact is not None and acct is not None and not acct.address_for(self._kind(contact)):
            why = self.tr("This account has no address on that network")
        can_send = contact is not None and acct is not None and not why
        self.send_button.setEnabled(can_send and self.on_send is not None)
        self.send_button.setToolTip(why)

    def _kind(self, contact: Contact) -> str:
        return self.env.registry.network(contact.network_id).kind

    # ---------------------------------------------------------------- actions
    def add(self) -> None:
        network_id = self.network_box.currentData()
        address, label = self.address_edit.text(), self.label_edit.text()
        self._clear_error()
        try:
            contact = self.env.address_book.add(network_id, address, label, self.note_edit.text())
        except InvalidAddress as exc:
            self._field_error(self.address_edit, self.tr("Address"), exc)
            return
        except KapchykError as exc:
            edit, field = (self.label_edit, self.tr("Name")) if not label.strip() else (None, "")
            self._field_error(edit, field, exc)
            return
        for edit in (self.address_edit, self.label_edit, self.note_edit):
            edit.clear()
        self.load()
        self.select(contact.address)

    def _field_error(self, edit: QLineEdit | None, field: str, exc: KapchykError) -> None:
        text = error_text(exc)
        self.form_error.setText(
            self.tr("{field}: {error}").format(field=field, error=text) if field else text
        )
        if edit is not None:
            edit.setStyleSheet(FIELD_ERROR_STYLE)
            edit.setFocus()

    def _clear_error(self) -> None:
        self.form_error.clear()
        for edit in (self.address_edit, self.label_edit):
            edit.setStyleSheet("")

    def remove_selected(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        try:
            self.env.address_book.remove(contact.network_id, contact.address)
        except KapchykError as exc:
            self.form_error.setText(error_text(exc))
        self.load()

    def send_to_selected(self) -> None:
        contact = self.selected_contact()
        if contact is not None and self.on_send is not None and self.send_button.isEnabled():
            self.on_send(contact.address)
