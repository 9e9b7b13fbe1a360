"""Switching the network mode in Settings reopens the wallet in that mode, with its own data:
a wallet made in testnet mode is not there in mainnet mode and is back after switching back.
Real SQLite per mode and the real Secret Service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kapchyk.core.networks import MODES
from kapchyk.gui.app_controller import AppController
from kapchyk.keys.keyring_store import KeyringStore
from kapchyk.keys.manager import KeyManager
from kapchyk.services.app_settings import AppSettings
from kapchyk.services.environment import Environment
from tests.evm.conftest import PHRASE, PW
from tests.keys.conftest import FAST_KDF


@pytest.fixture
def make_env(data_dir, secret_service, request):
    made: list[Environment] = []

    def make(mode: str | None) -> Environment:
        env = Environment(data_dir, mode)  # mode None: the saved one
        service = f"kapchyk-test-{request.node.name}"[:100] + f"-{env.mode}"
        env.__dict__["keys"] = KeyManager(
            KeyringStore(service, secret_service.backend()), kdf=FAST_KDF
        )
        made.append(env)
        return env

    make.made = made
    return make


@pytest.fixture
def controller(qtbot, data_dir, make_env):
    c = AppController(
        data_dir, AppSettings(data_dir), "testnet", make_env=make_env, go_online=False
    )
    yield c
    c.shutdown()
    for env in make_env.made:
        env.close()


def _accounts(window) -> list[str]:
    return [window.account_box.itemText(i) for i in range(window.account_box.count())]


def _switch_in_settings(qtbot, controller, mode):
    window = controller.window
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    dialog = controller.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.mode_box.setCurrentIndex(MODES.index(mode))
    qtbot.waitUntil(lambda: controller.env.mode == mode, timeout=5_000)
    assert not dialog.isVisible()
    assert controller.settings_dialog is None
    return window


def test_wallet_of_testnet_is_absent_in_mainnet_and_back_after_switching_back(
    qtbot, controller, data_dir
):
    testnet_window = controller.window
    assert testnet_window.banner.isVisible() and "TESTNET" in testnet_window.banner.text()
    testnet_env = controller.env
    testnet_env.accounts.create_hd_wallet("Savings", PW, PHRASE)
    testnet_window.load_accounts()
    assert _accounts(testnet_window) == ["Savings 1"]
    assert testnet_env.keys.unlocked_wallets()  # creating it unlocked it

    old = _switch_in_settings(qtbot, controller, "mainnet")
    assert old is testnet_window and not old.isVisible()
    assert testnet_env.keys.unlocked_wallets() == []  # leaving a mode locks its wallets
    mainnet_window = controller.window
    assert mainnet_window is not testnet_window and mainnet_window.isVisible()
    assert not mainnet_window.banner.isVisible()  # mainnet: no banner
    assert _accounts(mainnet_window) == []
    assert controller.lock_indicator.text() == "Locked"
    assert AppSettings(data_dir).network_mode == "mainnet"  # the next start opens mainnet
    qtbot.waitUntil(lambda: testnet_env._db is None, timeout=5_000)  # the old one is closed

    _switch_in_settings(qtbot, controller, "testnet")
    back = controller.window
    assert back.isVisible() and back.banner.isVisible() and "TESTNET" in back.banner.text()
    assert _accounts(back) == ["Savings 1"]
    assert AppSettings(data_dir).network_mode == "testnet"
    assert (data_dir / "testnet").is_dir() and (data_dir / "mainnet").is_dir()


def test_devnet_banner_and_start_in_the_saved_mode(qtbot, data_dir, make_env):
    settings = AppSettings(data_dir)
    settings.set("network_mode", "devnet")
    c = AppController(data_dir, settings, None, make_env=make_env, go_online=False)
    try:
        assert c.env.mode == "devnet"
        assert c.window.banner.isVisible() and "DEVNET" in c.window.banner.text()
    finally:
        c.shutdown()


def test_auto_lock_minutes_from_settings_reach_the_idle_lock(qtbot, controller):
    assert controller.idle_lock.timeout_ms == 5 * 60_000
    qtbot.mouseClick(controller.window.settings_button, Qt.MouseButton.LeftButton)
    controller.settings_dialog.auto_lock_spin.setValue(2)
    assert controller.idle_lock.timeout_ms == 2 * 60_000
    assert controller.env.keys.idle_seconds == 120
    controller.switch_mode("mainnet")
    assert controller.idle_lock.timeout_ms == 2 * 60_000  # the new mode keeps the choice


def test_gui_start_uses_saved_language_and_mode_unless_flags_say_otherwise(
    qtbot, data_dir, monkeypatch
):
    from kapchyk.gui import app, i18n

    opened = []
    real_open = AppController.open

    def spy(self, mode):
        window = real_open(self, mode)
        opened.append((self.env.mode, i18n.current_language(), self.go_online))
        return window

    monkeypatch.setattr(AppController, "open", spy)
    AppSettings(data_dir).update(language="ky", network_mode="testnet")
    try:
        assert app.main(["--data-dir", str(data_dir), "--smoke-test"]) == 0
        assert opened == [("testnet", "ky", False)]
        args = ["--data-dir", str(data_dir), "--smoke-test", "--network-mode", "mainnet"]
        assert app.main([*args, "--language", "en"]) == 0
        assert opened[-1] == ("mainnet", "en", False)
        monkeypatch.setenv("KAPCHYK_NETWORK_MODE", "devnet")
        assert app.main(["--data-dir", str(data_dir), "--smoke-test"]) == 0
        assert opened[-1][0] == "devnet"
    finally:
        i18n.install_language("en")
