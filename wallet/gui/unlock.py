"""Ask for a wallet's password and unlock it off the GUI thread (the KDF takes ~0.4 s).

``ensure_unlocked(parent, env, wallet_id, label, on_ready)`` calls ``on_ready()`` at once when the
wallet is already unlocked; otherwise it opens :class:`PasswordDialog`.

One key press is one step: Enter (wherever focus is, except on Cancel) means "check this
password". While the key is derived the field keeps focus (read-only) and every key and button is
ignored, so focus can never fall onto Cancel and no second press can close or submit the dialog.
A wrong password is shown inline, naming the wallet by its label; a right one is shown as
"Password accepted" for a moment, and only then is the dialog accepted — ``on_ready`` runs once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from wallet.core.errors import KapchykError
from wallet.gui.i18n import Retranslatable
from wallet.gui.workers import error_text, run_in_background, translated
from wallet.services.environment import Environment

#: how long "Password accepted" stays visible before the dialog closes and the action runs
SUCCESS_MS = 700
ERROR_STYLE = "color:#b00020"
OK_STYLE = "color:#1b5e20; font-weight:bold"


class PasswordDialog(Retranslatable, QDialog):
    """Password prompt; accepted only once the wallet is unlocked with what was typed."""

    def __init__(self, env: Environment, wallet_id: str, label: str, parent: object = None) -> None:
        super().__init__(parent)
        self.env = env
        self.wallet_id = wallet_id
        self.wallet_label = label
        self.checking = False
        self.succeeded = False
        self.setModal(True)
        self.setMinimumWidth(460)
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
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self)
        self.ok_button.setAutoDefault(False)  # Enter is handled in keyPressEvent, once
        self.ok_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.password.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Password"))
        self.prompt.setText(
            self.tr("Enter the password of the wallet “{wallet}”").format(wallet=self.wallet_label)
        )
        self.cancel_button.setText(self.tr("&Cancel"))
        self.ok_button.setText(self.tr("&Unlock"))

    # ---------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.checking or self.succeeded:
            event.accept()  # waiting for the worker: no key may close or resubmit the dialog
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.focusWidget() is self.cancel_button:
                self.reject()
            else:
                self.try_unlock()
            return
        super().keyPressEvent(event)  # Escape rejects

    def reject(self) -> None:
        if self.checking or self.succeeded:
            return
        super().reject()

    def closeEvent(self, event: QEvent) -> None:
        if self.checking or self.succeeded:
            event.ignore()
            return
        super().closeEvent(event)

    # ---------------------------------------------------------------- unlock
    def try_unlock(self) -> None:
        if self.checking or self.succeeded:
            return
        password = self.password.text()
        if not password:
            self._show_error(self.tr("Type the password first"))
            return
        self.checking = True
        self.password.setReadOnly(True)  # keeps focus, unlike setEnabled(False)
        self.ok_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Checking the password…"))
        keys, wallet_id = self.env.keys, self.wallet_id
        run_in_background(lambda: keys.unlock(wallet_id, password), self._unlocked, self._failed)

    def _unlocked(self, _: object) -> None:
        self.checking = False
        self.succeeded = True
        self.password.clear()
        self.error.setStyleSheet(OK_STYLE)
        self.error.setText(self.tr("Password accepted"))
        QTimer.singleShot(SUCCESS_MS, self._finish)

    def _finish(self) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            QDialog.accept(self)  # emits accepted exactly once

    def _failed(self, exc: BaseException) -> None:
        self.checking = False
        self.password.setReadOnly(False)
        self.ok_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self._show_error(self.message_for(exc))

    def _show_error(self, text: str) -> None:
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText(text)

    def message_for(self, exc: BaseException) -> str:
        return error_naming_wallet(exc, self.wallet_id, self.wallet_label)


def error_naming_wallet(exc: BaseException, wallet_id: str, label: str) -> str:
    """The error's text (translated) with the wallet named by its label, not its id."""
    if isinstance(exc, KapchykError) and exc.params.get("wallet") == wallet_id:
        return translated(exc.template, {**exc.params, "wallet": label})
    return error_text(exc)


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
    dialog.password.setFocus()
    return dialog
