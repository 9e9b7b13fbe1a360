from __future__ import annotations

import json
import os

import pytest

from wallet.store import files


def test_write_json_atomic_replaces_whole_file(tmp_path):
    path = tmp_path / "sub" / "state.json"
    files.write_json_atomic(path, {"a": 1})
    files.write_json_atomic(path, {"a": 2, "name": "Бишкек"})
    assert json.loads(path.read_text("utf-8")) == {"a": 2, "name": "Бишкек"}
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]


def test_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "history.csv"
    files.write_atomic(path, "old contents\n")

    # Fault injection (cannot be caused for real on demand): the disk fails at fsync.
    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        files.write_atomic(path, "new contents that never land\n")
    assert path.read_text() == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["history.csv"]
