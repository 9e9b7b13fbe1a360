"""``kapchyk``: the command-line wallet.

Global options: ``--data-dir DIR`` (or $KAPCHYK_DATA_DIR), ``--network-mode
mainnet|testnet|devnet`` (else $KAPCHYK_NETWORK_MODE, else the mode saved by the GUI in
``settings.json``, else mainnet: ``environment.default_mode``), ``--json``, ``-v``. They go
before or after the (sub)command: every subcommand's parser repeats them with a suppressed
default, so a value given anywhere wins and the top-level default stays otherwise. With --json the
result goes to stdout as JSON and human messages to stderr. Any error exits non-zero with a
one-line reason; a user's mistake never shows a traceback (unexpected failures are logged with
the traceback in ``<data-dir>/logs/kapchyk.log``).

Commands are the ``register(subparsers)`` functions of the modules ``wallet/cli/*_cmds.py``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wallet import __version__
from wallet.cli.context import Context
from wallet.core.errors import KapchykError
from wallet.core.networks import MODES
from wallet.services.environment import Environment, default_data_dir, setup_logging

log = logging.getLogger("wallet.cli")

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


class _SubcommandParser(_Parser):
    """Every (nested) subcommand's parser: it accepts the global options too.

    Their default is SUPPRESS here, so the namespace keeps the top-level value (or default)
    unless the option is given after the subcommand. Nested ``add_subparsers`` calls in the
    command modules inherit this class (argparse uses ``type(self)``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        add_global_options(self, in_subcommand=True)


def add_global_options(parser: argparse.ArgumentParser, *, in_subcommand: bool = False) -> None:
    """``--data-dir``, ``--network-mode``, ``--json``, ``-v`` (no default in a subcommand)."""

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if in_subcommand else value

    group = parser.add_argument_group("global options")
    group.add_argument(
        "--data-dir",
        type=Path,
        default=default(None),
        help=f"where wallet data lives (default $KAPCHYK_DATA_DIR or {default_data_dir()})",
    )
    group.add_argument(
        "--network-mode",
        choices=MODES,
        default=default(None),
        help="mainnet (real money), testnet or devnet (local chains); default "
        "$KAPCHYK_NETWORK_MODE, else the mode last chosen in the app, else mainnet",
    )
    group.add_argument(
        "--json",
        action="store_true",
        default=default(False),
        help="machine-readable output on stdout",
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default(False),
        help="log debug details",
    )


def command_modules() -> list[str]:
    import wallet.cli as pkg

    return sorted(
        f"wallet.cli.{m.name}"
        for m in pkgutil.iter_modules(pkg.__path__)
        if m.name.endswith("_cmds")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kapchyk",
        description="Kapchyk: a wallet for KGST, USDKG and other national stablecoins.",
    )
    parser.add_argument("--version", action="version", version=f"kapchyk {__version__}")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_SubcommandParser)
    for name in command_modules():
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    ctx: Context | None = None
    try:
        env = Environment(args.data_dir, args.network_mode)
        no_log = setup_logging(env.data_dir, verbose=args.verbose)
        if no_log is not None:
            sys.stderr.write(f"warning: {no_log.message}\n")
        ctx = Context(env=env, json=args.json)
        return int(args.handler(ctx, args) or 0)
    except KapchykError as exc:
        return _fail(args.json, exc.code, exc.message)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # a bug, not a user mistake: keep the traceback in the log only
        log.exception("unexpected error in %s", args.command)
        return _fail(
            args.json,
            "internal",
            f"internal error ({type(exc).__name__}); details are in the log "
            f"{(args.data_dir or default_data_dir()) / 'logs' / 'kapchyk.log'}",
        )
    finally:
        if ctx is not None:
            ctx.close()


def _fail(as_json: bool, code: str, message: str) -> int:
    one_line = " ".join(message.split())
    if as_json:
        sys.stdout.write(json.dumps({"error": {"code": code, "message": one_line}}) + "\n")
    sys.stderr.write(f"error: {one_line}\n")
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
