"""Where the wallet keeps its data, in which network mode — shared by the CLI and the GUI.

Each network mode (mainnet, testnet, devnet) has its own folder and SQLite database under the
data dir, so test data never mixes with real data.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from wallet.core.errors import KapchykError
from wallet.core.networks import MODES, Registry, load_registry
from wallet.store.db import database_path, open_database

if TYPE_CHECKING:
    from wallet.keys.manager import KeyManager
    from wallet.services.accounts import AccountsService
    from wallet.services.addressbook import AddressBook
    from wallet.services.chains import ChainClients
    from wallet.services.history import History
    from wallet.services.payment_requests import PaymentRequests
    from wallet.services.portfolio import Portfolio
    from wallet.services.prices import Prices
    from wallet.services.sender import Sender
    from wallet.services.staking import StakingService

APP_NAME = "kapchyk"


class EnvironmentClosed(KapchykError):
    code = "closed"


def default_data_dir() -> Path:
    env = os.environ.get("KAPCHYK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_mode(data_dir: Path | None = None) -> str:
    """The network mode when no ``--network-mode`` flag is given (the one place deciding it):
    $KAPCHYK_NETWORK_MODE, else the mode saved in ``<data_dir>/settings.json``, else mainnet."""
    from_env = os.environ.get("KAPCHYK_NETWORK_MODE", "").strip()
    if from_env:
        return from_env
    from wallet.services.app_settings import AppSettings

    return AppSettings(data_dir or default_data_dir()).network_mode


class Environment:
    """The data dir + network mode pair, with the registry and database opened on first use."""

    def __init__(self, data_dir: Path | None = None, mode: str | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.mode = mode or default_mode(self.data_dir)
        if self.mode not in MODES:
            raise KapchykError(
                "unknown network mode {mode!r}; use mainnet, testnet or devnet", mode=self.mode
            )
        self._db: sqlite3.Connection | None = None
        self._work = threading.Condition()
        self._working = 0
        self._closed = False
        self._keys_lock = threading.Lock()
        self._keys_made: KeyManager | None = None
        self._on_keys: list[Callable[[KeyManager], None]] = []

    @contextmanager
    def working(self) -> Iterator[None]:
        """Mark background work that uses this environment: ``close()`` waits for it (closing
        the SQLite connection under a statement that is running crashes the process). Work that
        starts once ``close()`` has begun is refused with :class:`EnvironmentClosed` (a job queued
        before the close but started after it would otherwise run on the closing connection)."""
        with self._work:
            if self._closed:
                raise EnvironmentClosed("this wallet was closed; open it again to continue")
            self._working += 1
        try:
            yield
        finally:
            with self._work:
                self._working -= 1
                self._work.notify_all()

    @property
    def mode_dir(self) -> Path:
        return self.data_dir / self.mode

    @cached_property
    def registry(self) -> Registry:
        from wallet.services.registry_overlay import apply_overlays

        return apply_overlays(load_registry(self.mode), self)

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = open_database(database_path(self.data_dir, self.mode))
        return self._db

    @cached_property
    def keys(self) -> KeyManager:
        """The key manager of this mode (its own keyring service name), built on first use
        (its imports — coincurve, cryptography, keyring — are not needed to list wallets)."""
        keys = self._make_keys()
        with self._keys_lock:
            self._keys_made = keys
            callbacks, self._on_keys = self._on_keys, []
        for callback in callbacks:
            callback(keys)
        return keys

    def _make_keys(self) -> KeyManager:
        from wallet.keys.keyring_store import KeyringStore
        from wallet.keys.manager import KeyManager, keyring_service

        return KeyManager(KeyringStore(keyring_service(self.mode)))

    def when_keys_ready(self, callback: Callable[[KeyManager], None]) -> None:
        """Call ``callback(keys)`` once the key manager exists: now if it does, else as soon as
        something builds it (in that thread, before it is used). No key manager, no wallet
        unlocked: the idle lock attaches here instead of building one before the first paint."""
        with self._keys_lock:
            keys = self._keys_made or self.__dict__.get("keys")  # tests set one in
            if keys is None:
                self._on_keys.append(callback)
        if keys is not None:
            callback(keys)

    @cached_property
    def accounts(self) -> AccountsService:
        from wallet.services.accounts import AccountsService

        return AccountsService(self.db, lambda: self.keys)

    @cached_property
    def clients(self) -> ChainClients:
        from wallet.keys.api_keys import get_api_key
        from wallet.services.chains import ChainClients

        return ChainClients(
            self.registry,
            self.db,
            lambda network_id: get_api_key(self.keys.vault.store, network_id),
        )

    @cached_property
    def portfolio(self) -> Portfolio:
        from wallet.services.portfolio import Portfolio

        return Portfolio(self.registry, self.db, self.clients)

    @cached_property
    def prices(self) -> Prices:
        from wallet.services.prices import Prices

        return Prices(self.registry, self.db)

    @cached_property
    def sender(self) -> Sender:
        from wallet.services.sender import Sender

        return Sender(self.registry, self.db, self.clients, self.keys)

    @cached_property
    def staking(self) -> StakingService:
        from wallet.services.staking import StakingService

        return StakingService(self.registry, self.clients, self.sender)

    @cached_property
    def history(self) -> History:
        from wallet.services.history import History

        return History(self.registry, self.db, self.clients)

    @cached_property
    def payment_requests(self) -> PaymentRequests:
        from wallet.services.payment_requests import PaymentRequests

        return PaymentRequests(self.registry, self.db, self.clients, self.history)

    @cached_property
    def address_book(self) -> AddressBook:
        from wallet.services.addressbook import AddressBook

        return AddressBook(self.registry, self.db)

    def refresh_registry(self, registry: Registry | None = None) -> Registry:
        """Drop the registry and every service built on it; reload it from the data files and
        overlays, or use ``registry`` (a change already written to the database, applied in
        memory). Services asked for afterwards are built anew."""
        for name in (
            "registry",
            "clients",
            "portfolio",
            "prices",
            "sender",
            "staking",
            "history",
            "address_book",
            "payment_requests",
        ):
            self.__dict__.pop(name, None)
        if registry is not None:
            self.__dict__["registry"] = registry
        return self.registry

    def close(self, wait: float = 60.0) -> None:
        with self._work:  # held while closing: no job can start between the check and close
            self._work.wait_for(lambda: self._working == 0, timeout=wait)
            self._closed = True  # no work starts once the close has begun
            if self._db is not None:
                self._db.close()
                self._db = None


class LogFileUnavailable(KapchykError):
    code = "log_unavailable"


def _log_file(path: Path) -> logging.Handler:
    """The rotated log file; a write that fails later (disk full, now read-only) is said once on
    stderr in one line instead of logging's traceback per record. (logging.handlers is imported
    here: the GUI sets the file up after its first paint, see ``hold_log_records``.)"""
    import logging.handlers

    class LogFile(logging.handlers.RotatingFileHandler):
        _kapchyk = True
        _complained = False

        def handleError(self, record: logging.LogRecord) -> None:
            if not self._complained:
                self._complained = True
                reason = sys.exc_info()[1]
                sys.stderr.write(
                    f"warning: cannot write the log file {self.baseFilename} ({reason})\n"
                )

    return LogFile(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")


class _HeldRecords(logging.Handler):
    """Keeps the records logged before the log file is set up; ``setup_logging`` writes them."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_log_records(*, verbose: bool = False) -> None:
    """Keep what is logged until ``setup_logging`` runs (the GUI calls that after its first
    paint, so the log file's imports do not delay it); nothing logged meanwhile is lost."""
    root = logging.getLogger("wallet")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if not any(isinstance(h, _HeldRecords) for h in root.handlers):
        root.addHandler(_HeldRecords())


def setup_logging(data_dir: Path, *, verbose: bool = False) -> LogFileUnavailable | None:
    """Log to ``<data_dir>/logs/kapchyk.log`` (rotated). Never log secrets.

    Returns the problem (for one line to the user) when the log file cannot be written — a
    read-only or full data dir: the program goes on without a log file."""
    root = logging.getLogger("wallet")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    held = [h for h in root.handlers if isinstance(h, _HeldRecords)]
    for h in held:
        root.removeHandler(h)
    if any(getattr(h, "_kapchyk", False) for h in root.handlers):
        return None
    path = data_dir / "logs" / "kapchyk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _log_file(path)
    except OSError as exc:
        return LogFileUnavailable(
            "cannot write the log file {path} ({reason}); continuing without a log",
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    for h in held:
        for record in h.records:
            handler.handle(record)
    return None
