"""HTTP requests and wall time per Tron balance refresh, against the real devnode.

Tron has no Multicall: a refresh asks the head block once, then per account ``getaccount``
(TRX) and one ``triggerconstantcontract`` per token. Prints both sizes.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wallet.chains.evm_provider import REQUESTS
from wallet.core.networks import Token, load_registry
from wallet.core.wallets import Account
from wallet.devnet.tron import start_devnode
from wallet.devnet.tron.client import DevnodeClient
from wallet.keys import hd
from wallet.services.chains import ChainClients
from wallet.services.portfolio import Portfolio
from wallet.store.db import open_database


def main() -> None:
    node = start_devnode(instant=True, block_time=60)
    try:
        client = DevnodeClient(node.url)
        key = bytes.fromhex(node.accounts[0][1])
        contracts = [
            client.deploy(
                key, "TestUSDKG", ["string", "string", "uint8"], [f"T{i}", f"TK{i}", 6], f"TK{i}"
            )
            for i in range(5)
        ]
        tokens = [
            Token(f"TK{i}", f"T{i}", "devnet-tron", c, 6, "usdkg", "bench")
            for i, c in enumerate(contracts)
        ]
        accounts = [
            Account("w", i, f"a{i}", None, hd.tron_address(bytes([i + 1]) * 32), "watch")
            for i in range(50)
        ]
        base = load_registry("devnet").with_endpoints("devnet-tron", [node.url])
        for n_acc, n_tok in ((1, 1), (50, 5)):
            reg = type(base)(base.mode, [base.network("devnet-tron")], tokens[:n_tok])
            db = open_database(Path(tempfile.mkdtemp()) / "b.sqlite3")
            portfolio = Portfolio(reg, db, ChainClients(reg, db))
            portfolio.refresh(accounts[:n_acc])  # connect + genesis check once
            counts, times = [], []
            for _ in range(3):
                before = REQUESTS.count
                start = time.perf_counter()
                rows, errors = portfolio.refresh(accounts[:n_acc])
                times.append(time.perf_counter() - start)
                counts.append(REQUESTS.count - before)
                assert not errors and len(rows) == n_acc * (n_tok + 1)
            print(
                f"Tron {n_acc:>2} accounts x {n_tok} tokens: {max(counts)} HTTP requests per "
                f"refresh ({max(counts) / n_acc:.1f} per account), "
                f"median {statistics.median(times) * 1000:.0f} ms"
            )
    finally:
        node.stop()


if __name__ == "__main__":
    main()
