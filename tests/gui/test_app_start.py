from __future__ import annotations

import sys

from kapchyk.gui.main_window import MainWindow
from kapchyk.services.environment import Environment


def test_window_shows_networks_and_devnet_banner(qtbot, data_dir):
    window = MainWindow(Environment(data_dir, "devnet"))
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible()
    assert "DEVNET" in window.banner.text()
    items = [window.networks.item(i).text() for i in range(window.networks.count())]
    assert any("BNB" in t for t in items) and any("TRX" in t for t in items)


def test_mainnet_has_no_banner(qtbot, data_dir):
    window = MainWindow(Environment(data_dir, "mainnet"))
    qtbot.addWidget(window)
    window.show()
    assert not window.banner.isVisible()


def test_window_module_does_not_import_chain_libraries():
    # the window must paint before web3/tronpy are imported (cold import > 1 s)
    import subprocess

    code = (
        "import sys; import kapchyk.gui.app, kapchyk.gui.main_window; "
        "print(sorted(m for m in ('web3', 'tronpy', 'eth_account') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
