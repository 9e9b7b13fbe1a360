"""The main window against a real devnet: last-known balances at once, refresh on a worker
thread (the GUI stays responsive), Get test funds, offline shown in the status bar."""

from __future__ import annotations

from wallet.devnet import launcher
from wallet.gui.devnet_start import DEMO_PASSWORD
from wallet.gui.main_window import MainWindow

PHRASE = "test test test test test test test test test test test junk"


def _balances(window):
    t = window.table
    return {
        (t.item(r, 0).text(), t.item(r, 1).text()): t.item(r, 2).text() for r in range(t.rowCount())
    }


def test_balances_refresh_and_test_funds(qtbot, data_dir, keyring_env):
    net = launcher.start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.3)
    env = keyring_env("devnet")
    try:
        env.accounts.create_hd_wallet("Demo", DEMO_PASSWORD, PHRASE)
        window = MainWindow(env, devnet=net)
        qtbot.addWidget(window)
        window.show()
        assert window.banner.isVisible() and "DEVNET" in window.banner.text()
        assert window.funds_button.isVisible()
        assert _balances(window)[("Local BNB devnet", "KGST")] == "—"  # never read yet
        window.refresh()
        assert not window.refresh_button.isEnabled()  # the work runs in the background
        qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=30_000)
        assert _balances(window)[("Local BNB devnet", "KGST")] == "0"
        # Tron resources are not balance rows: one explained line per Tron account
        names = [window.table.item(r, 1).text() for r in range(window.table.rowCount())]
        assert "Energy" not in names and "Bandwidth" not in names
        line = window.balances.resources_label.text()
        assert line.startswith("Local Tron devnet T") and "free today: 0 USDKG transfer(s)" in line
        assert (
            "TRX transfer(s)" in line
            and "bandwidth left" in window.balances.resources_label.toolTip()
        )
        qtbot.mouseClick(window.funds_button, __import__("PySide6.QtCore").QtCore.Qt.LeftButton)
        qtbot.waitUntil(
            lambda: _balances(window)[("Local BNB devnet", "KGST")] == "10,000", timeout=60_000
        )
        assert _balances(window)[("Local Tron devnet", "USDKG")] == "10,000"
        assert "up to date" in window.status.currentMessage()
    finally:
        net.stop()
        env.close()


def test_offline_is_shown_in_plain_words(qtbot, keyring_env):
    env = keyring_env("devnet")  # no devnet running: every node is unreachable
    env.accounts.add_watch_only("Till", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.refresh()
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=30_000)
    assert "Could not reach Local BNB devnet" in window.status.currentMessage()
    assert window.account_box.currentText() == "Till (watch-only)"
    env.close()
