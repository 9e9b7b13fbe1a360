"""``kapchyk stake …`` (TRX staked for energy) and ``kapchyk lend …`` (energy lent to family)."""

from __future__ import annotations

import argparse
from typing import Any

from wallet.cli.chain_cmds import _ask, _one_account, entry_json
from wallet.cli.context import Context
from wallet.cli.secrets_input import SecretReader
from wallet.core.amounts import parse_amount
from wallet.core.errors import KapchykError
from wallet.services.staking import (
    EnergyOverview,
    StakeQuote,
    StakeRequest,
    trx_text,
    utc_text,
)


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser(
        "stake",
        help="stake TRX for energy (Tron), so USDKG transfers burn no TRX",
        description="Stake 2.0 on Tron: staked TRX gives energy every day; an unstake waits 14 "
        "days before the TRX can be withdrawn.",
    )
    ss = s.add_subparsers(dest="stake_command", metavar="ACTION", required=True)
    p = ss.add_parser("status", help="staked TRX, energy, unstakes and what staking is worth")
    _common(p, sign=False)
    p.add_argument("--payee", help="estimate the transfer energy to this address")
    p.set_defaults(handler=cmd_status)
    for name, action, helptext in (
        ("add", "stake", "stake TRX"),
        ("unstake", "unstake", "start unstaking TRX (withdrawable after the delay)"),
    ):
        p = ss.add_parser(name, help=helptext)
        p.add_argument("amount", help="TRX, e.g. 1000")
        p.add_argument("--resource", choices=("energy", "bandwidth"), default="energy")
        _common(p)
        p.set_defaults(handler=cmd_action, action=action)
    for name, action, helptext in (
        ("withdraw", "withdraw", "withdraw unstaked TRX whose wait is over"),
        ("cancel", "cancel", "cancel every waiting unstake (the TRX is staked again)"),
    ):
        p = ss.add_parser(name, help=helptext)
        _common(p)
        p.set_defaults(handler=cmd_action, action=action, amount=None, resource="energy")

    lend = sub.add_parser("lend", help="lend staked energy to another Tron account, take it back")
    ls = lend.add_subparsers(dest="lend_command", metavar="ACTION", required=True)
    for name, action, helptext in (
        ("give", "lend", "lend the energy of AMOUNT staked TRX to --to"),
        ("take-back", "reclaim", "take back the energy of AMOUNT TRX lent to --to"),
    ):
        p = ls.add_parser(name, help=helptext)
        p.add_argument("amount", help="staked TRX whose energy moves, e.g. 5000")
        p.add_argument("--to", required=True, help="the receiving address or address-book name")
        _common(p)
        p.set_defaults(handler=cmd_action, action=action, resource="energy")
    p = ls.add_parser("list", help="whom this account lends energy to")
    _common(p, sign=False)
    p.set_defaults(handler=cmd_status, payee=None)


def _common(p: argparse.ArgumentParser, *, sign: bool = True) -> None:
    p.add_argument("--network", required=True, help="a Tron network, e.g. tron or devnet-tron")
    p.add_argument("--from", dest="account", default=None, help="the staking account")
    if sign:
        p.add_argument("--yes", action="store_true", help="do it without asking (for scripts)")
        p.add_argument("--password-fd", type=int, metavar="N")


def _status_text(ov: EnergyOverview) -> str:
    d = ov.to_dict()
    lines = [
        f"{ov.address} on {ov.network_id}: {d['balance_trx']} TRX available",
        f"  staked for energy {d['staked_energy_trx']} TRX, bandwidth "
        f"{d['staked_bandwidth_trx']} TRX; lent out {d['lent_trx']} TRX, "
        f"lent to you {d['received_trx']} TRX",
        f"  energy {ov.energy_left} of {ov.energy_limit} left today "
        f"(1 staked TRX gives {ov.energy_per_trx:.2f} energy a day)",
    ]
    for to, amount in ov.lent_to:
        lines.append(f"  lending {trx_text(amount)} TRX of energy to {to}")
    for u in ov.unstaking:
        state = "ready to withdraw" if u.ready(ov.now_ms) else f"ready {utc_text(u.ready_at_ms)}"
        lines.append(f"  unstaking {trx_text(u.amount)} TRX ({u.resource}): {state}")
    if ov.transfer_energy is not None:
        lines.append(
            f"  one {ov.token_symbol} transfer takes {ov.transfer_energy:,} energy "
            f"(burns {d['transfer_burn_trx']} TRX without energy)"
        )
        if d["stake_for_one_transfer_a_day_trx"] is not None:
            lines.append(
                f"  stake about {d['stake_for_one_transfer_a_day_trx']} TRX → one "
                f"{ov.token_symbol} transfer a day without burning TRX"
                f" (add {d['more_to_stake_trx']} TRX)"
            )
    return "\n".join(lines)


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    account = _one_account(ctx, args.account, net)
    ov = ctx.env.staking.overview(account, net.id, payee=getattr(args, "payee", None))
    ctx.emit(ov.to_dict(), _status_text(ov))
    return 0


def _quote_text(q: StakeQuote) -> str:
    s = q.summary()
    what = {
        "stake": f"Stake {s['amount_trx']} TRX for {q.request.resource}",
        "unstake": f"Unstake {s['amount_trx']} TRX of {q.request.resource}",
        "withdraw": f"Withdraw {s['amount_trx']} unstaked TRX",
        "cancel": "Cancel every waiting unstake",
        "lend": f"Lend the energy of {s['amount_trx']} staked TRX to {q.recipient}",
        "reclaim": f"Take back the energy of {s['amount_trx']} TRX from {q.recipient}",
    }[q.request.action]
    text = f"{what} on {q.network.name}\n  from {q.sender}\n"
    text += f"  bandwidth {s['bandwidth_bytes']} bytes, burns at most {s['fee_max_trx']} TRX\n"
    if q.ready_at_ms:
        text += f"  withdrawable from {utc_text(q.ready_at_ms)}\n"
    return text


def cmd_action(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    account = _one_account(ctx, args.account, net)
    amount = parse_amount(args.amount, 6, symbol="TRX") if args.amount is not None else 0
    req = StakeRequest(
        account, net.id, args.action, amount, args.resource, getattr(args, "to", "") or ""
    )
    quote = ctx.env.staking.quote(req)
    ctx.say(_quote_text(quote))
    if not args.yes and not _ask("Go ahead? [y/N] "):
        raise KapchykError("nothing was done")
    reader = SecretReader(args.password_fd)
    ctx.env.keys.unlock(account.wallet_id, reader.password())
    entry = ctx.env.staking.send(quote)
    if entry.status == "broadcast":
        entry = ctx.env.sender.refresh(entry)
    out: dict[str, Any] = {"quote": quote.summary(), "transaction": entry_json(ctx, entry)}
    ctx.emit(out, f"#{entry.id} {entry.status}: {entry.kind}  tx {entry.txid}")
    return 0 if entry.status in ("broadcast", "confirmed", "signed") else 1
