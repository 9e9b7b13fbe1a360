"""The user guide: in English, Russian and Kyrgyz with screenshots in each language, linked from
the README's top, and opened by F1 (Help → User guide) in the app's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from wallet.gui import i18n
from wallet.gui.main_window import MainWindow
from wallet.services.environment import Environment

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"
LANGS = ("en", "ru", "ky")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.mark.parametrize("lang", LANGS)
def test_guide_has_every_section_with_screenshots_in_its_language(lang):
    text = (GUIDE / f"{lang}.md").read_text("utf-8")
    sections = re.findall(r"^## \d+\. ", text, flags=re.MULTILINE)
    english = re.findall(r"^## \d+\. ", (GUIDE / "en.md").read_text("utf-8"), flags=re.MULTILINE)
    assert len(sections) == len(english) == 10
    images = IMAGE.findall(text)
    assert len(images) >= 4
    for src in images:
        assert src.startswith(f"screenshots/{lang}/"), src  # shots in the guide's language
        png = GUIDE / src
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", src
    for other in LANGS:  # each guide links the others
        if other != lang:
            assert f"({other}.md)" in text


def test_readme_links_the_guide_at_its_top():
    top = "\n".join((ROOT / "README.md").read_text("utf-8").splitlines()[:15])
    for lang in LANGS:
        assert f"docs/guide/{lang}.md" in top


F1_GUIDE = {  # the title (the .ts files) and the guide's first warning, in each language
    "ru": ("Руководство пользователя", "Фраза восстановления — это ваши деньги"),
    "ky": ("Колдонуучу колдонмосу", "Калыбына келтирүү фразасы — бул сиздин акчаңыз"),
}


@pytest.mark.parametrize("lang", sorted(F1_GUIDE))
def test_f1_opens_the_guide_in_the_apps_language(qtbot, data_dir, lang):
    title, warning = F1_GUIDE[lang]
    window = MainWindow(Environment(data_dir, "devnet"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window
    i18n.install_language(lang)
    try:
        qtbot.keyClick(window, Qt.Key.Key_F1)
        guide = window.guide
        assert guide.isVisible() and guide.windowTitle() == title
        text = guide.browser.toPlainText()
        assert warning in text
        image = guide.browser.document().resource(
            QTextDocument.ResourceType.ImageResource, f"screenshots/{lang}/receive.png"
        )
        assert image is not None and not image.isNull()  # the screenshot is found and loaded
    finally:
        i18n.install_language("en")
