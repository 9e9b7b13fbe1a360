"""Balances in money, against a local server speaking Binance's ticker and the NBKR daily XML
(formats and their documentation: tests/harness/price_server.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.harness.price_server import PriceServer
from wallet.core.errors import KapchykError
from wallet.services.environment import Environment
from wallet.services.portfolio import BalanceRow

KGST = "0x94be0bbA8E1E303fE998c9360B57b826F1A4f828"
USDKG = "TXZo12qvnEVKvU2zbfuQeMXKusWyxonwEG"
OWNER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"


class Clock:
    def __init__(self, now: float = 1_765_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def rows(mode_prefix: str = "") -> list[BalanceRow]:
    now = 1_765_000_000
    return [
        BalanceRow(f"bsc{mode_prefix}", OWNER, "", "BNB", 18, 2 * 10**18, 1, now),
        BalanceRow(f"bsc{mode_prefix}", OWNER, KGST, "KGST", 18, 1500 * 10**18, 1, now),
        BalanceRow(f"tron{mode_prefix}", "T" + "1" * 33, USDKG, "USDKG", 6, 10_000_000, 1, now),
    ]


@pytest.fixture
def server():
    s = PriceServer()
    yield s
    s.stop()


@pytest.fixture
def prices(data_dir, server):
    env = Environment(data_dir, "mainnet")
    p = env.prices
    p.clock = Clock()
    p.set_urls("binance", [server.url])
    p.set_urls("nbkr", [server.url])
    yield p
    env.close()


def test_values_and_total_from_the_documented_formats(prices):
    assert prices.refresh() == {}
    values, total = prices.valuations(rows(), "KGS")
    bnb, kgst, usdkg = values
    assert bnb.value == Decimal("2") * Decimal("612.3") * Decimal("87.45")
    assert bnb.source == "binance+nbkr" and bnb.fetched_at == 1_765_000_000
    assert kgst.value == Decimal(1500) and kgst.source == "peg" and kgst.fetched_at is None
    assert usdkg.value == Decimal("874.5") and usdkg.source == "peg+nbkr"
    assert total.value == bnb.value + 1500 + Decimal("874.5") and total.currency == "KGS"
    assert total.unvalued == [] and total.others == {}

    in_usd, total_usd = prices.valuations(rows(), "USD")
    assert in_usd[0].value == Decimal("1224.6")  # no rate needed: the ticker is in USD
    assert in_usd[2].value == Decimal(10) and in_usd[2].source == "peg"
    assert total_usd.value == Decimal("1224.6") + Decimal(10) + Decimal(1500) / Decimal("87.45")


def test_stopped_server_keeps_the_cached_values_with_their_age(prices, server):
    prices.refresh()
    before, _ = prices.valuations(rows(), "EUR")
    server.stop()
    prices.clock.now += 600
    errors = prices.refresh()
    assert set(errors) == {"binance", "nbkr"} and "cannot reach Binance" in errors["binance"]
    after, total = prices.valuations(rows(), "EUR")
    assert [v.value for v in after] == [v.value for v in before]
    assert after[0].age(prices.clock.now) == 600 and total.age(prices.clock.now) == 600


def test_no_cache_and_offline_values_only_the_pegs(prices, server):
    server.stop()
    prices.refresh()
    values, total = prices.valuations(rows(), "KGS")
    assert values[0] is None  # BNB: no price was ever read, none is invented
    assert values[1].value == 1500 and values[1].currency == "KGS"
    assert values[2].value == 10 and values[2].currency == "USD"  # 1 USDKG = 1 USD, no rate
    assert total.value == 1500 and total.others == {"USD": Decimal(10)}
    assert total.unvalued == ["BNB"]


def test_fails_over_to_the_next_url_and_backs_off(prices, server):
    down = PriceServer()
    down.status = 503
    try:
        prices.set_urls("binance", [down.url, server.url])
        assert prices.refresh() == {}
        assert len(down.requests) == 1
        before = len(down.requests)
        prices.refresh()  # the failed host is backed off: not asked again at once
        assert len(down.requests) == before
        assert prices.quotes()["ticker:BNBUSDT"].value == Decimal("612.3")
    finally:
        down.stop()


def test_a_mirror_without_one_symbol_is_asked_one_by_one(prices, server):
    del server.tickers["KGSTUSDT"]
    assert prices.refresh() == {}
    quotes = prices.quotes()
    assert "ticker:KGSTUSDT" not in quotes and quotes["ticker:TRXUSDT"].value == Decimal("0.25")


def test_garbage_is_not_cached(prices, server):
    prices.refresh()
    server.tickers["BNBUSDT"] = "NaN"
    server.rates["USD"] = ("1", "not a number")
    errors = prices.refresh()
    assert set(errors) == {"binance", "nbkr"}
    assert prices.quotes()["ticker:BNBUSDT"].value == Decimal("612.3")
    assert prices.quotes()["rate:USD"].value == Decimal("87.45")


def test_kgst_off_its_peg_is_warned_about(prices, server):
    prices.refresh()
    assert prices.peg_warnings() == []  # 0.01144 USD × 87.45 = 1.0004 som
    server.tickers["KGSTUSDT"] = "0.01100000"  # 0.962 som: 3.8 % under
    prices.refresh()
    [(symbol, market)] = prices.peg_warnings()
    assert symbol == "KGST" and market == Decimal("0.011") * Decimal("87.45")


def test_source_urls_are_checked_and_can_be_reset(prices):
    with pytest.raises(KapchykError, match="http:// or https:// URL"):
        prices.set_urls("nbkr", ["ftp://nbkr.kg"])
    with pytest.raises(KapchykError, match="unknown price source 'coingecko'"):
        prices.set_urls("coingecko", ["https://api.coingecko.com"])
    assert prices.set_urls("nbkr", None) == ["https://www.nbkr.kg"]


def test_test_coins_have_no_value(data_dir, server):
    env = Environment(data_dir, "testnet")
    try:
        env.prices.set_urls("binance", [server.url])
        env.prices.set_urls("nbkr", [server.url])
        env.prices.refresh()
        testnet_row = BalanceRow("bsc-testnet", OWNER, "", "tBNB", 18, 10**18, 1, 0)
        values, total = env.prices.valuations([testnet_row], "KGS")
        assert values == [None] and total.value == 0 and total.unvalued == []
    finally:
        env.close()


def test_unknown_currency_is_refused():
    from wallet.services.prices import check_currency

    with pytest.raises(KapchykError, match="unknown currency 'GBP'; use one of KGS, USD"):
        check_currency("GBP")
