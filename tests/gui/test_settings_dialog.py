"""The settings dialog on a real anvil, the real Secret Service and real SQLite: language and
mode saved, auto-lock, endpoints added/tested/removed, the TronGrid key kept in the keyring
only, tokens added from the chain and hidden."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from tests.evm.conftest import NET
from wallet.core.networks import MODES
from wallet.devnet.contracts import deploy
from wallet.gui import i18n
from wallet.gui.settings_dialog import SettingsDialog
from wallet.keys.api_keys import get_api_key
from wallet.services.app_settings import SETTINGS_FILE, AppSettings

TRON_TESTNET = "tron-nile"


@pytest.fixture
def settings(data_dir):
    return AppSettings(data_dir)


@pytest.fixture
def dialog(qtbot, world, settings):
    d = SettingsDialog(world.env, settings)
    qtbot.addWidget(d)
    d.show()
    yield d
    i18n.install_language("en")


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose_network(box, network_id):
    box.setCurrentIndex(box.findData(network_id))


def _saved(data_dir) -> dict:
    return json.loads((data_dir / SETTINGS_FILE).read_text("utf-8"))


def _delete_closed_windows(keep) -> None:
    """Closed windows of earlier tests (their environments closed) would get this language
    change too; in the app a window is deleted with its environment."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if w is not keep and shiboken6.isValid(w) and not w.isVisible():
            shiboken6.delete(w)  # its child windows go with it (hence isValid first)


def test_tabs_and_language_switch_saved(qtbot, dialog, data_dir):
    _delete_closed_windows(dialog)
    assert [dialog.tabs.tabText(i) for i in range(4)] == [
        "General",
        "Security",
        "Networks",
        "Tokens",
    ]
    names = [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())]
    assert names == ["English", "Русский", "Кыргызча"]
    with qtbot.waitSignal(dialog.language_changed) as sig:
        dialog.language_box.setCurrentIndex(1)
    assert sig.args == ["ru"]
    assert i18n.current_language() == "ru"
    assert i18n.amount_text(1234500, 3) == "1\u00a0234,5"  # amounts follow at once
    assert _saved(data_dir)["language"] == "ru"


def test_mode_choice_is_saved_and_announced(qtbot, dialog, data_dir):
    assert dialog.mode_box.currentIndex() == MODES.index("testnet")
    assert dialog.mode_box.itemText(0) == "Mainnet (real money)"
    with qtbot.waitSignal(dialog.mode_changed) as sig:
        dialog.mode_box.setCurrentIndex(MODES.index("mainnet"))
    assert sig.args == ["mainnet"]
    assert _saved(data_dir)["network_mode"] == "mainnet"
    with qtbot.assertNotEmitted(dialog.mode_changed):
        dialog.mode_box.setCurrentIndex(MODES.index("testnet"))  # the mode it is already in
    assert _saved(data_dir)["network_mode"] == "testnet"


def test_auto_lock_minutes(qtbot, dialog, data_dir, settings):
    assert dialog.auto_lock_spin.value() == 5
    with qtbot.waitSignal(dialog.auto_lock_changed) as sig:
        dialog.auto_lock_spin.setValue(15)
    assert sig.args == [15] and _saved(data_dir)["auto_lock_minutes"] == 15
    dialog.auto_lock_spin.setValue(0)
    assert dialog.auto_lock_spin.text() == "Never"
    assert AppSettings(data_dir).auto_lock_minutes == 0


def test_unwritable_settings_show_the_error_in_the_dialog(dialog, data_dir):
    (data_dir / SETTINGS_FILE).mkdir()  # a folder where the file should be: the write fails
    dialog.auto_lock_spin.setValue(9)
    assert dialog.security_status.text() == "something went wrong; details are in the log"


def test_endpoints_add_test_and_remove(qtbot, dialog, world, anvil_factory):
    dialog.tabs.setCurrentIndex(2)
    _choose_network(dialog.network_box, NET)
    assert dialog.endpoint_urls == [world.anvil.url]

    dialog.endpoint_edit.setText("ftp://node.example")
    _click(qtbot, dialog.add_endpoint_button)
    assert "http:// or https://" in dialog.endpoint_status.text()
    assert dialog.endpoint_urls == [world.anvil.url]

    second = world.anvil.url.replace("127.0.0.1", "localhost")  # the same node, another name
    dialog.endpoint_edit.setText(second + "/")
    _click(qtbot, dialog.add_endpoint_button)
    assert dialog.endpoint_urls == [world.anvil.url, second]
    assert dialog.endpoint_list.item(1).text() == second + "  (added by you)"
    assert world.env.registry.network(NET).endpoints[-1] == second  # used from now on
    stored = world.env.db.execute("SELECT url FROM endpoints WHERE network_id = ?", (NET,))
    assert [r[0] for r in stored] == [second]

    _click(qtbot, dialog.test_endpoint_button)  # tests the selected one: the new one
    height = world.anvil.w3.eth.block_number
    qtbot.waitUntil(lambda: " works: " in dialog.endpoint_status.text(), timeout=20_000)
    text = dialog.endpoint_status.text()
    assert text.startswith(second) and f"chain id 97, block {height}, " in text
    assert text.endswith(" ms")

    wrong = anvil_factory(chain_id=1)
    dialog.endpoint_edit.setText(wrong.url)
    _click(qtbot, dialog.add_endpoint_button)
    _click(qtbot, dialog.test_endpoint_button)
    qtbot.waitUntil(lambda: "does not work" in dialog.endpoint_status.text(), timeout=20_000)
    assert "serves another chain (chain id 1)" in dialog.endpoint_status.text()

    dialog.endpoint_list.setCurrentRow(0)
    _click(qtbot, dialog.remove_endpoint_button)
    assert "built-in endpoints stay" in dialog.endpoint_status.text()
    dialog.endpoint_list.setCurrentRow(1)
    _click(qtbot, dialog.remove_endpoint_button)
    assert dialog.endpoint_urls == [world.anvil.url, wrong.url]
    assert second not in world.env.registry.network(NET).endpoints


def test_trongrid_key_goes_to_the_keyring_only(qtbot, dialog, world, data_dir):
    key = "9f3c2b1a-4d5e-6f70-8192-a3b4c5d6e7f8"
    dialog.tabs.setCurrentIndex(2)
    _choose_network(dialog.network_box, TRON_TESTNET)
    assert dialog.api_key_panel.isVisible()
    qtbot.waitUntil(lambda: "No key saved" in dialog.api_key_status.text(), timeout=10_000)
    assert not dialog.remove_api_key_button.isEnabled()

    dialog.api_key_edit.setText("two words")
    _click(qtbot, dialog.save_api_key_button)
    qtbot.waitUntil(lambda: "one word" in dialog.api_key_status.text(), timeout=10_000)

    clients = world.env.clients
    dialog.api_key_edit.setText(key)
    _click(qtbot, dialog.save_api_key_button)
    qtbot.waitUntil(lambda: "A key is saved" in dialog.api_key_status.text(), timeout=10_000)
    assert dialog.api_key_edit.text() == ""  # not left on screen
    store = world.env.keys.vault.store
    assert get_api_key(store, TRON_TESTNET) == key
    assert world.env.clients is not clients  # nodes are asked with the key from now on
    assert world.env.clients.api_key(TRON_TESTNET) == key
    for path in data_dir.rglob("*"):  # never in a file of the wallet
        if path.is_file():
            assert key.encode() not in path.read_bytes(), path

    _click(qtbot, dialog.remove_api_key_button)
    qtbot.waitUntil(lambda: "No key saved" in dialog.api_key_status.text(), timeout=10_000)
    assert get_api_key(store, TRON_TESTNET) is None


def _token_rows(dialog):
    t = dialog.token_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_tokens_add_from_the_chain_and_hide(qtbot, dialog, world):
    _choose_network(dialog.token_network_box, NET)
    assert [r[0] for r in _token_rows(dialog)] == ["KGST", "USDKG"]
    contract = deploy(
        world.anvil.w3, "TestUSDKG", "Som Dollar", "SOMD", 6, sender=world.tokens.issuer
    )
    dialog.token_edit.setText(contract.lower())
    _click(qtbot, dialog.add_token_button)
    qtbot.waitUntil(lambda: dialog.token_status.text().startswith("Added"), timeout=20_000)
    assert dialog.token_status.text() == "Added SOMD (Som Dollar, 6 decimals)"
    assert _token_rows(dialog)[-1] == ["SOMD", "Som Dollar", contract, "6", "yes"]
    account = world.account(1)
    assert "SOMD" in {r.symbol for r in world.env.portfolio.cached([account])}

    dialog.token_table.selectRow(0)
    assert dialog.token_visibility_button.text() == "Hide from balances"
    _click(qtbot, dialog.token_visibility_button)
    assert dialog.token_status.text() == "KGST is hidden from balances"
    assert _token_rows(dialog)[0][4] == "hidden"
    assert dialog.token_visibility_button.text() == "Show in balances"
    assert "KGST" not in {r.symbol for r in world.env.portfolio.cached([account])}
    _click(qtbot, dialog.token_visibility_button)
    assert "KGST" in {r.symbol for r in world.env.portfolio.cached([account])}

    dialog.token_edit.setText(world.account(2).evm_address)  # an account, not a contract
    _click(qtbot, dialog.add_token_button)
    qtbot.waitUntil(lambda: "there is no contract" in dialog.token_status.text(), timeout=20_000)
    assert dialog.add_token_button.isEnabled()
    dialog.token_edit.setText("0x12")
    _click(qtbot, dialog.add_token_button)
    qtbot.waitUntil(lambda: "Reading" not in dialog.token_status.text(), timeout=20_000)
    assert "address" in dialog.token_status.text()


def test_networks_changed_refreshes_the_main_window(qtbot, world, settings):
    from wallet.gui.main_window import MainWindow

    window = MainWindow(world.env)
    qtbot.addWidget(window)
    window.account_box.setCurrentIndex(1)
    d = SettingsDialog(world.env, settings, window)
    d.networks_changed.connect(window.show_cached)

    def assets():
        return [window.table.item(r, 1).text() for r in range(window.table.rowCount())]

    assert "KGST" in assets()
    _choose_network(d.token_network_box, NET)
    d.token_table.selectRow(0)
    _click(qtbot, d.token_visibility_button)
    assert "KGST" not in assets()


def test_check_my_setup_shows_each_check_in_the_window(qtbot, dialog, world):
    _click(qtbot, dialog.doctor_button)
    doctor = dialog.doctor_dialog
    assert doctor.isVisible() and not doctor.again_button.isEnabled()  # checks run on a worker
    qtbot.waitUntil(lambda: doctor.checks is not None, timeout=60_000)
    report = doctor.report.toPlainText()
    assert "[ok] the OS keyring is unlocked and writable" in report
    assert f"{world.anvil.url}: " in report and " ms, block " in report  # the live anvil
    # the public testnets cannot be reached from this machine: named, with the fix
    assert "[PROBLEM] Sepolia" in report and "fix: check the internet connection" in report
    assert doctor.verdict.text().startswith("Something here would stop a send")
    assert "block None" not in report  # price sources have no block
    assert doctor.again_button.isEnabled()
    qtbot.keyClick(doctor, Qt.Key.Key_Escape)
    assert not doctor.isVisible()


def test_etherscan_key_for_bnb_chain_history_typed_and_saved_with_enter(qtbot, dialog, world):
    from PySide6.QtTest import QTest

    from wallet.services.history_etherscan import EtherscanV2Source

    key = "ABCDEF0123456789ABCDEF0123456789AB"
    dialog.tabs.setCurrentIndex(2)
    _choose_network(dialog.network_box, NET)
    assert dialog.api_key_panel.isVisible()
    assert "Etherscan API key" in dialog.api_key_label.text()
    qtbot.waitUntil(lambda: "etherscan.io/myapikey" in dialog.api_key_status.text(), timeout=10_000)
    dialog.api_key_edit.setFocus()
    QTest.keyClicks(dialog.api_key_edit, key)
    QTest.keyClick(dialog.api_key_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "A key is saved" in dialog.api_key_status.text(), timeout=10_000)
    assert get_api_key(world.env.keys.vault.store, NET) == key
    net = world.env.registry.network(NET)
    assert isinstance(world.env.history.source(net), EtherscanV2Source)  # history uses it
