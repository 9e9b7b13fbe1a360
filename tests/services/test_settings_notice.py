"""Issue 16 item 11: a damaged settings.json is said plainly, with the mode in use — in the CLI
(one stderr line, real subprocess) and in the GUI's status bar (real window)."""

from __future__ import annotations

from tests.gui.test_mode_switch import make_env  # noqa: F401 (fixture)
from tests.keys.cli_helpers import run_cli
from wallet.gui.app_controller import AppController
from wallet.services.app_settings import AppSettings

DAMAGED = '{"network_mode": "devnet", "language": "ru"'  # cut off mid-write


def test_cli_says_the_settings_file_is_unreadable_and_which_mode_is_used(data_dir):
    (data_dir / "settings.json").write_text(DAMAGED, "utf-8")
    proc, _ = run_cli(data_dir, "wallet", "list", mode="")
    lines = [ln for ln in proc.stderr.splitlines() if "settings" in ln]
    assert len(lines) == 1, proc.stderr
    assert "is not valid JSON" in lines[0] and "using mainnet mode" in lines[0]
    assert (data_dir / "settings.json").read_text("utf-8") == DAMAGED


def test_gui_shows_the_settings_problem_and_the_mode_in_the_status_bar(qtbot, data_dir, make_env):  # noqa: F811
    (data_dir / "settings.json").write_text(DAMAGED, "utf-8")
    controller = AppController(
        data_dir, AppSettings(data_dir), None, make_env=make_env, go_online=False
    )
    try:
        label = controller.window.findChild(
            __import__("PySide6.QtWidgets").QtWidgets.QLabel, "settings_notice"
        )
        assert label is not None and label.isVisible()
        assert "is not valid JSON" in label.text() and "using mainnet mode" in label.text()
    finally:
        controller.shutdown()
        for env in make_env.made:
            env.close()
