"""``python -m wallet.devnet.tron``: run the Tron devnode in the foreground."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from wallet.devnet.tron import start_devnode


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="kapchyk-tron-devnode")
    p.add_argument("--port", type=int, default=8090)
    p.add_argument("--state", type=Path, default=None, help="load and save chain state here")
    p.add_argument("--block-time", type=float, default=3.0)
    args = p.parse_args(argv)
    node = start_devnode(port=args.port, state_file=args.state, block_time=args.block_time)
    print(node.url, flush=True)
    print("Accounts (test phrase, m/44'/195'/0'/0/i, 1,000,000 TRX each at genesis):")
    for i, (address, key) in enumerate(node.accounts):
        print(f"  ({i}) {address}  private key {key}")
    sys.stdout.flush()
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        done.wait()
    except KeyboardInterrupt:
        pass
    finally:
        node.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
