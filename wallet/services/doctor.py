"""``kapchyk doctor``: is this machine ready to hold and send money? Each check says ok, or the
problem and its fix.

Checks: the OS keyring (found, unlocked, writable: a throw-away entry is written and deleted),
a display for the desktop app, the data dir (writable) and its databases (intact, read without
changing them), each network's endpoints (reachable, the right chain, latency), the price
sources (reachable, answering in their format), and the clock against the nodes' latest block
time (a wrong clock breaks Tron transactions' expiry). A check
whose problem would stop a send has ``blocks_send``; the CLI exits non-zero on any of them.

Qt-free and synchronous; the GUI runs :func:`run_checks` on a worker. Nothing here writes to
the databases, and no secret is read: the keyring probe writes a random value of its own.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from wallet.core.errors import KapchykError, term
from wallet.core.networks import MODES, Network, Registry, load_registry
from wallet.services.display import display_problem
from wallet.services.environment import Environment
from wallet.store.db import database_path

OK, WARNING, PROBLEM = "ok", "warning", "problem"

#: how far the local clock may be from a live chain's latest block before Tron transactions
#: (which expire 60 s after the head block they name) and fee quotes go wrong
CLOCK_TOLERANCE_S = 60


@dataclass(frozen=True)
class Check:
    """One line of the report. ``summary`` and ``fix`` are English templates (translation keys,
    marked with ``term``) filled from ``params``: the GUI translates them, the CLI fills them."""

    key: str  # stable id, e.g. "keyring", "endpoints:bsc"
    status: str  # ok | warning | problem
    summary: str
    fix: str | None = None  # what to do, when not ok
    params: dict[str, Any] = field(default_factory=dict)
    blocks_send: bool = False
    details: list[dict[str, Any]] = field(default_factory=list)

    @property
    def summary_text(self) -> str:
        return self.summary.format(**self.params)

    @property
    def fix_text(self) -> str | None:
        return self.fix.format(**self.params) if self.fix else None

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(summary=self.summary_text, fix=self.fix_text)
        del out["params"]
        return out


def check_keyring(service: str) -> Check:
    """Found, unlocked and writable: a throw-away entry is written, read back and deleted."""
    from wallet.keys.keyring_store import KeyringStore

    store = KeyringStore(service)
    name = f"doctor/probe-{secrets.token_hex(4)}"
    value = secrets.token_hex(8)
    try:
        backend = type(store.backend).__name__
        store.set(name, value)
        try:
            read_back = store.get(name)
        finally:
            store.delete(name)
    except KapchykError as exc:
        return Check(
            "keyring",
            PROBLEM,
            term("the OS keyring cannot keep keys"),
            "{reason}",
            {"reason": exc.message},
            True,
        )
    if read_back != value:
        return Check(
            "keyring",
            PROBLEM,
            term("the OS keyring did not give back what was written to it"),
            term("restart the keyring service (log out and in), or use another Secret Service"),
            blocks_send=True,
        )
    summary = term("the OS keyring is unlocked and writable ({backend})")
    return Check("keyring", OK, summary, params={"backend": backend})


def check_display(env: dict[str, str] | None = None) -> Check:
    problem = display_problem(env)
    if problem:
        # the command line and its sends work without a display
        summary = term("the desktop app cannot open a window here")
        return Check("display", WARNING, summary, "{reason}", {"reason": problem})
    return Check("display", OK, term("a display is available for the desktop app"))


def check_data_dir(data_dir: Path) -> Check:
    """Writable: a temporary file is created and removed in it (the folder is made if needed)."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Check(
            "data_dir",
            PROBLEM,
            term("the data folder {path} is not writable ({reason})"),
            term("make it writable (chmod u+w {path}) or choose another with --data-dir"),
            {"path": str(data_dir), "reason": exc.strerror or str(exc)},
            True,
        )
    summary = term("the data folder {path} is writable")
    return Check("data_dir", OK, summary, params={"path": str(data_dir)})


def check_databases(data_dir: Path, mode: str) -> Iterator[Check]:
    """Each mode's database that exists, read-only: SQLite's quick_check must say "ok"."""
    for m in MODES:
        path = database_path(data_dir, m)
        if not path.exists():
            continue
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            finally:
                conn.close()
            reason = None if rows == ["ok"] else "; ".join(str(r) for r in rows)
        except sqlite3.Error as exc:
            reason = str(exc)
        if reason is None:
            summary = term("the {mode} database is intact")
            yield Check(f"database:{m}", OK, summary, params={"mode": m})
        else:
            yield Check(
                f"database:{m}",
                PROBLEM,
                term("the {mode} database {path} is damaged ({reason})"),
                term(
                    "keep the file (nothing was changed); restore it from a backup, or move it "
                    "away and restore your wallet from its recovery phrase"
                ),
                {"mode": m, "path": str(path), "reason": reason},
                m == mode,
            )


def _head_time(client: Any, net: Network) -> int:
    """The latest block's time in seconds, from the node."""
    if net.kind == "tron":
        return int(client.head()[2]) // 1000
    return int(client.block_timestamp(client.block_number()))


@dataclass(frozen=True)
class Chains:
    """What the network checks read: the registry, a database for the clients, API keys."""

    registry: Registry
    db: sqlite3.Connection
    api_key: Callable[[str], str | None]


def chains_of(env: Environment) -> Chains:
    """The environment's registry and database, or, when its database cannot be opened (a
    read-only or damaged data dir), the built-in networks over a throw-away in-memory one."""
    try:
        return Chains(env.registry, env.db, env.clients.api_key)
    except (KapchykError, sqlite3.Error, OSError):
        from wallet.store.db import open_database

        return Chains(load_registry(env.mode), open_database(":memory:"), lambda _n: None)


def check_network(chains: Chains, net: Network, now: Callable[[], float]) -> list[Check]:
    """Every endpoint of ``net`` probed (chain identity, height, latency), then the clock
    against the fastest endpoint that answered."""
    from wallet.services.chains import ChainClients
    from wallet.services.endpoint_settings import endpoint_prober

    probe = endpoint_prober(chains.registry, chains.db, chains.api_key, net.id)
    with ThreadPoolExecutor(max_workers=min(8, max(1, len(net.endpoints)))) as pool:
        results = list(pool.map(probe, net.endpoints))
    details = [
        {"url": r.url, "ok": r.ok, "ms": r.ms, "block": r.block}
        | ({"error": r.error.message} if r.error else {})
        for r in results
    ]
    good = [r for r in results if r.ok]
    bad = [r for r in results if not r.ok]
    key = f"endpoints:{net.id}"
    if not good:
        from wallet.chains.errors import WrongChain

        params = {"network": net.name, "count": len(results), "id": net.id}
        # a node of another chain is not cured by the internet connection: say which to remove
        wrong = [r.url for r in bad if isinstance(r.error, WrongChain)]
        if wrong:
            params["wrong"] = ", ".join(wrong)
            fix = term(
                "remove the endpoints that serve another chain than {network} ({wrong}) with "
                "`kapchyk endpoints remove --network {id} URL`; add a working endpoint with "
                "`kapchyk endpoints add --network {id} URL` (or in Settings → Endpoints)"
            )
        else:
            fix = term(
                "check the internet connection; add a working endpoint with `kapchyk "
                "endpoints add --network {id} URL` (or in Settings → Endpoints)"
            )
        summary = term("{network}: none of its {count} endpoints answered correctly")
        return [Check(key, PROBLEM, summary, fix, params, True, details)]
    fastest = min(good, key=lambda r: r.ms or 0)
    summary = term("{network}: {good} of {count} endpoints answer (fastest {ms} ms)")
    params = {"network": net.name, "good": len(good), "count": len(results), "ms": fastest.ms}
    if bad:
        params["failing"] = ", ".join(f"{r.url} ({r.error.message})" for r in bad if r.error)
        fix = term("remove or replace the failing ones: {failing}")
        out = [Check(key, WARNING, summary, fix, params, False, details)]
    else:
        out = [Check(key, OK, summary, None, params, False, details)]
    registry = chains.registry.with_endpoints(net.id, [fastest.url])
    single = ChainClients(registry, chains.db, chains.api_key, remember=False)
    try:
        head = _head_time(single.get(net.id), net)
    except KapchykError as exc:
        out.append(
            Check(
                f"clock:{net.id}",
                WARNING,
                term("{network}: the latest block time could not be read"),
                "{reason}",
                {"network": net.name, "reason": exc.message},
            )
        )
        return out
    offset = round(now() - head)
    out.append(_clock_check(net, offset))
    return out


def _clock_check(net: Network, offset: int) -> Check:
    """``offset`` = this computer's time minus the latest block's. A block from the future means
    the clock is behind; on a live chain (blocks every few seconds) a block much older than the
    clock means the clock is ahead. A devnet mines only on demand, so only the first counts."""
    key = f"clock:{net.id}"
    behind = offset < -CLOCK_TOLERANCE_S
    ahead = offset > CLOCK_TOLERANCE_S and net.mode != "devnet"
    params = {"network": net.name, "seconds": abs(offset)}
    if not (behind or ahead):
        summary = term("{network}: the clock agrees with the latest block ({seconds} s apart)")
        return Check(key, OK, summary, params=params)
    summary = (
        term("{network}: this computer's clock is {seconds} s behind the network's")
        if behind
        else term("{network}: this computer's clock is {seconds} s ahead of the network's")
    )
    fix = term(
        "set the clock automatically (timedatectl set-ntp true, or the system's date "
        "settings): transactions signed with a wrong clock expire or are refused"
    )
    return Check(key, PROBLEM, summary, fix, params, net.kind == "tron")


def _probe_price_source(source: str, url: str) -> dict[str, Any]:
    """One price URL asked the way the wallet asks it, its answer parsed: ok with latency."""
    import json

    from wallet.chains.errors import NodeUnavailable
    from wallet.services.prices import NBKR_PATH, TICKER_PATH, PriceHttp, parse_nbkr, parse_ticker

    started = time.monotonic()
    try:
        http = PriceHttp(url)
        if source == "nbkr":
            _status, body = http.get(NBKR_PATH)
            parse_nbkr(body)
        else:
            _status, body = http.get(TICKER_PATH, {"symbol": "BNBUSDT"})
            parse_ticker(json.loads(body))
    except NodeUnavailable as exc:  # the transport's reason: timed out, refused, HTTP 5xx
        return {"url": url, "ok": False, "ms": None, "block": None, "error": exc.reason}
    except (KapchykError, ValueError) as exc:
        message = exc.message if isinstance(exc, KapchykError) else "not a price answer"
        return {"url": url, "ok": False, "ms": None, "block": None, "error": message}
    ms = round((time.monotonic() - started) * 1000)
    return {"url": url, "ok": True, "ms": ms, "block": None}


def check_prices(chains: Chains) -> list[Check]:
    """Each price source's URLs (Binance's ticker, the NBKR's daily rates). Values in money
    need them; a send never does, so a failure is a warning."""
    from wallet.services.prices import SOURCES, Prices

    prices = Prices(chains.registry, chains.db)
    out = []
    for source in SOURCES:
        urls = prices.urls(source)
        with ThreadPoolExecutor(max_workers=min(4, max(1, len(urls)))) as pool:
            details = list(pool.map(lambda u, s=source: _probe_price_source(s, u), urls))
        good = [d for d in details if d["ok"]]
        name = {"binance": "Binance", "nbkr": "NBKR"}[source]
        params: dict[str, Any] = {"source": name, "good": len(good), "count": len(urls)}
        if good:
            params["ms"] = min(d["ms"] for d in good)
            summary = term("{source} prices: {good} of {count} sources answer (fastest {ms} ms)")
            out.append(Check(f"prices:{source}", OK, summary, None, params, False, details))
        else:
            summary = term(
                "{source} prices cannot be fetched: values in money are the last known ones"
            )
            fix = term(
                "check the internet connection, or set working URLs with `kapchyk prices urls "
                "{id} URL`"
            )
            params["id"] = source
            out.append(Check(f"prices:{source}", WARNING, summary, fix, params, False, details))
    return out


def run_checks(
    env: Environment, *, now: Callable[[], float] = time.time, networks: bool = True
) -> list[Check]:
    """Every check, in the order a user should read them."""
    checks = [check_keyring(_keyring_service(env.mode)), check_display(dict(os.environ))]
    data = check_data_dir(env.data_dir)
    checks.append(data)
    checks.extend(check_databases(env.data_dir, env.mode))
    if networks:
        chains = chains_of(env)
        for net in chains.registry.networks:
            checks.extend(check_network(chains, net, now))
        checks.extend(check_prices(chains))
    return checks


def _keyring_service(mode: str) -> str:
    from wallet.keys.manager import keyring_service

    return keyring_service(mode)


def blocks_send(checks: list[Check]) -> bool:
    return any(c.blocks_send for c in checks)
