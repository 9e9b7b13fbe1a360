"""Windows that fit a laptop screen in every language: combo boxes that never cut their longest
item. Qt lets a combo box shrink below its items (``minimumSizeHint`` ignores them), so after
a widget sets its texts it calls :func:`fit_combos`, which makes each combo box's minimum the
width of its longest item (re-run on a language switch: the longest item changes)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


def fit_combos(widget: QWidget) -> None:
    """Every combo box of ``widget``'s window inside ``widget`` (or ``widget`` itself)."""
    boxes = [widget] if isinstance(widget, QComboBox) else widget.findChildren(QComboBox)
    for box in boxes:
        if box.window() is not widget.window():
            continue  # another window's (a dialog parented to this one) fits itself
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.setMinimumWidth(0)
        box.setMinimumWidth(box.sizeHint().width())
