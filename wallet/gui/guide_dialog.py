"""Help → User guide: the guide (docs/guide/<lang>.md, shipped as ``wallet.guide``) in the
app's language, with its screenshots, in a read-only browser. The text is the project's own."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from wallet.gui.i18n import Retranslatable, current_language


def guide_path(language: str) -> Path:
    """The guide in ``language`` (English when there is none in it)."""
    folder = Path(str(resources.files("wallet.guide")))
    path = folder / f"{language}.md"
    return path if path.exists() else folder / "en.md"


class GuideDialog(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)  # links between languages stay inside
        layout.addWidget(self.browser)
        self.resize(820, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.language = current_language()
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(self.language))))
