"""``kapchyk balance | send | tx | history | receive | addressbook | token``."""

from __future__ import annotations

import argparse
import dataclasses
import time
from typing import Any

from wallet.cli.context import Context
from wallet.cli.secrets_input import SecretReader
from wallet.core.amounts import format_amount, parse_amount
from wallet.core.display import money_amount, plain_decimal
from wallet.core.errors import KapchykError
from wallet.core.networks import Network
from wallet.core.uris import build_eip681, build_tron_uri
from wallet.core.wallets import Account
from wallet.services.journal import JournalEntry
from wallet.services.sender import SendRequest


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("balance", help="balances of your accounts")
    p.add_argument("--network", help="only this network")
    p.add_argument("--account", help="only this account (address, name or wallet:index)")
    p.add_argument(
        "--cached", action="store_true", help="show the last known balances and prices only"
    )
    p.add_argument(
        "--currency",
        type=str.upper,
        help="value balances in KGS, USD, RUB, KZT, EUR or CNY (default: the one in settings)",
    )
    p.set_defaults(handler=cmd_balance)

    p = sub.add_parser("send", help="send coins or tokens (shows the quote and asks)")
    p.add_argument("--network", required=True)
    p.add_argument("--token", default=None, help="token symbol or contract; omit for the gas coin")
    p.add_argument(
        "--to",
        required=True,
        help="recipient address, address-book name, or a payment link (ethereum:… EIP-681 or "
        "tron:…) whose token and amount are used",
    )
    p.add_argument(
        "--amount", default=None, help="amount in whole tokens, e.g. 12.5 (or from the link)"
    )
    p.add_argument("--from", dest="account", default=None, help="the sending account")
    p.add_argument("--speed", choices=("slow", "normal", "fast"), default="normal")
    p.add_argument("--yes", action="store_true", help="send without asking (for scripts)")
    p.add_argument(
        "--accept",
        action="append",
        default=[],
        metavar="WARNING",
        help="accept a warning by its code (needed with --yes), repeatable",
    )
    p.add_argument("--password-fd", type=int, metavar="N")
    p.set_defaults(handler=cmd_send)

    t = sub.add_parser("tx", help="follow, speed up or cancel sent transactions")
    ts = t.add_subparsers(dest="tx_command", metavar="ACTION", required=True)
    p = ts.add_parser("status", help="status of a transaction (or of all pending ones)")
    p.add_argument("txid", nargs="?", help="transaction id or journal number")
    p.add_argument(
        "--wait",
        type=float,
        default=0,
        metavar="SECONDS",
        help="wait up to SECONDS for a final state",
    )
    p.set_defaults(handler=cmd_tx_status)
    for name, cancel in (("speedup", False), ("cancel", True)):
        p = ts.add_parser(
            name,
            help=(
                "resend with a higher fee"
                if not cancel
                else "replace with a zero-value transfer to yourself"
            ),
        )
        p.add_argument("txid")
        p.add_argument("--yes", action="store_true")
        p.add_argument("--password-fd", type=int, metavar="N")
        p.set_defaults(handler=cmd_tx_replace, cancel=cancel)

    p = sub.add_parser("history", help="token transfers in and out")
    p.add_argument("--network")
    p.add_argument("--account")
    p.add_argument("--all", action="store_true", help="include zero-value and dust transfers")
    p.add_argument("--csv", metavar="FILE", help="write the history to a CSV file")
    p.add_argument("--no-sync", action="store_true", help="do not ask the network for new rows")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("receive", help="your address and a payment link")
    p.add_argument("--network", required=True)
    p.add_argument("--account")
    p.add_argument("--token")
    p.add_argument("--amount")
    p.set_defaults(handler=cmd_receive)

    a = sub.add_parser("addressbook", help="named payees")
    as_ = a.add_subparsers(dest="ab_command", metavar="ACTION", required=True)
    p = as_.add_parser("add", help="name an address")
    p.add_argument("--network", required=True)
    p.add_argument("address")
    p.add_argument("label")
    p.set_defaults(handler=cmd_ab_add)
    p = as_.add_parser("list", help="named addresses")
    p.add_argument("--network")
    p.set_defaults(handler=cmd_ab_list)
    p = as_.add_parser("remove", help="forget a named address")
    p.add_argument("--network", required=True)
    p.add_argument("contact")
    p.set_defaults(handler=cmd_ab_remove)

    k = sub.add_parser("token", help="add or hide tokens")
    ks = k.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    p = ks.add_parser("add", help="add a token by contract (symbol and decimals from the chain)")
    p.add_argument("--network", required=True)
    p.add_argument("contract")
    p.set_defaults(handler=cmd_token_add)
    for name, show in (("hide", False), ("show", True)):
        p = ks.add_parser(name, help=f"{name} a token in balances (symbol or contract)")
        p.add_argument("--network", required=True)
        p.add_argument("token")
        p.set_defaults(handler=cmd_token_visibility, show=show)


# ------------------------------------------------------------------ helpers
def _accounts(ctx: Context, ref: str | None) -> list[Account]:
    accounts = ctx.env.accounts
    return [accounts.account(ref)] if ref else accounts.accounts()


def _one_account(ctx: Context, ref: str | None, net: Network) -> Account:
    if ref:
        return ctx.env.accounts.account(ref)
    usable = [a for a in ctx.env.accounts.accounts() if a.address_for(net.kind)]
    if len(usable) != 1:
        raise (
            KapchykError(
                "several accounts can do this on {network}; choose one with --from/--account",
                network=net.name,
            )
            if usable
            else KapchykError(
                "no account has a {network} address; create or import a wallet first",
                network=net.name,
            )
        )
    return usable[0]


def _asset(ctx: Context, net: Network, token: str | None) -> tuple[str, str, int]:
    if not token or token.upper() == net.native.symbol.upper():
        return "", net.native.symbol, net.native.decimals
    t = ctx.registry.token(net.id, token)
    return t.contract, t.symbol, t.decimals


def entry_json(ctx: Context, e: JournalEntry) -> dict[str, Any]:
    net = ctx.registry.network(e.network_id)
    token = next((t for t in ctx.registry.tokens(net.id) if t.contract == e.asset), None)
    decimals = token.decimals if token else net.native.decimals
    return {
        "id": e.id,
        "network": e.network_id,
        "txid": e.txid,
        "status": e.status,
        "reason": e.reason,
        "kind": e.kind,
        "from": e.sender,
        "to": e.recipient,
        "symbol": token.symbol if token else net.native.symbol,
        "asset": e.asset,
        "amount": format_amount(e.amount, decimals, grouping=False),
        "nonce": e.nonce,
        "block": e.block,
        "confirmations": e.confirmations,
        "fee_paid": format_amount(e.fee_paid, net.native.decimals, grouping=False)
        if e.fee_paid is not None
        else None,
        "explorer": net.explorer_url("tx", txid=e.txid),
    }


def _entry_text(ctx: Context, e: JournalEntry) -> str:
    j = entry_json(ctx, e)
    line = f"#{j['id']} {j['status']}: {j['amount']} {j['symbol']} to {j['to']}  tx {j['txid']}"
    if j["reason"]:
        line += f"\n    {j['reason']}"
    if j["explorer"]:
        line += f"\n    {j['explorer']}"
    return line


def _ask(prompt: str) -> bool:
    try:
        with open("/dev/tty", "r+") as tty:
            tty.write(prompt)
            tty.flush()
            return tty.readline().strip().lower() in ("y", "yes")
    except OSError:
        raise KapchykError("no terminal to ask for confirmation; pass --yes") from None


# ------------------------------------------------------------------ commands
def cmd_balance(ctx: Context, args: argparse.Namespace) -> int:
    from wallet.services.app_settings import AppSettings
    from wallet.services.prices import check_currency

    currency = check_currency(args.currency or AppSettings(ctx.data_dir).currency)
    accounts = _accounts(ctx, args.account)
    portfolio = ctx.env.portfolio
    errors: dict[str, str] = {}
    if args.cached:
        rows = portfolio.cached(accounts)
    elif args.network:
        rows = portfolio.refresh_network(args.network, accounts)
    else:
        rows, errors = portfolio.refresh(accounts)
        rows += [r for r in portfolio.cached(accounts) if r.network_id in errors]
    rows = [r for r in rows if args.network is None or r.network_id == args.network]
    price_errors = {} if args.cached or ctx.mode != "mainnet" else ctx.env.prices.refresh()
    values, total = ctx.env.prices.valuations(rows, currency)
    data = [
        {
            "network": r.network_id,
            "account": r.owner,
            "symbol": r.symbol,
            "asset": r.asset,
            "amount": None
            if r.amount is None
            else format_amount(r.amount, r.decimals, grouping=False),
            "base_units": None if r.amount is None else str(r.amount),
            "block": r.block,
            "age_seconds": None if r.read_at is None else int(r.age() or 0),
            "verified": r.verified,
            "value": _value_json(v),
        }
        for r, v in zip(rows, values, strict=True)
    ]
    lines = []
    for d, r, v in zip(data, rows, values, strict=True):
        amount = "?" if r.amount is None else format_amount(r.amount, r.decimals)
        age = "" if r.read_at is None or d["age_seconds"] < 60 else f"  ({d['age_seconds']}s old)"
        if not r.verified:
            age += "  (unverified: no second node confirms this jump)"
        worth = "" if v is None else f"  ≈ {money_amount(v.value)} {v.currency}"
        lines.append(f"{d['network']:<14} {d['account']}  {amount} {d['symbol']}{worth}{age}")
    resources = {}
    for r in portfolio.resources(accounts):
        if args.network is not None and r.network_id != args.network:
            continue
        resources[f"{r.network_id}:{r.owner}"] = {
            "free_bandwidth": r.bandwidth,
            "energy": r.energy,
            "age_seconds": int(r.age()),
        }
        lines.append(
            f"{r.network_id:<14} {r.owner}  {r.bandwidth} bandwidth, {r.energy} energy free"
        )
    for net_id, msg in errors.items():
        ctx.say(f"{net_id}: {msg} (showing the last known balances)")
    for source, msg in price_errors.items():
        ctx.say(f"prices ({source}): {msg} (showing the last known prices)")
    total_json = {
        "amount": plain_decimal(total.value),
        "currency": total.currency,
        "others": {c: plain_decimal(v) for c, v in total.others.items()},
        "unvalued": total.unvalued,
        "age_seconds": None if total.fetched_at is None else int(total.age() or 0),
    }
    if data:
        extra = "".join(f" + {money_amount(v)} {c}" for c, v in total.others.items())
        missing = f" (no price for {', '.join(total.unvalued)})" if total.unvalued else ""
        lines.append(f"Total ≈ {money_amount(total.value)} {total.currency}{extra}{missing}")
    ctx.emit(
        {
            "balances": data,
            "resources": resources,
            "errors": errors,
            "total": total_json,
            "price_errors": price_errors,
        },
        "\n".join(lines) or "No accounts.",
    )
    return 0


def _value_json(v: Any) -> dict | None:
    """A row's value for --json: amount (exact decimal text), currency, rate source and age."""
    if v is None:
        return None
    return {
        "amount": plain_decimal(v.value),
        "currency": v.currency,
        "unit_price": plain_decimal(v.unit_price),
        "source": v.source,
        "age_seconds": None if v.fetched_at is None else int(v.age() or 0),
    }


def _send_request(ctx: Context, args: argparse.Namespace, net: Network) -> SendRequest:
    """--to/--token/--amount read as the send dialog reads them (services.recipient): a
    payment link gives the recipient and may give the token and amount; a link for another
    network than --network, or disagreeing with --token/--amount, is refused."""
    from wallet.services.recipient import interpret

    account = _one_account(ctx, args.account, net)
    to = interpret(ctx.registry, ctx.env.address_book, net, args.to)
    if to.network_id != net.id:
        other = ctx.registry.network(to.network_id)
        raise KapchykError(
            "this payment link is for {link_network}, but you are sending on {network}; "
            "use --network {link_id}",
            link_network=other.name,
            network=net.name,
            link_id=other.id,
        )
    asset, symbol, decimals = _asset(ctx, net, args.token)
    if to.asset is not None and args.token is None:
        asset = to.asset
        token = next((t for t in ctx.registry.tokens(net.id) if t.contract == asset), None)
        symbol, decimals = (token.symbol, token.decimals) if token else (symbol, decimals)
    elif to.asset is not None and to.asset != asset:
        raise KapchykError(
            "the payment link asks for {link_asset}, but --token says {symbol}",
            link_asset=to.asset or net.native.symbol,
            symbol=symbol,
        )
    if args.amount is None and to.amount is None:
        raise KapchykError("give the amount with --amount (the recipient names no amount)")
    amount = (
        to.amount if args.amount is None else parse_amount(args.amount, decimals, symbol=symbol)
    )
    if to.amount is not None and amount != to.amount:
        raise KapchykError(
            "the payment link asks for {link_amount} {symbol}, but --amount says {amount}",
            link_amount=format_amount(to.amount, decimals),
            symbol=symbol,
            amount=args.amount,
        )
    return SendRequest(account, net.id, asset, to.address, amount, args.speed)


def cmd_send(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    sender = ctx.env.sender
    request = _send_request(ctx, args, net)
    account = request.account
    quote = sender.quote(request)
    s = quote.summary()
    text = f"Send {s['amount']} {s['symbol']} on {net.name}\n  from {s['from']}\n  to   {s['to']}\n"
    if quote.recipient_gets != quote.amount:
        text += f"  the recipient receives {s['recipient_gets']} {s['symbol']} (issuer's fee)\n"
    text += f"  network fee at most {s['fee_max']} {s['fee_symbol']}"
    text += f" (expected {s['fee_expected']})\n"
    if s.get("tron", {}).get("paid_with_energy"):
        text += f"  paid with your energy: 0 TRX burned ({s['tron']['energy']} energy)\n"
    ctx.say(text)
    for w in quote.warnings:
        ctx.say(f"WARNING [{w.code}]: {w.message}")
    accepted = set(args.accept)
    if not args.yes:
        if not _ask("Send? [y/N] "):
            raise KapchykError("not sent")
        accepted |= {w.code for w in quote.warnings}
    reader = SecretReader(args.password_fd)
    ctx.env.keys.unlock(account.wallet_id, reader.password())
    entry = sender.send(quote, confirmed=accepted)
    ctx.emit({"quote": s, "transaction": entry_json(ctx, entry)}, _entry_text(ctx, entry))
    return 0 if entry.status in ("broadcast", "confirmed", "signed") else 1


def cmd_tx_status(ctx: Context, args: argparse.Namespace) -> int:
    sender = ctx.env.sender
    deadline = time.monotonic() + args.wait
    while True:
        if args.txid:
            entries = [sender.refresh(sender.journal.find(args.txid))]
        else:
            entries = sender.refresh_pending()
        if not args.wait or all(not e.pending for e in entries) or time.monotonic() > deadline:
            break
        time.sleep(1.0)
    ctx.emit(
        {"transactions": [entry_json(ctx, e) for e in entries]},
        "\n".join(_entry_text(ctx, e) for e in entries) or "No pending transactions.",
    )
    return 0


def cmd_tx_replace(ctx: Context, args: argparse.Namespace) -> int:
    sender = ctx.env.sender
    original = sender.journal.find(args.txid)
    account = ctx.env.accounts.account(original.sender)
    quote = sender.replacement_quote(args.txid, account, cancel=args.cancel)
    net = quote.network
    ctx.say(
        f"{'Cancel' if args.cancel else 'Speed up'} transaction {original.txid}: new fee at "
        f"most {format_amount(quote.fee_max, net.native.decimals)} {net.native.symbol}"
    )
    if not args.yes and not _ask("Go ahead? [y/N] "):
        raise KapchykError("nothing was changed")
    ctx.env.keys.unlock(account.wallet_id, SecretReader(args.password_fd).password())
    entry = sender.replace(quote, original, cancel=args.cancel)
    ctx.emit({"transaction": entry_json(ctx, entry)}, _entry_text(ctx, entry))
    return 0


def cmd_history(ctx: Context, args: argparse.Namespace) -> int:
    history = ctx.env.history
    accounts = _accounts(ctx, args.account)
    nets = [ctx.registry.network(args.network)] if args.network else ctx.registry.networks
    errors = {}
    if not args.no_sync:
        for net in nets:
            owners = [a.address_for(net.kind) for a in accounts if a.address_for(net.kind)]
            try:
                history.sync(net.id, owners)
            except KapchykError as exc:
                errors[net.id] = exc.message
                ctx.say(f"{net.id}: {exc.message} (showing what is stored)")
    owners = {a.evm_address for a in accounts} | {a.tron_address for a in accounts}
    rows = [
        t
        for net in nets
        for t in history.rows(net.id, include_dust=args.all)
        if t.account in owners
    ]
    if args.csv:
        history.export_csv(args.csv, rows)
        ctx.say(f"wrote {len(rows)} rows to {args.csv}")
    data = [
        {
            "network": t.network_id,
            "txid": t.txid,
            "block": t.block,
            "account": t.account,
            "direction": t.direction,
            "counterparty": t.counterparty,
            "asset": t.asset,
            "symbol": history._symbol(t),
            "amount": format_amount(t.amount, history._decimals(t), grouping=False),
        }
        for t in rows
    ]
    ctx.emit(
        {"history": data, "errors": errors},
        "\n".join(
            f"{d['block']:>9} {d['direction']:<4} {d['amount']} {d['symbol']} "
            f"{'from' if d['direction'] == 'in' else 'to'} {d['counterparty']}"
            for d in data
        )
        or "No transfers yet.",
    )
    return 0


def cmd_receive(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    account = _one_account(ctx, args.account, net)
    ctx.env.accounts.require_backup(account)
    address = account.address_for(net.kind)
    asset, symbol, decimals = _asset(ctx, net, args.token)
    units = parse_amount(args.amount, decimals, symbol=symbol) if args.amount else None
    if net.kind == "evm":
        uri = build_eip681(address, net.chain_id, token=asset or None, amount_units=units)
    else:
        uri = build_tron_uri(address, token=asset or None, amount_units=units, decimals=decimals)
    ctx.emit(
        {"network": net.id, "address": address, "uri": uri, "symbol": symbol}, f"{address}\n{uri}"
    )
    return 0


def cmd_ab_add(ctx: Context, args: argparse.Namespace) -> int:
    c = ctx.env.address_book.add(args.network, args.address, args.label)
    ctx.emit(dataclasses.asdict(c), f"{c.label}: {c.address}")
    return 0


def cmd_ab_list(ctx: Context, args: argparse.Namespace) -> int:
    contacts = ctx.env.address_book.list(args.network)
    ctx.emit(
        {"contacts": [c.__dict__ for c in contacts]},
        "\n".join(f"{c.network_id:<14} {c.label}: {c.address}" for c in contacts)
        or "The address book is empty.",
    )
    return 0


def cmd_ab_remove(ctx: Context, args: argparse.Namespace) -> int:
    ctx.env.address_book.remove(args.network, args.contact)
    ctx.emit({"removed": args.contact}, "Removed.")
    return 0


def cmd_token_add(ctx: Context, args: argparse.Namespace) -> int:
    from wallet.services.token_settings import TokenSettings

    net = ctx.registry.network(args.network)
    t = TokenSettings(ctx.env).add(net.id, args.contract)
    ctx.emit(
        {
            "network": net.id,
            "contract": t.contract,
            "symbol": t.symbol,
            "name": t.name,
            "decimals": t.decimals,
        },
        f"Added {t.symbol} ({t.name}, {t.decimals} decimals) on {net.name}",
    )
    return 0


def cmd_token_visibility(ctx: Context, args: argparse.Namespace) -> int:
    from wallet.services.token_settings import TokenSettings

    net = ctx.registry.network(args.network)
    token = ctx.registry.token(net.id, args.token)
    t = TokenSettings(ctx.env).set_visible(net.id, token.contract, args.show)
    ctx.emit(
        {"network": net.id, "contract": t.contract, "symbol": t.symbol, "visible": args.show},
        f"{t.symbol} on {net.name} is {'shown' if args.show else 'hidden'}.",
    )
    return 0
