"""Every window fits a 1280×720 laptop screen in every language: no minimum size over
1024×680 in en, ru and ky, nor after switching languages at run time (en → ky → en), and
combo boxes are wide enough for their longest item."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QTabWidget

from tests.gui.test_translations import language  # noqa: F401 - fixture
from wallet.gui.main_window import MainWindow
from wallet.gui.onboarding import OnboardingDialog
from wallet.gui.receive_dialog import ReceiveDialog
from wallet.gui.send_dialog import SendDialog
from wallet.gui.settings_dialog import SettingsDialog
from wallet.gui.unlock import PasswordDialog
from wallet.services.app_settings import AppSettings

MAX_W, MAX_H = 1024, 680


def _windows(qtbot, env, data_dir):
    acct = env.accounts.accounts()[0]
    window = MainWindow(env)
    window.build_tabs()  # every tab counts (they are built after the first paint otherwise)
    made = {
        "main window": window,
        "settings": SettingsDialog(env, AppSettings(data_dir), window),
        "send": SendDialog(env, acct, window),
        "receive": ReceiveDialog(env.registry, acct, window),
        "onboarding": OnboardingDialog(env, window),
        "unlock": PasswordDialog(env, acct.wallet_id, acct.label, window),
    }
    qtbot.addWidget(window)
    for w in made.values():
        w.show()
    # the speed choices get their prices from a worker: measure the dialog with them
    qtbot.waitUntil(lambda: bool(made["send"].speed_fees), timeout=30_000)
    return made


def _too_big(windows) -> dict[str, tuple[int, int]]:
    out = {}
    for name, w in windows.items():
        w.adjustSize()
        hint = w.minimumSizeHint().expandedTo(w.minimumSize())
        if hint.width() > MAX_W or hint.height() > MAX_H:
            out[name] = (hint.width(), hint.height())
    return out


def _clipped_combos(windows) -> list[str]:
    """Combo boxes too narrow for their longest item when the window is at its minimum size
    (the arrow and frame take about 20 px beside the text)."""
    clipped = []
    for name, w in windows.items():
        w.resize(w.minimumSizeHint())
        for tabs in [t for t in w.findChildren(QTabWidget) if t.window() is w] or [None]:
            for page in range(tabs.count()) if tabs else [0]:
                if tabs:
                    tabs.setCurrentIndex(page)  # every tab page, as a user would open it
                QApplication.processEvents()
                for box in w.findChildren(QComboBox):
                    if box.window() is not w or not box.isVisibleTo(w) or box.count() == 0:
                        continue
                    fm = box.fontMetrics()
                    texts = [box.itemText(i) for i in range(box.count())]
                    widest = max(texts, key=fm.horizontalAdvance)
                    if box.width() < fm.horizontalAdvance(widest) + 20:
                        clipped.append(f"{name}: {widest!r} in {box.width()} px")
    return sorted(set(clipped))


@pytest.mark.parametrize("lang", ["en", "ru", "ky"])
def test_every_window_fits_1280x720(qtbot, world, data_dir, language, lang):  # noqa: F811
    language(lang)
    windows = _windows(qtbot, world.env, data_dir)
    assert _too_big(windows) == {}
    assert _clipped_combos(windows) == []


def test_windows_fit_after_switching_languages(qtbot, world, data_dir, language):  # noqa: F811
    windows = _windows(qtbot, world.env, data_dir)
    for lang in ("ky", "en"):
        language(lang)
        assert _too_big(windows) == {}, lang
    language("en")
    fresh = _windows(qtbot, world.env, data_dir)

    def widths(ws):
        return {n: w.minimumSizeHint().width() for n, w in ws.items()}

    # back in English the windows are as narrow as ones opened in English (once the answers of
    # their background jobs, such as the priced speeds, have come in for both)
    qtbot.waitUntil(lambda: widths(windows) == widths(fresh), timeout=10_000)
