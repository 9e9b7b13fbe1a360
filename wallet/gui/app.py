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

from wallet import __version__
from wallet.core.networks import MODES
from wallet.services.app_settings import LANGUAGES

EXIT_NO_DISPLAY = 2


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="kapchyk-gui", description="Kapchyk desktop wallet")
    p.add_argument("--version", action="version", version=f"kapchyk {__version__}")
    p.add_argument("--data-dir", type=Path, default=None)
    p.add_argument(
        "--network-mode",
        choices=MODES,
        default=None,
        help="default: $KAPCHYK_NETWORK_MODE, else the mode chosen in Settings, else mainnet",
    )
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="default: the one chosen in Settings, else the system's (LANG)",
    )
    p.add_argument(
        "--devnet",
        action="store_true",
        help="start the local devnet and use it (same as --network-mode devnet)",
    )
    p.add_argument(
        "--devnet-ports",
        nargs=2,
        type=int,
        metavar=("BSC", "TRON"),
        default=None,
        help="ports of the local devnet's chains (0: any free port; default 8545 8090)",
    )
    p.add_argument("--smoke-test", action="store_true", help="paint the window and quit")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from wallet.services.display import display_problem

    # before Qt loads its platform plugin: Qt's own text for "no display" blames a library
    problem = display_problem()
    if problem:
        sys.stderr.write(f"kapchyk-gui: {problem}\n")
        return EXIT_NO_DISPLAY
    from PySide6.QtWidgets import QApplication

    from wallet.gui.app_controller import AppController
    from wallet.gui.i18n import install_language
    from wallet.services.app_settings import AppSettings
    from wallet.services.environment import default_data_dir, hold_log_records, setup_logging

    data_dir = args.data_dir or default_data_dir()
    hold_log_records()  # the log file (logging.handlers) is opened after the first paint
    settings = AppSettings(data_dir)
    # no flag: $KAPCHYK_NETWORK_MODE, else the saved mode (environment.default_mode)
    mode = "devnet" if args.devnet else args.network_mode
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kapchyk")
    app.setApplicationVersion(__version__)
    install_language(args.language or settings.start_language)
    devnet_options = {}
    if args.devnet_ports:
        devnet_options = {"bsc_port": args.devnet_ports[0], "tron_port": args.devnet_ports[1]}
    controller = AppController(
        data_dir, settings, mode, go_online=not args.smoke_test, devnet_options=devnet_options
    )
    controller.window.first_painted.connect(lambda: setup_logging(data_dir))
    controller.window.first_painted.connect(lambda: install_window_icon(app))
    quit_on_signals(app)
    if args.smoke_test:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(200, app.quit)
    try:
        return app.exec()
    finally:
        setup_logging(data_dir)  # if it quit before painting: the held records are not lost
        controller.shutdown()


WINDOW_ICON = "icons/kg.kapchyk.Kapchyk.svg"  # in resources/, also the desktop entry's icon


def install_window_icon(app: object) -> None:
    """Every window's icon (title bar, task bar, Alt+Tab), from the packaged SVG. Set after
    the first paint: loading the SVG icon engine is not needed to show the window."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    path = resources.files("wallet.resources").joinpath(WINDOW_ICON)
    app.setWindowIcon(QIcon(str(path)))  # type: ignore[attr-defined]


def quit_on_signals(app: object) -> None:
    """SIGTERM, SIGINT and SIGHUP quit the event loop the normal way, so ``shutdown`` runs and
    the devnet this app started is stopped (Python's default handlers would exit at once and
    leave the anvil children running). The signal is noticed through a wake-up socket, since
    Python runs handlers only between bytecodes and Qt's loop runs in C++."""
    import contextlib
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        app.quit()

    notifier.activated.connect(woken)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: None)  # the wake-up byte does the work
    app._signal_sockets = (reader, writer, notifier)  # kept alive with the app


if __name__ == "__main__":
    sys.exit(main())
