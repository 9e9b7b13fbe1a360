"""The yardstick for ``bench_startup.py``: a bare PySide6 window (a QMainWindow holding a
QTableWidget of a few rows, as the wallet's home screen does) started in a fresh process, timed
the same way as the wallet (``KAPCHYK_BENCH_T0`` = the parent's monotonic clock just before the
start, so interpreter start-up counts). Prints one ``REPORT_PREFIX`` JSON line."""

from __future__ import annotations

import json
import os
import sys
import time

T0 = float(os.environ.get("KAPCHYK_BENCH_T0") or time.monotonic())
REPORT_PREFIX = "KAPCHYK-BENCH-REPORT "


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    report: dict[str, float] = {}

    class Window(QMainWindow):
        def paintEvent(self, event: object) -> None:
            super().paintEvent(event)
            if "first_paint" not in report:
                report["first_paint"] = time.monotonic() - T0
                QTimer.singleShot(0, QApplication.instance().quit)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = Window()
    table = QTableWidget(6, 5, window)
    for r in range(6):
        for c in range(5):
            table.setItem(r, c, QTableWidgetItem(f"{r}.{c}"))
    window.setCentralWidget(table)
    window.resize(900, 600)
    window.show()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    print(REPORT_PREFIX + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
