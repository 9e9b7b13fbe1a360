"""HTTP requests and wall time per balance refresh, against a real anvil.

Prints, for 1 account × 1 token and 50 accounts × 5 tokens: JSON-RPC HTTP requests per refresh
(goal: 1 per network) and the median wall time of 5 refreshes.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.harness.evm import connect
from wallet.chains.evm_provider import REQUESTS
from wallet.core.networks import Token, load_registry
from wallet.core.wallets import Account
from wallet.devnet.anvil import start_anvil
from wallet.services.chains import ChainClients
from wallet.services.portfolio import Portfolio
from wallet.store.db import open_database


def main() -> None:
    proc = start_anvil(chain_id=97)
    try:
        anvil = connect(proc)
        from wallet.devnet.contracts import deploy

        issuer = anvil.accounts[0].address
        contracts = [
            deploy(anvil.w3, "TestKGST", f"Token {i}", f"TK{i}", 18, sender=issuer)
            for i in range(5)
        ]
        tokens = [
            Token(f"TK{i}", f"Token {i}", "bsc-testnet", c, 18, "kgst", "bench")
            for i, c in enumerate(contracts)
        ]
        accounts = [
            Account("w", i, f"a{i}", "0x" + f"{i + 1:040x}", None, "watch") for i in range(50)
        ]
        reg = load_registry("testnet").with_endpoints("bsc-testnet", [proc.url])
        for n_acc, n_tok in ((1, 1), (50, 5)):
            r = reg.with_tokens(tokens[:n_tok])
            r = type(r)(r.mode, [r.network("bsc-testnet")], r.tokens("bsc-testnet")[:n_tok])
            db = open_database(Path(tempfile.mkdtemp()) / "b.sqlite3")
            portfolio = Portfolio(r, db, ChainClients(r, db))
            portfolio.refresh(accounts[:n_acc])  # connect + chain-id check once
            counts, times = [], []
            for _ in range(5):
                before = REQUESTS.count
                start = time.perf_counter()
                rows, errors = portfolio.refresh(accounts[:n_acc])
                times.append(time.perf_counter() - start)
                counts.append(REQUESTS.count - before)
                assert not errors and len(rows) == n_acc * (n_tok + 1)
            print(
                f"{n_acc:>2} accounts x {n_tok} tokens ({n_acc * (n_tok + 1)} balances): "
                f"{max(counts)} HTTP request(s) per refresh per network, "
                f"median {statistics.median(times) * 1000:.1f} ms"
            )
    finally:
        proc.stop()


if __name__ == "__main__":
    main()
