"""Background jobs of the tabs, and their CSV export.

``run_tab_job(tab, fn, on_done, on_error)`` runs ``fn`` on a worker as work of the tab's
environment (``Environment.close()`` waits for it) and drops the answer once the tab is gone.
``export_in_background`` writes a file that way, reporting one that cannot be written in plain
words (with its path) rather than as an internal error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from wallet.core.errors import KapchykError
from wallet.gui.workers import run_in_background


class ExportFailed(KapchykError):
    code = "export_failed"


def run_tab_job(
    tab: QWidget,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """``fn`` on a worker, inside ``tab.env.working()``; callbacks only while ``tab`` exists."""
    env = tab.env  # type: ignore[attr-defined]

    def work() -> Any:
        with env.working():
            return fn()

    run_in_background(work, on_done, on_error, owner=tab)


def documents_folder() -> Path:
    """Where exports go by default: the user's Documents folder (else the home folder)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> str:
    """The path the user chose, or "" when they cancelled; a bare file name is suggested in
    the Documents folder (not the working directory)."""
    start = Path(suggested)
    if not start.is_absolute():
        start = documents_folder() / start
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), filter_text)
    return path


def export_in_background(
    tab: QWidget,
    write: Callable[[], None],
    path: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``write`` (which writes ``path``) on a worker; an OSError becomes ExportFailed."""

    def work() -> None:
        try:
            write()
        except OSError as exc:
            raise ExportFailed(
                "could not write {path}: {reason}",
                path=str(path),
                reason=exc.strerror or type(exc).__name__,
            ) from None

    run_tab_job(tab, work, on_done, on_error)
