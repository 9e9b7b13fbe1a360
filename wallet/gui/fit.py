"""Windows that fit a laptop screen in every language: combo boxes that never cut their longest
item, and word-wrapped labels that never cut their last lines. Qt lets a combo box shrink below
its items (``minimumSizeHint`` ignores them), so after a widget sets its texts it calls
:func:`fit_combos`, which makes each combo box's minimum the width of its longest item (re-run
on a language switch: the longest item changes). A page of a QStackedWidget does not pass its
labels' height-for-width up to the dialog, so a long wrapped line in Russian or Kyrgyz would be
clipped: :func:`fit_wrapped_labels` gives each its height at its width, and a dialog of such
pages mixes in :class:`WrappedPages` to have that done on every resize and after a text or page
changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QWidget


def fit_combos(widget: QWidget) -> None:
    """Every combo box of ``widget``'s window inside ``widget`` (or ``widget`` itself)."""
    boxes = [widget] if isinstance(widget, QComboBox) else widget.findChildren(QComboBox)
    for box in boxes:
        if box.window() is not widget.window():
            continue  # another window's (a dialog parented to this one) fits itself
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.setMinimumWidth(0)
        box.setMinimumWidth(box.sizeHint().width())


def fit_wrapped_labels(page: QWidget | None) -> None:
    """Every visible word-wrapped label in ``page`` at least as tall as its text needs."""
    if page is None:
        return
    for label in page.findChildren(QLabel):
        if label.wordWrap() and label.isVisible() and label.text():
            needed = label.heightForWidth(max(label.width(), 1))
            if needed > 0 and needed != label.minimumHeight():
                label.setMinimumHeight(needed)


class WrappedPages:
    """Mix into a QDialog (before it) whose pages are the QStackedWidget ``pages``."""

    pages: QStackedWidget

    def fit_wrapped_soon(self) -> None:
        """The shown page's wrapped labels fitted once the new texts are laid out."""
        QTimer.singleShot(0, self, lambda: fit_wrapped_labels(self.pages.currentWidget()))  # type: ignore[call-overload]

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        self.fit_wrapped_soon()
