"""`make deb`'s script turns the bundle into a .deb that lintian passes (no errors); unpacked
into a throw-away root with `dpkg -x`, its programs run from there: `kapchyk --version`, the
networks it ships, and the GUI's smoke test offscreen."""

from __future__ import annotations

import configparser
import gzip
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.harness.components import missing

ROOT = Path(__file__).resolve().parents[2]
APP = "kg.kapchyk.Kapchyk"


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's session has: no virtualenv, no PYTHONPATH, the system PATH."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


@pytest.mark.timeout(900)
def test_deb_passes_lintian_and_runs_from_an_unpacked_root(built_bundle, tmp_path):
    for tool in ("dpkg-deb", "lintian"):
        if shutil.which(tool) is None:
            missing(tool, "run `make setup` (scripts/system-deps.sh installs lintian)")
    assert built_bundle.returncode == 0, built_bundle.stderr[-4000:]
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-deb.sh"), "--lintian"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "lintian OK" in proc.stdout
    assert not [line for line in proc.stdout.splitlines() if line.startswith("E: ")]
    deb = ROOT / re.search(r"deb OK: .* in (\S+\.deb)", proc.stdout).group(1)

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
        ).stdout.strip()

    assert field("Package") == "kapchyk" and field("Version") == "0.1.0"
    assert "libc6" in field("Depends")
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert listing and all(" root/root " in line for line in listing)  # --root-owner-group

    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True, timeout=300)
    # the links in /usr/bin point into /opt/kapchyk, where the programs are
    for name in ("kapchyk", "kapchyk-gui"):
        link = root / "usr" / "bin" / name
        assert link.is_symlink() and os.readlink(link) == f"/opt/kapchyk/{name}"
        assert os.access(root / "opt" / "kapchyk" / name, os.X_OK)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(root / "usr/share/applications" / f"{APP}.desktop", encoding="utf-8")
    mime = entry["Desktop Entry"]["MimeType"]
    assert "x-scheme-handler/ethereum" in mime and "x-scheme-handler/tron" in mime
    assert (root / "usr/share/icons/hicolor/scalable/apps" / f"{APP}.svg").is_file()
    assert (root / "usr/share/metainfo" / f"{APP}.metainfo.xml").is_file()
    doc = root / "usr/share/doc/kapchyk"
    assert "GPL-3.0-or-later" in (doc / "copyright").read_text()
    assert gzip.decompress((doc / "changelog.gz").read_bytes()).startswith(b"kapchyk (0.1.0)")

    home = tmp_path / "home"
    home.mkdir()
    cli = root / os.readlink(root / "usr/bin/kapchyk").lstrip("/")
    gui = root / os.readlink(root / "usr/bin/kapchyk-gui").lstrip("/")
    version = subprocess.run(
        [str(cli), "--version"], capture_output=True, text=True, env=_clean_env(home), timeout=60
    )
    assert version.returncode == 0 and version.stdout.strip() == "kapchyk 0.1.0"
    data = tmp_path / "data"
    networks = subprocess.run(
        [str(cli), "networks", "--json", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=_clean_env(home),
        timeout=60,
    )
    assert networks.returncode == 0 and '"KGST"' in networks.stdout, networks.stderr
    smoke = subprocess.run(
        [str(gui), "--data-dir", str(data), "--smoke-test"],
        capture_output=True,
        text=True,
        env=_clean_env(home, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert smoke.returncode == 0, smoke.stderr[-3000:]
