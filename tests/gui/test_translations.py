"""Russian and Kyrgyz: every message translated with its {placeholders}; no English left in the
main window, the send dialog (every page), the receive dialog and the password prompt; a
language switch re-translates open windows without losing what was typed; amounts follow the
language (1 234,5)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from tests.evm.conftest import NET, PW
from tests.gui.ui_texts import (
    data_texts,
    placeholders,
    translation_pairs,
    ts_files,
    ui_texts,
    untranslated,
)
from wallet.gui import i18n
from wallet.gui.balances_view import COL_UPDATED
from wallet.gui.main_window import MainWindow
from wallet.gui.receive_dialog import ReceiveDialog
from wallet.gui.unlock import PasswordDialog
from wallet.gui.workers import error_text, message_text

LANGS = ["ru", "ky"]
RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def language(qapp):
    """Switch the application's language (open windows re-translate at once); English again
    after the test, while the test's windows still have their environment."""
    # windows of earlier tests (closed, their databases too) must not get the language change
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def switch(code: str) -> None:
        i18n.install_language(code)
        qapp.processEvents()  # deliver the LanguageChange events

    yield switch
    switch("en")


# ---------------------------------------------------------------- the .ts files
def test_both_languages_have_translation_files():
    assert [p.name for p in ts_files()] == ["kapchyk_ky.ts", "kapchyk_ru.ts"]
    for lang in LANGS:
        assert (i18n.TRANSLATIONS_DIR / f"kapchyk_{lang}.qm").stat().st_size > 1000


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_finished_and_keeps_its_placeholders(lang):
    pairs = translation_pairs(lang)
    assert len(pairs) > 250
    problems = [
        f"{context}: {source!r} → {text!r}"
        for context, source, text, finished in pairs
        if not finished or not text.strip() or placeholders(text) != placeholders(source)
    ]
    assert problems == []


def test_every_error_template_is_in_the_translations():
    spec = importlib.util.spec_from_file_location(
        "extract_error_strings", ROOT / "scripts" / "extract_error_strings.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    text, problems = module.generated_text()
    assert problems == []  # every template is a literal the script can find
    current = (ROOT / "wallet" / "gui" / "error_strings.py").read_text(encoding="utf-8")
    assert current == text, "wallet/gui/error_strings.py is out of date: run make translations"
    found = set(module.extract().templates)
    for lang in LANGS:
        errors = {s for c, s, _t, _f in translation_pairs(lang) if c == "errors"}
        assert found <= errors, f"{lang}: {sorted(found - errors)[:5]}"


def test_error_messages_and_their_parts_are_translated(language):
    from wallet.core.amounts import parse_amount
    from wallet.core.errors import KapchykError

    language("ru")
    with pytest.raises(KapchykError) as caught:
        parse_amount("-1", 18)
    assert error_text(caught.value) == "сумма: сумма не может быть отрицательной"
    nested = KapchykError(
        "the transfer would fail: {reason}", reason="the account does not have enough KGST"
    )
    assert error_text(nested) == "перевод не пройдёт: на счёте недостаточно KGST"
    # a journal entry's reason, stored in English
    assert message_text("not broadcast yet: the transaction ran out of gas") == (
        "ещё не отправлено в сеть: транзакции не хватило газа"
    )
    assert message_text("Mom") == "Mom"  # data stays as it is
    language("ky")
    assert error_text(nested) == "которуу ишке ашпайт: эсепте KGST жетишсиз"
    language("en")
    assert error_text(nested) == "the transfer would fail: the account does not have enough KGST"


# ---------------------------------------------------------------- no English left
def _assert_translated(widget, lang, data):
    assert untranslated(widget, lang, data) == []


def _window(qtbot, env):
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    return window


def _refresh(qtbot, window):
    window.refresh()
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=30_000)


def _choose(dialog, symbol):
    dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index(NET))
    dialog.token_box.setCurrentIndex([a[1] for a in dialog.assets].index(symbol))


@pytest.mark.parametrize("lang", LANGS)
def test_no_english_left_in_the_windows(qtbot, world, language, lang):
    language(lang)
    data = data_texts(world.env.registry) | {acct.label for acct in world.env.accounts.accounts()}
    window = _window(qtbot, world.env)
    window.account_box.setCurrentIndex(1)
    _refresh(qtbot, window)
    _assert_translated(window, lang, data)
    tr = QCoreApplication.translate
    assert window.send_button.text() == tr("MainWindow", "&Send") != "&Send"
    assert window.table.item(0, COL_UPDATED).text() == tr("MainWindow", "just now")

    # the receive dialog, with an amount it refuses
    receive = window.receive() or ReceiveDialog(world.env.registry, window.current_account())
    qtbot.addWidget(receive)
    receive.amount.setText("1,000")
    assert receive.error.text()
    _assert_translated(receive, lang, data)

    # the send dialog: the form with a refusal under the amount, then a valid one
    world.env.keys.lock()
    dialog = window.send()
    qtbot.addWidget(dialog)
    _choose(dialog, "KGST")
    dialog.recipient_edit.setText(RECIPIENT)
    dialog.amount_edit.setText("1e6")
    assert dialog.amount_note.text() and dialog.recipient_note.text()
    _assert_translated(dialog, lang, data)
    dialog.amount_edit.setText("25")
    qtbot.mouseClick(dialog.review_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    assert dialog.warning_checks  # a recipient never paid before
    _assert_translated(dialog, lang, data)  # the review, with its warnings to tick

    # the password prompt, with a wrong password shown in it
    for check in dialog.warning_checks:
        check.setChecked(True)
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(PasswordDialog) is not None, timeout=5_000)
    prompt = dialog.findChild(PasswordDialog)
    _assert_translated(prompt, lang, data)
    prompt.password.setText("wrong password")
    qtbot.mouseClick(prompt.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: prompt.ok_button.isEnabled(), timeout=10_000)
    assert prompt.error.text()
    _assert_translated(prompt, lang, data)
    prompt.password.setText(PW)
    qtbot.mouseClick(prompt.ok_button, Qt.LeftButton)

    # the progress page: sent, then confirmed
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
    _assert_translated(dialog, lang, data)
    world.mine(3)
    confirmed = QCoreApplication.translate("SendDialog", "Confirmed in block {block}")
    prefix = confirmed.split("{block}")[0] or confirmed.split("{block}")[1]
    qtbot.waitUntil(lambda: prefix in dialog.progress_label.text(), timeout=30_000)
    _assert_translated(dialog, lang, data)
    qtbot.waitUntil(lambda: not window.refreshing, timeout=30_000)  # refreshed after the send


def test_the_walker_names_an_english_text(qtbot, data_dir, language):
    """The check itself: an English text left in a translated window is found and named."""
    from wallet.services.environment import Environment

    env = Environment(data_dir, "testnet")
    language("ru")
    window = _window(qtbot, env)
    window.refresh_button.setText("Re&fresh")  # as if it had been set outside retranslate()
    window.status.showMessage("Could not reach Tron Nile; showing the last known balances")
    found = " | ".join(untranslated(window, "ru", data_texts(env.registry)))
    assert "MainWindow.refresh_button text: 'Re&fresh' is the English 'Re&fresh'" in found
    assert "is the English 'Could not reach {networks}; showing the last known balances'" in found
    assert found.count(" | ") == 1  # those two, nothing else
    texts = {t.where for t in ui_texts(window)}
    assert {"MainWindow window title", "MainWindow.tabs tab[0]", "MainWindow.table header[2]"} <= (
        texts
    )


# ---------------------------------------------------------------- switching
def _bare(text: str) -> str:
    """A button's text without its mnemonic marker ("&Send" → "Send")."""
    return text.replace("&", "")


def test_switching_language_retranslates_open_windows_in_place(qtbot, world, language):
    data = data_texts(world.env.registry) | {a.label for a in world.env.accounts.accounts()}
    window = _window(qtbot, world.env)
    window.account_box.setCurrentIndex(1)
    dialog = window.send()
    qtbot.addWidget(dialog)
    _choose(dialog, "KGST")
    dialog.recipient_edit.setText(RECIPIENT.lower())
    dialog.amount_edit.setText("12.5")
    receive = ReceiveDialog(world.env.registry, window.current_account())
    qtbot.addWidget(receive)
    receive.amount.setText("3")
    receive.label.setText("Rent")
    assert (
        _bare(dialog.review_button.text()) == "Review"
        and _bare(window.send_button.text()) == "Send"
    )
    payload = receive.current_payload

    for lang, send, review, valid in [
        ("ru", "Отправить", "Проверить", "Правильный адрес"),
        ("ky", "Жөнөтүү", "Текшерүү", "туура дареги"),
    ]:
        language(lang)
        assert _bare(window.send_button.text()) == send
        assert _bare(dialog.review_button.text()) == review and dialog.windowTitle() == send
        assert valid in dialog.recipient_note.text()
        assert dialog.recipient_edit.text() == RECIPIENT.lower()  # what was typed stays
        assert dialog.amount_edit.text() == "12.5"
        assert dialog.asset()[1] == "KGST" and window.account_box.currentIndex() == 1
        assert receive.amount.text() == "3" and receive.current_payload == payload
        for widget in (window, dialog, receive):
            _assert_translated(widget, lang, data)

    language("en")
    assert _bare(window.send_button.text()) == "Send"
    assert _bare(dialog.review_button.text()) == "Review"
    assert _bare(receive.copy_button.text()) == "Copy address"
    assert dialog.recipient_edit.text() == RECIPIENT.lower() and dialog.amount_edit.text() == "12.5"


# ---------------------------------------------------------------- amounts
def test_russian_balances_are_written_1_234_5(qtbot, world, language):
    address = "0x000000000000000000000000000000000000bEEF"  # an address with no KGST yet
    wallet = world.env.accounts.add_watch_only("Rent", address)
    acct = world.env.accounts.accounts(wallet.id)[0]
    kgst = world.tokens.kgst
    assert kgst.functions.balanceOf(address).call() == 0
    kgst.functions.mint(address, 12_345 * 10**17).transact({"from": world.tokens.issuer})
    language("ru")
    window = _window(qtbot, world.env)
    window.account_box.setCurrentIndex(window.accounts.index(acct))
    _refresh(qtbot, window)
    t = window.table
    balances = {t.item(r, 1).text(): t.item(r, 2).text() for r in range(t.rowCount())}
    assert balances["KGST"] == "1\u00a0234,5"
    language("en")
    balances = {t.item(r, 1).text(): t.item(r, 2).text() for r in range(t.rowCount())}
    assert balances["KGST"] == "1,234.5"  # the table follows a switch too
