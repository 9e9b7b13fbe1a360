"""``kapchyk-gui``: the desktop wallet.

Start-up order matters for how fast the window appears: Qt and the window first, then the
last-known data from SQLite, and only after the first paint the chain libraries (web3, tronpy),
which take over a second to import.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kapchyk import __version__
from kapchyk.core.networks import MODES


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="kapchyk-gui", description="Kapchyk desktop wallet")
    p.add_argument("--version", action="version", version=f"kapchyk {__version__}")
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument("--network-mode", choices=MODES, default=None)
    p.add_argument(
        "--devnet",
        action="store_true",
        help="start the local devnet and use it (same as --network-mode devnet)",
    )
    p.add_argument("--smoke-test", action="store_true", help="paint the window and quit")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from kapchyk.services.environment import Environment, setup_logging

    mode = "devnet" if args.devnet else args.network_mode
    env = Environment(args.data_dir, mode)
    setup_logging(env.data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kapchyk")
    app.setApplicationVersion(__version__)
    window = open_main_window(env)
    if args.smoke_test:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(200, app.quit)
        return app.exec()
    if env.mode == "devnet":
        start_devnet_in_background(env, window)
    else:
        window.refresh()
    code = app.exec()
    if window.devnet is not None:
        window.devnet.stop()
    return code


def open_main_window(env: object) -> object:
    """Show the main window; with no wallet yet, the onboarding wizard opens over it once the
    window is up (devnet mode makes its demo wallet instead)."""
    from PySide6.QtCore import QTimer

    from kapchyk.gui.main_window import MainWindow

    window = MainWindow(env)
    window.show()
    if env.mode != "devnet" and not env.accounts.wallets():
        QTimer.singleShot(0, window.add_wallet)  # after the window's first paint
    return window


def start_devnet_in_background(env: object, window: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from kapchyk.gui.devnet_start import start_devnet_with_demo_wallet
    from kapchyk.gui.workers import run_in_background

    # in the main window's context, where lupdate and the translator both look for it
    window.status.showMessage(
        QCoreApplication.translate("MainWindow", "Starting the local devnet…")
    )

    def ready(net: object) -> None:
        window.devnet = net
        env.refresh_registry()
        window.load_accounts()
        window.refresh()

    run_in_background(lambda: start_devnet_with_demo_wallet(env), ready, window._failed)


if __name__ == "__main__":
    sys.exit(main())
