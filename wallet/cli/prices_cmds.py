"""``kapchyk prices [--refresh]`` and ``kapchyk prices urls SOURCE [URL…] [--reset]``: the prices
and currency rates balances are valued with, and where they come from."""

from __future__ import annotations

import argparse

from wallet.cli.context import Context
from wallet.core.display import plain_decimal
from wallet.services.prices import SOURCES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("prices", help="the prices and currency rates balances are valued with")
    p.add_argument("--refresh", action="store_true", help="ask the price sources first")
    p.set_defaults(handler=cmd_prices)
    ps = p.add_subparsers(dest="prices_command", metavar="ACTION")
    u = ps.add_parser("urls", help="show or change the base URLs of a price source")
    u.add_argument("source", choices=SOURCES)
    u.add_argument("urls", nargs="*", help="base URLs, tried in this order")
    u.add_argument("--reset", action="store_true", help="use the packaged URLs again")
    u.set_defaults(handler=cmd_urls)


def cmd_prices(ctx: Context, args: argparse.Namespace) -> int:
    prices = ctx.env.prices
    errors = prices.refresh() if args.refresh else {}
    for source, msg in errors.items():
        ctx.say(f"{source}: {msg} (showing the last known prices)")
    quotes = prices.quotes()
    data = {
        pair: {
            "value": plain_decimal(q.value),
            "source": q.source,
            "as_of": q.as_of,
            "age_seconds": int(prices.clock() - q.fetched_at),
        }
        for pair, q in sorted(quotes.items())
    }
    lines = [
        f"{p:<16} {d['value']:>16}  {d['source']}  {d['age_seconds']}s old" for p, d in data.items()
    ]
    ctx.emit({"prices": data, "errors": errors}, "\n".join(lines) or "No prices read yet.")
    return 0


def cmd_urls(ctx: Context, args: argparse.Namespace) -> int:
    prices = ctx.env.prices
    if args.reset or args.urls:
        urls = prices.set_urls(args.source, None if args.reset else args.urls)
    else:
        urls = prices.urls(args.source)
    ctx.emit({"source": args.source, "urls": urls}, "\n".join(urls))
    return 0
