"""``kapchyk doctor``: check this machine's setup (keyring, display, data, endpoints, clock)."""

from __future__ import annotations

import argparse

from wallet.cli.context import Context
from wallet.services.doctor import OK, PROBLEM, blocks_send, run_checks

EXIT_BLOCKS_SEND = 3

MARKS = {OK: "ok", "warning": "warning", PROBLEM: "PROBLEM"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor",
        help="check the keyring, display, data folder, endpoints and clock",
        description="Check this machine's setup. Each line says ok, or the problem and its "
        f"fix. Exits {EXIT_BLOCKS_SEND} when something would stop a send.",
    )
    p.add_argument(
        "--offline", action="store_true", help="skip the network checks (endpoints, clock)"
    )
    p.set_defaults(handler=cmd_doctor)


def cmd_doctor(ctx: Context, args: argparse.Namespace) -> int:
    checks = run_checks(ctx.env, networks=not args.offline)
    stop = blocks_send(checks)
    lines = [f"Kapchyk doctor ({ctx.mode} mode, data in {ctx.data_dir}):"]
    for c in checks:
        lines.append(f"  [{MARKS[c.status]}] {c.summary_text}")
        for d in c.details:  # each endpoint of a network
            if not d["ok"]:
                state = d.get("error", "failed")
            else:  # a price source has no block
                state = f"{d['ms']} ms" + ("" if d["block"] is None else f", block {d['block']}")
            lines.append(f"      {d['url']}: {state}")
        if c.fix:
            lines.append(f"      fix: {c.fix_text}")
    lines.append(
        "Something here would stop a send: fix the PROBLEM lines first."
        if stop
        else "Nothing here would stop a send."
    )
    ctx.emit(
        {"mode": ctx.mode, "blocks_send": stop, "checks": [c.as_json() for c in checks]},
        "\n".join(lines),
    )
    return EXIT_BLOCKS_SEND if stop else 0
