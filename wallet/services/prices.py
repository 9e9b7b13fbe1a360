"""Balances in money: pegs, a public ticker for the gas coins, the National Bank's KGS rates.

What is valued how comes from ``resources/prices.json``:

- pegged tokens (1 KGST = 1 KGS, 1 USDKG = 1 USD) need no network at all;
- gas coins (BNB, TRX, ETH) use Binance's ``GET /api/v3/ticker/price`` (USDT pairs, USDT taken as
  USD); ``KGSTUSDT`` is read only to warn when KGST trades more than 2 % off its peg;
- currencies use the National Bank of the Kyrgyz Republic's ``/XML/daily.xml`` (KGS per unit of
  USD, EUR, RUB, KZT, CNY, written with decimal commas); any currency converts to any other
  through KGS.

Both sources sit behind the same endpoint pool the nodes use (``chains/endpoints.py``: several
URLs, failover, timeouts, exponential backoff honouring Retry-After); their base URLs can be
changed by the user (``set_urls``; kept in the mode's ``settings`` table). Every answer is cached
in SQLite (``prices`` table) with its time, so ``valuation()`` answers at once and offline from the
last known numbers, with their age — or gives no value. A value is never invented: no rate, no
value. Only mainnet networks are valued (test coins have no value). Qt-free and synchronous: the
GUI calls ``refresh()`` on a worker thread.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from wallet.chains.errors import NodeUnavailable
from wallet.core.amounts import to_decimal
from wallet.core.errors import KapchykError, term
from wallet.core.networks import Registry
from wallet.services.app_settings import CURRENCIES
from wallet.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    from wallet.chains.endpoints import EndpointPool

log = logging.getLogger(__name__)

TIMEOUT = 8.0
NBKR_PATH = "/XML/daily.xml"
TICKER_PATH = "/api/v3/ticker/price"
SOURCES = ("binance", "nbkr")


class PriceError(KapchykError):
    code = "prices"


@cache
def price_data() -> dict[str, Any]:
    """``resources/prices.json``: pegs, tickers and the default source URLs."""
    text = resources.files("wallet.resources").joinpath("prices.json").read_text("utf-8")
    return json.loads(text)


def currencies() -> list[str]:
    return list(CURRENCIES)


def check_currency(code: str) -> str:
    code = (code or "").strip().upper()
    if code not in currencies():
        raise PriceError(
            "unknown currency {code!r}; use one of {known}",
            code=code,
            known=", ".join(currencies()),
        )
    return code


# ---------------------------------------------------------------------------- transport
class PriceHttp:
    """One base URL of a price source: GET, transport failures as ``NodeUnavailable``."""

    def __init__(self, url: str) -> None:
        import requests

        self.url = url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "kapchyk"

    def get(self, path: str, params: dict[str, str] | None = None) -> tuple[int, bytes]:
        import requests

        try:
            resp = self.session.get(self.url + path, params=params, timeout=TIMEOUT)
        except requests.Timeout:
            raise NodeUnavailable(term("timed out")) from None
        except requests.RequestException:
            raise NodeUnavailable(term("connection failed")) from None
        if resp.status_code in (418, 429):  # Binance: 429 rate limit, 418 banned for a while
            retry = resp.headers.get("Retry-After")
            raise NodeUnavailable(
                f"rate limited (HTTP {resp.status_code})",
                float(retry) if retry and retry.isdigit() else None,
            )
        if resp.status_code >= 500 or resp.status_code in (403, 404):
            raise NodeUnavailable(f"HTTP {resp.status_code}")
        return resp.status_code, resp.content


def _number(text: object, what: str) -> Decimal:
    """A positive decimal from a source's text ("87,4500" or "612.30000000"), or garbage."""
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise NodeUnavailable(f"{what} is not a number") from None
    if not value.is_finite() or value <= 0:
        raise NodeUnavailable(f"{what} is not a positive number")
    return value


def parse_ticker(doc: object) -> dict[str, Decimal]:
    """Binance's ticker answer (one ``{"symbol", "price"}`` object or a list of them)."""
    items = doc if isinstance(doc, list) else [doc]
    found = {}
    for item in items:
        if not isinstance(item, dict) or "symbol" not in item or "price" not in item:
            raise NodeUnavailable("the ticker answer has no symbol and price")
        found[str(item["symbol"])] = _number(item["price"], f"the price of {item['symbol']}")
    return found


def parse_nbkr(content: bytes) -> tuple[str | None, dict[str, Decimal]]:
    """The NBKR daily XML: (its date, {ISO code: KGS per one unit})."""
    from xml.etree import ElementTree

    if b"<!DOCTYPE" in content.upper() or b"<!ENTITY" in content.upper():
        raise NodeUnavailable("the rates XML declares entities")  # NBKR's has none
    try:
        # no DTD or entities can reach the parser (refused above); expat ≥ 2.4 caps expansion
        root = ElementTree.fromstring(content)  # noqa: S314
    except ElementTree.ParseError:
        raise NodeUnavailable("the rates are not valid XML") from None
    rates = {}
    for cur in root.iter("Currency"):
        code = (cur.get("ISOCode") or "").strip().upper()
        value, nominal = cur.findtext("Value"), cur.findtext("Nominal") or "1"
        if code and value is not None:
            rates[code] = _number(value, f"the {code} rate") / _number(nominal, f"{code} nominal")
    if not rates:
        raise NodeUnavailable("the rates XML lists no currency")
    return root.get("Date"), rates


# ---------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Quote:
    """One cached number: a ticker price (USD per coin) or a rate (KGS per unit)."""

    pair: str
    value: Decimal
    source: str
    as_of: str | None
    fetched_at: int


@dataclass(frozen=True)
class Valuation:
    """What an amount is worth in ``currency`` (the one asked for, or a pegged token's own peg
    currency when no rate to the one asked for is known); ``fetched_at`` None = no network used."""

    value: Decimal
    currency: str
    source: str  # "peg", "binance", "nbkr", "binance+nbkr", "peg+nbkr"
    fetched_at: int | None
    unit_price: Decimal  # one coin or token in ``currency``

    def age(self, now: float | None = None) -> float | None:
        return None if self.fetched_at is None else (now or time.time()) - self.fetched_at


@dataclass(frozen=True)
class Total:
    """The sum of the valued rows in ``currency``, with the oldest rate used. Pegged tokens
    whose peg cannot be converted (no rate known yet) are summed apart in ``others``."""

    value: Decimal
    currency: str
    others: dict[str, Decimal]  # peg currency → sum, for rows not convertible to ``currency``
    valued: int  # rows that had a value
    unvalued: list[str]  # symbols without one (no rate known)
    fetched_at: int | None  # the oldest rate in it; None = pegs only

    def age(self, now: float | None = None) -> float | None:
        return None if self.fetched_at is None else (now or time.time()) - self.fetched_at


# ---------------------------------------------------------------------------- the service
class Prices:
    def __init__(
        self,
        registry: Registry,
        db: sqlite3.Connection,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.registry = registry
        self.db = db
        self.clock = clock
        self._pools: dict[str, EndpointPool[PriceHttp]] = {}  # made on first fetch

    # ------------------------------------------------------------ endpoints
    def urls(self, source: str) -> list[str]:
        """The base URLs asked for ``source`` (the user's, else the packaged ones)."""
        if source not in SOURCES:
            raise PriceError(
                "unknown price source {source!r}; use {known}",
                source=source,
                known=", ".join(SOURCES),
            )
        user = get_setting(self.db, f"prices.urls.{source}")
        return list(user) if user else list(price_data()["sources"][source]["urls"])

    def set_urls(self, source: str, urls: Sequence[str] | None) -> list[str]:
        """Use ``urls`` for ``source`` (each checked); None or empty restores the defaults."""
        from wallet.services.endpoint_settings import check_endpoint_url

        self.urls(source)  # raises on an unknown source
        checked = [check_endpoint_url(u) for u in urls or ()]
        with self.db:
            if checked:
                set_setting(self.db, f"prices.urls.{source}", checked)
            else:
                self.db.execute("DELETE FROM settings WHERE key = ?", (f"prices.urls.{source}",))
        self._pools.pop(source, None)
        return self.urls(source)

    def _pool(self, source: str) -> EndpointPool[PriceHttp]:
        from wallet.chains.endpoints import EndpointPool  # here: the window paints without it

        if source not in self._pools:
            name = {"binance": "Binance", "nbkr": "NBKR"}[source]
            self._pools[source] = EndpointPool(
                name, self.urls(source), PriceHttp, lambda _http: source, source
            )
        return self._pools[source]

    # ------------------------------------------------------------ fetching
    def refresh(self) -> dict[str, str]:
        """Ask both sources and cache what they answered; {source: error message} for failures
        (the cached numbers stay as they were)."""
        errors: dict[str, str] = {}
        for source, fetch in (("binance", self._fetch_tickers), ("nbkr", self._fetch_rates)):
            try:
                fetch()
            except KapchykError as exc:
                errors[source] = exc.message
        return errors

    def _fetch_tickers(self) -> None:
        data = price_data()
        wanted = sorted(set(data["tickers"].values()) | set(data["peg_checks"].values()))

        def ask(http: PriceHttp) -> dict[str, Decimal]:
            status, body = http.get(
                TICKER_PATH, {"symbols": json.dumps(wanted, separators=(",", ":"))}
            )
            if status == 400:  # one unknown symbol fails the whole list: ask one by one
                found = {}
                for symbol in wanted:
                    status, one = http.get(TICKER_PATH, {"symbol": symbol})
                    if status == 200:
                        found.update(parse_ticker(_json(one)))
                return found
            return parse_ticker(_json(body))

        found = self._pool("binance").call(ask, what="prices")
        self._store({f"ticker:{s}": v for s, v in found.items() if s in wanted}, "binance", None)

    def _fetch_rates(self) -> None:
        def ask(http: PriceHttp) -> tuple[str | None, dict[str, Decimal]]:
            _status, body = http.get(NBKR_PATH)
            return parse_nbkr(body)

        as_of, rates = self._pool("nbkr").call(ask, what="currency rates")
        known = set(currencies())
        self._store({f"rate:{c}": v for c, v in rates.items() if c in known}, "nbkr", as_of)

    def _store(self, values: dict[str, Decimal], source: str, as_of: str | None) -> None:
        now = int(self.clock())
        with self.db:
            for pair, value in values.items():
                self.db.execute(
                    "INSERT INTO prices VALUES (?, ?, ?, ?, ?) ON CONFLICT (pair) DO UPDATE SET "
                    "value = excluded.value, source = excluded.source, as_of = excluded.as_of, "
                    "fetched_at = excluded.fetched_at",
                    (pair, str(value), source, as_of, now),
                )

    # ------------------------------------------------------------ reading the cache
    def quotes(self) -> dict[str, Quote]:
        rows = self.db.execute("SELECT pair, value, source, as_of, fetched_at FROM prices")
        return {r[0]: Quote(r[0], Decimal(r[1]), r[2], r[3], int(r[4])) for r in rows}

    def _kgs_per(
        self, currency: str, quotes: dict[str, Quote]
    ) -> tuple[Decimal, Quote | None] | None:
        if currency == "KGS":
            return Decimal(1), None
        q = quotes.get(f"rate:{currency}")
        return None if q is None else (q.value, q)

    def unit_price(
        self,
        network_id: str,
        symbol: str,
        asset: str,
        currency: str,
        quotes: dict[str, Quote] | None = None,
    ) -> Valuation | None:
        """One unit of an asset in ``currency``, or None when it cannot be known."""
        net = self.registry.network(network_id)
        if net.mode != "mainnet":
            return None
        data = price_data()
        quotes = self.quotes() if quotes is None else quotes
        used: list[Quote] = []
        if asset and symbol in data["pegs"]:
            base, price, source = data["pegs"][symbol], Decimal(1), "peg"
        elif not asset and symbol in data["tickers"]:
            q = quotes.get(f"ticker:{data['tickers'][symbol]}")
            if q is None:
                return None
            base, price, source = "USD", q.value, "binance"
            used.append(q)
        else:
            return None
        if base != currency:
            have, want = self._kgs_per(base, quotes), self._kgs_per(currency, quotes)
            if have is None or want is None:
                # no rate: a pegged token keeps its peg's value (1 USDKG = 1 USD), a coin has none
                return Valuation(price, base, source, None, price) if source == "peg" else None
            price = price * have[0] / want[0]
            used += [q for q in (have[1], want[1]) if q is not None]
            source = f"{source}+nbkr"
        fetched = min((q.fetched_at for q in used), default=None)
        return Valuation(price, currency, source, fetched, price)

    def valuation(
        self, row: Any, currency: str, quotes: dict[str, Quote] | None = None
    ) -> Valuation | None:
        """A balance row (``portfolio.BalanceRow``) in ``currency``; None = no value known."""
        if row.amount is None:
            return None
        unit = self.unit_price(row.network_id, row.symbol, row.asset, currency, quotes)
        if unit is None:
            return None
        value = to_decimal(row.amount, row.decimals) * unit.unit_price
        return Valuation(value, unit.currency, unit.source, unit.fetched_at, unit.unit_price)

    def valuations(
        self, rows: Sequence[Any], currency: str
    ) -> tuple[list[Valuation | None], Total]:
        """Each row's value and their total (rows without a known value are named, not guessed)."""
        currency = check_currency(currency)
        quotes = self.quotes()
        values = [self.valuation(r, currency, quotes) for r in rows]
        valued = [v for v in values if v is not None and v.currency == currency]
        others: dict[str, Decimal] = {}
        for v in values:
            if v is not None and v.currency != currency:
                others[v.currency] = others.get(v.currency, Decimal(0)) + v.value
        unvalued = [
            r.symbol
            for r, v in zip(rows, values, strict=True)
            if v is None and r.amount and self.registry.network(r.network_id).mode == "mainnet"
        ]
        total = Total(
            sum((v.value for v in valued), Decimal(0)),
            currency,
            others,
            len(valued) + sum(1 for v in values if v is not None and v.currency != currency),
            list(dict.fromkeys(unvalued)),
            min((v.fetched_at for v in valued if v.fetched_at is not None), default=None),
        )
        return values, total

    def peg_warnings(self) -> list[tuple[str, Decimal]]:
        """(token, its market price in its peg currency) for pegged tokens trading more than the
        tolerance off their peg (from the cached ticker and rates)."""
        data = price_data()
        quotes = self.quotes()
        out = []
        for symbol, pair in data["peg_checks"].items():
            q = quotes.get(f"ticker:{pair}")
            peg = data["pegs"][symbol]
            per = self._kgs_per(peg, quotes)
            usd = self._kgs_per("USD", quotes)
            if q is None or per is None or usd is None:
                continue
            market = q.value * usd[0] / per[0]  # one token, in its peg currency
            if abs(market - 1) * 100 > Decimal(str(data["peg_tolerance_percent"])):
                out.append((symbol, market))
        return out


def _json(body: bytes) -> object:
    try:
        return json.loads(body)
    except ValueError:
        raise NodeUnavailable(term("the answer was not valid JSON")) from None
