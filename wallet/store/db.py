"""SQLite storage: one database file per network mode, WAL, numbered migrations.

``open_database(path)`` creates or upgrades the file to the newest schema. Migrations are the
files ``migrations/NNNN_name.sql``, applied in order inside one transaction each, and
``PRAGMA user_version`` records the last one applied. A database written by a newer Kapchyk
(higher version than this program knows) is refused, never downgraded. A damaged file (its
header or any page SQLite reads later) is reported as ``damaged()`` and left as it is.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

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


_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_READ_ONLY = ("SQLITE_READONLY", "SQLITE_READONLY_DIRECTORY")


def damaged(path: Path | str, exc: sqlite3.DatabaseError) -> StoreError:
    """The one message for a database file that is damaged (header or any page)."""
    return StoreError(
        "the wallet database {path} cannot be opened ({reason}); it may be damaged — "
        "restore it from a backup or move it away to start fresh",
        path=str(path),
        reason=str(exc),
    )


def _guard(conn: sqlite3.Connection, fn: Any, *args: Any) -> Any:
    try:
        with conn.lock:  # type: ignore[attr-defined]  # close() waits for a running statement
            return fn(*args)
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if name in _DAMAGE:
            raise damaged(getattr(conn, "path", "?"), exc) from None
        if name in _READ_ONLY or (name.startswith("SQLITE_READONLY") and conn.read_only):
            raise read_only(getattr(conn, "path", "?")) from None
        raise


def read_only(path: Path | str) -> StoreError:
    return StoreError(
        "the data folder {folder} is read-only: the wallet can show what it has but not "
        "change anything",
        folder=str(Path(path).parent),
    )


class _Cursor(sqlite3.Cursor):
    """A cursor that reports a damaged page as ``damaged()`` (whenever SQLite meets it)."""

    def execute(self, *args: Any) -> Any:
        return _guard(self.connection, super().execute, *args)

    def executemany(self, *args: Any) -> Any:
        return _guard(self.connection, super().executemany, *args)

    def fetchone(self) -> Any:
        return _guard(self.connection, super().fetchone)

    def fetchmany(self, *args: Any) -> Any:
        return _guard(self.connection, super().fetchmany, *args)

    def fetchall(self) -> Any:
        return _guard(self.connection, super().fetchall)

    def __next__(self) -> Any:
        return _guard(self.connection, super().__next__)


class _Connection(sqlite3.Connection):
    """Shared by worker threads (check_same_thread=False): every statement and fetch holds
    ``lock``, and so does ``close()``, so closing never runs under a statement on another thread
    (that crashed the process); a statement after the close raises ProgrammingError instead."""

    path = ""
    read_only = False  # opened from a read-only data folder (immutable: no WAL files)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.RLock()

    def close(self) -> None:
        with self.lock:
            super().close()

    def cursor(self, factory: Any = _Cursor) -> Any:
        return super().cursor(factory)

    def execute(self, *args: Any) -> Any:
        return self.cursor().execute(*args)

    def executemany(self, *args: Any) -> Any:
        return self.cursor().executemany(*args)

    def commit(self) -> None:
        _guard(self, super().commit)


def open_database(path: Path | str, *, upgrade: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path`` and bring it to the newest schema."""
    path = Path(path)
    if path.exists() and not os.access(path.parent, os.W_OK):
        return _open_read_only(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + OPEN_TIMEOUT
    while True:
        try:
            conn = _connect(path)
            break
        except StoreError:
            raise
        except sqlite3.DatabaseError as exc:
            # Another process creating the file at the same moment holds the lock that switching
            # to WAL needs, and SQLite answers "locked" without waiting: busy, not damaged.
            if _busy(exc) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise damaged(path, exc) from None
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


OPEN_TIMEOUT = 10.0  # seconds another process may keep a new database locked while opening it


def _busy(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(exc)


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode with the wallet's pragmas (closed again if a pragma fails)."""
    conn = sqlite3.connect(
        path,
        timeout=OPEN_TIMEOUT,
        isolation_level=None,
        check_same_thread=False,
        factory=_Connection,
    )
    try:
        conn.path = str(path)
        conn.row_factory = sqlite3.Row
        _refuse_newer(conn)  # before anything writes to a file from a newer program
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=10000")
    except BaseException:
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


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A database in a folder that cannot be written (a read-only mount, no permission): read
    as it is (SQLite's immutable mode needs no -wal/-shm files); every write is refused with
    ``read_only()``. A file that needs an upgrade cannot be upgraded there."""
    from urllib.parse import quote

    try:
        conn = sqlite3.connect(
            f"file:{quote(str(path))}?immutable=1",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            factory=_Connection,
        )
        conn.path, conn.read_only = str(path), True
        conn.row_factory = sqlite3.Row
        _refuse_newer(conn)
        if schema_version(conn) < latest_version():
            conn.close()
            raise read_only(path)
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from None
    return conn


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
    for mig in shipped[schema_version(conn) :]:
        conn.execute("BEGIN IMMEDIATE")  # one writer: another process may be opening it too
        try:
            if schema_version(conn) >= mig.version:  # it did this one while we waited
                conn.execute("COMMIT")
                continue
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
