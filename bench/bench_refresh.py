"""HTTP requests and wall time per balance refresh, Tron and EVM side by side.

Against the real chains: anvil for the EVM side (Multicall3), the project's Tron devnode for the
Tron side (the deployless balance checker, ``wallet/chains/tron_balances.py``). For 1 account ×
1 token and 50 accounts × 5 tokens it prints HTTP requests per refresh (goal: 1 per network,
at most 2 for Tron) and the median wall time of 5 refreshes, and the 50×5 / 1×1 time ratio
(goal: at most 10).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.harness.evm import connect
from wallet.chains import tron_balances
from wallet.chains.evm_provider import REQUESTS
from wallet.core.networks import Registry, Token, load_registry
from wallet.core.wallets import Account
from wallet.devnet.anvil import start_anvil
from wallet.devnet.contracts import deploy
from wallet.devnet.tron import start_devnode
from wallet.devnet.tron.client import DevnodeClient
from wallet.keys import hd
from wallet.services.chains import ChainClients
from wallet.services.portfolio import Portfolio
from wallet.store.db import open_database

SIZES = ((1, 1), (50, 5))


def measure(reg: Registry, network_id: str, tokens: list[Token], accounts: list[Account]) -> dict:
    """{(accounts, tokens): (requests per refresh, median seconds)} for ``SIZES``."""
    out = {}
    for n_acc, n_tok in SIZES:
        r = Registry(reg.mode, [reg.network(network_id)], tokens[:n_tok])
        db = open_database(Path(tempfile.mkdtemp()) / "b.sqlite3")
        portfolio = Portfolio(r, db, ChainClients(r, db))
        portfolio.refresh(accounts[:n_acc])  # connect + chain check once
        counts, times = [], []
        for _ in range(5):
            before = REQUESTS.count
            start = time.perf_counter()
            rows, errors = portfolio.refresh(accounts[:n_acc])
            times.append(time.perf_counter() - start)
            counts.append(REQUESTS.count - before)
            assert not errors and len(rows) == n_acc * (n_tok + 1), errors
        out[(n_acc, n_tok)] = (max(counts), statistics.median(times))
    return out


def evm_side() -> dict:
    proc = start_anvil(chain_id=97)
    try:
        anvil = connect(proc)
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
        return measure(reg, "bsc-testnet", tokens, accounts)
    finally:
        proc.stop()


def tron_side() -> dict:
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
        reg = load_registry("devnet").with_endpoints("devnet-tron", [node.url])
        owners = [a.tron_address for a in accounts]
        doc = client.post(
            "/wallet/triggerconstantcontract",
            {
                "owner_address": owners[0],
                "data": tron_balances.checker_data(owners, tokens).hex(),
                "visible": True,
            },
        )
        values = len(owners) * (len(tokens) + 1)
        print(
            f"Tron checker, 50x5: {doc['energy_used']:,} energy for {values} values "
            f"({doc['energy_used'] / values:,.0f} each; sized for "
            f"{tron_balances.ENERGY_PER_VALUE:,}); chunks of {tron_balances.MAX_VALUES} values"
        )
        return measure(reg, "devnet-tron", tokens, accounts)
    finally:
        node.stop()


def main() -> None:
    results = {"Tron": tron_side(), "EVM": evm_side()}
    print(f"{'':<22}{'Tron':>24}{'EVM':>24}")
    for n_acc, n_tok in SIZES:
        cells = []
        for side in ("Tron", "EVM"):
            requests, seconds = results[side][(n_acc, n_tok)]
            cells.append(f"{requests} req, {seconds * 1000:.1f} ms")
        print(f"{n_acc:>2} accounts x {n_tok} tokens{cells[0]:>24}{cells[1]:>24}")
    for side in ("Tron", "EVM"):
        ratio = results[side][(50, 5)][1] / results[side][(1, 1)][1]
        print(f"{side}: 50x5 takes {ratio:.1f}x the time of 1x1")


if __name__ == "__main__":
    main()
