"""The onboarding wizard driven with real key presses (QTest.keyClick), real Secret Service and
SQLite: every Enter moves exactly one page (never two: the password page must not open already
complaining), the first page offers the language and starts in the system's, the word grid keeps
its height after Copy, and a restored phrase shows its first EVM and Tron addresses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from tests.gui import test_onboarding as onboarding
from tests.gui.test_onboarding import ANVIL_KEY, ANVIL_PHRASE, PW, _on_page
from wallet.gui.i18n import current_language, install_language
from wallet.gui.onboarding import OnboardingDialog
from wallet.services.app_settings import AppSettings, system_language
from wallet.services.wizard import State

env = onboarding.env  # the fixture: a mainnet Environment with the real Secret Service
ANVIL_TRON = "TWer2Ygk5TEheHp3TPuYeqxmB6SsGZmaL6"  # m/44'/195'/0'/0/0 (tests/keys/test_derivation)


def _dialog(qtbot, env):
    dialog = OnboardingDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    return dialog


def _enter(dialog):
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_enter_on_each_create_page_moves_one_page(qtbot, env):
    dialog = _dialog(qtbot, env)
    assert dialog.create_button.hasFocus()
    _enter(dialog)  # Enter on the focused choice: Create
    assert _on_page(dialog, State.CREATE_PHRASE)
    words = [w.text() for w in dialog.phrase_words]
    heights = [w.height() for w in dialog.phrase_words]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # a layout pass
    for label in dialog.phrase_words:  # nothing squeezed after the copy warning appears
        assert label.height() >= QFontMetrics(label.font()).height()
    assert [w.height() for w in dialog.phrase_words] == heights
    dialog.wrote_it_down.setFocus()
    _enter(dialog)  # not ticked yet: Enter does nothing
    assert _on_page(dialog, State.CREATE_PHRASE)
    QTest.keyClick(dialog.wrote_it_down, Qt.Key.Key_Space)
    _enter(dialog)
    assert _on_page(dialog, State.CREATE_VERIFY)
    positions = dialog.wizard.questions
    for pos, edit in zip(positions, dialog.answer_edits, strict=True):
        _type(qtbot, edit, words[pos - 1])
    _enter(dialog)  # the last answer: Enter → the password page, and only that
    assert _on_page(dialog, State.CREDENTIALS)
    assert dialog.error_label.text() == ""  # not "must have at least 8 characters"
    assert dialog.password_edit.hasFocus()
    _type(qtbot, dialog.password_edit, PW)
    _enter(dialog)  # the repeat is still empty: one refusal, the page stays
    assert _on_page(dialog, State.CREDENTIALS) and "not the same" in dialog.error_label.text()
    _type(qtbot, dialog.repeat_edit, PW)
    with qtbot.waitSignal(dialog.created, timeout=30_000):
        _enter(dialog)
    assert [w.label for w in env.accounts.wallets()] == ["Wallet 1"]


def test_enter_on_the_restore_and_key_pages_moves_one_page(qtbot, env):
    dialog = _dialog(qtbot, env)
    dialog.restore_button.setFocus()
    _enter(dialog)
    assert _on_page(dialog, State.RESTORE_PHRASE) and dialog.phrase_edit.hasFocus()
    qtbot.keyClicks(dialog.phrase_edit, ANVIL_PHRASE)
    _enter(dialog)  # Enter in the phrase box submits it (no newline, no second page)
    assert _on_page(dialog, State.CREDENTIALS) and dialog.error_label.text() == ""
    note = dialog.address_note.text()
    assert "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" in note and ANVIL_TRON in note
    dialog.back_button.setFocus()
    _enter(dialog)  # Enter on a focused button clicks it: Back
    assert _on_page(dialog, State.RESTORE_PHRASE)
    dialog.back_button.setFocus()
    _enter(dialog)
    assert _on_page(dialog, State.START)
    dialog.import_key_button.setFocus()
    _enter(dialog)
    assert _on_page(dialog, State.IMPORT_KEY)
    _type(qtbot, dialog.key_edit, ANVIL_KEY)
    _enter(dialog)
    assert _on_page(dialog, State.CREDENTIALS) and dialog.error_label.text() == ""


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "ky_KG"}, "ky"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "ky_KG.UTF-8", "LANG": "en_US.UTF-8"}, "ky"),
        ({}, "en"),
    ],
)
def test_the_system_language_is_the_default(environ, code):
    assert system_language(environ) == code


def test_the_first_page_offers_the_language_and_saves_the_choice(qtbot, env, monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    settings = AppSettings(env.data_dir)
    assert settings.start_language == "ru"  # nothing chosen yet: the system's
    settings.set("network_mode", "mainnet")  # saving something else does not fix the language
    assert AppSettings(env.data_dir).start_language == "ru"
    install_language(settings.start_language)
    try:
        dialog = _dialog(qtbot, env)
        assert dialog.language_box.currentData() == "ru"
        assert dialog.create_button.text() != "Create a new wallet"  # shown in Russian
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("ky"))
        assert current_language() == "ky"
        assert AppSettings(env.data_dir).start_language == "ky"  # remembered
    finally:
        install_language("en")
