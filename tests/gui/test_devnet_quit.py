"""``kapchyk-gui --devnet`` as a real process (offscreen Qt, the real Secret Service, anvil):
SIGTERM quits it the normal way and no devnet process it started is left running."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

GUI = [sys.executable, "-m", "wallet.gui.app"]


def _children(pid: int) -> set[int]:
    """Every descendant of ``pid`` (read from /proc)."""
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                text = status.read_text()
            except OSError:
                continue
            ppid = next(
                (line.split()[1] for line in text.splitlines() if line.startswith("PPid:")), ""
            )
            child = int(status.parent.name)
            if ppid == str(parent) and child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in state


def _start_gui(data_dir: Path) -> subprocess.Popen:
    # PYTHONFAULTHANDLER: a SIGABRT sent on a timeout prints every thread's stack (_stuck)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    return subprocess.Popen(
        [*GUI, "--devnet", "--devnet-ports", "0", "0", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for_devnet(proc: subprocess.Popen, data_dir: Path, timeout: float = 150) -> set[int]:
    """The devnet's anvils once devnet.json is written; a failed start (the log says so) or a
    timeout ends the test at once with the app's log, its output and, on a timeout, the stack
    of every thread (CI once saw a start that never finished and had nothing else to go on)."""
    devnet_file = data_dir / "devnet" / "devnet.json"
    log_file = data_dir / "logs" / "kapchyk.log"
    deadline = time.monotonic() + timeout
    anvils: set[int] = set()
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stdout.read()
        log = log_file.read_text() if log_file.exists() else ""
        assert "background job failed" not in log, _stuck(proc, log_file, "the start failed")
        if devnet_file.exists():
            anvils = {p for p in _children(proc.pid) if "anvil" in _cmdline(p)}
            if len(anvils) >= 2:  # the BNB devnet and the Tron devnode's engine
                return anvils
        time.sleep(0.2)
    found = f"devnet.json written: {devnet_file.exists()}, anvil processes: {len(anvils)}"
    raise AssertionError(_stuck(proc, log_file, f"no devnet in {timeout} s ({found})"))


def _stuck(proc: subprocess.Popen, log_file: Path, what: str) -> str:
    """``what``, then the app's log and everything it printed (its threads' stacks included:
    SIGABRT makes the fault handler print them before the process ends)."""
    left = _children(proc.pid)
    if proc.poll() is None:
        proc.send_signal(signal.SIGABRT)
    try:
        output, _ = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        output, _ = proc.communicate()
    for pid in left:  # the devnet it started goes too
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    log = log_file.read_text() if log_file.exists() else "(no log file)"
    return f"{what}\n--- kapchyk.log ---\n{log[-6000:]}\n--- output ---\n{output[-12000:]}"


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_sigterm_stops_the_devnet_the_gui_started(data_dir, secret_service):
    proc = _start_gui(data_dir)
    everything: set[int] = set()
    try:
        anvils = _wait_for_devnet(proc, data_dir)
        everything = _children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in everything) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert anvils and not [p for p in everything if _alive(p)]
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in everything:  # a failed run leaves nothing behind either
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    doc = json.loads((data_dir / "devnet" / "devnet.json").read_text())
    assert doc["endpoints"]["devnet-bsc"]  # it did start (and wrote where), then stopped


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_devnet_started_elsewhere_is_used_only_out_loud(qtbot, data_dir, secret_service):
    from wallet.devnet import launcher
    from wallet.gui.app_controller import start_devnet_in_background
    from wallet.gui.main_window import MainWindow
    from wallet.services.environment import Environment

    ports = {"bsc_port": _free_port(), "tron_port": _free_port()}
    other = launcher.start_devnet(data_dir, block_time=0.5, **ports)  # "another program"
    env = Environment(data_dir, "devnet")
    window = MainWindow(env)
    qtbot.addWidget(window)
    try:
        start_devnet_in_background(env, window, **ports)
        from PySide6.QtWidgets import QLabel

        qtbot.waitUntil(lambda: window.findChild(QLabel, "devnet_note") is not None, timeout=60_000)
        note = window.findChild(QLabel, "devnet_note").text()
        assert "started outside this window" in note and other.anvil.url in note
        assert window.devnet is None  # not ours: quitting will not stop it
    finally:
        qtbot.waitUntil(lambda: not window.refreshing, timeout=30_000)
        other.stop()
        env.close()
