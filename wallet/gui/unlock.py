"""Ask for a wallet's password and unlock it off the GUI thread (the KDF takes ~0.4 s).

``ensure_unlocked(parent, env, wallet_id, label, on_ready)`` calls ``on_ready()`` at once when the
wallet is already unlocked; otherwise it opens :class:`PasswordDialog`, which derives the key on a
worker thread, shows a wrong password in the dialog and lets the user try again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from wallet.gui.i18n import Retranslatable
from wallet.gui.workers import error_text, run_in_background
from wallet.services.environment import Environment


class PasswordDialog(Retranslatable, QDialog):
    """Password prompt; accepted only once the wallet is unlocked with what was typed."""

    def __init__(self, env: Environment, wallet_id: str, label: str, parent: object = None) -> None:
        super().__init__(parent)
        self.env = env
        self.wallet_id = wallet_id
        self.wallet_label = label
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(self)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Password"))
        self.prompt.setText(
            self.tr("Enter the password of the wallet {wallet}").format(wallet=self.wallet_label)
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button.setText(self.tr("Unlock"))

    def try_unlock(self) -> None:
        if not self.ok_button.isEnabled():
            return  # already deriving the key
        password = self.password.text()
        self.ok_button.setEnabled(False)
        self.password.setEnabled(False)
        self.error.setText(self.tr("Checking the password…"))
        keys, wallet_id = self.env.keys, self.wallet_id
        run_in_background(lambda: keys.unlock(wallet_id, password), self._unlocked, self._failed)

    def _unlocked(self, _: object) -> None:
        self.password.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.password.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self.error.setText(error_text(exc))


def ensure_unlocked(
    parent: object,
    env: Environment,
    wallet_id: str,
    label: str,
    on_ready: Callable[[], None],
    on_cancel: Callable[[], None] | None = None,
) -> PasswordDialog | None:
    """Run ``on_ready`` once the wallet is unlocked; returns the open dialog, if one was needed."""
    if env.keys.is_unlocked(wallet_id):
        on_ready()
        return None
    dialog = PasswordDialog(env, wallet_id, label, parent)
    dialog.accepted.connect(on_ready)
    if on_cancel is not None:
        dialog.rejected.connect(on_cancel)
    dialog.open()
    return dialog
