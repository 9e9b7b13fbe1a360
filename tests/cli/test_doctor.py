"""``kapchyk doctor --json`` against the real components: the Secret Service unlocked, locked
and absent; a live anvil, a dead endpoint and one on the wrong chain; a read-only data dir."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.keys.cli_helpers import run_cli

pytestmark = pytest.mark.keyring


def _doctor(data_dir, *args, bus: str, mode: str = "testnet"):
    proc, out = run_cli(
        data_dir,
        "doctor",
        *args,
        mode=mode,
        check=False,
        env_extra={"DBUS_SESSION_BUS_ADDRESS": bus},
    )
    assert out is not None, proc.stderr
    return proc, {c["key"]: c for c in out["checks"]}, out


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_healthy_keyring_and_each_endpoint_with_its_problem(
    data_dir, secret_service, anvil_factory
):
    # a fresh anvil: the shared one's clock is moved ahead by other tests (evm_increaseTime)
    anvil = anvil_factory(chain_id=97)
    wrong_chain = anvil_factory(chain_id=1)  # Ethereum's id where BNB Chain Testnet (97) is asked
    dead = f"http://127.0.0.1:{_closed_port()}"
    for url in (anvil.url, dead, wrong_chain.url):
        run_cli(data_dir, "endpoints", "add", "--network", "bsc-testnet", url, mode="testnet")
    proc, checks, out = _doctor(data_dir, bus=secret_service.address)

    assert checks["keyring"]["status"] == "ok"
    assert checks["data_dir"]["status"] == "ok"
    assert checks["database:testnet"]["status"] == "ok"
    bsc = checks["endpoints:bsc-testnet"]
    assert bsc["status"] == "warning" and not bsc["blocks_send"]  # one endpoint works
    by_url = {d["url"]: d for d in bsc["details"]}
    assert by_url[anvil.url]["ok"] and by_url[anvil.url]["ms"] >= 0
    assert not by_url[dead]["ok"] and by_url[dead]["error"]
    assert not by_url[wrong_chain.url]["ok"]
    assert "chain" in by_url[wrong_chain.url]["error"]  # says it is the wrong chain
    assert dead in bsc["fix"] and wrong_chain.url in bsc["fix"]
    # anvil's blocks carry this machine's time
    assert checks["clock:bsc-testnet"]["status"] == "ok"
    # the public testnets cannot be reached from here: a send there would fail, so exit 3
    assert checks["endpoints:sepolia"]["status"] == "problem"
    assert out["blocks_send"] and proc.returncode == 3


def test_a_clock_behind_the_network_is_a_problem_with_its_fix(
    data_dir, secret_service, anvil_factory
):
    """The node's latest block is an hour ahead of this computer's clock (anvil mines it with
    that timestamp): the doctor says the clock is behind, by how much, and how to set it."""
    anvil = anvil_factory(chain_id=97)
    anvil.rpc("evm_mine", int(time.time()) + 3600)
    run_cli(data_dir, "endpoints", "add", "--network", "bsc-testnet", anvil.url, mode="testnet")
    _proc, checks, _ = _doctor(data_dir, bus=secret_service.address)
    clock = checks["clock:bsc-testnet"]
    assert clock["status"] == "problem"
    seconds = int(re.search(r"clock is (\d+) s behind", clock["summary"]).group(1))
    assert 3500 <= seconds <= 3700
    assert "timedatectl set-ntp true" in clock["fix"]
    assert not clock["blocks_send"]  # BNB Chain transactions carry no expiry; Tron's do


def test_locked_keyring_is_a_problem_with_its_fix(data_dir, secret_service_factory):
    locked = secret_service_factory(unlock=False)
    proc, checks, _ = _doctor(data_dir, "--offline", bus=locked.address)
    assert checks["keyring"]["status"] == "problem"
    assert "locked" in checks["keyring"]["fix"] and "unlock" in checks["keyring"]["fix"]
    assert proc.returncode == 3


def test_absent_keyring_is_a_problem_with_its_fix(data_dir, tmp_path):
    nowhere = f"unix:path={tmp_path / 'no-bus'}"
    proc, checks, _ = _doctor(data_dir, "--offline", bus=nowhere)
    assert checks["keyring"]["status"] == "problem"
    assert "gnome-keyring" in checks["keyring"]["fix"]
    assert proc.returncode == 3


def test_no_display_is_a_warning_not_a_stop(data_dir, secret_service):
    proc, out = run_cli(
        data_dir,
        "doctor",
        "--offline",
        check=False,
        env_extra={
            "DBUS_SESSION_BUS_ADDRESS": secret_service.address,
            **dict.fromkeys(("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"), ""),
        },
    )
    checks = {c["key"]: c for c in out["checks"]}
    assert checks["display"]["status"] == "warning"
    assert "no display" in checks["display"]["fix"]
    assert proc.returncode == 0  # the command line sends without a display


def test_damaged_database_is_named_and_left_alone(data_dir, secret_service):
    run_cli(data_dir, "networks", mode="testnet")  # creates the testnet database
    db = data_dir / "testnet" / "kapchyk.sqlite3"
    with open(db, "r+b") as f:  # a damaged page in the middle of the file
        f.seek(4096)
        f.write(os.urandom(4096))
    before = db.read_bytes()
    proc, checks, _ = _doctor(data_dir, "--offline", bus=secret_service.address)
    assert checks["database:testnet"]["status"] == "problem"
    assert "damaged" in checks["database:testnet"]["summary"]
    assert db.read_bytes() == before  # nothing changed
    assert proc.returncode == 3


def test_read_only_data_dir_is_reported(secret_service, tmp_path_factory):
    """Root writes anywhere, so the command runs as an unprivileged user (setpriv) there."""
    import tempfile

    data_dir = Path(tempfile.mkdtemp(prefix="kapchyk-ro-"))  # pytest's own tmp is root-only
    data_dir.chmod(0o555)
    argv = [sys.executable, "-m", "wallet.cli.main", "--json", "--data-dir", str(data_dir)]
    argv += ["doctor", "--offline"]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.fail("setpriv (util-linux) is needed to run as another user")
        argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *argv]
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=secret_service.address, HOME="/tmp")
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, cwd="/")
    import json

    out = json.loads(proc.stdout)
    checks = {c["key"]: c for c in out["checks"]}
    assert checks["data_dir"]["status"] == "problem", proc.stderr
    assert "not writable" in checks["data_dir"]["summary"]
    assert str(data_dir) in checks["data_dir"]["fix"]
    assert proc.returncode == 3
    data_dir.rmdir()


def test_price_sources_are_checked_and_a_dead_one_is_a_warning(data_dir, secret_service):
    from tests.harness.price_server import PriceServer

    server = PriceServer()
    try:
        for source in ("binance", "nbkr"):
            run_cli(data_dir, "prices", "urls", source, server.url, mode="testnet")
        _, checks, _ = _doctor(data_dir, bus=secret_service.address)
        for source in ("binance", "nbkr"):
            check = checks[f"prices:{source}"]
            assert check["status"] == "ok", check
            assert check["details"][0]["url"] == server.url and check["details"][0]["ms"] >= 0
    finally:
        server.stop()
    _, checks, _ = _doctor(data_dir, bus=secret_service.address)
    dead = checks["prices:nbkr"]
    assert dead["status"] == "warning" and not dead["blocks_send"]  # a send needs no price
    assert "kapchyk prices urls nbkr" in dead["fix"]
