"""Help → Check my setup from the main window on the real anvil and Secret Service: the checks run
on a worker and each one's line and the verdict are shown, in English, Russian and Kyrgyz."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from tests.gui.test_translations import language  # noqa: F401 - fixture
from tests.gui.ui_texts import EnglishTexts, translation_pairs
from wallet.gui.main_window import MainWindow

MARK = re.compile(r"^\[(?P<mark>[^\]]+)\] (?P<summary>.+)$")


def _window(qtbot, env):
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _in_the_help_menu(qtbot, window, choose):
    """``choose(menu)`` runs once the Help button's menu is open (it runs its own event loop)."""
    done = []

    def when_open():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or not menu.isVisible():
            QTimer.singleShot(20, when_open)
            return
        assert [a.text() for a in menu.actions()] == [
            window.guide_action.text(),
            window.doctor_action.text(),
        ]
        choose(menu)
        done.append(menu)

    QTimer.singleShot(0, when_open)
    return done


def _click_check_my_setup(qtbot, window):
    def click(menu):
        spot = menu.actionGeometry(window.doctor_action).center()
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=spot)

    done = _in_the_help_menu(qtbot, window, click)
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)


def _keys_to_check_my_setup(qtbot, window):
    """Tab to the Help button, Space opens its menu, Down Down Enter picks Check my setup."""

    def keys(menu):
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
            qtbot.keyClick(menu, key)

    done = _in_the_help_menu(qtbot, window, keys)
    window.help_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.help_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)


def _opened_and_checked(qtbot, window):
    doctor = window.doctor
    assert doctor.isVisible() and not doctor.again_button.isEnabled()  # checks on a worker
    qtbot.waitUntil(lambda: doctor.checks is not None, timeout=60_000)
    return doctor


def test_help_check_my_setup_clicked_shows_each_check_and_the_verdict(qtbot, world, idle_workers):
    window = _window(qtbot, world.env)
    _click_check_my_setup(qtbot, window)
    doctor = _opened_and_checked(qtbot, window)
    assert doctor.windowTitle() == "Check my setup" and doctor.parent() is window
    lines = doctor.report.toPlainText().splitlines()
    marked = [MARK.match(line) for line in lines if not line.startswith(" ")]
    assert all(marked) and len(marked) == len(doctor.checks)  # one line per check, in order
    assert [m["summary"] for m in marked][:2] == [
        "the OS keyring is unlocked and writable (Keyring)",
        "a display is available for the desktop app",
    ]
    assert f"      {world.anvil.url}: " in lines[lines.index(marked[4].string) + 1]
    assert "[PROBLEM] Sepolia: none of its 2 endpoints answered correctly" in lines
    assert doctor.verdict.text() == (
        "Something here would stop a send: fix the PROBLEM lines first."
    )
    assert doctor.again_button.isEnabled()


def _ts(lang: str, context: str, source: str) -> str:
    found = [t for c, s, t, _f in translation_pairs(lang) if c == context and s == source]
    assert found and found[0], (lang, context, source)
    return found[0]


def _english_left(lines: list[str], lang: str, marks: set[str], fix: str) -> list[str]:
    """The parts of the report's lines that are an English text with a translation."""
    english = EnglishTexts(lang)
    parts = []
    for line in lines:
        text = line.strip()
        if (m := MARK.match(text)) is not None:
            assert m["mark"] in marks, line
            parts.append(m["summary"])
        elif text.startswith(fix + " "):
            parts.append(text.removeprefix(fix + " "))
        else:  # "url: 12 ms, block 5" or "url: the reason it failed"
            parts.append(re.sub(r"^https?://[^ ]+?: ", "", text))
    return [p for p in parts if english.english_source(p) is not None]


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_check_my_setup_in_the_apps_language(qtbot, world, idle_workers, language, lang):  # noqa: F811
    language(lang)
    window = _window(qtbot, world.env)
    _keys_to_check_my_setup(qtbot, window)
    doctor = window.doctor
    ctx = "DoctorDialog"
    assert doctor.verdict.text() == _ts(
        lang, ctx, "Checking the keyring, the data folder and every node…"
    )
    doctor = _opened_and_checked(qtbot, window)
    assert doctor.windowTitle() == _ts(lang, ctx, "Check my setup")
    assert doctor.again_button.text() == _ts(lang, ctx, "Check again")
    assert doctor.close_button.text() == _ts(lang, ctx, "Close")
    assert doctor.verdict.text() == _ts(
        lang, ctx, "Something here would stop a send: fix the PROBLEM lines first."
    )
    report = doctor.report.toPlainText()
    lines = report.splitlines()
    marks = {_ts(lang, ctx, m) for m in ("ok", "PROBLEM", "warning")}
    assert _english_left(lines, lang, marks, _ts(lang, ctx, "fix:")) == []
    keyring = _ts(lang, "errors", "the OS keyring is unlocked and writable ({backend})")
    assert f"[{_ts(lang, ctx, 'ok')}] {keyring.format(backend='Keyring')}" == lines[0]
    ms = _ts(lang, ctx, "{ms} ms, block {block}").split("{ms}")[1].split("{block}")[0]
    assert f"{world.anvil.url}: " in report and ms in report  # the live anvil, its block
    offline = _ts(lang, "errors", "connection failed")  # the price sources: no internet here
    assert f"https://www.nbkr.kg: {offline}" in report
    assert " ms" not in report and "cannot reach" not in report and "none of its" not in report


def test_a_language_switch_retranslates_the_report_without_checking_again(
    qtbot,
    world,
    idle_workers,
    language,  # noqa: F811
):
    window = _window(qtbot, world.env)
    window.check_setup()
    doctor = _opened_and_checked(qtbot, window)
    checks = doctor.checks
    assert doctor.report.toPlainText().startswith("[ok] the OS keyring")
    language("ky")
    assert doctor.checks is checks and doctor.again_button.isEnabled()  # not run again
    assert doctor.windowTitle() == _ts("ky", "DoctorDialog", "Check my setup")
    assert doctor.report.toPlainText().startswith("[жакшы] системанын ачкыч сактагычы")
    qtbot.keyClick(doctor, Qt.Key.Key_Escape)
    assert not doctor.isVisible()
