"""``kapchyk devnet``: run the local chains; ``kapchyk devnet fund``: get test funds."""

from __future__ import annotations

import argparse
import signal
import threading

from kapchyk.cli.context import Context
from kapchyk.core import addresses
from kapchyk.core.errors import InvalidAddress
from kapchyk.devnet import launcher


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "devnet",
        help="run the local devnet (BNB-Chain-like anvil + Tron devnode) with test tokens",
        description="Start the local chains, deploy test KGST and USDKG, fund addresses, and "
        "keep running until interrupted (Ctrl-C). State is kept in DATA_DIR/devnet/.",
    )
    p.add_argument("--bsc-port", type=int, default=launcher.DEFAULT_BSC_PORT)
    p.add_argument("--fresh", action="store_true", help="forget earlier chain state")
    p.add_argument(
        "--fund", metavar="ADDRESS", action="append", default=[],
        help="also give this address test coins and tokens (repeatable)",
    )  # fmt: skip
    p.set_defaults(handler=cmd_devnet_start)
    dsub = p.add_subparsers(dest="devnet_command", metavar="SUBCOMMAND")
    f = dsub.add_parser("fund", help="give addresses test coins and tokens on a running devnet")
    f.add_argument("addresses", nargs="+", metavar="ADDRESS")
    f.set_defaults(handler=cmd_devnet_fund)


def _check_evm(addresses_in: list[str]) -> list[str]:
    out = []
    for a in addresses_in:
        if not addresses.is_evm_address(a):
            raise InvalidAddress(
                "{address} is not a 0x… address; the BNB devnet can only fund EVM addresses",
                address=a,
            )
        out.append(addresses.to_evm(a))
    return out


def cmd_devnet_start(ctx: Context, args: argparse.Namespace) -> int:
    to_fund = _check_evm(args.fund)
    net = launcher.start_devnet(ctx.data_dir, bsc_port=args.bsc_port, fresh=args.fresh)
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        funded = {a: net.fund_evm(a) for a in to_fund}
        ctx.emit(
            {"bsc_url": net.bsc_url, "deployment": net.deployment, "funded": funded},
            f"BNB devnet: {net.bsc_url} (chain id {launcher.DEVNET_CHAIN_ID})\n"
            + "\n".join(
                f"  {t['symbol']} on {t['network']}: {t['contract']}"
                for t in net.deployment["tokens"]
            ),
        )
        ctx.say("devnet running; press Ctrl-C to stop (state is kept for next time)")
        try:
            while not stop.wait(0.5):
                if net.anvil.process.poll() is not None:
                    ctx.say("the BNB devnet node stopped unexpectedly")
                    return 1
        except KeyboardInterrupt:
            pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        net.stop()
    return 0


def cmd_devnet_fund(ctx: Context, args: argparse.Namespace) -> int:
    targets = _check_evm(args.addresses)
    net = launcher.connect_devnet(ctx.data_dir)
    funded = {a: net.fund_evm(a) for a in targets}
    ctx.emit({"funded": funded}, "\n".join(f"funded {a}" for a in funded))
    return 0
