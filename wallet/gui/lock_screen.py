"""The lock screen: what the main window shows once the wallets lock (the Lock button or the
idle lock). Balances, addresses and history are out of sight — the window's pages are swapped
for this one, and open Receive and Send dialogs are hidden — until Unlock succeeds.

Unlock asks for the password of a wallet that has keys (the one chosen in the list when there
are several; :class:`wallet.gui.unlock.PasswordDialog`, the KDF on a worker). With only
watch-only wallets there is no password to ask, and Unlock shows the window again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from wallet.gui.i18n import Retranslatable
from wallet.gui.unlock import PasswordDialog
from wallet.services.environment import Environment


class LockScreen(Retranslatable, QWidget):
    """``unlocked`` is emitted once a password was accepted (or no wallet has keys)."""

    unlocked = Signal()

    def __init__(self, env: Environment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.prompt: PasswordDialog | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size:20px; font-weight:bold")
        layout.addWidget(self.title)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.wallet_box = QComboBox(self)
        layout.addWidget(self.wallet_box, 0, Qt.AlignmentFlag.AlignHCenter)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setMinimumWidth(200)
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kapchyk is locked"))
        self.note.setText(
            self.tr("Balances and addresses are hidden. Unlock with a wallet's password.")
        )
        self.unlock_button.setText(self.tr("&Unlock…"))

    def fill(self) -> None:
        """The wallets that have keys (their passwords can unlock the window)."""
        self.wallet_box.clear()
        for wallet in self.env.accounts.wallets():
            if not wallet.watch_only:
                self.wallet_box.addItem(wallet.label, wallet.id)
        self.wallet_box.setVisible(self.wallet_box.count() > 1)
        self.unlock_button.setFocus()

    def unlock(self) -> None:
        if self.prompt is not None and self.prompt.isVisible():
            return
        wallet_id = self.wallet_box.currentData()
        if wallet_id is None:  # watch-only wallets only: nothing secret to ask for
            self.unlocked.emit()
            return
        if self.env.keys.is_unlocked(wallet_id):
            self.unlocked.emit()
            return
        self.prompt = PasswordDialog(self.env, wallet_id, self.wallet_box.currentText(), self)
        self.prompt.accepted.connect(self.unlocked)
        self.prompt.open()
        self.prompt.password.setFocus()
