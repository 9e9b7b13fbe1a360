"""``kapchyk endpoints list|add|remove|test --network ID``: the nodes the wallet talks to."""

from __future__ import annotations

import argparse

from wallet.cli.context import Context
from wallet.services.endpoint_settings import EndpointSettings


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("endpoints", help="the nodes used for each network")
    es = e.add_subparsers(dest="endpoints_command", metavar="ACTION", required=True)
    for name, handler, takes_url, help_text in (
        ("list", cmd_list, False, "the network's nodes"),
        ("add", cmd_add, True, "add a node by its URL"),
        ("remove", cmd_remove, True, "stop using a node"),
        ("test", cmd_test, False, "ask each node for its latest block and time the answer"),
    ):
        p = es.add_parser(name, help=help_text)
        p.add_argument("--network", required=True)
        if takes_url:
            p.add_argument("url")
        p.set_defaults(handler=handler)
    p = es.add_parser(
        "api-key",
        help="set (from stdin or a hidden prompt) or remove this network's API key: a "
        "TronGrid key for Tron, an Etherscan key (free at etherscan.io/myapikey) for the "
        "transfer history of BNB Chain and Ethereum",
    )
    p.add_argument("--network", required=True)
    p.add_argument("--remove", action="store_true")
    p.set_defaults(handler=cmd_api_key)


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    data = [
        {"url": e.url, "added_by_user": e.added_by_user}
        for e in EndpointSettings(ctx.env).list(net.id)
    ]
    ctx.emit(
        {"network": net.id, "endpoints": data},
        "\n".join(f"{d['url']}{'  (added)' if d['added_by_user'] else ''}" for d in data),
    )
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    url = EndpointSettings(ctx.env).add(net.id, args.url)
    ctx.emit({"network": net.id, "added": url}, f"Added {url} to {net.name}.")
    return 0


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    url = EndpointSettings(ctx.env).remove(net.id, args.url)
    ctx.emit({"network": net.id, "removed": url}, f"Removed {url}.")
    return 0


def cmd_test(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    results = []
    for r in EndpointSettings(ctx.env).probe_all(net.id):
        if r.ok:
            results.append({"url": r.url, "ok": True, "block": r.block, "ms": r.ms})
        else:
            results.append({"url": r.url, "ok": False, "error": r.error.message})
    ctx.emit(
        {"network": net.id, "results": results},
        "\n".join(
            f"{'OK  ' if r['ok'] else 'FAIL'} {r['url']}  "
            + (f"block {r['block']} in {r['ms']} ms" if r["ok"] else r["error"])
            for r in results
        ),
    )
    return 0 if any(r["ok"] for r in results) else 1


def cmd_api_key(ctx: Context, args: argparse.Namespace) -> int:
    from wallet.cli.secrets_input import SecretReader
    from wallet.keys.api_keys import remove_api_key, set_api_key

    net = ctx.registry.network(args.network)
    store = ctx.env.keys.vault.store
    if args.remove:
        remove_api_key(store, net.id)
        ctx.emit({"network": net.id, "api_key": None}, f"Removed the API key of {net.name}.")
        return 0
    key = SecretReader(None).text_secret("API key: ", what="API key")
    set_api_key(store, net.id, key)
    if net.kind == "tron":
        use = f"sent to {net.name}'s nodes as TRON-PRO-API-KEY."
    elif (net.history_api or {}).get("kind") == "etherscan-v2":
        use = f"used for {net.name}'s transfer history through Etherscan's API."
    else:
        use = f"{net.name} reads its history from its nodes, which take no key here."
    ctx.emit({"network": net.id, "api_key": "set"}, f"Saved in the OS keyring; {use}")
    return 0
