from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.store.sample_rows import check_sample_rows
from wallet.core.errors import StoreError
from wallet.store.db import (
    database_path,
    latest_version,
    migrations,
    open_database,
    schema_version,
)
from wallet.store.settings import get_setting, set_setting

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "db").glob("schema-*.sqlite3"))


def test_new_database_is_at_latest_schema_in_wal_mode(tmp_path):
    conn = open_database(tmp_path / "w.sqlite3")
    assert schema_version(conn) == latest_version() == len(migrations())
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_one_database_per_network_mode(tmp_path):
    paths = {database_path(tmp_path, m) for m in ("mainnet", "testnet", "devnet")}
    assert len(paths) == 3
    assert all(p.parent.name in ("mainnet", "testnet", "devnet") for p in paths)


def test_there_is_a_saved_fixture_for_every_schema_version():
    versions = sorted(int(p.stem.split("-")[1]) for p in FIXTURES)
    assert versions == list(range(1, latest_version() + 1)), (
        "run scripts/make_db_fixture.py after adding a migration"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_upgrade_from_each_saved_schema_keeps_data(tmp_path, fixture):
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    old_version = int(fixture.stem.split("-")[1])
    conn = open_database(copy)
    assert schema_version(conn) == latest_version()
    check_sample_rows(conn, old_version)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_database_from_a_newer_program_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "future.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Kapchyk"):
        open_database(path)
    assert path.read_bytes() == before


def test_damaged_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot be opened|could not be upgraded"):
        open_database(path)


def test_settings_round_trip(tmp_path):
    conn = open_database(tmp_path / "s.sqlite3")
    assert get_setting(conn, "auto_lock_minutes", 5) == 5
    set_setting(conn, "auto_lock_minutes", 10)
    set_setting(conn, "auto_lock_minutes", 15)
    assert get_setting(conn, "auto_lock_minutes") == 15


def _open_at_once(path, barrier, errors):
    barrier.wait()
    try:
        open_database(path).close()
    except Exception as exc:  # reported to the parent
        errors.put(f"{type(exc).__name__}: {exc}")


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path):
    """Issue 16 item 10: two processes (the GUI and a CLI command) opening a new data dir at
    the same moment: each migration runs once, inside the writer's transaction."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for round_ in range(6):
        path = tmp_path / f"new-{round_}" / "kapchyk.sqlite3"
        barrier, errors = ctx.Barrier(6), ctx.Queue()
        procs = [ctx.Process(target=_open_at_once, args=(path, barrier, errors)) for _ in range(6)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        found = []
        while not errors.empty():
            found.append(errors.get())
        assert found == []
        assert all(p.exitcode == 0 for p in procs)
        conn = open_database(path)
        assert schema_version(conn) == latest_version()
        conn.close()
