from __future__ import annotations

import qrcode

from wallet.core.networks import load_registry
from wallet.core.wallets import Account
from wallet.gui.receive_dialog import QR_BORDER, QR_SCALE, ReceiveDialog, qr_image

ACCOUNT = Account(
    "w",
    0,
    "Home",
    "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
    "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    "hd",
)
KGST = "0x94be0bbA8E1E303fE998c9360B57b826F1A4f828"


def _matrix_of(image):
    n = image.width() // QR_SCALE
    return [
        [image.pixelColor(x * QR_SCALE, y * QR_SCALE).value() == 0 for x in range(n)]
        for y in range(n)
    ]


def test_qr_image_is_the_qr_matrix():
    text = "ethereum:0x94be0bbA8E1E303fE998c9360B57b826F1A4f828@56/transfer?address=0x1"
    qr = qrcode.QRCode(border=QR_BORDER, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    assert _matrix_of(qr_image(text)) == qr.get_matrix()


def test_receive_kgst_with_amount_and_label(qtbot):
    dialog = ReceiveDialog(load_registry("mainnet"), ACCOUNT)
    qtbot.addWidget(dialog)
    assert dialog.address.text() == ACCOUNT.evm_address  # BNB Chain first
    dialog.token_box.setCurrentIndex(dialog.token_box.findText("KGST"))
    dialog.amount.setText("12.5")
    dialog.label.setText("Order 7")
    assert dialog.current_payload == (
        f"ethereum:{KGST}@56/transfer?address={ACCOUNT.evm_address}"
        "&uint256=12500000000000000000&label=Order%207"
    )
    dialog.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == ACCOUNT.evm_address


def test_bad_amount_is_shown_and_the_code_is_not_changed(qtbot):
    dialog = ReceiveDialog(load_registry("mainnet"), ACCOUNT)
    qtbot.addWidget(dialog)
    before = dialog.current_payload
    dialog.amount.setText("1,000")
    assert "ambiguous" in dialog.error.text()
    assert dialog.current_payload == before


def test_tron_qr_is_the_bare_address_unless_asked(qtbot):
    dialog = ReceiveDialog(load_registry("mainnet"), ACCOUNT)
    qtbot.addWidget(dialog)
    dialog.network_box.setCurrentIndex(dialog.network_box.findText("Tron"))
    dialog.token_box.setCurrentIndex(dialog.token_box.findText("USDKG"))
    dialog.amount.setText("5")
    assert dialog.current_payload == ACCOUNT.tron_address
    dialog.tron_link.setChecked(True)
    assert dialog.current_payload == (
        f"tron:{ACCOUNT.tron_address}?token=TXZo12qvnEVKvU2zbfuQeMXKusWyxonwEG&amount=5"
    )


def test_receive_needs_a_confirmed_backup_first(qtbot, keyring_env):
    from wallet.gui.main_window import MainWindow

    env = keyring_env("mainnet")
    wallet, phrase = env.accounts.create_hd_wallet("New", "correct horse battery")
    window = MainWindow(env)
    qtbot.addWidget(window)
    assert window.receive() is None
    assert "write down the recovery phrase of New" in window.status.currentMessage()
    words = phrase.split()
    positions = env.accounts.backup_questions(wallet.id)
    assert env.accounts.verify_backup(wallet.id, {p: words[p - 1] for p in positions})
    dialog = window.receive()
    assert dialog is not None and dialog.address.text().startswith("0x")
    env.close()
