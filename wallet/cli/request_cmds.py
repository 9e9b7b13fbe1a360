"""``kapchyk request create | list | check | cancel``: merchants' payment requests."""

from __future__ import annotations

import argparse
import time
from typing import Any

from wallet.cli.context import Context
from wallet.core.amounts import format_amount, parse_amount
from wallet.services.payment_requests import PaymentRequest


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser(
        "request",
        help="payment requests (QR/URI for an amount, marked paid when the money arrives)",
    )
    rs = r.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    p = rs.add_parser("create", help="a payment request: a QR code / link for an amount")
    p.add_argument("--network", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--account", help="receiving account (address, name or wallet:index)")
    p.add_argument("--label", default="")
    p.add_argument(
        "--expires",
        type=int,
        default=60,
        metavar="MINUTES",
        help="minutes until the request expires (0: never); default 60",
    )
    p.set_defaults(handler=cmd_create)
    p = rs.add_parser("list", help="payment requests and their status (or write them to --csv)")
    p.add_argument("--status", choices=("open", "paid", "expired", "cancelled"))
    p.add_argument("--csv", metavar="FILE")
    p.set_defaults(handler=cmd_list)
    p = rs.add_parser("check", help="look for payments now (or keep watching with --watch)")
    p.add_argument(
        "--watch",
        type=float,
        default=0,
        metavar="SECONDS",
        help="keep checking for SECONDS (until every request is settled)",
    )
    p.set_defaults(handler=cmd_check)
    p = rs.add_parser("cancel", help="cancel an open request")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_cancel)


def request_json(ctx: Context, r: PaymentRequest) -> dict[str, Any]:
    token = ctx.registry.token(r.network_id, r.asset)
    return {
        "id": r.id,
        "network": r.network_id,
        "account": r.account,
        "symbol": token.symbol,
        "contract": r.asset,
        "amount": format_amount(r.amount, token.decimals, grouping=False),
        "label": r.label,
        "status": r.status,
        "created_at": r.created_at,
        "expires_at": r.expires_at,
        "paid_txid": r.paid_txid,
        "paid_amount": None
        if r.paid_amount is None
        else format_amount(r.paid_amount, token.decimals, grouping=False),
        "uri": ctx.env.payment_requests.uri(r),
    }


def _text(d: dict[str, Any]) -> str:
    return (
        f"#{d['id']} {d['status']}: {d['amount']} {d['symbol']} to {d['account']}"
        f"{' — ' + d['label'] if d['label'] else ''}\n    {d['uri']}"
    )


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    token = ctx.registry.token(net.id, args.token)
    amount = parse_amount(args.amount, token.decimals, symbol=token.symbol)
    if args.account:
        account = ctx.env.accounts.account(args.account)
    else:
        usable = [a for a in ctx.env.accounts.accounts() if a.address_for(net.kind)]
        if not usable:
            from wallet.core.errors import KapchykError

            raise KapchykError("no account has a {network} address", network=net.name)
        account = usable[0]
    if not account.watch_only:
        ctx.env.accounts.require_backup(account)
    req = ctx.env.payment_requests.create(
        account,
        net.id,
        token.contract,
        amount,
        args.label,
        args.expires * 60 if args.expires else None,
    )
    d = request_json(ctx, req)
    ctx.emit(d, _text(d))
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    service = ctx.env.payment_requests
    reqs = service.list(args.status)
    if args.csv:
        service.export_csv(args.csv, reqs)
        ctx.say(f"wrote {len(reqs)} requests to {args.csv}")
    data = [request_json(ctx, r) for r in reqs]
    ctx.emit({"requests": data}, "\n".join(_text(d) for d in data) or "No payment requests.")
    return 0


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    service = ctx.env.payment_requests
    deadline = time.monotonic() + args.watch
    paid: list[PaymentRequest] = []
    while True:
        paid += service.check()
        if not args.watch or not service.list("open") or time.monotonic() > deadline:
            break
        time.sleep(1.0)
    for r in paid:
        ctx.say(f"PAID: request #{r.id} ({r.label or 'no label'}) by {r.paid_txid}")
    data = [request_json(ctx, r) for r in service.list()]
    ctx.emit(
        {"paid": [r.id for r in paid], "requests": data},
        "\n".join(_text(d) for d in data) or "No payment requests.",
    )
    return 0


def cmd_cancel(ctx: Context, args: argparse.Namespace) -> int:
    d = request_json(ctx, ctx.env.payment_requests.cancel(args.id))
    ctx.emit(d, _text(d))
    return 0
