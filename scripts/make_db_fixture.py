"""Save a database at the newest schema, with sample rows, as a test fixture.

Run when a migration is added: ``.venv/bin/python scripts/make_db_fixture.py``. It writes
``tests/fixtures/db/schema-<N>.sqlite3``; the upgrade test opens every such file and brings it
to the newest schema, checking the sample rows survive. Never edit an existing fixture.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.store.sample_rows import insert_sample_rows  # noqa: E402
from wallet.store.db import latest_version, open_database  # noqa: E402


def main() -> None:
    version = latest_version()
    out = ROOT / "tests" / "fixtures" / "db" / f"schema-{version}.sqlite3"
    if out.exists():
        sys.exit(f"{out} exists already; fixtures are never rewritten")
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    conn = open_database(tmp)
    insert_sample_rows(conn, version, now=int(time.time()))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    tmp.rename(out)
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
    sqlite3  # noqa: B018
