"""Receive: the account's address with a copy button and a QR code, optionally with an amount
and label (EIP-681 on EVM networks; on Tron the bare address by default, because TronLink's
scanner rejects ``tron:`` links — the ``tron:`` form is offered as an option).

Under the code the request is said as a sentence ("Pay 1,500 KGST to 0x… on BNB Chain"), with a
plain note of which network's coins and tokens may be sent there. The dialog keeps its size as
the code changes; the code can be saved as a PNG file or printed. The token chosen first is the
one Send chooses first (the network's first stablecoin)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap
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
    QWidget,
)

from wallet.core.amounts import parse_amount
from wallet.core.errors import KapchykError
from wallet.core.networks import Network, Registry
from wallet.core.uris import build_eip681, build_tron_uri
from wallet.core.wallets import Account
from wallet.gui.i18n import Retranslatable, amount_text
from wallet.gui.tab_jobs import ask_save_path
from wallet.gui.workers import error_text

QR_SCALE = 6
QR_BORDER = 4
#: the QR code is always shown this big (in pixels), whatever the length of what it holds
QR_SHOWN = 264
#: a saved PNG: this many pixels per module
QR_PNG_SCALE = 12


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
        # the Tron-only option sits in a row that is always there: the dialog does not jump
        self.tron_row = QWidget(self)
        tron_layout = QHBoxLayout(self.tron_row)
        tron_layout.setContentsMargins(0, 0, 0, 0)
        self.tron_link = QCheckBox(self.tron_row)
        tron_layout.addWidget(self.tron_link)
        self.tron_row.setFixedHeight(self.tron_link.sizeHint().height())
        form.addRow("", self.tron_row)
        layout.addLayout(form)
        self.sentence = QLabel(self)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-weight:bold")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sentence)
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
        self.qr.setFixedSize(QR_SHOWN, QR_SHOWN)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.network_note = QLabel(self)
        self.network_note.setTextFormat(Qt.TextFormat.PlainText)
        self.network_note.setWordWrap(True)
        self.network_note.setStyleSheet("color:#8a4b00")
        layout.addWidget(self.network_note)
        # what the code holds, for who wants to check or copy it: one line that scrolls (a link
        # has no spaces to wrap at, so a label would be cut off)
        self.uri_label = QLineEdit(self)
        self.uri_label.setReadOnly(True)
        self.uri_label.setFrame(False)
        self.uri_label.setStyleSheet("color:#666; background:transparent")
        layout.addWidget(self.uri_label)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        actions = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_png)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_code)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        for b in (self.save_button, self.print_button):
            b.setAutoDefault(False)
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout.addLayout(actions)
        self.current_payload = ""
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
        # room for the longest texts (three lines of sentence, two of note and link), so the
        # dialog does not jump as the amount or the network changes
        lines = self.fontMetrics().lineSpacing()
        self.sentence.setMinimumHeight(3 * lines)
        self.network_note.setMinimumHeight(2 * lines)
        self.error.setMinimumHeight(2 * lines)
        self.setMinimumWidth(560)

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
                "Put the amount in the QR code too (only Kapchyk reads it; TronLink and most "
                "Tron wallets read just the address)"
            )
        )
        self.copy_button.setText(self.tr("&Copy address"))
        self.save_button.setText(self.tr("Save as &PNG…"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))
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
        # the same first choice as Send: a stablecoin is what people send most
        self.token_box.setCurrentIndex(1 if self.token_box.count() > 1 else 0)
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

    def _units(self) -> int | None:
        text = self.amount.text().strip()
        if not text:
            return None
        net, contract = self.network(), self.token_box.currentData() or None
        decimals = (
            self.registry.token(net.id, contract).decimals if contract else net.native.decimals
        )
        return parse_amount(text, decimals, symbol=self.token_box.currentText())

    def request_sentence(self) -> str:
        """The request in words: "Pay 1,500 KGST to 0x… on BNB Chain"."""
        net = self.network()
        address = self.account.address_for(net.kind)
        symbol = self.token_box.currentText()
        units = self._units()
        if units is None:
            text = self.tr("Send {symbol} to {address} on {network}").format(
                symbol=symbol, address=address, network=net.name
            )
        else:
            contract = self.token_box.currentData() or None
            decimals = (
                self.registry.token(net.id, contract).decimals if contract else net.native.decimals
            )
            text = self.tr("Pay {amount} {symbol} to {address} on {network}").format(
                amount=amount_text(units, decimals),
                symbol=symbol,
                address=address,
                network=net.name,
            )
        label = self.label.text().strip()
        if label:
            text += " " + self.tr("(for: {label})").format(label=label)
        return text

    def network_warning(self) -> str:
        net = self.network()
        return self.tr(
            "Send only {network} coins and tokens to this address, over {network}. Coins sent "
            "over another network do not arrive here and may be lost."
        ).format(network=net.name)

    def update_code(self) -> None:
        net = self.network()
        self.address.setText(self.account.address_for(net.kind))
        self.network_note.setText(self.network_warning())
        try:
            payload = self.payload()
            sentence = self.request_sentence()
        except KapchykError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.setText("")
        self.sentence.setText(sentence)
        self.uri_label.setText(payload)
        self.uri_label.setCursorPosition(0)  # the start of the link in view
        shown = qr_image(payload)
        self.qr.setPixmap(
            QPixmap.fromImage(shown).scaled(
                QR_SHOWN,
                QR_SHOWN,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,  # sharp modules, no blur
            )
        )
        self.current_payload = payload

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())

    # ---------------------------------------------------------------- save and print
    def png_name(self) -> str:
        return f"kapchyk-receive-{self.network().id}-{self.token_box.currentText()}.png"

    def save_png(self) -> None:
        path = ask_save_path(
            self, self.tr("Save the QR code"), self.png_name(), self.tr("PNG images (*.png)")
        )
        if path:
            self.save_png_to(path)

    def save_png_to(self, path: str) -> bool:
        """Write the code as a PNG (through a temporary file and a rename: never half a file)."""
        target = Path(path)
        temp = target.with_name(f".{target.name}.part")
        image = qr_image(self.current_payload, QR_PNG_SCALE)
        if not image.save(str(temp), "PNG"):
            temp.unlink(missing_ok=True)
            self.error.setText(self.tr("Could not write {path}").format(path=path))
            return False
        os.replace(temp, target)
        self.error.setText("")
        return True

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.paint_on(printer)

    def paint_on(self, device: object) -> None:
        """The code with its sentence and network note, for a printer (or any paint device)."""
        painter = QPainter(device)
        try:
            page = painter.viewport()
            side = min(page.width(), page.height()) // 2
            image = qr_image(self.current_payload, QR_PNG_SCALE)
            painter.drawImage(QRect((page.width() - side) // 2, 0, side, side), image)
            text = f"{self.sentence.text()}\n\n{self.network_note.text()}"
            box = QRect(0, side + side // 10, page.width(), page.height() - side)
            painter.drawText(box, int(Qt.TextFlag.TextWordWrap), text)
        finally:
            painter.end()
