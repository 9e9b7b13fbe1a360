"""Receive: the account's address with a copy button and a QR code, optionally with an amount
and label (EIP-681 on EVM networks; on Tron the bare address by default, because TronLink's
scanner rejects ``tron:`` links — the ``tron:`` form is offered as an option)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from wallet.core.amounts import parse_amount
from wallet.core.errors import KapchykError
from wallet.core.networks import Network, Registry
from wallet.core.uris import build_eip681, build_tron_uri
from wallet.core.wallets import Account
from wallet.gui.i18n import Retranslatable
from wallet.gui.workers import error_text

QR_SCALE = 6
QR_BORDER = 4


def qr_image(text: str, scale: int = QR_SCALE) -> QImage:
    """The QR code of ``text`` drawn from qrcode's module matrix (no Pillow)."""
    import qrcode

    qr = qrcode.QRCode(border=QR_BORDER, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    size = len(matrix) * scale
    rows = []
    for row in matrix:
        line = b"".join((b"\x00" if dark else b"\xff") * scale for dark in row)
        rows.extend([line] * scale)
    data = b"".join(rows)
    # drawn from bytes in one go (per-pixel setPixel calls are slow)
    return QImage(data, size, size, size, QImage.Format.Format_Grayscale8).copy()


class ReceiveDialog(Retranslatable, QDialog):
    def __init__(self, registry: Registry, account: Account, parent: object = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.account = account
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.network_label, self.token_label = QLabel(self), QLabel(self)
        self.amount_label, self.label_label = QLabel(self), QLabel(self)
        self.network_box = QComboBox(self)
        self.networks = [n for n in registry.networks if account.address_for(n.kind)]
        for n in self.networks:
            self.network_box.addItem(n.name)
        form.addRow(self.network_label, self.network_box)
        self.token_box = QComboBox(self)
        form.addRow(self.token_label, self.token_box)
        self.amount = QLineEdit(self)
        form.addRow(self.amount_label, self.amount)
        self.label = QLineEdit(self)
        form.addRow(self.label_label, self.label)
        self.tron_link = QCheckBox(self)
        form.addRow("", self.tron_link)
        layout.addLayout(form)
        self.address = QLabel(self)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.uri_label = QLabel(self)
        self.uri_label.setTextFormat(Qt.TextFormat.PlainText)
        self.uri_label.setWordWrap(True)
        layout.addWidget(self.uri_label)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        self.network_box.currentIndexChanged.connect(self._network_changed)
        for signal in (
            self.token_box.currentIndexChanged,
            self.amount.textChanged,
            self.label.textChanged,
            self.tron_link.toggled,
        ):
            signal.connect(self.update_code)
        self.retranslate()
        self._network_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive"))
        self.network_label.setText(self.tr("Network"))
        self.token_label.setText(self.tr("Token"))
        self.amount_label.setText(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("optional"))
        self.label_label.setText(self.tr("Label"))
        self.label.setPlaceholderText(self.tr("optional, e.g. an order number"))
        self.tron_link.setText(
            self.tr(
                "Put a tron: payment link in the QR code (Kapchyk to "
                "Kapchyk; TronLink reads only the bare address)"
            )
        )
        self.copy_button.setText(self.tr("Copy"))
        if self.token_box.count():
            self.update_code()  # an error shown for the amount is translated again

    def network(self) -> Network:
        return self.networks[self.network_box.currentIndex()]

    def _network_changed(self) -> None:
        net = self.network()
        self.token_box.blockSignals(True)
        self.token_box.clear()
        self.token_box.addItem(net.native.symbol, "")
        for t in self.registry.tokens(net.id):
            if t.visible_by_default:
                self.token_box.addItem(t.symbol, t.contract)
        self.token_box.blockSignals(False)
        self.tron_link.setVisible(net.kind == "tron")
        self.update_code()

    def payload(self) -> str:
        """What the QR code holds (raises KapchykError for a bad amount)."""
        net = self.network()
        address = self.account.address_for(net.kind)
        contract = self.token_box.currentData() or None
        decimals = (
            self.registry.token(net.id, contract).decimals if contract else net.native.decimals
        )
        text = self.amount.text().strip()
        units = parse_amount(text, decimals, symbol=self.token_box.currentText()) if text else None
        label = self.label.text().strip()
        if net.kind == "evm":
            if units is None and not contract and not label:
                return address
            return build_eip681(
                address, net.chain_id, token=contract, amount_units=units, label=label
            )
        if not self.tron_link.isChecked():
            return address
        return build_tron_uri(
            address, token=contract, amount_units=units, decimals=decimals, label=label
        )

    def update_code(self) -> None:
        net = self.network()
        self.address.setText(self.account.address_for(net.kind))
        try:
            payload = self.payload()
        except KapchykError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.setText("")
        self.uri_label.setText(payload)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(payload)))
        self.current_payload = payload

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())
