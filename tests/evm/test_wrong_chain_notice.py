"""Issue 16 item 6: an endpoint of another chain is skipped and the user is told — one stderr
line in the CLI, the status bar in the GUI. Real anvils (chain 31337 devnet, another of id 56)."""

from __future__ import annotations

from tests.keys.cli_helpers import run_cli
from wallet.devnet.launcher import start_devnet

WATCHED = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"


def test_cli_says_once_that_a_wrong_chain_endpoint_was_skipped(data_dir, anvil_factory):
    net = start_devnet(data_dir, bsc_port=0, tron_port=None)
    other = anvil_factory(chain_id=56)
    try:
        run_cli(data_dir, "endpoints", "add", "--network", "devnet-bsc", other.url, mode="devnet")
        run_cli(data_dir, "wallet", "watch", "--label", "Till", WATCHED, mode="devnet")
        proc, _ = run_cli(data_dir, "balance", "--network", "devnet-bsc", mode="devnet")
    finally:
        net.stop()
    lines = [ln for ln in proc.stderr.splitlines() if other.url in ln]
    assert len(lines) == 1, proc.stderr
    assert "another chain (chain id 56)" in lines[0] and "will not be used" in lines[0]


def test_gui_status_bar_says_a_wrong_chain_endpoint_was_skipped(
    qtbot, anvil, anvil_factory, test_tokens, keyring_env
):
    from tests.evm.conftest import make_env
    from wallet.gui.main_window import MainWindow

    other = anvil_factory(chain_id=56)
    env = make_env(keyring_env, anvil.url, test_tokens, extra_urls=[other.url])
    try:
        env.accounts.add_watch_only("Till", WATCHED)
        window = MainWindow(env)
        qtbot.addWidget(window)
        window.refresh()
        qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=60_000)
        shown = window.status.currentMessage()
        assert other.url in shown and "serves another chain (chain id 56)" in shown
        window.deleteLater()
    finally:
        env.close()
