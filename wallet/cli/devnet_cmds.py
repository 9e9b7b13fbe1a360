"""``kapchyk devnet``: run the local chains; ``kapchyk devnet fund``: get test funds."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path

from wallet.cli.context import Context
from wallet.core import addresses
from wallet.core.errors import InvalidAddress, KapchykError
from wallet.devnet import launcher
from wallet.services.environment import Environment


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "devnet",
        help="run the local devnet (BNB-Chain-like anvil + Tron devnode) with test tokens",
        description="Start the local chains, deploy test KGST and USDKG, fund addresses, and "
        "keep running until interrupted (Ctrl-C). State is kept in DATA_DIR/devnet/.",
    )
    p.add_argument("--bsc-port", type=int, default=launcher.DEFAULT_BSC_PORT)
    p.add_argument("--tron-port", type=int, default=launcher.DEFAULT_TRON_PORT)
    p.add_argument(
        "--no-fund-wallet",
        action="store_true",
        help="do not give the devnet wallet's accounts test funds",
    )
    p.add_argument("--fresh", action="store_true", help="forget earlier chain state")
    p.add_argument(
        "--fund", metavar="ADDRESS", action="append", default=[],
        help="also give this address test coins and tokens (repeatable)",
    )  # fmt: skip
    p.set_defaults(handler=cmd_devnet_start)
    dsub = p.add_subparsers(dest="devnet_command", metavar="SUBCOMMAND")
    f = dsub.add_parser("fund", help="give addresses (or the devnet wallet) test coins and tokens")
    f.add_argument(
        "addresses",
        nargs="*",
        metavar="ADDRESS",
        help="0x… or T… addresses; none: every account of the devnet wallet",
    )
    f.set_defaults(handler=cmd_devnet_fund)
    t = dsub.add_parser("tron", help="run only the Tron devnode in the foreground")
    t.add_argument("--port", type=int, default=launcher.DEFAULT_TRON_PORT)
    t.add_argument("--state", type=Path, default=None, help="load and save chain state here")
    t.add_argument("--block-time", type=float, default=3.0)
    t.set_defaults(handler=cmd_devnet_tron)
    w = dsub.add_parser("warp", help="move the running Tron devnode's clock forward")
    w.add_argument("--days", type=float, default=0)
    w.add_argument("--seconds", type=int, default=0)
    w.set_defaults(handler=cmd_devnet_warp)


def _check(addresses_in: list[str]) -> list[str]:
    out = []
    for a in addresses_in:
        if addresses.is_evm_address(a):
            out.append(addresses.to_evm(a))
        elif addresses.is_tron_address(a):
            out.append(addresses.to_tron(a))
        else:
            raise InvalidAddress(
                "{address} is neither a 0x… (BNB devnet) nor a T… (Tron devnet) address",
                address=a,
            )
    return out


def _wallet_addresses(ctx: Context) -> list[str]:
    """Every address of the devnet wallet (the devnet-mode database of this data dir)."""
    env = Environment(ctx.data_dir, "devnet")
    try:
        accounts = env.accounts.accounts()
    finally:
        env.close()
    return [a for acct in accounts for a in (acct.evm_address, acct.tron_address) if a]


def _wait_for_stop(ctx: Context, stop: threading.Event, net: launcher.Devnet) -> int:
    try:
        while not stop.wait(0.5):
            if net.anvil.process is not None and net.anvil.process.poll() is not None:
                ctx.say("the BNB devnet node stopped unexpectedly")
                return 1
    except KeyboardInterrupt:
        pass
    return 0


def cmd_devnet_start(ctx: Context, args: argparse.Namespace) -> int:
    to_fund = _check(args.fund)
    if not args.no_fund_wallet:
        to_fund += [a for a in _wallet_addresses(ctx) if a not in to_fund]
    net = launcher.start_devnet(
        ctx.data_dir, bsc_port=args.bsc_port, tron_port=args.tron_port, fresh=args.fresh
    )
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        funded = {a: net.fund(a) for a in to_fund}
        ctx.emit(
            {
                "bsc_url": net.bsc_url,
                "tron_url": net.tron_url,
                "deployment": net.deployment,
                "funded": funded,
            },
            f"BNB devnet:  {net.bsc_url} (chain id {launcher.DEVNET_CHAIN_ID})\n"
            f"Tron devnet: {net.tron_url}\n"
            + "\n".join(
                f"  {t['symbol']} on {t['network']}: {t['contract']}"
                for t in net.deployment["tokens"]
            )
            + (f"\nFunded {len(funded)} address(es)." if funded else ""),
        )
        ctx.say("devnet running; press Ctrl-C to stop (state is kept for next time)")
        return _wait_for_stop(ctx, stop, net)
    finally:
        signal.signal(signal.SIGTERM, previous)
        net.stop()


def cmd_devnet_fund(ctx: Context, args: argparse.Namespace) -> int:
    targets = _check(args.addresses) if args.addresses else _wallet_addresses(ctx)
    if not targets:
        raise InvalidAddress("no address to fund: give one, or create a devnet wallet first")
    net = launcher.connect_devnet(ctx.data_dir)
    funded = {a: net.fund(a) for a in targets}
    ctx.emit({"funded": funded}, "\n".join(f"funded {a}" for a in funded))
    return 0


def cmd_devnet_tron(ctx: Context, args: argparse.Namespace) -> int:
    from wallet.devnet.tron import start_devnode

    node = start_devnode(port=args.port, state_file=args.state, block_time=args.block_time)
    print(node.url, flush=True)
    ctx.say("Accounts (test phrase, m/44'/195'/0'/0/i):")
    for i, (address, key) in enumerate(node.accounts):
        ctx.say(f"  ({i}) {address}  private key {key}")
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        node.stop()
    return 0


def cmd_devnet_warp(ctx: Context, args: argparse.Namespace) -> int:
    """Devnet only: e.g. ``--days 14`` makes a waiting unstake withdrawable now."""
    from wallet.devnet.tron.client import DevnodeClient

    folder = launcher.devnet_folder(ctx.data_dir)
    url = (launcher.read_devnet_file(folder).get("endpoints", {}).get("devnet-tron") or [None])[0]
    if not url:
        raise launcher.DevnetError(
            "no devnet has been started in {folder}; run `kapchyk devnet` first", folder=str(folder)
        )
    seconds = args.seconds + int(args.days * 86_400)
    if seconds <= 0:
        raise KapchykError("give --days or --seconds: how far to move the devnet clock")
    try:
        out = DevnodeClient(url).post("/admin/warp", {"seconds": seconds})
    except OSError:  # requests' connection errors are OSErrors
        raise launcher.DevnetError(
            "the devnet at {url} is not running; start it with `kapchyk devnet`", url=url
        ) from None
    ctx.emit(out, f"Tron devnet clock moved {seconds} s forward; block {out.get('number')}")
    return 0
