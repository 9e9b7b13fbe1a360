"""``kapchyk balance --json`` carries each row's value, the rate's source and age, and the total,
against a local server speaking Binance's ticker and the NBKR daily XML
(tests/harness/price_server.py cites both formats)."""

from __future__ import annotations

import time

from tests.harness.price_server import PriceServer
from tests.keys.cli_helpers import run_cli
from wallet.store.db import database_path, open_database

ME = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
KGST = "0x94be0bbA8E1E303fE998c9360B57b826F1A4f828"


def _cache_balances(data_dir, read_at: int) -> None:
    """Balances as a refresh leaves them in the cache (the mainnet nodes are not reachable)."""
    db = open_database(database_path(data_dir, "mainnet"))
    with db:
        db.execute(
            "INSERT INTO balances VALUES ('bsc', ?, '', ?, 9, ?)", (ME, str(2 * 10**18), read_at)
        )
        db.execute(
            "INSERT INTO balances VALUES ('bsc', ?, ?, ?, 9, ?)",
            (ME, KGST, str(1500 * 10**18), read_at),
        )
    db.close()


def test_balance_json_values_rows_and_total_then_offline_keeps_the_cached_ones(data_dir):
    run_cli(data_dir, "wallet", "watch", ME, "--label", "Shop")
    _cache_balances(data_dir, int(time.time()))
    server = PriceServer()
    try:
        for source in ("binance", "nbkr"):
            run_cli(data_dir, "prices", "urls", source, server.url)
        _, out = run_cli(data_dir, "prices", "--refresh")
        assert out["errors"] == {} and out["prices"]["rate:USD"]["value"] == "87.45"
    finally:
        server.stop()

    _, out = run_cli(data_dir, "balance", "--cached")
    rows = {r["symbol"]: r for r in out["balances"]}
    assert rows["KGST"]["value"] == {
        "amount": "1500",
        "currency": "KGS",
        "unit_price": "1",
        "source": "peg",
        "age_seconds": None,
    }
    bnb = rows["BNB"]["value"]
    assert bnb["amount"] == "107091.27" and bnb["source"] == "binance+nbkr"  # 2 × 612.3 × 87.45
    assert bnb["age_seconds"] is not None and bnb["age_seconds"] < 60
    assert out["total"]["amount"] == "108591.27" and out["total"]["currency"] == "KGS"

    _, usd = run_cli(data_dir, "balance", "--cached", "--currency", "usd")
    assert {r["symbol"]: r["value"] for r in usd["balances"]}["BNB"]["amount"] == "1224.6"

    proc, err = run_cli(data_dir, "balance", "--cached", "--currency", "GBP", check=False)
    assert proc.returncode == 1 and "unknown currency 'GBP'" in err["error"]["message"]


def test_balance_json_with_no_prices_values_only_the_peg(data_dir):
    run_cli(data_dir, "wallet", "watch", ME, "--label", "Shop")
    _cache_balances(data_dir, int(time.time()))
    _, out = run_cli(data_dir, "balance", "--cached")
    rows = {r["symbol"]: r for r in out["balances"]}
    assert rows["BNB"]["value"] is None  # never an invented price
    assert rows["KGST"]["value"]["amount"] == "1500"
    assert out["total"]["amount"] == "1500" and out["total"]["unvalued"] == ["BNB"]
