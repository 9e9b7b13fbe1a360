"""The "Tron energy" page in Russian and Kyrgyz against the real devnode: no English left on
it (the advice, the lists, a review), and it fits a 1280×720 laptop (minimum size at most
1024×680, as tests/gui/test_fits_laptop.py asks of every other window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.test_energy_page import _choose, _page, _type
from tests.gui.test_fits_laptop import MAX_H, MAX_W
from tests.gui.test_translations import language  # noqa: F401 - the fixture
from tests.gui.ui_texts import data_texts, untranslated


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_the_energy_page_is_translated_and_fits(qtbot, tron_world, language, lang):  # noqa: F811
    w = tron_world
    language(lang)
    page = _page(qtbot, w.env, w.account(3))
    data = data_texts(w.env.registry) | {a.label for a in w.env.accounts.accounts()}
    data |= {w.account(3).tron_address}
    assert untranslated(page, lang, data) == []
    _choose(page, "stake")
    _type(page, page.amount, "100")
    QTest.keyClick(page.amount, Qt.Key.Key_Return)  # the review
    qtbot.waitUntil(lambda: page.quote is not None, timeout=30_000)
    assert untranslated(page, lang, data) == []
    page.adjustSize()
    hint = page.minimumSizeHint().expandedTo(page.minimumSize())
    assert hint.width() <= MAX_W and hint.height() <= MAX_H, (hint.width(), hint.height())
