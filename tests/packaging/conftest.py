"""The PyInstaller bundle, built once per test run for the tests that need it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_bundle() -> subprocess.CompletedProcess:
    """``scripts/build-bundle.sh`` (≈90 s), run once: the bundle test and the .deb test share
    it (both are in the xdist group "bundle", so they run in the same worker)."""
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-bundle.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
