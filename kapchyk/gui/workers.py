"""Run service calls off the GUI thread; results come back through Qt signals.

``run_in_background(fn, on_done, on_error)`` queues ``fn`` on the global QThreadPool; the
callbacks run on the GUI thread (queued signal connections). The GUI thread never waits on the
network, the KDF or disk work that can grow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the GUI, which shows a plain message
            log.debug("background job failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


_alive: set[_Job] = set()


def run_in_background(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
) -> None:
    job = _Job(fn)
    job.setAutoDelete(False)
    _alive.add(job)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        _alive.discard(job)
        handler(value)

    job.signals.done.connect(lambda v: finish(on_done, v))
    job.signals.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(job)


def busy() -> bool:
    """True while a job started here has not reported back yet."""
    return bool(_alive)


def translated(template: str, params: dict[str, Any] | None = None) -> str:
    """An English message template translated in the ``errors`` context, parameters filled."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("errors", template)
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError, ValueError):
        return template.format(**params) if params else template


def error_text(exc: BaseException) -> str:
    """A plain, translated message for the user (KapchykError templates are translation keys)."""
    from kapchyk.core.errors import KapchykError

    if isinstance(exc, KapchykError):
        return translated(exc.template, exc.params)
    return translated("something went wrong; details are in the log")


def warning_text(warning: Any) -> str:
    """A send warning (``SendWarning``), translated like an error."""
    return translated(warning.template, warning.params)
