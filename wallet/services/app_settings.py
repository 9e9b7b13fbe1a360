"""Settings of the application itself, shared by every network mode: ``<data_dir>/settings.json``.

Four fields: ``language`` (en, ru, ky), ``currency`` (what balances are valued in: KGS, USD, RUB,
KZT, EUR, CNY), ``network_mode`` (the mode the GUI opens in and the
CLI's default after ``--network-mode`` and $KAPCHYK_NETWORK_MODE) and ``auto_lock_minutes``
(idle minutes before unlocked wallets lock; 0 = never). Per-mode data (endpoints, tokens) lives
in each mode's SQLite database instead.

A value that is not allowed is refused with an error naming the field and what it expects. The
file is written atomically. A file that cannot be read is not used (defaults apply, and the
reason is logged and kept in ``problem``; ``notice(mode)`` is what the CLI and the GUI tell the
user, naming the mode in use); it is not overwritten silently either: the first save
moves it aside to ``settings.json.unreadable`` and logs that.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wallet.core.errors import KapchykError
from wallet.core.networks import MODES
from wallet.store.files import write_json_atomic

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
UNREADABLE_SUFFIX = ".unreadable"

#: language code → its own name (the GUI's language picker shows these untranslated)
LANGUAGES = {"en": "English", "ru": "Русский", "ky": "Кыргызча"}
MAX_AUTO_LOCK_MINUTES = 24 * 60
#: the currencies balances can be valued in (resources/prices.json, read by services/prices.py)
CURRENCIES = ("KGS", "USD", "RUB", "KZT", "EUR", "CNY")


class SettingsError(KapchykError):
    code = "settings"


@dataclass(frozen=True)
class _Field:
    default: Any
    valid: Callable[[Any], bool]
    expected: str


def _minutes(value: Any) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and 0 <= value <= MAX_AUTO_LOCK_MINUTES
    )


FIELDS: dict[str, _Field] = {
    "language": _Field("en", lambda v: v in LANGUAGES, "one of " + ", ".join(LANGUAGES)),
    "network_mode": _Field("mainnet", lambda v: v in MODES, "one of " + ", ".join(MODES)),
    "currency": _Field("KGS", lambda v: v in CURRENCIES, "one of " + ", ".join(CURRENCIES)),
    "auto_lock_minutes": _Field(
        5,
        _minutes,
        f"a whole number of minutes from 0 (never lock) to {MAX_AUTO_LOCK_MINUTES}",
    ),
}


def check_value(name: str, value: Any) -> Any:
    """``value`` if field ``name`` allows it; otherwise a SettingsError naming field and rule."""
    field = FIELDS.get(name)
    if field is None:
        raise SettingsError(
            "there is no setting {field!r} (settings: {known})",
            field=name,
            known=", ".join(FIELDS),
        )
    if not isinstance(value, str | int) or not field.valid(value):
        raise SettingsError(
            "setting {field!r} must be {expected}; {value!r} is not",
            field=name,
            expected=field.expected,
            value=value if isinstance(value, str | int | float | None) else type(value).__name__,
        )
    return value


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The UI language the system asks for (POSIX order: LC_ALL, LC_MESSAGES, LANG):
    ``ru_RU.UTF-8`` → ru, ``ky_KG`` → ky, anything else → en."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


class AppSettings:
    """``settings.json`` in the data dir; every ``set`` is saved at once."""

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / SETTINGS_FILE
        self._values: dict[str, Any] = {name: f.default for name, f in FIELDS.items()}
        self._other: dict[str, Any] = {}  # keys of a newer version: kept when saving
        self._saved: set[str] = set()  # fields the file holds (chosen by the user once)
        #: why the file on disk was not used (it could not be read), or None
        self.problem: str | None = None
        self._load()

    # ---------------------------------------------------------------- reading
    def _load(self) -> None:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            self._unreadable(f"cannot be read ({type(exc).__name__}: {exc})")
            return
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            self._unreadable(f"is not valid JSON ({exc})")
            return
        if not isinstance(doc, dict):
            self._unreadable("does not hold a JSON object")
            return
        for name, value in doc.items():
            self._saved.add(name)
            if name not in FIELDS:
                self._other[name] = value
                continue
            try:
                self._values[name] = check_value(name, value)
            except SettingsError as exc:
                log.warning("%s: %s; using %r", self.path, exc.message, FIELDS[name].default)

    def _unreadable(self, reason: str) -> None:
        self.problem = f"{self.path} {reason}"
        # info, not warning: this is read before logging is set up (a warning would reach
        # stderr a second time); the CLI and the GUI say it through notice()
        log.info("%s; using the default settings (the file is left as it is)", self.problem)

    def notice(self, mode: str) -> SettingsError | None:
        """What to tell the user when the file could not be read: that, and the network mode
        in use instead (a devnet user must not think their wallets are gone)."""
        if self.problem is None:
            return None
        return SettingsError(
            "the settings file could not be read: {problem}. Kapchyk is using {mode} mode and "
            "the default settings; the file was left as it is",
            problem=self.problem,
            mode=mode,
        )

    def get(self, name: str) -> Any:
        if name not in FIELDS:
            check_value(name, None)  # raises: unknown setting
        return self._values[name]

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

    @property
    def language(self) -> str:
        return self._values["language"]

    def chosen(self, name: str) -> bool:
        """True when ``name`` was saved (chosen) rather than left at its default."""
        return name in self._saved

    @property
    def start_language(self) -> str:
        """The language to start in: the one chosen, else the system's."""
        return self.language if self.chosen("language") else system_language()

    @property
    def network_mode(self) -> str:
        return self._values["network_mode"]

    @property
    def currency(self) -> str:
        return self._values["currency"]

    @property
    def auto_lock_minutes(self) -> int:
        return self._values["auto_lock_minutes"]

    # ---------------------------------------------------------------- writing
    def set(self, name: str, value: Any) -> None:
        self.update(**{name: value})

    def update(self, **values: Any) -> None:
        """Check every value first, then save them together (all or nothing)."""
        checked = {name: check_value(name, value) for name, value in values.items()}
        unchanged = all(self._values[n] == v for n, v in checked.items())
        if unchanged and self.problem is None and self.path.exists():
            return
        self._values.update(checked)
        self._saved.update(checked)
        self.save()

    def save(self) -> None:
        if self.problem is not None and self.path.exists():
            kept = self.path.with_name(self.path.name + UNREADABLE_SUFFIX)
            self.path.replace(kept)
            log.warning("moved the unreadable settings file to %s before saving new settings", kept)
        # the language is written only once chosen: until then it follows the system's
        values = {n: v for n, v in self._values.items() if n != "language" or self.chosen(n)}
        write_json_atomic(self.path, {**self._other, **values})
        self.problem = None
