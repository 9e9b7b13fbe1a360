"""The PyInstaller bundle builds on this machine and its smoke test passes; the desktop files
are well formed."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(900)  # PyInstaller takes ~90 s on an idle 2-core machine, more when busy
def test_bundle_builds_and_runs(built_bundle):
    proc = built_bundle
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    assert "kapchyk 0.1.0" in proc.stdout and "bundle OK" in proc.stdout


def test_desktop_entry_and_metainfo():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging/linux/kg.kapchyk.Kapchyk.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"].startswith("kapchyk-gui")
    assert "x-scheme-handler/tron" in d["MimeType"]
    root = ET.parse(ROOT / "packaging/linux/kg.kapchyk.Kapchyk.metainfo.xml").getroot()
    assert root.find("id").text == "kg.kapchyk.Kapchyk"
    assert root.find("launchable").text == "kg.kapchyk.Kapchyk.desktop"
    ET.parse(ROOT / "resources/icons/kg.kapchyk.Kapchyk.svg")


def test_wheel_installs_everything_pipx_needs(tmp_path):
    """`pipx install .` installs the wheel: it must carry the data files and both scripts."""
    import sys
    import zipfile

    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            str(ROOT),
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("kapchyk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "wallet/resources/networks.json",
        "wallet/resources/tokens.json",
        "wallet/resources/contracts/TestUSDKG.json",
        "wallet/resources/icons/kg.kapchyk.Kapchyk.svg",  # the window icon
        "wallet/store/migrations/0001_foundation.sql",
        "wallet/store/migrations/0004_payment_requests.sql",
    ):
        assert needed in names, needed
    entry = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith("entry_points.txt")))
        .decode()
    )
    assert "kapchyk = wallet.cli.main:main" in entry
    assert "kapchyk-gui = wallet.gui.app:main" in entry
