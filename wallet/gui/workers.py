"""Run service calls off the GUI thread; results come back through Qt signals.

``run_in_background(fn, on_done, on_error)`` queues ``fn`` on the global QThreadPool; the
callbacks run on the GUI thread (queued signal connections). The GUI thread never waits on the
network, the KDF or disk work that can grow.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import shiboken6
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
            # one line in the log (error messages carry no secrets), the traceback with -v
            log.info("background job failed: %s: %s", type(exc).__name__, exc)
            log.debug("background job failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


_alive: set[_Job] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> None:
    """Run ``fn`` on the pool; ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.
    With an ``owner`` widget, the callbacks are dropped if it was deleted in the meantime."""
    job = _Job(fn)
    job.setAutoDelete(False)
    _alive.add(job)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        _alive.discard(job)
        if owner is not None and not shiboken6.isValid(owner):
            return  # e.g. the window was closed while the job ran
        handler(value)

    job.signals.done.connect(lambda v: finish(on_done, v))
    job.signals.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(job)


def busy() -> bool:
    """True while a job started here has not reported back yet."""
    return bool(_alive)


def translated(template: str, params: dict[str, Any] | None = None) -> str:
    """An English message template translated in the ``errors`` context, parameters filled.

    Parameters that are themselves English texts of kapchyk (a ``term("the token")``, or the
    message of another error passed on as ``{reason}``) are translated too."""
    return _translate_template(template, params)


def template_text(template: str, params: dict[str, Any] | None = None) -> str:
    """A template held in a variable (marked for translation where it was written, with
    ``term(...)``), translated and filled like :func:`translated`."""
    return _translate_template(template, params)


def _translate_template(template: str, params: dict[str, Any] | None) -> str:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("errors", template)
    if not params:
        return text
    shown = {k: message_text(v) if isinstance(v, str) else v for k, v in params.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


#: an amount as the core formats it in English ("9,899.6005", "0.1"): shown in the UI language
_ENGLISH_NUMBER = re.compile(r"-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)")


def localized_number(text: str) -> str:
    """An English-formatted number ("9,899.6005") with the separators of the UI language."""
    from wallet.gui.i18n import SEPARATORS, current_language

    group, dec = SEPARATORS[current_language()]
    whole, _, frac = text.partition(".")
    return whole.replace(",", group) + (dec + frac if frac else "")


def message_text(text: str) -> str:
    """An English message of kapchyk (a term, or a template with its parameters filled in, as
    stored in a journal entry's reason) in the current language; other text is returned as it
    is (addresses, names, symbols)."""
    from PySide6.QtCore import QCoreApplication

    from wallet.gui.i18n import current_language

    if not text or current_language() == "en":
        return text
    if _ENGLISH_NUMBER.fullmatch(text):
        return localized_number(text)
    exact = QCoreApplication.translate("errors", text)
    if exact != text:
        return exact
    for pattern, template in _message_patterns():
        found = pattern.fullmatch(text)
        if found:
            return _translate_template(template, found.groupdict())
    return text


_patterns: list[tuple[re.Pattern[str], str]] = []


def _message_patterns() -> list[tuple[re.Pattern[str], str]]:
    """A regular expression per template with named parameters (longest fixed text first);
    templates whose fields have conversions or formats (``{x!r}``) are left out."""
    if _patterns:
        return _patterns
    from string import Formatter

    from wallet.gui.error_strings import TEMPLATES

    found = []
    for template in TEMPLATES:
        parts = list(Formatter().parse(template))
        fields = [p for p in parts if p[1] is not None]
        literal = "".join(p[0] for p in parts)
        if not fields or len(literal.strip()) < 4 or any(p[2] or p[3] for p in fields):
            continue
        regex, seen = [], set()
        for text, name, _spec, _conversion in parts:
            regex.append(re.escape(text))
            if name is None:
                continue
            if not name.isidentifier():
                break  # positional or indexed fields: not a keyword template
            regex.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
            seen.add(name)
        else:
            found.append((len(literal), re.compile("".join(regex), re.DOTALL), template))
    found.sort(key=lambda f: -f[0])
    _patterns.extend((pattern, template) for _n, pattern, template in found)
    return _patterns


def error_text(exc: BaseException) -> str:
    """A plain, translated message for the user (KapchykError templates are translation keys)."""
    from wallet.core.errors import KapchykError

    if isinstance(exc, KapchykError):
        return translated(exc.template, exc.params)
    return translated("something went wrong; details are in the log")


def warning_text(warning: Any) -> str:
    """A send warning (``SendWarning``), translated like an error."""
    return translated(warning.template, warning.params)
