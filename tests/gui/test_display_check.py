"""``kapchyk-gui`` says why it cannot open a window, in one line, before Qt's misleading
plugin text: no display, a display nobody answers on, a platform plugin library that is broken.
And on a real X server (Xvfb) it starts as usual."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.harness.components import missing

# Qt's own words (qguiapplication.cpp) that must never reach the user here
QT_PLUGIN_TEXT = (
    "is needed to load the Qt xcb platform plugin",
    "Could not load the Qt platform plugin",
    "Reinstalling the application",
    "Aborted",
)
NO_DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _gui(data_dir: Path, **env_vars: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_VARS}
    env.update(env_vars, KAPCHYK_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "wallet.gui.app", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _one_plain_line(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert not any(t in proc.stderr for t in QT_PLUGIN_TEXT), proc.stderr
    return lines[0]


def test_no_display_gives_the_cause_in_one_line(data_dir):
    line = _one_plain_line(_gui(data_dir))
    assert "no display found" in line
    assert "kapchyk` command line works without one" in line and "xvfb-run" in line


def test_a_display_nobody_answers_on_is_named(data_dir):
    line = _one_plain_line(_gui(data_dir, DISPLAY=":87"))
    assert "the display :87 cannot be reached" in line


def test_a_broken_plugin_library_is_named_with_its_package(data_dir, xvfb):
    """The library is hidden for real: in a private mount namespace /dev/null is bound over it
    (unshare, as root), which is what a damaged install looks like to the dynamic linker."""
    lib = Path("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0")
    if os.geteuid() != 0 or not shutil.which("unshare") or not lib.exists():
        missing("unshare as root and libxcb-cursor0", "run the tests as root (CI does)")
    code = f"mount --bind /dev/null {lib} && exec {sys.executable} -m wallet.gui.app --smoke-test"
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_VARS}
    env.update(DISPLAY=xvfb, KAPCHYK_DATA_DIR=str(data_dir))
    proc = subprocess.run(
        ["unshare", "-m", "sh", "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    line = _one_plain_line(proc)
    assert "libxcb-cursor.so.0" in line and "apt-get install --reinstall libxcb-cursor0" in line


def test_a_real_x_display_starts_the_window(data_dir, xvfb):
    proc = _gui(data_dir, DISPLAY=xvfb)
    assert proc.returncode == 0, proc.stderr


@pytest.fixture
def xvfb():
    if not shutil.which("Xvfb"):
        missing("Xvfb", "run `make setup` (apt-get install xvfb)")
    display = f":{100 + os.getpid() % 400}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    sock = Path(f"/tmp/.X11-unix/X{display[1:]}")
    deadline = time.monotonic() + 10
    while not sock.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"Xvfb did not start on {display}")
        time.sleep(0.05)
    yield display
    proc.terminate()
    proc.wait(timeout=10)
