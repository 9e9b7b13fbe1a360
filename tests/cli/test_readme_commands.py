"""Every ``kapchyk …`` command in README.md's code blocks runs, as written, with the real
``.venv/bin/kapchyk`` on an isolated data dir and the test's devnet: a README command that fails
is a failing test.

The README's own ``kapchyk --network-mode devnet devnet`` line is the devnet (BNB-like anvil and
the Tron devnode), started first; the test phrase's wallet is restored before it, so the devnet
funds it. Every other command runs in devnet mode unless it names its own ``--network-mode``, in the
README's order, in one test (pytest-xdist would spread parametrized cases over workers).
The only changes made to a README line are the two small tables below.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.keys.cli_helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]
KAPCHYK = Path(sys.executable).parent / "kapchyk"  # the console script the README calls
PHRASE = "test test test test test test test test test test test junk"
PW = "correct horse battery"
RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"  # test phrase, account 3

# README placeholder or mainnet value -> the test devnet's (whole arguments)
SUBSTITUTE = {"0x…": RECIPIENT, "bsc": "devnet-bsc"}
# What the test adds to a line so it runs without a terminal, on free ports. "{fd}" is a pipe
# carrying the password (and its repetition) a person types at the prompt.
ADD = {
    ("wallet", "create"): ["--password-fd", "{fd}"],
    ("send",): ["--yes", "--accept", "new_recipient", "--password-fd", "{fd}"],  # "Send? [y/N]"
    ("account", "add"): ["--password-fd", "{fd}"],
    ("devnet",): ["--bsc-port", "0", "--tron-port", "0"],
}
# `wallet create` gets a data dir of its own: beside the test's wallet it would make a second
# one, and `send`/`receive` would then (rightly) ask which account to use.
OWN_DATA_DIR = {("wallet", "create")}

pytestmark = [pytest.mark.anvil, pytest.mark.keyring]


def readme_commands() -> list[list[str]]:
    """The ``kapchyk`` lines of README.md's fenced code blocks, split as a shell would."""
    commands, in_block = [], False
    for line in (ROOT / "README.md").read_text("utf-8").splitlines():
        if line.lstrip().startswith("```"):
            in_block = not in_block
        elif in_block and line.strip():
            argv = shlex.split(line, comments=True)
            if argv and Path(argv[0]).name == "kapchyk":
                commands.append(argv[1:])
    return commands


COMMANDS = readme_commands()


def command_key(args: list[str]) -> tuple[str, ...]:
    """The (sub)command words of a line: ``("wallet", "create")``, ``("send",)``."""
    words, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a in ("--network-mode", "--data-dir"):
            skip = True
        elif a.startswith("-"):
            break
        else:
            words.append(a)
    for n in (2, 1):
        if tuple(words[:n]) in {*ADD, *OWN_DATA_DIR}:
            return tuple(words[:n])
    return tuple(words)


def prepared(args: list[str], fd: int, link: str = "") -> list[str]:
    """The line as the test runs it; a README payment link (placeholders inside) becomes
    ``link``, a real one the devnet's ``kapchyk receive`` made, as a payee would send it."""
    out = [link if a.startswith("ethereum:") and link else SUBSTITUTE.get(a, a) for a in args]
    return out + [a.format(fd=fd) for a in ADD.get(command_key(args), [])]


@pytest.fixture
def world(tmp_path, secret_service_session):
    """A data dir with the test phrase's wallet, the README's devnet running for it."""
    data_dir = tmp_path / "readme" / "kapchyk-data"
    data_dir.mkdir(parents=True)
    env = dict(
        os.environ,
        KAPCHYK_DATA_DIR=str(data_dir),
        KAPCHYK_NETWORK_MODE="devnet",
        DBUS_SESSION_BUS_ADDRESS=secret_service_session.address,
    )
    run_cli(data_dir, "wallet", "restore", passwords=[PW], stdin=PHRASE, mode="devnet", env_extra={
        "DBUS_SESSION_BUS_ADDRESS": secret_service_session.address})  # fmt: skip
    [devnet_line] = [c for c in COMMANDS if command_key(c) == ("devnet",)]
    proc = subprocess.Popen(
        [str(KAPCHYK), *prepared(devnet_line, -1)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=data_dir.parent,
    )
    started = []
    try:
        for line in proc.stderr:  # human messages go to stderr, the ready line last
            started.append(line)
            if "devnet running" in line:
                break
        assert proc.poll() is None, "".join(started)
        yield {"dir": data_dir, "env": env, "devnet": proc}
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_readme_line(args: list[str], env: dict[str, str], cwd: Path, link: str = ""):
    read_fd, write_fd = os.pipe()
    os.write(write_fd, f"{PW}\n{PW}\n".encode())
    os.close(write_fd)
    try:
        return subprocess.run(
            [str(KAPCHYK), *prepared(args, read_fd, link)],
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            pass_fds=(read_fd,),
            timeout=180,
        )
    finally:
        os.close(read_fd)


def test_the_readme_has_the_commands_it_promises():
    keys = {command_key(c) for c in COMMANDS}
    assert {("networks",), ("wallet", "create"), ("send",), ("devnet",)} <= keys
    assert all(k in keys for k in ADD), "a table entry no README line uses"


@pytest.mark.timeout(900)
def test_every_readme_command_runs(world, tmp_path):
    """One test, in the README's order (a later line may need an earlier one's result, as for
    a reader): every line is run, and the failure lists each line that failed."""
    failed = []
    payee = ["--json", "receive", "--network", "devnet-bsc", "--token", "KGST", "--amount", "1.5"]
    made = run_readme_line(payee, dict(world["env"]), world["dir"].parent)
    link = json.loads(made.stdout)["uri"]  # the account's own link: a self-send, warned
    for args in COMMANDS:
        line = "kapchyk " + " ".join(args)
        if command_key(args) == ("devnet",):
            if world["devnet"].poll() is not None:  # started by the fixture, still running?
                failed.append(f"`{line}` stopped with {world['devnet'].returncode}")
            continue
        env, cwd = world["env"], world["dir"].parent
        if command_key(args) in OWN_DATA_DIR:
            env = dict(env, KAPCHYK_DATA_DIR=str(tmp_path / "own" / "kapchyk-data"))
            cwd = tmp_path
        started = time.monotonic()
        proc = run_readme_line(args, env, cwd, link)
        if proc.returncode != 0 or not proc.stdout.strip():
            failed.append(
                f"`{line}` exited {proc.returncode} after {time.monotonic() - started:.0f} s"
                f"{'' if proc.stdout.strip() else ', printing nothing'}:\n{proc.stderr[-2000:]}"
            )
    assert not failed, "\n\n".join(failed)
