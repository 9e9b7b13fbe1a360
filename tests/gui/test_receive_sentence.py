"""Receive as a person reads it: a sentence with the amount in the UI language, which network's
tokens may be sent there, the same first token as Send, a size that does not jump, and a QR code
that can be saved as a PNG (read back: the same modules) or printed (painted on a page)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from tests.gui.test_receive_dialog import ACCOUNT, _matrix_of
from tests.gui.test_translations import language  # noqa: F401 - fixture
from wallet.core.networks import load_registry
from wallet.gui.receive_dialog import QR_PNG_SCALE, QR_SCALE, ReceiveDialog, qr_image


def _dialog(qtbot):
    dialog = ReceiveDialog(load_registry("mainnet"), ACCOUNT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_request_is_a_sentence_with_the_network_note(qtbot):
    dialog = _dialog(qtbot)
    assert dialog.token_box.currentText() == "KGST"  # as in Send: the stablecoin first
    assert dialog.sentence.text() == f"Send KGST to {ACCOUNT.evm_address} on BNB Chain"
    dialog.amount.setText("1500")
    assert dialog.sentence.text() == f"Pay 1,500 KGST to {ACCOUNT.evm_address} on BNB Chain"
    assert "uint256=1500000000000000000000" in dialog.current_payload  # the code holds the link
    assert "Send only BNB Chain coins and tokens" in dialog.network_note.text()
    dialog.network_box.setCurrentIndex(dialog.network_box.findText("Tron"))
    assert dialog.token_box.currentText() == "USDKG"
    assert "Send only Tron coins and tokens" in dialog.network_note.text()
    assert dialog.sentence.text().startswith("Pay 1,500 USDKG to T")


def test_amounts_in_the_sentence_follow_the_language(qtbot, language):  # noqa: F811
    language("ky")
    dialog = _dialog(qtbot)
    dialog.amount.setText("9899.6005")
    assert "9\u00a0899,6005 KGST" in dialog.sentence.text()


def test_the_dialog_keeps_its_size(qtbot):
    dialog = _dialog(qtbot)
    qtbot.wait(20)
    size = dialog.size()
    dialog.amount.setText("1500.123456")
    dialog.label.setText("Order 42 for the corner shop, paid on delivery")
    dialog.network_box.setCurrentIndex(dialog.network_box.findText("Tron"))
    dialog.tron_link.setChecked(True)
    qtbot.wait(20)
    assert dialog.size() == size
    assert dialog.qr.pixmap().width() == dialog.qr.width()


def test_save_png_holds_the_code_and_printing_paints_it(qtbot, tmp_path):
    dialog = _dialog(qtbot)
    dialog.amount.setText("25")
    out = tmp_path / "code.png"
    assert dialog.save_png_to(str(out))
    saved = QImage(str(out)).convertToFormat(QImage.Format.Format_Grayscale8)
    # one module is QR_PNG_SCALE pixels: read it back at the screen scale's grid
    small = saved.scaled(
        saved.width() * QR_SCALE // QR_PNG_SCALE, saved.height() * QR_SCALE // QR_PNG_SCALE
    )
    assert _matrix_of(small) == _matrix_of(qr_image(dialog.current_payload))
    assert [p.name for p in tmp_path.iterdir()] == ["code.png"]  # no temporary file left
    page = QImage(800, 1100, QImage.Format.Format_RGB32)
    page.fill(0xFFFFFF)
    dialog.paint_on(page)
    dark = sum(
        1
        for y in range(0, 400, 4)
        for x in range(200, 600, 4)
        if page.pixelColor(x, y).value() < 128
    )
    assert dark > 1000  # the code is on the page
