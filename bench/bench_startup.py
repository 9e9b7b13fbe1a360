"""Start-up and responsiveness of the desktop wallet, against a real devnet.

Run: `make bench` (or `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py`).
Starts a private Secret Service and the devnet (anvil + the Tron devnode, with the project's
test KGST and USDKG), makes a data dir holding a funded wallet with cached balances in SQLite,
then prints, each with its goal:

- time to first paint of the main window, in a fresh process (cold imports), and its ratio to
  a bare PySide6 window with a table started the same way in the same run
  (``bare_window_probe.py``; goal: at most 2×), and whether web3 /
  tronpy / eth_account were already imported at that moment (they must not be);
- time until the balances are shown: the last known ones from SQLite, then the refreshed ones;
- the longest event-loop stall (a 5 ms QTimer heartbeat) during a balance refresh over
  endpoints with 300 ms added latency, during unlock with the real KDF, and while 10k history
  rows load into the history tab.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup_probe import CHAIN_LIBRARIES, REPORT_PREFIX  # noqa: E402

GOAL_FIRST_PAINT_S = 0.3
GOAL_FIRST_PAINT_RATIO = 2.0  # against a bare PySide6 window measured in the same run
GOAL_STALL_MS = 50.0
HEARTBEAT_MS = 5
PROXY_DELAY_S = 0.3
HISTORY_ROWS = 10_000
PASSWORD = "bench password 1"  # a throwaway wallet on a throwaway devnet
MODE = "devnet"
BSC = "devnet-bsc"
TRON = "devnet-tron"


# ---------------------------------------------------------------------- setting up
@dataclass
class BenchData:
    """A data dir with a funded wallet whose balances are cached in SQLite."""

    data_dir: Path
    devnet: Any
    env: Any
    account: Any
    cached: dict[str, str] = field(default_factory=dict)  # "<network>/<symbol>": balance text


def bench_keys(store_name: str, *, fast: bool) -> Any:
    """A KeyManager on the active Secret Service (FAST KDF where its cost does not matter)."""
    from wallet.keys.keyring_store import KeyringStore
    from wallet.keys.manager import KeyManager
    from wallet.keys.vault import KdfParams

    if fast:
        return KeyManager(KeyringStore(store_name), kdf=KdfParams(n=2**10, r=8, p=1))
    return KeyManager(KeyringStore(store_name))


def start_bench_devnet(data_dir: Path) -> Any:
    """The devnet on free ports, its endpoints and tokens written into ``data_dir``."""
    from wallet.devnet import launcher

    return launcher.start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.5)


def prepare_data_dir(data_dir: Path, devnet: Any, keys: Any) -> BenchData:
    """A new wallet, funded on both chains, its balances read once and cached; then funded
    again (so a refresh shows new amounts) and the cache aged by two hours."""
    from wallet.services.environment import Environment

    env = Environment(data_dir, MODE)
    env.__dict__["keys"] = keys
    wallet, _ = env.accounts.create_hd_wallet("Bench", PASSWORD)
    account = env.accounts.accounts(wallet.id)[0]
    for address in (account.evm_address, account.tron_address):
        devnet.fund(address)
    _rows, errors = env.portfolio.refresh([account])
    if errors:
        raise RuntimeError(f"the devnet did not answer: {errors}")
    data = BenchData(data_dir, devnet, env, account)
    data.cached = _balance_texts(env, account)
    devnet.fund(account.evm_address)  # the chain now holds more than the cache says
    age_cache(env)
    return data


def age_cache(env: Any, seconds: int = 7200) -> None:
    """Make the cached balances look ``seconds`` old, so a refresh is visible ("just now")."""
    with env.db:
        env.db.execute("UPDATE balances SET read_at = read_at - ?", (seconds,))


def _balance_texts(env: Any, account: Any) -> dict[str, str]:
    from wallet.core.amounts import format_amount

    out = {}
    for r in env.portfolio.cached([account]):
        name = env.registry.network(r.network_id).name
        out[f"{name}/{r.symbol}"] = "—" if r.amount is None else format_amount(r.amount, r.decimals)
    return out


# ---------------------------------------------------------------------- start-up (subprocess)
@dataclass
class Startup:
    first_paint_s: float
    chain_libraries_at_paint: dict[str, bool]
    table_at_paint: dict[str, list[str]]
    refreshed_s: float | None  # refreshed balances painted, since process start
    table_refreshed: dict[str, list[str]]
    refresh_errors: dict[str, str]
    cold_refresh_stall_ms: float | None  # first paint → refreshed, imports on the worker
    report: dict[str, Any]


def measure_startup(data_dir: Path, *, mode: str = MODE, timeout: float = 120.0) -> Startup:
    """Start the wallet in a new process and read the times from its report."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("KAPCHYK_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [
        sys.executable,
        str(ROOT / "bench" / "startup_probe.py"),
        "--data-dir",
        str(data_dir),
        "--network-mode",
        mode,
        "--timeout",
        str(timeout),
    ]
    env["KAPCHYK_BENCH_T0"] = repr(time.monotonic())
    proc = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=timeout + 60, cwd=ROOT
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(REPORT_PREFIX)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the wallet did not start ({proc.returncode}):\n{proc.stderr[-3000:]}")
    report = json.loads(lines[-1][len(REPORT_PREFIX) :])
    if "first_paint" not in report:
        raise RuntimeError("the main window never painted")
    events = {e["name"]: e for e in report["events"]}
    refreshed = events.get("refreshed", {})
    painted = events.get("refreshed_painted")
    return Startup(
        first_paint_s=report["first_paint"],
        chain_libraries_at_paint=report["modules_at_first_paint"],
        table_at_paint=report["table_at_first_paint"],
        refreshed_s=(painted or refreshed or {}).get("t"),
        table_refreshed=refreshed.get("table", {}),
        refresh_errors=refreshed.get("errors", {}),
        cold_refresh_stall_ms=refreshed.get("max_stall_ms"),
        report=report,
    )


def measure_bare_window(timeout: float = 60.0) -> float:
    """First paint of a bare PySide6 window with a table, in a fresh process (the yardstick)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["KAPCHYK_BENCH_T0"] = repr(time.monotonic())
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bare_window_probe.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(REPORT_PREFIX)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the bare window did not start:\n{proc.stderr[-3000:]}")
    return float(json.loads(lines[-1][len(REPORT_PREFIX) :])["first_paint"])


#: the probe's events before the first paint, and what happens between one and the next
STEPS = (
    ("interpreter_ready", "python start"),
    ("modules_imported", "Qt + window imports"),
    ("window_init", "env + QApplication"),
    ("window_built", "window built"),
    ("window_shown", "show"),
)


def startup_breakdown(startups: list[Startup]) -> str:
    """Median milliseconds spent in each start-up step, up to the first paint."""
    marks = []
    for s in startups:
        times = {e["name"]: e["t"] for e in s.report["events"]}
        times["first_paint"] = s.first_paint_s
        marks.append(times)
    parts, previous = [], "start"
    for name, label in (*STEPS, ("first_paint", "to first paint")):
        if all(name in m for m in marks):
            spent = [m[name] - m.get(previous, 0.0) for m in marks]
            parts.append(f"{label} {statistics.median(spent) * 1000:.0f} ms")
            previous = name
    return ", ".join(parts)


# ---------------------------------------------------------------------- stalls (in process)
class Heartbeat:
    """A QTimer every ``interval_ms``: the longest gap between two ticks is the longest time the
    event loop could not run (a stall the user feels as a frozen window)."""

    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.max_gap = 0.0
        self.ticks = 0
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()
        self._tick()  # a stall at the very end counts too


@dataclass
class Stall:
    max_stall_ms: float
    elapsed_s: float
    done: bool
    ticks: int
    detail: dict[str, Any] = field(default_factory=dict)


def run_until(done: Callable[[], bool], action: Callable[[], None], timeout_s: float) -> Stall:
    """Run ``action`` on the GUI thread and the event loop until ``done()`` (checked on every
    heartbeat) or the timeout, recording the longest gap between heartbeats."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    beat = Heartbeat()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    beat.timer.timeout.connect(lambda: done() and loop.quit())
    start = time.perf_counter()
    beat.start()
    deadline.start(int(timeout_s * 1000))
    action()  # its own time on the GUI thread counts as a stall
    if not done():
        loop.exec()
    beat.stop()
    deadline.stop()
    return Stall(beat.max_gap * 1000, time.perf_counter() - start, done(), beat.ticks)


def proxied_env(data_dir: Path, delay: float) -> tuple[Any, list[Any]]:
    """An Environment whose devnet endpoints sit behind proxies adding ``delay`` seconds."""
    from tests.harness.proxy import FaultProxy
    from wallet.services.environment import Environment

    env = Environment(data_dir, MODE)
    reg = env.registry
    proxies = []
    for net in (BSC, TRON):
        proxy = FaultProxy(reg.network(net).endpoints[0], delay=delay)
        proxies.append(proxy)
        reg = reg.with_endpoints(net, [proxy.url])
    env.__dict__["registry"] = reg
    return env, proxies


def measure_refresh_stall(
    data_dir: Path, keys: Any, *, delay: float = PROXY_DELAY_S, timeout_s: float = 120.0
) -> Stall:
    """The main window refreshing every balance over endpoints with ``delay`` added latency."""
    from wallet.gui.balances_view import COL_UPDATED
    from wallet.gui.main_window import MainWindow

    env, proxies = proxied_env(data_dir, delay)
    env.__dict__["keys"] = keys
    try:
        age_cache(env)
        window = MainWindow(env)
        window.show()
        started = []

        def refresh() -> None:
            window.refresh()
            started.append(window.refreshing)

        stall = run_until(lambda: bool(started) and not window.refreshing, refresh, timeout_s)
        stall.detail = {
            "requests": sum(p.requests for p in proxies),
            "status": window.status.currentMessage(),
            "updated": sorted(
                {window.table.item(r, COL_UPDATED).text() for r in range(window.table.rowCount())}
            ),
        }
        window.close()
        window.deleteLater()
        return stall
    finally:
        for p in proxies:
            p.stop()
        env.close()


def create_locked_wallet(data_dir: Path, keys: Any, label: str = "Strong KDF") -> Any:
    """A wallet whose secret is sealed with ``keys``'s KDF, locked. Returns the wallet."""
    from wallet.services.environment import Environment

    env = Environment(data_dir, MODE)
    env.__dict__["keys"] = keys
    try:
        wallet, _ = env.accounts.create_hd_wallet(label, PASSWORD)
    finally:
        env.close()
    keys.lock()
    return wallet


def measure_unlock_stall(
    data_dir: Path, keys: Any, wallet_id: str, *, timeout_s: float = 60.0
) -> Stall:
    """The password dialog unlocking ``wallet_id`` (the KDF runs on a worker)."""
    from wallet.gui.main_window import MainWindow
    from wallet.gui.unlock import PasswordDialog, ensure_unlocked
    from wallet.services.environment import Environment

    env = Environment(data_dir, MODE)
    env.__dict__["keys"] = keys
    keys.lock()
    try:
        window = MainWindow(env)
        window.show()
        ready: list[bool] = []
        dialog = ensure_unlocked(window, env, wallet_id, "Bench", lambda: ready.append(True))
        assert isinstance(dialog, PasswordDialog)
        dialog.password.setText(PASSWORD)
        stall = run_until(lambda: bool(ready), dialog.try_unlock, timeout_s)
        stall.detail = {"unlocked": keys.is_unlocked(wallet_id), "error": dialog.error.text()}
        window.close()
        window.deleteLater()
        keys.lock()
        return stall
    finally:
        env.close()


def write_history_rows(env: Any, account: Any, count: int, network_id: str = BSC) -> None:
    """``count`` incoming KGST transfers straight into the ``history`` table (migration 0003)."""
    token = env.registry.token(network_id, "KGST")
    owner = account.address_for(env.registry.network(network_id).kind)
    peer = "0x" + "ab" * 20
    now = int(time.time())
    rows = [
        (
            network_id,
            "0x" + f"{i:064x}",
            0,
            owner,
            "in" if i % 3 else "out",
            peer,
            token.contract,
            str((i % 997 + 1) * 10**token.decimals),
            1_000_000 + i,
            now - (count - i) * 60,
            "confirmed",
        )
        for i in range(count)
    ]
    with env.db:
        env.db.execute(
            "DELETE FROM history WHERE network_id = ? AND account = ?", (network_id, owner)
        )
        env.db.executemany("INSERT INTO history VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)


def history_tab_class() -> type | None:
    try:
        from wallet.gui.history_tab import HistoryTab
    except ImportError:
        return None
    return HistoryTab


def measure_history_stall(
    data_dir: Path, keys: Any, account: Any, rows: int = HISTORY_ROWS, *, timeout_s: float = 120.0
) -> Stall | None:
    """``rows`` history rows loading into the history tab; None when that tab does not exist."""
    tab_class = history_tab_class()
    if tab_class is None:
        return None
    from wallet.gui.main_window import MainWindow
    from wallet.services.environment import Environment

    env = Environment(data_dir, MODE)
    env.__dict__["keys"] = keys
    try:
        write_history_rows(env, account, rows)
        window = MainWindow(env)
        window.account_box.setCurrentIndex(window.accounts.index(account))
        window.build_tabs()  # the window's own tabs (built after the first paint otherwise)
        tabs = [t for t in window.extra_tabs if isinstance(t, tab_class)]
        tab = tabs[0] if tabs else tab_class(env)
        if not tabs:
            window.add_tab(tab)
        window.tabs.setCurrentWidget(tab)
        window.show()
        # a tab may load on set_account already: let that finish, untimed
        run_until(lambda: tab.model.rowCount() >= rows, lambda: None, min(timeout_s, 10.0))
        reloaded: list[bool] = []
        for signal in (tab.model.modelReset, tab.model.rowsInserted, tab.model.layoutChanged):
            signal.connect(lambda *_: reloaded.append(True))
        stall = run_until(
            lambda: bool(reloaded) and tab.model.rowCount() >= rows, tab.load, timeout_s
        )
        stall.detail = {"rows": tab.model.rowCount(), "shown": tab.proxy.rowCount()}
        window.close()
        window.deleteLater()
        return stall
    finally:
        env.close()


# ---------------------------------------------------------------------- printing
def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER GOAL"


def print_stall(name: str, stall: Stall | None, note: str = "") -> None:
    if stall is None:
        print(f"longest stall, {name}: skipped ({note})")
        return
    ok = stall.max_stall_ms <= GOAL_STALL_MS and stall.done
    print(
        f"longest stall, {name}: {stall.max_stall_ms:.1f} ms (goal <= {GOAL_STALL_MS:.0f} ms) "
        f"{_verdict(ok)}; took {stall.elapsed_s:.2f} s, {stall.ticks} heartbeats"
        + ("" if stall.done else ", DID NOT FINISH")
        + (f"; {note}" if note else "")
    )


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from tests.harness.secret_service import start_secret_service
    from wallet.keys.manager import keyring_service

    runs = int(os.environ.get("KAPCHYK_BENCH_RUNS", "7"))  # the median of 7 is steady to ~0.1
    service = start_secret_service()
    service.activate()
    data_dir = Path(tempfile.mkdtemp(prefix="kapchyk-bench-"))
    devnet = start_bench_devnet(data_dir)
    try:
        keys = bench_keys(keyring_service(MODE), fast=True)
        data = prepare_data_dir(data_dir, devnet, keys)
        kgst = f"{devnet_name(data, BSC)}/KGST"

        startups, bare = [], []
        for _ in range(runs):  # interleaved, so both see the same load on the machine
            age_cache(data.env)
            startups.append(measure_startup(data_dir))
            bare.append(measure_bare_window())
        first = startups[0]
        paints = [s.first_paint_s for s in startups]
        print(
            f"first paint of the main window: median {statistics.median(paints):.3f} s, "
            f"max {max(paints):.3f} s over {runs} cold starts (goal <= {GOAL_FIRST_PAINT_S} s) "
            f"{_verdict(statistics.median(paints) <= GOAL_FIRST_PAINT_S)}"
        )
        ratio = statistics.median(paints) / statistics.median(bare)
        print(
            f"first paint against a bare PySide6 window with a table in the same run: "
            f"{statistics.median(paints):.3f} s / {statistics.median(bare):.3f} s = "
            f"ratio {ratio:.2f} (goal <= {GOAL_FIRST_PAINT_RATIO}) "
            f"{_verdict(ratio <= GOAL_FIRST_PAINT_RATIO)}"
        )
        print("  where the time goes (median): " + startup_breakdown(startups))
        libs = ", ".join(
            f"{m} {'IMPORTED' if first.chain_libraries_at_paint[m] else 'not imported'}"
            for m in CHAIN_LIBRARIES
        )
        imported = any(any(s.chain_libraries_at_paint.values()) for s in startups)
        print(f"at first paint: {libs} (goal: none imported) {_verdict(not imported)}")
        shown = first.table_at_paint.get(kgst, ["?"])[0]
        print(
            f"last-known balances shown at first paint: {kgst} {shown} "
            f"(cached {data.cached.get(kgst)}) {_verdict(shown == data.cached.get(kgst))}"
        )
        refreshed = [s.refreshed_s for s in startups if s.refreshed_s is not None]
        if refreshed:
            after = first.table_refreshed.get(kgst, ["?", "?"])
            print(
                f"refreshed balances shown (devnet, cold imports): median "
                f"{statistics.median(refreshed):.3f} s after start "
                f"({statistics.median(refreshed) - statistics.median(paints):.3f} s after first "
                f"paint); {kgst} {after[0]} updated {after[1]}"
                + (f"; errors: {first.refresh_errors}" if first.refresh_errors else "")
            )
        else:
            print(f"refreshed balances: NOT SHOWN ({first.report.get('events')})")
        cold = [s.cold_refresh_stall_ms for s in startups if s.cold_refresh_stall_ms is not None]
        if cold:
            print(
                f"longest stall, first paint until refreshed (cold web3/tronpy import on a "
                f"worker): median {statistics.median(cold):.1f} ms (goal <= "
                f"{GOAL_STALL_MS:.0f} ms) {_verdict(statistics.median(cold) <= GOAL_STALL_MS)}"
            )

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert app is not None
        stall = measure_refresh_stall(data_dir, keys)
        print_stall(
            f"balance refresh over endpoints with {PROXY_DELAY_S * 1000:.0f} ms added latency",
            stall,
            f"{stall.detail['requests']} requests, {stall.detail['status']!r}",
        )

        strong = bench_keys(keyring_service(MODE), fast=False)
        wallet = create_locked_wallet(data_dir, strong)
        stall = measure_unlock_stall(data_dir, strong, wallet.id)
        print_stall(
            "unlock with the real KDF",
            stall,
            "unlocked" if stall.detail["unlocked"] else f"NOT unlocked: {stall.detail['error']}",
        )

        stall = measure_history_stall(data_dir, keys, data.account)
        print_stall(
            f"{HISTORY_ROWS} history rows loading into the history tab",
            stall,
            "history tab not available" if stall is None else f"{stall.detail['rows']} rows",
        )
    finally:
        devnet.stop()
        service.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


def devnet_name(data: BenchData, network_id: str) -> str:
    return data.env.registry.network(network_id).name


if __name__ == "__main__":
    main()
