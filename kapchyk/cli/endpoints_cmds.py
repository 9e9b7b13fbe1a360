"""``kapchyk endpoints list|add|remove|test --network ID``: the nodes the wallet talks to."""

from __future__ import annotations

import argparse
import time

from kapchyk.cli.context import Context
from kapchyk.core.errors import KapchykError


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("endpoints", help="the nodes used for each network")
    es = e.add_subparsers(dest="endpoints_command", metavar="ACTION", required=True)
    for name, handler, takes_url in (
        ("list", cmd_list, False),
        ("add", cmd_add, True),
        ("remove", cmd_remove, True),
        ("test", cmd_test, False),
    ):
        p = es.add_parser(name)
        p.add_argument("--network", required=True)
        if takes_url:
            p.add_argument("url")
        p.set_defaults(handler=handler)
    p = es.add_parser(
        "api-key",
        help="set (from stdin or a hidden prompt) or remove the API "
        "key sent to this network's nodes, e.g. a TronGrid key",
    )
    p.add_argument("--network", required=True)
    p.add_argument("--remove", action="store_true")
    p.set_defaults(handler=cmd_api_key)


def _check_url(url: str) -> str:
    if not url.startswith(("http://", "https://")) or len(url) > 500 or " " in url:
        raise KapchykError("an endpoint is an http:// or https:// URL; {url!r} is not", url=url)
    return url.rstrip("/")


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    user = {
        r[0] for r in ctx.db.execute("SELECT url FROM endpoints WHERE network_id = ?", (net.id,))
    }
    data = [{"url": u, "added_by_user": u in user} for u in net.endpoints]
    ctx.emit(
        {"network": net.id, "endpoints": data},
        "\n".join(f"{d['url']}{'  (added)' if d['added_by_user'] else ''}" for d in data),
    )
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    url = _check_url(args.url)
    with ctx.db:
        ctx.db.execute(
            "INSERT OR IGNORE INTO endpoints (network_id, url, created_at) VALUES (?, ?, ?)",
            (net.id, url, int(time.time())),
        )
    ctx.emit({"network": net.id, "added": url}, f"Added {url} to {net.name}.")
    return 0


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    url = _check_url(args.url)
    with ctx.db:
        cur = ctx.db.execute(
            "DELETE FROM endpoints WHERE network_id = ? AND url = ?", (net.id, url)
        )
    if not cur.rowcount:
        raise KapchykError(
            "{url} was not added by you on {network}; built-in endpoints stay",
            url=url,
            network=net.name,
        )
    ctx.emit({"network": net.id, "removed": url}, f"Removed {url}.")
    return 0


def cmd_test(ctx: Context, args: argparse.Namespace) -> int:
    net = ctx.registry.network(args.network)
    results = []
    for url in net.endpoints:
        from kapchyk.services.chains import ChainClients

        single = ChainClients(
            ctx.registry.with_endpoints(net.id, [url]),
            ctx.db,
            ctx.env.clients.api_key,
            remember=False,
        )
        start = time.monotonic()
        try:
            height = single.get(net.id).block_number()
            results.append(
                {
                    "url": url,
                    "ok": True,
                    "block": height,
                    "ms": round((time.monotonic() - start) * 1000),
                }
            )
        except KapchykError as exc:
            results.append({"url": url, "ok": False, "error": exc.message})
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
    from kapchyk.cli.secrets_input import SecretReader
    from kapchyk.keys.api_keys import remove_api_key, set_api_key

    net = ctx.registry.network(args.network)
    store = ctx.env.keys.vault.store
    if args.remove:
        remove_api_key(store, net.id)
        ctx.emit({"network": net.id, "api_key": None}, f"Removed the API key of {net.name}.")
        return 0
    key = SecretReader(None).text_secret("API key: ", what="API key")
    set_api_key(store, net.id, key)
    header = "TRON-PRO-API-KEY" if net.kind == "tron" else "none (EVM endpoints carry keys in "
    ctx.emit(
        {"network": net.id, "api_key": "set"},
        f"Saved in the OS keyring; sent to {net.name}'s nodes as {header}"
        + (")" if net.kind != "tron" else "."),
    )
    return 0
