"""SQLite storage: one database file per network mode, WAL, numbered migrations.

``open_database(path)`` creates or upgrades the file to the newest schema. Migrations are the
files ``migrations/NNNN_name.sql``, applied in order inside one transaction each, and
``PRAGMA user_version`` records the last one applied. A database written by a newer Kapchyk
(higher version than this program knows) is refused, never downgraded.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from wallet.core.errors import StoreError

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with this program, in order; numbering must be 1, 2, 3…"""
    folder = resources.files("wallet.store.migrations")
    found = []
    for entry in folder.iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda mig: mig.version)
    for expected, mig in enumerate(found, 1):
        if mig.version != expected:
            raise StoreError("migration {name} is out of sequence", name=mig.name)
    return found


def latest_version() -> int:
    return len(migrations())


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def open_database(path: Path | str, *, upgrade: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path`` and bring it to the newest schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        _refuse_newer(conn)  # before anything writes to a file from a newer program
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=10000")
    except StoreError:
        raise
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            "the wallet database {path} cannot be opened ({reason}); it may be damaged — "
            "restore it from a backup or move it away to start fresh",
            path=str(path),
            reason=str(exc),
        ) from None
    if upgrade:
        try:
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                "the wallet database {path} could not be upgraded ({reason}); "
                "it was left as it was",
                path=str(path),
                reason=str(exc),
            ) from None
        except StoreError:
            conn.close()
            raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write with one fsync. The connection is in autocommit mode
    (``isolation_level=None``), where ``with conn:`` commits every statement on its own."""
    if conn.in_transaction:  # already inside one: it commits for us
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _refuse_newer(conn: sqlite3.Connection) -> None:
    current, known = schema_version(conn), latest_version()
    if current > known:
        conn.close()
        raise StoreError(
            "this wallet database was written by a newer Kapchyk (schema {found}, this program "
            "knows up to {known}); update Kapchyk to open it",
            found=current,
            known=known,
        )


def migrate(conn: sqlite3.Connection) -> int:
    """Apply pending migrations; each one is atomic. Returns the resulting version."""
    shipped = migrations()
    _refuse_newer(conn)
    current = schema_version(conn)
    for mig in shipped[current:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(mig.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {mig.version:d}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (executescript would commit implicitly)."""
    out, buf = [], []
    for line in sql.splitlines():
        buf.append(line)
        joined = "\n".join(buf)
        if line.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    rest = "\n".join(buf).strip()
    if rest and not all(ln.strip().startswith("--") or not ln.strip() for ln in buf):
        out.append(rest)
    return out


def database_path(data_dir: Path, mode: str) -> Path:
    """Where the database of ``mode`` lives: one file per network mode, never shared."""
    return Path(data_dir) / mode / "kapchyk.sqlite3"
