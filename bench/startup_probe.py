"""The child process of ``bench_startup.py``: starts the real wallet (``wallet.gui.app.main``)
and reports when the user would see what, as one JSON line on stdout (``REPORT_PREFIX``).

Run: ``python bench/startup_probe.py --data-dir DIR [--network-mode devnet] [--timeout S]``
with ``KAPCHYK_BENCH_T0`` set to the parent's ``time.monotonic()`` just before it started this
process (CLOCK_MONOTONIC is one clock for every process on Linux), so every time reported is
"seconds since the process was started", interpreter start-up included.

Only two things differ from a user's start: in devnet mode the app would start the devnet
itself — here the bench's devnet already runs (``devnet.json`` in the data dir points at it), so
the app refreshes the balances at once, as it does in the other modes; and the probe quits once
the refreshed balances are painted.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's kapchyk

T0 = float(os.environ.get("KAPCHYK_BENCH_T0") or time.monotonic())
REPORT_PREFIX = "KAPCHYK-BENCH-REPORT "
CHAIN_LIBRARIES = ("web3", "tronpy", "eth_account")
HEARTBEAT_MS = 5


def since_start() -> float:
    return time.monotonic() - T0


def table_snapshot(window: object) -> dict[str, list[str]]:
    """``{"<network>/<asset>": [balance, updated]}`` as the balances table shows them."""
    from wallet.gui.balances_view import COL_BALANCE, COL_UPDATED

    t = window.table
    out = {}
    for r in range(t.rowCount()):
        cells = [t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
        out[f"{cells[0]}/{cells[1]}"] = [cells[COL_BALANCE], cells[COL_UPDATED]]
    return out


def main(argv: list[str]) -> int:
    timeout = 120.0
    if "--timeout" in argv:
        i = argv.index("--timeout")
        timeout = float(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]

    report: dict[str, object] = {"events": []}

    def event(name: str, **extra: object) -> None:
        report["events"].append({"name": name, "t": since_start(), **extra})  # type: ignore[union-attr]

    event("interpreter_ready")
    import wallet.gui.app as app_module
    from wallet.gui.main_window import MainWindow

    def quit_soon() -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(0, QApplication.instance().quit)

    event("modules_imported")  # wallet.gui.app and the window module (Qt widgets)
    original_init = MainWindow.__init__
    original_show = MainWindow.show
    original_paint = MainWindow.paintEvent
    original_refreshed = MainWindow._refreshed
    original_failed = MainWindow._failed
    state: dict[str, object] = {}

    def paint_event(self: MainWindow, ev: object) -> None:
        original_paint(self, ev)
        if "first_paint" in report:
            return
        report["first_paint"] = since_start()
        report["modules_at_first_paint"] = {m: m in sys.modules for m in CHAIN_LIBRARIES}
        report["table_at_first_paint"] = table_snapshot(self)
        _watch_after_paint(self)

    def _watch_after_paint(window: MainWindow) -> None:
        from PySide6.QtCore import QEvent, QObject, Qt, QTimer
        from PySide6.QtWidgets import QApplication

        # the longest event-loop stall from the first paint until the refreshed balances
        timer = QTimer(window)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(HEARTBEAT_MS)
        beat = {"last": time.perf_counter(), "max": 0.0}

        def tick() -> None:
            now = time.perf_counter()
            beat["max"] = max(beat["max"], now - beat["last"])
            beat["last"] = now

        timer.timeout.connect(tick)
        timer.start()
        state["beat"] = beat

        class ViewportPaint(QObject):
            def eventFilter(self, obj: object, ev: QEvent) -> bool:
                if (
                    ev.type() == QEvent.Type.Paint
                    and state.get("refreshed")
                    and not state.get("painted")
                ):
                    state["painted"] = True
                    event("refreshed_painted")
                    quit_soon()
                return False

        state["filter"] = ViewportPaint(window)
        window.table.viewport().installEventFilter(state["filter"])
        QTimer.singleShot(int(timeout * 1000), QApplication.instance().quit)

    def refreshed(self: MainWindow, result: tuple) -> None:
        original_refreshed(self, result)
        beat = state.get("beat")
        event(
            "refreshed",
            table=table_snapshot(self),
            errors=dict(result[1]),
            status=self.status.currentMessage(),
            max_stall_ms=None if beat is None else beat["max"] * 1000,  # type: ignore[index]
        )
        state["refreshed"] = True
        self.table.viewport().update()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(2000, quit_soon)  # in case no paint follows

    def failed(self: MainWindow, exc: BaseException) -> None:
        original_failed(self, exc)
        event("failed", error=self.status.currentMessage())
        quit_soon()

    def init(self: MainWindow, *args: object, **kwargs: object) -> None:
        event("window_init")  # Qt, the services and the data dir are ready
        original_init(self, *args, **kwargs)
        event("window_built")

    def show(self: MainWindow) -> None:
        original_show(self)
        event("window_shown")

    MainWindow.__init__ = init
    MainWindow.show = show
    MainWindow.paintEvent = paint_event
    MainWindow._refreshed = refreshed
    MainWindow._failed = failed
    import wallet.gui.app_controller as controller_module

    controller_module.start_devnet_in_background = lambda env, window: window.refresh()
    code = app_module.main(argv)
    report["exit_code"] = code
    report["modules_at_exit"] = {m: m in sys.modules for m in CHAIN_LIBRARIES}
    print(REPORT_PREFIX + json.dumps(report), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
