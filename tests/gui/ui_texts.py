"""Every user-visible text of a widget tree, each named by where it is, to check translations.

``ui_texts(window)`` walks the window and its children and collects window titles, label,
button, check box and radio button texts, group box titles, tab texts, table and header
labels, combo box items, placeholder texts, tooltips and the status bar's message. A text is
named by the attribute of the window that holds its widget (``review_button``,
``review_names[fee]``, ``warning_checks[0]``) when there is one, else by its class and parents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Formatter
from xml.etree import ElementTree

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QStatusBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from wallet.gui.i18n import TRANSLATIONS_DIR


@dataclass(frozen=True)
class UiText:
    where: str  # e.g. "SendDialog.review_button text"
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def _attribute_names(root: QWidget) -> dict[int, str]:
    """id(widget) → the attribute of ``root`` that holds it (also inside dicts and lists)."""
    names: dict[int, str] = {}
    for attr, value in vars(root).items():
        if isinstance(value, QWidget):
            names.setdefault(id(value), attr)
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, QWidget):
                    names.setdefault(id(item), f"{attr}[{key}]")
        elif isinstance(value, list | tuple):
            for i, item in enumerate(value):
                if isinstance(item, QWidget):
                    names.setdefault(id(item), f"{attr}[{i}]")
    return names


def _describe(widget: QWidget, root: QWidget, names: dict[int, str]) -> str:
    prefix = type(root).__name__
    if widget is root:
        return prefix
    if id(widget) in names:
        return f"{prefix}.{names[id(widget)]}"
    chain, parent = [], widget.parentWidget()
    while parent is not None and parent is not root and id(parent) not in names:
        parent = parent.parentWidget()
    if parent is not None and parent is not root:
        chain.append(names[id(parent)])
    label = widget.objectName() or type(widget).__name__
    return ".".join([prefix, *chain, f"<{label}>"])


def _plain(text: str, rich: bool) -> str:
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _is_qt_internal(widget: QWidget) -> bool:
    """Qt's own parts (a combo box's line edit, a tab bar's scroll buttons)."""
    name = widget.objectName()
    return name.startswith("qt_") or (
        isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox)
    )


def _header_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    out = []
    if model is None:
        return out
    header = getattr(view, "horizontalHeader", lambda: None)()
    if header is not None and not header.isHidden():
        for col in range(model.columnCount()):
            text = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            out.append((f"header[{col}]", str(text or "")))
    header = getattr(view, "verticalHeader", lambda: None)()
    if header is not None and not header.isHidden():
        for row in range(model.rowCount()):
            text = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
            out.append((f"row header[{row}]", str(text or "")))
    return out


def _texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) pairs of one widget."""
    out: list[tuple[str, str]] = []
    if widget.isWindow():
        out.append(("window title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText
            and QtGui_Qt.mightBeRichText(widget.text())
        )
        out.append(("text", _plain(widget.text(), rich)))
    elif isinstance(widget, QAbstractButton):
        out.append(("text", widget.text()))
    if isinstance(widget, QGroupBox):
        out.append(("title", widget.title()))
    if isinstance(widget, QTabWidget):
        out += [(f"tab[{i}]", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        out += _header_texts(widget)
    if isinstance(widget, QTableWidget):
        for row in range(widget.rowCount()):
            for col in range(widget.columnCount()):
                item = widget.item(row, col)
                if item is not None:
                    out.append((f"cell[{row},{col}]", item.text()))
                    out.append((f"cell[{row},{col}] tooltip", item.toolTip()))
    if isinstance(widget, QComboBox):
        out += [(f"item[{i}]", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        out.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QStatusBar):
        out.append(("message", widget.currentMessage()))
    out.append(("tooltip", widget.toolTip()))
    return [(what, text) for what, text in out if text and text.strip()]


def ui_texts(root: QWidget) -> list[UiText]:
    """Every user-visible text in ``root`` and its children (hidden ones too: they are shown
    as soon as their state changes, so they must be translated already)."""
    names = _attribute_names(root)
    widgets = [root, *root.findChildren(QWidget)]
    if isinstance(root, QMainWindow) and root.statusBar() not in widgets:
        widgets.append(root.statusBar())
    out = []
    for widget in widgets:
        if _is_qt_internal(widget):
            continue
        where = _describe(widget, root, names)
        out += [UiText(f"{where} {what}", text) for what, text in _texts_of(widget)]
    return out


# ---------------------------------------------------------------- translations
def translation_pairs(lang: str) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) of every message in use in kapchyk_<lang>.ts."""
    root = ElementTree.parse(TRANSLATIONS_DIR / f"kapchyk_{lang}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = (translation.text or "") if translation is not None else ""
            out.append((name, message.findtext("source") or "", text, kind is None))
    return out


_FIELD = re.compile(r"\{[^{}]*\}")


def placeholders(text: str) -> list[str]:
    """The ``{fields}`` of a str.format template, sorted."""
    return sorted(_FIELD.findall(text.replace("{{", "").replace("}}", "")))


class EnglishTexts:
    """The English sources that have a translation in a language, to spot a text left in
    English: a text equal to such a source, or one filled in from such a template."""

    MIN_LITERAL = 4  # templates with less fixed text ("{reason}") would match anything

    def __init__(self, lang: str) -> None:
        pairs = [(s, t) for _c, s, t, _f in translation_pairs(lang) if t and t != s]
        self.sources = {s for s, _t in pairs}
        self.patterns = []
        for source in sorted(self.sources):
            parts = list(Formatter().parse(source))
            literal = "".join(p[0] for p in parts)
            if all(p[1] is None for p in parts) or len(literal.strip()) < self.MIN_LITERAL:
                continue
            regex = "".join(
                re.escape(text) + ("" if name is None else "(.*?)")
                for text, name, _spec, _conv in parts
            )
            self.patterns.append((re.compile(regex, re.DOTALL), source))

    def english_source(self, text: str) -> str | None:
        """The English source ``text`` is (or is made from), if any."""
        if text in self.sources:
            return text
        for pattern, source in self.patterns:
            if pattern.fullmatch(text):
                return source
        return None


_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33}")
_NUMBER = re.compile(r"[—\d\s\u00a0.,]+")


def is_data(text: str, data: set[str]) -> bool:
    """Network names, token symbols, addresses, amounts and links: the same in every language."""
    t = text.strip()
    if t in data or _NUMBER.fullmatch(t) or _ADDRESS.fullmatch(t):
        return True
    if t.startswith(("ethereum:", "tron:")):
        return True
    words = t.split()
    return len(words) == 2 and bool(_NUMBER.fullmatch(words[0])) and words[1] in data


def untranslated(root: QWidget, lang: str, data: set[str]) -> list[str]:
    """The texts of ``root`` still in English, each with where it is and what source it is."""
    english = EnglishTexts(lang)
    bad = []
    for found in ui_texts(root):
        if is_data(found.text, data):
            continue
        source = english.english_source(found.text)
        if source is not None:
            bad.append(f"{found} is the English {source!r}")
    return bad


def data_texts(registry: object) -> set[str]:
    """Network names and token symbols of a registry."""
    out: set[str] = set()
    for net in registry.networks:  # type: ignore[attr-defined]
        out |= {net.name, net.native.symbol, net.id}
        out |= {t.symbol for t in registry.tokens(net.id)}  # type: ignore[attr-defined]
    return out


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS_DIR.glob("kapchyk_*.ts"))
