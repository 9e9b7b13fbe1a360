"""The PyInstaller bundle, built once per test run for the tests that need it."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_bundle() -> subprocess.CompletedProcess:
    """``scripts/build-bundle.sh`` (≈90 s), run once per test run: the bundle test and the .deb
    test share it. xdist workers take turns under a file lock, and a worker that finds the
    build of this run (same PYTEST_XDIST_TESTRUNUID) reuses it instead of building again.
    (Not an xdist_group: with pytest 9 and xdist 3.8 that mark does not keep tests together.)"""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or f"pid-{os.getpid()}"
    (ROOT / "build").mkdir(exist_ok=True)
    record = ROOT / "build" / "bundle-test-run.json"
    with open(ROOT / "build" / "bundle-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            done = json.loads(record.read_text())
        except (OSError, ValueError):
            done = {}
        if done.get("run") == run:
            return subprocess.CompletedProcess(
                done["args"], done["returncode"], done["stdout"], done["stderr"]
            )
        proc = subprocess.run(
            ["bash", str(ROOT / "scripts" / "build-bundle.sh")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        record.write_text(
            json.dumps(
                {
                    "run": run,
                    "args": proc.args,
                    "returncode": proc.returncode,
                    "stdout": proc.stdout,
                    "stderr": proc.stderr,
                }
            )
        )
        return proc
