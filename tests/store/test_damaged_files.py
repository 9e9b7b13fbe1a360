"""Issue 16 items 8 and 9: a damaged database page and a read-only data dir, with the real CLI
in a subprocess over real SQLite files."""

from __future__ import annotations

import os
import random

from tests.keys.cli_helpers import run_cli
from wallet.services.environment import Environment
from wallet.store.db import database_path

WATCHED = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"


def _wallet_with_data(data_dir):
    env = Environment(data_dir, "testnet")
    env.accounts.add_watch_only("Till", WATCHED)
    for i in range(300):
        env.address_book.add("bsc-testnet", f"0x{i + 1:040x}", f"Payee {i}", "x" * 100)
    env.close()


def test_a_damaged_page_gives_the_damaged_message_and_deletes_nothing(data_dir):
    _wallet_with_data(data_dir)
    path = database_path(data_dir, "testnet")
    assert path.stat().st_size > 8192 + 16384
    with open(path, "r+b") as f:  # dd 16 KB of random bytes at offset 8192
        f.seek(8192)
        f.write(random.Random(16).randbytes(16384))
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    for command in (("addressbook", "list"), ("balance", "--cached")):
        proc, out = run_cli(data_dir, *command, mode="testnet", check=False)
        assert proc.returncode == 1, proc.stderr
        assert "internal error" not in proc.stderr
        assert "may be damaged" in out["error"]["message"] and str(path) in proc.stderr
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    assert after.keys() >= {path.name} and after[path.name] == before[path.name]


def _run_read_only(data_dir, *args):
    """The real CLI with ``data_dir`` mounted read-only (a private mount namespace: nothing
    outside the test sees it; works for root too, where chmod would not stop writes)."""
    import shutil
    import subprocess
    import sys

    from tests.harness.components import missing

    if shutil.which("unshare") is None:
        missing("unshare (util-linux)", "apt-get install util-linux")
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    argv = ["unshare", "-rm", "sh", "-c", script, str(data_dir), sys.executable]
    argv += ["-m", "wallet.cli.main", "--network-mode", "testnet", *args]
    env = dict(os.environ, KAPCHYK_DATA_DIR=str(data_dir))
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)
    if "mount:" in proc.stderr or "unshare:" in proc.stderr:
        missing("a private read-only mount", proc.stderr.strip())
    return proc


def test_a_read_only_data_dir_says_so_in_one_line_and_still_reads(data_dir):
    _wallet_with_data(data_dir)
    listed = _run_read_only(data_dir, "addressbook", "list", "--network", "bsc-testnet")
    assert listed.returncode == 0, listed.stderr
    assert "Payee 7" in listed.stdout
    assert "Traceback" not in listed.stderr
    [line] = listed.stderr.splitlines()
    assert "cannot write the log file" in line and "Read-only file system" in line
    wallets = _run_read_only(data_dir, "wallet", "list")
    assert wallets.returncode == 0 and "Till" in wallets.stdout
    cached = _run_read_only(data_dir, "balance", "--cached")
    assert cached.returncode == 0 and WATCHED in cached.stdout
    # a command that must write says why it cannot, in one line
    add = _run_read_only(data_dir, "addressbook", "add", "--network", "bsc-testnet", WATCHED, "B")
    assert add.returncode == 1 and "Traceback" not in add.stderr
    assert "is read-only" in add.stderr.splitlines()[-1]
