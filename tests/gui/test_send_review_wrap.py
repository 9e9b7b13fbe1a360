"""In Russian and Kyrgyz every line of the send review — the warnings to tick above all — is
shown in full: no label is narrower than its text (no elision) or shorter than its wrapped height
(no clipped line), on a real anvil and the Tron devnode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel
from tronpy.keys import PrivateKey

from tests.evm.conftest import NET
from tests.gui.test_translations import language  # noqa: F401 - fixture
from tests.tron.conftest import NET as TRON_NET
from wallet.gui.send_dialog import SendDialog

NEW_PAYEE = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"


def _review(qtbot, env, account, network_id, symbol, to, amount):
    dialog = SendDialog(env, account)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index(network_id))
    dialog.token_box.setCurrentIndex([a[1] for a in dialog.assets].index(symbol))
    dialog.recipient_edit.setText(to)
    dialog.amount_edit.setText(amount)
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=60_000)
    qtbot.wait(50)  # a layout pass at the final size
    return dialog


def _shown_in_full(label: QLabel) -> None:
    text = label.text()
    if not text or not label.isVisible():
        return
    assert label.wordWrap(), text
    metrics = QFontMetrics(label.font())
    width = label.contentsRect().width()
    needed = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
    # a line cut off is a whole line spacing missing (half a line of slack for the last leading)
    room = label.contentsRect().height() + metrics.lineSpacing() // 2
    assert needed.height() <= room, f"clipped: {text!r}"
    longest_word = max(text.split(), key=metrics.horizontalAdvance)
    assert metrics.horizontalAdvance(longest_word) <= width, f"cut: {longest_word!r}"
    assert metrics.elidedText(longest_word, Qt.TextElideMode.ElideRight, width) == longest_word
    right = label.mapTo(label.window(), label.contentsRect().topRight()).x()
    assert right <= label.window().width(), f"beyond the window: {text!r}"


def _review_labels(dialog) -> list[QLabel]:
    values = [v for v in dialog.review_values.values() if v.textFormat() == Qt.TextFormat.PlainText]
    return [*values, *(c.label for c in dialog.warning_checks), dialog.known_note]


@pytest.mark.parametrize("code", ["ru", "ky"])
def test_evm_review_warnings_are_shown_in_full(qtbot, world, idle_workers, language, code):  # noqa: F811
    language(code)
    dialog = _review(qtbot, world.env, world.account(1), NET, "KGST", NEW_PAYEE, "3")
    assert dialog.warning_checks  # "you have never paid this address before…", translated
    assert all("never paid" not in c.text() for c in dialog.warning_checks)
    for label in _review_labels(dialog):
        _shown_in_full(label)
    assert "," in dialog.review_values["fee"].text()  # 0,000… in the UI language


@pytest.mark.parametrize("code", ["ru", "ky"])
def test_tron_not_activated_warning_is_shown_in_full(
    qtbot,
    tron_world,
    idle_workers,
    language,  # noqa: F811
    code,
):
    language(code)
    never_activated = PrivateKey.random().public_key.to_base58check_address()
    dialog = _review(
        qtbot, tron_world.env, tron_world.account(1), TRON_NET, "USDKG", never_activated, "2"
    )
    codes = [c.property("code") for c in dialog.warning_checks]
    assert "recipient_not_activated" in codes
    for label in _review_labels(dialog):
        _shown_in_full(label)


def test_refusals_write_numbers_in_the_ui_language(qtbot, world, idle_workers, language):  # noqa: F811
    language("ky")
    dialog = SendDialog(world.env, world.account(1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.network_box.setCurrentIndex([n.id for n in dialog.networks].index(NET))
    dialog.token_box.setCurrentIndex([a[1] for a in dialog.assets].index("KGST"))
    dialog.recipient_edit.setText(NEW_PAYEE)
    dialog.amount_edit.setText("2000000.5")
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.form_error.text()), timeout=30_000)
    text = dialog.form_error.text()
    assert "2\u00a0000\u00a0000,5" in text and "2,000,000.5" not in text, text
