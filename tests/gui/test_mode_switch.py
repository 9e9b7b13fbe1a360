"""Switching the network mode in Settings reopens the wallet in that mode, with its own data:
a wallet made in testnet mode is not there in mainnet mode and is back after switching back.
Real SQLite per mode and the real Secret Service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.evm.conftest import PHRASE, PW
from wallet.core.networks import MODES
from wallet.gui.app_controller import AppController
from wallet.services.app_settings import AppSettings
from wallet.services.environment import Environment


@pytest.fixture
def make_env(keyring_env):
    made: list[Environment] = []

    def make(mode: str | None) -> Environment:
        env = keyring_env(mode)  # mode None: the saved one; keys of the mode's own
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
    assert _accounts(testnet_window) == ["Savings — Account 1"]
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
    assert _accounts(back) == ["Savings — Account 1"]
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


# run in a child process: app.exec() with a window open leaves this process's Qt thread pool
# refusing new jobs afterwards (seen with pytest-qt), which would break the tests that follow
_START = """
import json, sys
from wallet.gui import app, i18n
from wallet.gui.app_controller import AppController
real_open = AppController.open
def spy(self, mode):
    window = real_open(self, mode)
    print(json.dumps([self.env.mode, i18n.current_language(), self.go_online]), flush=True)
    return window
AppController.open = spy
sys.exit(app.main(sys.argv[1:]))
"""


def _start_gui(data_dir, *flags: str, mode_variable: str = "") -> list:
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("KAPCHYK_NETWORK_MODE", None)
    if mode_variable:
        env["KAPCHYK_NETWORK_MODE"] = mode_variable
    proc = subprocess.run(
        [sys.executable, "-c", _START, "--data-dir", str(data_dir), "--smoke-test", *flags],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_gui_start_uses_saved_language_and_mode_unless_flags_say_otherwise(data_dir):
    AppSettings(data_dir).update(language="ky", network_mode="testnet")
    assert _start_gui(data_dir) == ["testnet", "ky", False]
    assert _start_gui(data_dir, "--network-mode", "mainnet", "--language", "en") == [
        "mainnet",
        "en",
        False,
    ]
    assert _start_gui(data_dir, mode_variable="devnet")[0] == "devnet"
