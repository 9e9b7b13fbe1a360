"""``kapchyk networks``: the configured networks and tokens of the chosen mode."""

from __future__ import annotations

import argparse
from typing import Any

from wallet.cli.context import Context
from wallet.core.networks import Network, Registry


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("networks", help="list the networks and tokens of the network mode")
    p.add_argument("--all-tokens", action="store_true", help="include tokens hidden by default")
    p.set_defaults(handler=cmd_networks)


def network_summary(net: Network, registry: Registry, *, all_tokens: bool = True) -> dict[str, Any]:
    return {
        "id": net.id,
        "name": net.name,
        "kind": net.kind,
        "mode": net.mode,
        "chain_id": net.chain_id,
        "genesis_block_id": net.genesis_block_id,
        "native": {
            "symbol": net.native.symbol,
            "name": net.native.name,
            "decimals": net.native.decimals,
        },
        "fee_model": net.fee_model,
        "endpoints": list(net.endpoints),
        "explorer": dict(net.explorer),
        "faucets": list(net.faucets),
        "tokens": [
            {
                "symbol": t.symbol,
                "name": t.name,
                "contract": t.contract,
                "decimals": t.decimals,
                "issuer_controls": t.issuer_controls,
                "source": t.source,
                "visible": t.visible_by_default,
                "user_added": t.user_added,
            }
            for t in registry.tokens(net.id)
            if all_tokens or t.visible_by_default
        ],
    }


def cmd_networks(ctx: Context, args: argparse.Namespace) -> int:
    reg = ctx.registry
    data = [network_summary(n, reg, all_tokens=True) for n in reg.networks]
    lines = [f"Networks in {ctx.mode} mode:"]
    for n in data:
        ident = f"chain id {n['chain_id']}" if n["kind"] == "evm" else "Tron"
        lines.append(f"  {n['id']:<14} {n['name']} ({ident}, gas coin {n['native']['symbol']})")
        for t in n["tokens"]:
            if t["visible"] or args.all_tokens:
                lines.append(f"      {t['symbol']:<8} {t['contract']}  ({t['decimals']} decimals)")
    ctx.emit({"mode": ctx.mode, "networks": data}, "\n".join(lines))
    return 0
