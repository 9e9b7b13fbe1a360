"""Run the real ``kapchyk`` CLI in a subprocess with passwords through --password-fd."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run_cli(
    data_dir: Path,
    *args: str,
    passwords: list[str] | None = None,
    stdin: str = "",
    mode: str = "mainnet",
    check: bool = True,
    env_extra: dict[str, str] | None = None,
):
    env = dict(
        os.environ, KAPCHYK_DATA_DIR=str(data_dir), KAPCHYK_NETWORK_MODE=mode, **(env_extra or {})
    )
    argv = [sys.executable, "-m", "wallet.cli.main", "--json", *args]
    pass_fds: tuple[int, ...] = ()
    read_fd = None
    if passwords is not None:
        read_fd, write_fd = os.pipe()
        os.write(write_fd, "".join(p + "\n" for p in passwords).encode())
        os.close(write_fd)
        argv += ["--password-fd", str(read_fd)]
        pass_fds = (read_fd,)
    try:
        proc = subprocess.run(
            argv,
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            pass_fds=pass_fds,
            timeout=120,
        )
    finally:
        if read_fd is not None:
            os.close(read_fd)
    if check and proc.returncode != 0:
        raise AssertionError(f"kapchyk {' '.join(args)} failed: {proc.stderr}")
    out = json.loads(proc.stdout) if proc.stdout.strip() else None
    return proc, out


def answer_backup_questions(
    data_dir: Path,
    wallet_id: str,
    phrase: str,
    password: str = "",
    env_extra: dict[str, str] | None = None,
):
    """Run ``wallet verify-backup`` as a person would: read the asked positions, then type."""
    import re

    env = dict(os.environ, KAPCHYK_DATA_DIR=str(data_dir), **(env_extra or {}))
    read_fd, write_fd = os.pipe()
    os.write(write_fd, ((password or "correct horse battery") + "\n").encode())
    os.close(write_fd)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wallet.cli.main",
            "--json",
            "wallet",
            "verify-backup",
            wallet_id,
            "--password-fd",
            str(read_fd),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        pass_fds=(read_fd,),
    )
    os.close(read_fd)
    line = proc.stderr.readline()
    positions = [int(p) for p in re.search(r"positions: ([0-9, ]+)", line).group(1).split(",")]
    words = phrase.split()
    out, err = proc.communicate("".join(words[p - 1] + "\n" for p in positions), timeout=60)
    assert proc.returncode == 0, err
    return positions, json.loads(out), line + err
