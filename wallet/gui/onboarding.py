"""Onboarding: create, restore or import a wallet, or watch an address.

Thin views over the headless :class:`wallet.services.wizard.Wizard`: one page per wizard state
in a QStackedWidget; Next/Finish hand the page's inputs to ``wizard.submit`` and show its refusal
in the dialog. The password KDF (``finish``) and a keystore file's KDF run on a worker thread
behind a busy indicator. The new phrase is shown as numbered plain words that cannot be selected
(a Copy button with a warning is offered), and Next waits for "I wrote it down".
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wallet.core.errors import KapchykError
from wallet.core.wallets import Wallet
from wallet.gui.fit import WrappedPages
from wallet.gui.i18n import Retranslatable, install_language, language_box
from wallet.gui.workers import error_text, run_in_background, template_text
from wallet.services.app_settings import AppSettings
from wallet.services.doctor import PROBLEM, Check, check_keyring
from wallet.services.environment import Environment
from wallet.services.wizard import CHAINS, State, Wizard

log = logging.getLogger(__name__)

ERROR_STYLE = "color:#b00020"
WARNING_STYLE = "color:#b35900"
WORD_COLUMNS = 3
#: pages whose forward button is "Next"; the others that submit say "Finish"
NEXT_STATES = (
    State.CREATE_PHRASE,
    State.CREATE_VERIFY,
    State.RESTORE_PHRASE,
    State.IMPORT_KEY,
    State.IMPORT_KEYSTORE,
)
FINISH_STATES = (State.CREDENTIALS, State.WATCH_ONLY)


def _label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class PhraseEdit(QPlainTextEdit):
    """The recovery phrase box: words wrap over lines, and Enter submits the page like every
    other field (Shift+Enter is not needed: the words are separated by spaces)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # up to the dialog: one Enter, one page
            return
        super().keyPressEvent(event)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


class OnboardingDialog(Retranslatable, WrappedPages, QDialog):
    """``created(wallet)`` is emitted once the new wallet is stored."""

    created = Signal(object)

    def __init__(self, env: Environment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.wizard = Wizard(env)
        self.busy = False
        self._copied: bytes | None = None  # digest of a phrase put on the clipboard
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.title = _label(self)
        self.title.setStyleSheet("font-weight:bold; font-size:15px")
        layout.addWidget(self.title)
        self.pages = QStackedWidget(self)
        self.page_of: dict[State, QWidget] = {}
        self.row_labels: dict[str, QLabel] = {}
        self._build_start()
        self._build_phrase()
        self._build_verify()
        self._build_restore()
        self._build_import_key()
        self._build_keystore()
        self._build_watch()
        self._build_credentials()
        layout.addWidget(self.pages, 1)
        self.error_label = _label(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error_label)
        self.busy_label = _label(self)
        self.busy_bar = QProgressBar(self)  # a busy indicator while the KDF runs
        self.busy_bar.setRange(0, 0)
        self.busy_label.hide()
        self.busy_bar.hide()
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button = QPushButton(self)
        self.finish_button.clicked.connect(self.go_next)
        for b in (self.back_button, self.next_button, self.finish_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.keyring_check: Check | None = None  # the OS keyring's check, once it has run
        self.retranslate()
        self._show_state()
        self.create_button.setFocus()  # Enter on the first page: the most common choice
        self._check_keyring()

    def _check_keyring(self) -> None:
        """``kapchyk doctor``'s keyring check (a throw-away entry written, read, deleted)."""
        mode = self.env.mode

        def work() -> Check:
            from wallet.keys.manager import keyring_service

            return check_keyring(keyring_service(mode))

        def done(check: Check) -> None:
            self.keyring_check = check
            self._show_keyring_check()

        run_in_background(work, done, lambda _exc: None, owner=self)

    def _show_keyring_check(self) -> None:
        check = self.keyring_check
        if check is None or check.status != PROBLEM:
            self.keyring_warning.hide()
            return
        self.keyring_warning.setText(
            self.tr(
                "The OS keyring cannot keep keys on this computer, so a new or restored wallet "
                "cannot be saved yet: {reason} (Watching an address works without it; Help → "
                "Check my setup says more.)"
            ).format(reason=template_text(check.fix, check.params))
        )
        self.keyring_warning.show()
        self.fit_wrapped_soon()

    # ---------------------------------------------------------------- pages
    def _page(self, state: State) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self.pages)
        self.pages.addWidget(page)
        self.page_of[state] = page
        layout = QVBoxLayout(page)
        return page, layout

    def _form(self, layout: QVBoxLayout, page: QWidget, rows: list[tuple[str, object]]) -> None:
        form = QFormLayout()
        for key, field in rows:
            name = QLabel(page)
            self.row_labels[key] = name
            form.addRow(name, field)  # a widget or a layout
        layout.addLayout(form)

    def _build_start(self) -> None:
        page, layout = self._page(State.START)
        language_row = QHBoxLayout()
        self.language_label = _label(page, wrap=False)
        self.language_box = language_box(page)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.language_label.setBuddy(self.language_box)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_box)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        self.start_intro = _label(page)
        layout.addWidget(self.start_intro)
        # shown when the OS keyring cannot keep keys (checked on a worker when the wizard opens),
        # before the user writes down a phrase that could not be saved
        self.keyring_warning = _label(page)
        self.keyring_warning.setStyleSheet(ERROR_STYLE)
        self.keyring_warning.setObjectName("keyring_warning")
        self.keyring_warning.hide()
        layout.addWidget(self.keyring_warning)
        self.choice_buttons: dict[str, QPushButton] = {}
        for kind in ("create", "restore", "import_key", "import_keystore", "watch_only"):
            button = QPushButton(page)
            button.setMinimumHeight(36)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind: self.choose(k))
            self.choice_buttons[kind] = button
            layout.addWidget(button)
        self.create_button = self.choice_buttons["create"]
        self.restore_button = self.choice_buttons["restore"]
        self.import_key_button = self.choice_buttons["import_key"]
        self.import_keystore_button = self.choice_buttons["import_keystore"]
        self.watch_button = self.choice_buttons["watch_only"]
        layout.addStretch(1)

    def _build_phrase(self) -> None:
        page, layout = self._page(State.CREATE_PHRASE)
        self.phrase_intro = _label(page)
        layout.addWidget(self.phrase_intro)
        self.words_box = QWidget(page)
        self.words_grid = QGridLayout(self.words_box)
        layout.addWidget(self.words_box)
        self.phrase_numbers: list[QLabel] = []
        self.phrase_words: list[QLabel] = []
        row = QHBoxLayout()
        self.copy_button = QPushButton(page)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_phrase)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.copy_warning = _label(page)
        self.copy_warning.setStyleSheet(WARNING_STYLE)
        self.copy_warning.hide()
        layout.addWidget(self.copy_warning)
        self.wrote_it_down = QCheckBox(page)
        self.wrote_it_down.toggled.connect(self._update_buttons)
        layout.addWidget(self.wrote_it_down)
        layout.addStretch(1)

    def _build_verify(self) -> None:
        page, layout = self._page(State.CREATE_VERIFY)
        self.verify_intro = _label(page)
        layout.addWidget(self.verify_intro)
        form = QFormLayout()
        self.question_labels: list[QLabel] = []
        self.answer_edits: list[QLineEdit] = []
        for _ in range(3):
            question = _label(page, wrap=False)
            answer = QLineEdit(page)
            answer.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.question_labels.append(question)
            self.answer_edits.append(answer)
            form.addRow(question, answer)
        layout.addLayout(form)
        layout.addStretch(1)

    def _build_restore(self) -> None:
        page, layout = self._page(State.RESTORE_PHRASE)
        self.restore_intro = _label(page)
        layout.addWidget(self.restore_intro)
        self.phrase_edit = PhraseEdit(page)
        self.phrase_edit.setTabChangesFocus(True)
        self.phrase_edit.setMaximumHeight(90)
        layout.addWidget(self.phrase_edit)
        self.passphrase_check = QCheckBox(page)
        layout.addWidget(self.passphrase_check)
        self.passphrase_edit = QLineEdit(page)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setVisible(False)
        self.passphrase_check.toggled.connect(self.passphrase_edit.setVisible)
        layout.addWidget(self.passphrase_edit)
        layout.addStretch(1)

    def _chain_box(self, page: QWidget) -> QComboBox:
        box = QComboBox(page)
        for chain in CHAINS:
            box.addItem("", chain)
        return box

    def _build_import_key(self) -> None:
        page, layout = self._page(State.IMPORT_KEY)
        self.key_intro = _label(page)
        layout.addWidget(self.key_intro)
        self.key_edit = QLineEdit(page)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_chain_box = self._chain_box(page)
        self._form(layout, page, [("key", self.key_edit), ("key_chain", self.key_chain_box)])
        layout.addStretch(1)

    def _build_keystore(self) -> None:
        page, layout = self._page(State.IMPORT_KEYSTORE)
        self.keystore_intro = _label(page)
        layout.addWidget(self.keystore_intro)
        self.path_edit = QLineEdit(page)
        self.browse_button = QPushButton(page)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.keystore_password_edit = QLineEdit(page)
        self.keystore_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.keystore_chain_box = self._chain_box(page)
        self._form(
            layout,
            page,
            [
                ("path", path_row),
                ("keystore_password", self.keystore_password_edit),
                ("keystore_chain", self.keystore_chain_box),
            ],
        )
        layout.addStretch(1)

    def _build_watch(self) -> None:
        page, layout = self._page(State.WATCH_ONLY)
        self.watch_intro = _label(page)
        layout.addWidget(self.watch_intro)
        self.address_edit = QLineEdit(page)
        self.watch_name_edit = QLineEdit(page)
        self._form(
            layout, page, [("address", self.address_edit), ("watch_name", self.watch_name_edit)]
        )
        layout.addStretch(1)

    def _build_credentials(self) -> None:
        page, layout = self._page(State.CREDENTIALS)
        self.credentials_intro = _label(page)
        layout.addWidget(self.credentials_intro)
        self.address_note = _label(page)
        self.address_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.address_note)
        self.name_edit = QLineEdit(page)
        self.password_edit = QLineEdit(page)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(page)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._form(
            layout,
            page,
            [
                ("name", self.name_edit),
                ("password", self.password_edit),
                ("repeat", self.repeat_edit),
            ],
        )
        layout.addStretch(1)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a wallet"))
        self.language_label.setText(self.tr("&Language:"))
        self.start_intro.setText(
            self.tr(
                "Kapchyk keeps your keys on this computer, encrypted with a password. "
                "What would you like to do?"
            )
        )
        self.create_button.setText(self.tr("Create a new wallet"))
        self.restore_button.setText(self.tr("Restore a wallet from its recovery phrase"))
        self.import_key_button.setText(self.tr("Import a private key"))
        self.import_keystore_button.setText(self.tr("Import a keystore file (JSON)"))
        self.watch_button.setText(self.tr("Watch an address (no key: balances only)"))
        self._show_keyring_check()
        self.phrase_intro.setText(
            self.tr(
                "This is your recovery phrase. Write the words on paper, in this order, and keep "
                "it somewhere safe. Anyone who has these words can take your money; whoever "
                "asks you for them is a thief. Kapchyk will never ask for them."
            )
        )
        self.copy_button.setText(self.tr("Copy"))
        self.copy_warning.setText(
            self.tr(
                "Copied. Any program on this computer can read the clipboard: paste the words "
                "only into a password manager you trust. Paper is safer."
            )
        )
        self.wrote_it_down.setText(self.tr("I wrote the words down, in order"))
        self.verify_intro.setText(
            self.tr(
                "To check your copy, type these words of your recovery phrase from what you "
                "wrote down."
            )
        )
        self.restore_intro.setText(
            self.tr("Type your recovery phrase (12 to 24 words), separated by spaces.")
        )
        self.passphrase_check.setText(self.tr("This phrase has a passphrase (BIP-39)"))
        self.passphrase_edit.setPlaceholderText(self.tr("passphrase"))
        self.key_intro.setText(
            self.tr(
                "Paste the private key: 64 hex digits. It becomes a wallet with one account "
                "on the chain you choose."
            )
        )
        self.keystore_intro.setText(
            self.tr(
                "Choose an Ethereum keystore file (UTC--…json) and type the password it was "
                "saved with. Opening it takes a few seconds."
            )
        )
        self.browse_button.setText(self.tr("Browse…"))
        self.watch_intro.setText(
            self.tr(
                "A watch-only wallet shows the balances and history of an address. It holds no "
                "key and cannot send."
            )
        )
        self.credentials_intro.setText(
            self.tr(
                "Give the wallet a name and a password of at least 8 characters. The password "
                "protects the keys on this computer; you will type it to send."
            )
        )
        names = {
            "key": self.tr("Private key"),
            "key_chain": self.tr("Chain"),
            "path": self.tr("Keystore file"),
            "keystore_password": self.tr("File password"),
            "keystore_chain": self.tr("Chain"),
            "address": self.tr("Address"),
            "watch_name": self.tr("Name"),
            "name": self.tr("Wallet name"),
            "password": self.tr("Password"),
            "repeat": self.tr("Repeat password"),
        }
        for key, text in names.items():
            self.row_labels[key].setText(text)
        chain_names = {
            "evm": self.tr("BNB Chain, Ethereum (0x… address)"),
            "tron": self.tr("Tron (T… address)"),
        }
        for box in (self.key_chain_box, self.keystore_chain_box):
            for i in range(box.count()):
                box.setItemText(i, chain_names[box.itemData(i)])
        self.cancel_button.setText(self.tr("Cancel"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.finish_button.setText(self.tr("Finish"))
        self._state_texts()

    def _state_texts(self) -> None:
        """Texts that depend on the wizard's state (title, questions, address)."""
        state = self.wizard.state
        titles = {
            State.START: self.tr("Add a wallet"),
            State.CREATE_PHRASE: self.tr("Your recovery phrase"),
            State.CREATE_VERIFY: self.tr("Check your recovery phrase"),
            State.RESTORE_PHRASE: self.tr("Restore from a recovery phrase"),
            State.IMPORT_KEY: self.tr("Import a private key"),
            State.IMPORT_KEYSTORE: self.tr("Import a keystore file"),
            State.WATCH_ONLY: self.tr("Watch an address"),
            State.CREDENTIALS: self.tr("Name and password"),
        }
        self.title.setText(titles.get(state, self.title.text()))
        for label, position in zip(self.question_labels, self.wizard.questions, strict=False):
            label.setText(self.tr("Word {n}").format(n=position))
        address = self.wizard.address
        self.address_note.setVisible(bool(address) and self.wizard.kind != "create")
        if address and self.wizard.tron_address:
            self.address_note.setText(
                self.tr(
                    "Its first addresses: {evm} (BNB Chain, Ethereum) and {tron} (Tron)"
                ).format(evm=address, tron=self.wizard.tron_address)
            )
        elif address:
            self.address_note.setText(
                self.tr("Its first address: {address}").format(address=address)
            )

    def _language_chosen(self, index: int) -> None:
        """Switch at once (this window re-translates itself) and remember the choice."""
        code = self.language_box.itemData(index)
        install_language(code)
        try:
            AppSettings(self.env.data_dir).set("language", code)
        except (KapchykError, OSError) as exc:
            log.warning("could not save the language: %s", exc)

    # ---------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """One Enter is one step: it clicks the focused button (a choice, Back, Copy…), else it
        submits the page once. No line edit or default button submits it a second time."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        event.accept()
        if self.busy:
            return
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused.isVisible() and focused.isEnabled():
            focused.click()
            return
        self.go_next()

    # ---------------------------------------------------------------- navigation
    def choose(self, kind: str) -> None:
        if self.busy:
            return
        self.wizard.choose(kind)
        self._show_state()

    def go_back(self) -> None:
        if self.busy:
            return
        self.wizard.back()
        self._show_state()

    def go_next(self) -> None:
        """Submit the page (Next or Finish); the last step creates the wallet on a worker."""
        if self.busy or self.wizard.state not in (*NEXT_STATES, *FINISH_STATES):
            return
        if self.wizard.state == State.CREATE_PHRASE and not self.wrote_it_down.isChecked():
            return
        fields = self._fields()
        wizard = self.wizard
        if wizard.slow_step:
            self._set_busy(self.tr("Opening the keystore file…"))
            run_in_background(lambda: wizard.submit(**fields), self._submitted, self._failed)
            return
        try:
            wizard.submit(**fields)
        except Exception as exc:  # shown in the dialog (a bug is logged with its traceback)
            if not isinstance(exc, KapchykError):
                log.exception("onboarding step failed")
            self._failed(exc)
            return
        self._submitted(wizard.state)

    def _fields(self) -> dict[str, object]:
        state = self.wizard.state
        if state == State.CREATE_PHRASE:
            return {"confirmed": self.wrote_it_down.isChecked()}
        if state == State.CREATE_VERIFY:
            return {
                "answers": {
                    pos: edit.text()
                    for pos, edit in zip(self.wizard.questions, self.answer_edits, strict=False)
                }
            }
        if state == State.RESTORE_PHRASE:
            passphrase = self.passphrase_edit.text() if self.passphrase_check.isChecked() else ""
            return {"phrase": self.phrase_edit.toPlainText(), "passphrase": passphrase}
        if state == State.IMPORT_KEY:
            return {"key": self.key_edit.text(), "chain": self.key_chain_box.currentData()}
        if state == State.IMPORT_KEYSTORE:
            return {
                "path": self.path_edit.text().strip(),
                "keystore_password": self.keystore_password_edit.text(),
                "chain": self.keystore_chain_box.currentData(),
            }
        if state == State.WATCH_ONLY:
            return {"address": self.address_edit.text(), "name": self.watch_name_edit.text()}
        return {
            "name": self.name_edit.text(),
            "password": self.password_edit.text(),
            "repeat": self.repeat_edit.text(),
        }

    def _submitted(self, _state: object) -> None:
        self._set_busy(None)
        if self.wizard.state == State.READY:
            self._set_busy(self.tr("Creating the wallet and encrypting its keys…"))
            run_in_background(self.wizard.finish, self._finished, self._failed)
            return
        self._show_state()

    def _finished(self, wallet: Wallet) -> None:
        self._set_busy(None)
        self.created.emit(wallet)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(None)
        self._show_state(error=error_text(exc))
        widget = self._field_widget(getattr(exc, "field", ""))
        position = getattr(exc, "params", {}).get("position")
        if self.wizard.state == State.CREATE_VERIFY and position in self.wizard.questions:
            widget = self.answer_edits[self.wizard.questions.index(position)]
        if widget is not None:
            widget.setFocus()

    def _field_widget(self, field: str) -> QWidget | None:
        watch = self.wizard.state == State.WATCH_ONLY
        widgets = {
            "confirmed": self.wrote_it_down,
            "answers": self.answer_edits[0],
            "phrase": self.phrase_edit,
            "key": self.key_edit,
            "path": self.path_edit,
            "keystore_password": self.keystore_password_edit,
            "address": self.address_edit,
            "name": self.watch_name_edit if watch else self.name_edit,
            "password": self.password_edit,
            "repeat": self.repeat_edit,
        }
        return widgets.get(field)

    # ---------------------------------------------------------------- showing a state
    def _show_state(self, error: str = "") -> None:
        state = self.wizard.state
        page = self.page_of.get(state)
        if page is not None and page is not self.pages.currentWidget():
            self._enter(state)
            self.pages.setCurrentWidget(page)
        self.error_label.setText(error)
        self._state_texts()
        self._update_buttons()
        self.fit_wrapped_soon()

    def _enter(self, state: State) -> None:
        """Fill a page as it is shown."""
        if state == State.START:
            self._clear_secrets()
            self.create_button.setFocus()
        elif state == State.CREATE_PHRASE:
            self._fill_words(self.wizard.phrase_words)
            self.wrote_it_down.setChecked(False)
            self.copy_warning.hide()
        elif state == State.CREATE_VERIFY:
            for edit in self.answer_edits:
                edit.clear()
            self.answer_edits[0].setFocus()
        elif state == State.CREDENTIALS:
            self.password_edit.clear()
            self.repeat_edit.clear()
            if not self.name_edit.text().strip():
                self.name_edit.setText(self._default_name(self.tr("Wallet {n}")))
            self.password_edit.setFocus()
        elif state == State.WATCH_ONLY:
            if not self.watch_name_edit.text().strip():
                self.watch_name_edit.setText(self._default_name(self.tr("Watch {n}")))
            self.address_edit.setFocus()
        elif state == State.RESTORE_PHRASE:
            self.phrase_edit.setFocus()

    def _default_name(self, template: str) -> str:
        return template.format(n=len(self.env.accounts.wallets()) + 1)

    def _fill_words(self, words: list[str]) -> None:
        for label in self.phrase_numbers + self.phrase_words:
            self.words_grid.removeWidget(label)
            label.deleteLater()
        self.phrase_numbers, self.phrase_words = [], []
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 2)
        rows = (len(words) + WORD_COLUMNS - 1) // WORD_COLUMNS
        # room for ascenders and descenders whatever else appears on the page ("urge", not "urqe")
        height = QFontMetrics(font).height() + 6
        for i, word in enumerate(words):
            number = _label(self.words_box, wrap=False)
            number.setText(f"{i + 1}.")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = _label(self.words_box, wrap=False)
            label.setText(word)
            label.setFont(font)
            for w in (number, label):  # shown to be written down, not selected or copied
                w.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                w.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            label.setMinimumHeight(height)
            number.setMinimumHeight(height)
            row, column = i % rows, i // rows  # numbered down each column
            self.words_grid.addWidget(number, row, 2 * column)
            self.words_grid.addWidget(label, row, 2 * column + 1)
            self.phrase_numbers.append(number)
            self.phrase_words.append(label)

    def _update_buttons(self) -> None:
        state = self.wizard.state
        idle = not self.busy
        self.back_button.setVisible(state != State.START)
        self.back_button.setEnabled(idle and self.wizard.can_go_back)
        self.next_button.setVisible(state in NEXT_STATES)
        self.finish_button.setVisible(state in FINISH_STATES)
        gated = state == State.CREATE_PHRASE and not self.wrote_it_down.isChecked()
        self.next_button.setEnabled(idle and not gated)
        self.finish_button.setEnabled(idle)
        self.cancel_button.setEnabled(idle)
        self.pages.setEnabled(idle)
        forward = self.finish_button if state in FINISH_STATES else self.next_button
        forward.setDefault(True)

    def _set_busy(self, text: str | None) -> None:
        self.busy = text is not None
        self.busy_label.setText(text or "")
        self.busy_label.setVisible(self.busy)
        self.busy_bar.setVisible(self.busy)
        if self.busy:
            self.error_label.clear()
        self._update_buttons()

    # ---------------------------------------------------------------- secrets
    def copy_phrase(self) -> None:
        phrase = " ".join(self.wizard.phrase_words)
        if not phrase:
            return
        QGuiApplication.clipboard().setText(phrase)
        self._copied = _digest(phrase)
        self.copy_warning.show()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a keystore file"),
            "",
            self.tr("Keystore files (*.json);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _clear_secrets(self) -> None:
        for edit in (
            *self.answer_edits,
            self.passphrase_edit,
            self.key_edit,
            self.keystore_password_edit,
            self.password_edit,
            self.repeat_edit,
        ):
            edit.clear()
        self.phrase_edit.clear()
        self.passphrase_check.setChecked(False)
        self._fill_words([])

    def reject(self) -> None:
        if self.busy:  # the wallet is being written: let it finish
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closing drops every secret: the wizard's, the fields', and a copied phrase."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and _digest(clipboard.text()) == self._copied:
            clipboard.clear()
        self._copied = None
        self.wizard.reset()
        self._clear_secrets()
        super().done(result)
