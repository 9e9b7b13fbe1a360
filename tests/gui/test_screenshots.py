"""The README screenshot functions (scripts/screenshots.py), run offscreen into a tmp dir on a
real devnet with the demo wallet: each writes a PNG of a sensible size that is not blank."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("kapchyk_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _colours(image: QImage) -> int:
    """How many different colours a 40×40 grid of samples finds (1 = a blank image)."""
    w, h = image.width(), image.height()
    return len({image.pixel(x * w // 40, y * h // 40) for x in range(40) for y in range(40)})


def test_screenshots_are_written_and_not_blank(qtbot, data_dir, keyring_keys, tmp_path):
    shots = _load_script()
    keys = keyring_keys()
    env, devnet = shots.start_demo(data_dir, keys)
    try:
        taken = shots.take_all(env, devnet, tmp_path / "shots", keys)
    finally:
        devnet.stop()
        env.close()
    assert set(taken) == {
        "main window",
        "send review",
        "send confirmed",
        "receive",
        "onboarding",
        "home en",
        "home ru",
    }
    for name, path in taken.items():
        if path is None:
            assert name == "onboarding" and shots.onboarding_class() is None
            continue
        image = QImage(str(path))
        assert not image.isNull(), name
        assert 400 <= image.width() <= 2000 and 200 <= image.height() <= 1400, (name, image.size())
        assert _colours(image) >= 3, name
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == sorted(
        p.name for p in taken.values() if p is not None
    )
