"""Languages: Qt translators for English (source), Russian and Kyrgyz, and locale-aware amounts.

Every user-facing string goes through ``self.tr(...)`` (or ``QCoreApplication.translate``) in a
widget's ``retranslate()`` method; widgets mix in :class:`Retranslatable`, which calls
``retranslate()`` again when the language changes, so a switch re-translates open windows
without losing what the user typed. Error templates of ``KapchykError`` are translated in the
``errors`` context (see ``gui/workers.error_text``).

The ``.ts`` sources and compiled ``.qm`` files live in ``resources/translations``
(``make translations`` regenerates them).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTranslator

from wallet.core.amounts import format_amount
from wallet.services.app_settings import LANGUAGES  # code → its own name (one list, Qt-free)

# A real folder in every install (editable: the checkout's resources/; wheel and bundle: inside the
# package), so Qt can load the .qm files by path.
TRANSLATIONS_DIR = Path(str(resources.files("wallet.resources").joinpath("translations")))

#: (group separator, decimal separator) per language; ru/ky write 1 234,5
SEPARATORS = {"en": (",", "."), "ru": ("\u00a0", ","), "ky": ("\u00a0", ",")}

_state: dict[str, object] = {"language": "en", "translators": []}


def current_language() -> str:
    return str(_state["language"])


def install_language(code: str) -> None:
    """Switch the application's language; open windows get a LanguageChange event."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; expected one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    for old in _state["translators"]:  # type: ignore[union-attr]
        app.removeTranslator(old)
    installed = []
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"kapchyk_{code}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
        qt = QTranslator(app)  # Qt's own strings (context menus of line edits), where Qt has them
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    _state["translators"] = installed
    _state["language"] = code
    # installing or removing a translator posts LanguageChange to every top-level widget


def amount_text(units: int, decimals: int, **kwargs: object) -> str:
    """``format_amount`` with the separators of the current language."""
    group, dec = SEPARATORS[current_language()]
    return format_amount(units, decimals, group_sep=group, decimal_sep=dec, **kwargs)  # type: ignore[arg-type]


def language_box(parent: object) -> object:
    """A combo box of the languages, each in its own words, on the current one."""
    from PySide6.QtWidgets import QComboBox

    box = QComboBox(parent)
    for code, own_name in LANGUAGES.items():
        box.addItem(own_name, code)
    box.setCurrentIndex(list(LANGUAGES).index(current_language()))
    return box


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class Retranslatable:
    """Mix into a QWidget that sets its texts in ``retranslate()``; re-run on language change."""

    def retranslate(self) -> None:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
