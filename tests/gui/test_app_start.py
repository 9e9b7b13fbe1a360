from __future__ import annotations

import sys

from wallet.gui.main_window import MainWindow
from wallet.services.environment import Environment


def test_window_shows_networks_and_devnet_banner(qtbot, data_dir):
    window = MainWindow(Environment(data_dir, "devnet"))
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible()
    assert "DEVNET" in window.banner.text()
    text = window.networks.text()
    assert "BNB" in text and "TRX" in text


def test_mainnet_has_no_banner(qtbot, data_dir):
    window = MainWindow(Environment(data_dir, "mainnet"))
    qtbot.addWidget(window)
    window.show()
    assert not window.banner.isVisible()


def test_window_module_does_not_import_chain_libraries():
    # the window must paint before web3/tronpy are imported (cold import > 1 s)
    import subprocess

    code = (
        "import sys; import wallet.gui.app, wallet.gui.main_window; "
        "print(sorted(m for m in ('web3', 'tronpy', 'eth_account') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_gui_entry_point_smoke(data_dir):
    import os
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KAPCHYK_DATA_DIR=str(data_dir))
    proc = subprocess.run(
        [sys.executable, "-m", "wallet.gui.app", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
