"""CSV export from a tab: ask where (a save dialog), write on a worker, and report a file that
cannot be written in plain words (with its path) rather than as an internal error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from kapchyk.core.errors import KapchykError
from kapchyk.gui.workers import run_in_background


class ExportFailed(KapchykError):
    code = "export_failed"


def ask_save_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> str:
    """The path the user chose, or "" when they cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return path


def export_in_background(
    write: Callable[[], None],
    path: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    owner: QObject | None = None,
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

    run_in_background(work, on_done, on_error, owner)
