"""The wheel and the sdist carry the compiled translations (the app needs no Qt tools), and
the wheel, installed on its own (as ``pipx install`` would), runs both commands."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIP_INSTALL = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
QM = ["translations/kapchyk_ru.qm", "translations/kapchyk_ky.qm"]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel and the sdist, built from a copy (the checkout gets no build/ or .egg-info)."""
    tmp_path = tmp_path_factory.mktemp("dist")
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("wallet", "resources", "docs/guide"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path / "dist"
    out.mkdir()
    code = (
        "import sys; from setuptools import build_meta as b; out = sys.argv[1]; "
        "b.build_wheel(out); b.build_sdist(out)"
    )
    subprocess.run([sys.executable, "-c", code, str(out)], cwd=src, check=True, capture_output=True)
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist


def test_wheel_and_sdist_ship_the_translations(dist):
    wheel, sdist = dist
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"wallet/resources/{q}" for q in QM} <= names  # the top-level resources/, mapped
    guide = {f"wallet/guide/{lang}.md" for lang in ("en", "ru", "ky")}
    assert guide | {"wallet/guide/screenshots/ky/receive.png"} <= names  # docs/guide/, mapped
    assert "wallet/core/tron_proto/contracts_pb2.py" in names  # generated, committed
    with tarfile.open(sdist) as tar:
        in_sdist = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {f"resources/{q}" for q in QM} <= in_sdist
    assert "resources/translations/kapchyk_ru.ts" in in_sdist  # the sources too


def test_the_installed_wheel_runs_both_commands(dist, tmp_path):
    """The wheel installed into a folder of its own (its dependencies are the test venv's):
    ``kapchyk`` and ``kapchyk-gui`` from its scripts run the installed code, not the checkout's,
    with their data files (networks, translations) read from the installed package."""
    wheel, _ = dist
    target = tmp_path / "installed"
    subprocess.run(
        [*PIP_INSTALL, "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = dict(
        os.environ,
        PYTHONPATH=str(target),  # ahead of the venv's editable-install finder
        KAPCHYK_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )

    def run(*args: str) -> str:
        proc = subprocess.run(
            args, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    where = run(sys.executable, "-c", "import wallet.resources as r; print(r.__file__)")
    assert where.startswith(str(target))
    assert run(str(target / "bin" / "kapchyk"), "--version").strip()
    networks = json.loads(run(str(target / "bin" / "kapchyk"), "networks", "--json"))
    assert "bsc" in json.dumps(networks)  # read from the installed networks.json
    run(str(target / "bin" / "kapchyk-gui"), "--language", "ky", "--smoke-test")


def test_every_package_folder_is_listed_in_pyproject():
    """pyproject.toml lists the packages (find cannot map resources/ into wallet/): a new
    folder with an __init__.py that is missing from the list would be left out of the wheel."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    in_tree = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "wallet").rglob("__init__.py")
    }
    assert listed == in_tree | {"wallet.resources", "wallet.guide"}
