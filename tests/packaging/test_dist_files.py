"""The wheel and the sdist carry the compiled translations (the app needs no Qt tools)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QM = ["translations/kapchyk_ru.qm", "translations/kapchyk_ky.qm"]


def test_wheel_and_sdist_ship_the_translations(tmp_path):
    # built from a copy, so the checkout gets no build/ or .egg-info
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
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"wallet/resources/{q}" for q in QM} <= names  # the top-level resources/, mapped
    guide = {f"wallet/guide/{lang}.md" for lang in ("en", "ru", "ky")}
    assert guide | {"wallet/guide/screenshots/ky/receive.png"} <= names  # docs/guide/, mapped
    assert "wallet/core/tron_proto/contracts_pb2.py" in names  # generated, committed
    with tarfile.open(sdist) as tar:
        in_sdist = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {f"resources/{q}" for q in QM} <= in_sdist
    assert "resources/translations/kapchyk_ru.ts" in in_sdist  # the sources too


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
