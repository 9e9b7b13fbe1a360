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


HEAVY_BEFORE_PAINT = (
    "coincurve",  # wallet.keys.manager, .hd: when a wallet is made or unlocked
    "cryptography",  # the vault: first unlock
    "keyring",
    "wallet.keys.manager",
    "logging.handlers",  # the log file: opened after the first paint
    "eth_hash",  # keccak: the packaged addresses are trusted as written
    "eth_abi",
    "web3",
    "tronpy",
    "eth_account",
)


def test_no_heavy_module_before_the_first_paint(data_dir):
    """The real entry point with a wallet in the data dir: at the window's first paint none of
    the modules above is imported (each costs the start 5-60 ms; bench/bench_startup.py), and
    the log file still gets what was logged before the paint."""
    import json
    import os
    import subprocess

    from wallet.services.environment import Environment

    env = Environment(data_dir, "mainnet")
    env.accounts.add_watch_only("Savings", "0x32a4F47A74a6810BD0bF861CABAb99656a75DE9E")
    env.close()
    (data_dir / "settings.json").write_text("{not json", encoding="utf-8")  # logged before paint
    code = f"""
import json, sys
from wallet.gui.main_window import MainWindow
original = MainWindow.paintEvent
seen = {{}}
def paint(self, ev):
    original(self, ev)
    if not seen:
        seen.update({{m: m in sys.modules for m in {HEAVY_BEFORE_PAINT!r}}})
        seen["wallets"] = [w.label for w in self.env.accounts.wallets()]
MainWindow.paintEvent = paint
from wallet.gui.app import main
code = main(["--network-mode", "mainnet", "--smoke-test"])
print("SEEN " + json.dumps(seen))
sys.exit(code)
"""
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", KAPCHYK_DATA_DIR=str(data_dir)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("SEEN "))
    seen = json.loads(line[5:])
    assert seen.pop("wallets") == ["Savings"], "the window did not paint with the wallet"
    assert [m for m, imported in seen.items() if imported] == []
    # the log file is opened after the paint, and what was logged before it is in the file
    log = (data_dir / "logs" / "kapchyk.log").read_text(encoding="utf-8")
    assert "using the default settings" in log


def test_the_window_icon_comes_from_the_packaged_svg(qapp):
    """The icon every window shows (title bar, task bar) is the packaged SVG, drawn at the
    sizes a desktop asks for — the same file the desktop entry and the .deb install."""
    from PySide6.QtGui import QImage

    from wallet.gui.app import install_window_icon

    before = qapp.windowIcon()
    try:
        install_window_icon(qapp)
        icon = qapp.windowIcon()
        assert not icon.isNull()
        for size in (16, 48, 256):
            image = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
            assert image.width() == size
            opaque = sum(
                image.pixelColor(x, y).alpha() > 0
                for x in range(0, size, max(1, size // 16))
                for y in range(0, size, max(1, size // 16))
            )
            assert opaque > 16  # drawn, not an empty square
    finally:
        qapp.setWindowIcon(before)
