"""The onboarding dialog with the real Secret Service and SQLite: create (the phrase read from the
page, the asked words answered, a wrong one shown), restore the anvil test phrase, import a key
and a keystore file, watch an address; and the app opening the wizard when there is no wallet."""

from __future__ import annotations

import json
import re

import pytest
from eth_account import Account as EthAccount
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from wallet.gui.app_controller import AppController
from wallet.gui.onboarding import OnboardingDialog
from wallet.services.app_settings import AppSettings
from wallet.services.wizard import State

PW = "correct horse battery"
ANVIL_PHRASE = "test test test test test test test test test test test junk"
ANVIL_ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
ANVIL_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
TILL = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"


@pytest.fixture
def env(keyring_env):
    env = keyring_env("mainnet")
    yield env
    env.close()


def _dialog(qtbot, env):
    dialog = OnboardingDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def _on_page(dialog, state):
    return dialog.pages.currentWidget() is dialog.page_of[state]


def _finish(qtbot, dialog):
    """Click Finish and wait for the wallet the dialog reports."""
    with qtbot.waitSignal(dialog.created, timeout=30_000) as created:
        _click(qtbot, dialog.finish_button)
        assert dialog.busy_bar.isVisible()  # the KDF runs on a worker
    assert not dialog.isVisible()
    return created.args[0]


def _positions(dialog):
    return [int(re.search(r"\d+", q.text()).group()) for q in dialog.question_labels]


def test_create_shows_words_asks_three_and_refuses_a_wrong_one(qtbot, env):
    dialog = _dialog(qtbot, env)
    assert _on_page(dialog, State.START) and not dialog.back_button.isVisible()
    _click(qtbot, dialog.create_button)
    assert _on_page(dialog, State.CREATE_PHRASE)
    assert dialog.title.text() == "Your recovery phrase"
    words = [label.text() for label in dialog.phrase_words]
    assert len(words) == 12 and [n.text() for n in dialog.phrase_numbers][:2] == ["1.", "2."]
    for label in dialog.phrase_words:  # to be written down, not selected
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.next_button.isEnabled()  # until "I wrote it down" is ticked

    _click(qtbot, dialog.copy_button)
    assert dialog.copy_warning.isVisible() and "clipboard" in dialog.copy_warning.text()
    assert QGuiApplication.clipboard().text() == " ".join(words)

    dialog.wrote_it_down.setChecked(True)
    _click(qtbot, dialog.next_button)
    assert _on_page(dialog, State.CREATE_VERIFY)
    positions = _positions(dialog)
    assert len(set(positions)) == 3
    for pos, edit in zip(positions, dialog.answer_edits, strict=True):
        edit.setText(words[pos - 1])
    wrong = positions[2]
    dialog.answer_edits[2].setText("zoo" if words[wrong - 1] != "zoo" else "abandon")
    _click(qtbot, dialog.next_button)
    # back to the phrase, with the position named and the box to tick again
    assert _on_page(dialog, State.CREATE_PHRASE)
    assert f"word {wrong} is not the word at that position" in dialog.error_label.text()
    assert [label.text() for label in dialog.phrase_words] == words
    assert not dialog.wrote_it_down.isChecked() and not dialog.next_button.isEnabled()

    dialog.wrote_it_down.setChecked(True)
    _click(qtbot, dialog.next_button)
    assert dialog.error_label.text() == ""
    for pos, edit in zip(_positions(dialog), dialog.answer_edits, strict=True):
        edit.setText(words[pos - 1])
    _click(qtbot, dialog.next_button)

    assert _on_page(dialog, State.CREDENTIALS)
    assert dialog.name_edit.text() == "Wallet 1" and dialog.finish_button.isVisible()
    assert not dialog.next_button.isVisible()
    dialog.password_edit.setText("short")
    dialog.repeat_edit.setText("short")
    _click(qtbot, dialog.finish_button)
    assert "at least 8 characters" in dialog.error_label.text()
    dialog.password_edit.setText(PW)
    dialog.repeat_edit.setText(PW + "!")
    _click(qtbot, dialog.finish_button)
    assert "not the same" in dialog.error_label.text()
    dialog.repeat_edit.setText(PW)
    wallet = _finish(qtbot, dialog)

    assert (wallet.label, wallet.kind, wallet.backup_verified) == ("Wallet 1", "hd", True)
    assert env.keys.reveal_phrase(wallet.id, PW) == " ".join(words)
    assert QGuiApplication.clipboard().text() == ""  # the copied phrase does not stay there
    assert dialog.phrase_words == [] and dialog.wizard.phrase_words == []


def test_back_to_the_start_forgets_the_phrase(qtbot, env):
    dialog = _dialog(qtbot, env)
    _click(qtbot, dialog.create_button)
    first = [label.text() for label in dialog.phrase_words]
    _click(qtbot, dialog.back_button)
    assert _on_page(dialog, State.START) and dialog.phrase_words == []
    _click(qtbot, dialog.create_button)
    assert [label.text() for label in dialog.phrase_words] != first


def test_restore_the_anvil_phrase(qtbot, env):
    dialog = _dialog(qtbot, env)
    _click(qtbot, dialog.restore_button)
    dialog.phrase_edit.setPlainText(ANVIL_PHRASE.replace("junk", "junkk"))
    _click(qtbot, dialog.next_button)
    assert "word 12 “junkk” (did you mean junk" in dialog.error_label.text()
    assert _on_page(dialog, State.RESTORE_PHRASE)
    dialog.phrase_edit.setPlainText("test " * 12)
    _click(qtbot, dialog.next_button)
    assert "checksum does not match" in dialog.error_label.text()
    dialog.phrase_edit.setPlainText(ANVIL_PHRASE)
    _click(qtbot, dialog.next_button)
    assert _on_page(dialog, State.CREDENTIALS)
    assert ANVIL_ADDRESS in dialog.address_note.text()
    dialog.name_edit.setText("Anvil")
    dialog.password_edit.setText(PW)
    dialog.repeat_edit.setText(PW)
    wallet = _finish(qtbot, dialog)
    assert env.accounts.accounts(wallet.id)[0].evm_address == ANVIL_ADDRESS
    assert dialog.phrase_edit.toPlainText() == ""  # the typed phrase is cleared on close


def test_import_a_private_key_for_tron(qtbot, env):
    dialog = _dialog(qtbot, env)
    _click(qtbot, dialog.import_key_button)
    dialog.key_edit.setText(ANVIL_KEY[:-2])
    _click(qtbot, dialog.next_button)
    assert "64 hex digits" in dialog.error_label.text()
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    dialog.key_edit.setText(ANVIL_KEY)
    dialog.key_chain_box.setCurrentIndex(dialog.key_chain_box.findData("tron"))
    assert dialog.key_chain_box.currentText() == "Tron (T… address)"
    _click(qtbot, dialog.next_button)
    dialog.password_edit.setText(PW)
    dialog.repeat_edit.setText(PW)
    wallet = _finish(qtbot, dialog)
    acct = env.accounts.accounts(wallet.id)[0]
    assert wallet.chain == "tron" and acct.tron_address.startswith("T") and not acct.evm_address


def test_import_a_keystore_file_on_a_worker(qtbot, env, tmp_path):
    path = tmp_path / "UTC--anvil.json"
    path.write_text(json.dumps(EthAccount.encrypt(ANVIL_KEY, "file pw", iterations=2**10)))
    dialog = _dialog(qtbot, env)
    _click(qtbot, dialog.import_keystore_button)
    dialog.path_edit.setText(str(path))
    dialog.keystore_password_edit.setText("wrong")
    _click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: "keystore password is wrong" in dialog.error_label.text())
    dialog.keystore_password_edit.setText("file pw")
    _click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: _on_page(dialog, State.CREDENTIALS))
    dialog.password_edit.setText(PW)
    dialog.repeat_edit.setText(PW)
    wallet = _finish(qtbot, dialog)
    assert env.accounts.accounts(wallet.id)[0].evm_address == ANVIL_ADDRESS


def test_watch_only_needs_no_password(qtbot, env):
    dialog = _dialog(qtbot, env)
    _click(qtbot, dialog.watch_button)
    assert dialog.watch_name_edit.text() == "Watch 1" and dialog.finish_button.isVisible()
    dialog.address_edit.setText(TILL[:-1])
    _click(qtbot, dialog.finish_button)
    assert "BNB Chain or Ethereum address has 40 hex digits" in dialog.error_label.text()
    dialog.address_edit.setText(TILL)
    dialog.watch_name_edit.setText("Till")
    wallet = _finish(qtbot, dialog)
    assert wallet.watch_only and env.accounts.accounts(wallet.id)[0].evm_address == TILL


# ------------------------------------------------------------------ start-up
def _open_app(qtbot, env):
    """The app as it starts: the controller opens the window; work waits for its first paint."""
    controller = AppController(env.data_dir, AppSettings(env.data_dir), make_env=lambda _m: env)
    qtbot.addWidget(controller.window)
    return controller.window


def _wizard_of(window):
    dialogs = window.findChildren(OnboardingDialog)
    return dialogs[-1] if dialogs else None  # the newest


def test_app_start_with_no_wallet_opens_the_wizard_over_the_window(qtbot, env):
    window = _open_app(qtbot, env)
    assert window.isVisible()
    qtbot.waitUntil(lambda: _wizard_of(window) is not None and _wizard_of(window).isVisible())
    dialog = _wizard_of(window)
    _click(qtbot, dialog.watch_button)
    dialog.address_edit.setText(TILL)
    dialog.watch_name_edit.setText("Till")
    _finish(qtbot, dialog)
    assert window.account_box.currentText() == "Till (watch-only)"
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=60_000)  # refreshed

    # later: another wallet from the window's "Add wallet…" button; the new one is selected
    _click(qtbot, window.add_wallet_button)
    dialog = _wizard_of(window)
    _click(qtbot, dialog.import_key_button)
    dialog.key_edit.setText(ANVIL_KEY)
    _click(qtbot, dialog.next_button)
    dialog.name_edit.setText("Hot")
    dialog.password_edit.setText(PW)
    dialog.repeat_edit.setText(PW)
    _finish(qtbot, dialog)
    assert [window.account_box.itemText(i) for i in range(window.account_box.count())] == [
        "Till (watch-only)",
        "Hot",
    ]
    assert window.account_box.currentText() == "Hot"
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=60_000)


def test_app_start_with_a_wallet_opens_no_wizard(qtbot, env):
    env.accounts.add_watch_only("Till", TILL)
    window = _open_app(qtbot, env)
    with qtbot.waitSignal(window.first_painted, timeout=5_000):
        pass  # waits here, at the end of the block
    QCoreApplication.processEvents()
    # the refresh started after the first paint (the balances, or why they could not be read)
    assert window.refreshing or "balances" in window.status.currentMessage().lower()
    assert _wizard_of(window) is None
