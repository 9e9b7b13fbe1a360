"""Contracts every devnode has from its first block: Multicall3 at the canonical address.

As on the EVM devnet (``wallet/devnet/contracts.install_multicall3``), Multicall3's runtime code
is put at 0xcA11bde05977b3631167028862bE2a173976CA11 — on the devnode the Tron address
41ca11bde0… (``TUPekXLwt15mAG61PBG9raRXsZ57ovBYQ4``), the ``multicall3`` of ``devnet-tron`` in
``networks.json``. Mainnet's is ``TEazPvZwDjDtFeJupyo7QunvnrnUjPH8ED`` (mds1/multicall3).
"""

from __future__ import annotations

from typing import Any

from wallet.devnet.contracts import MULTICALL3_ADDRESS, load_artifact
from wallet.devnet.tron.chain import WITNESS, Account


def install_multicall3(chain: Any) -> bytes:
    """Give the devnode Multicall3 (idempotent: also for a state saved by an older devnode)."""
    addr = bytes([0x41]) + bytes.fromhex(MULTICALL3_ADDRESS[2:])
    art = load_artifact("Multicall3")
    with chain.lock:
        chain.engine.rpc("anvil_setCode", MULTICALL3_ADDRESS, art["deployedBytecode"])
        if addr not in chain.contracts:
            chain.contracts[addr] = {
                "evm": MULTICALL3_ADDRESS,
                "abi": art["abi"],
                "name": "Multicall3",
                "origin": WITNESS,
                "bytecode": art["deployedBytecode"][2:],
                "percent": 100,
                "origin_energy_limit": 0,
            }
            chain.accounts.setdefault(
                addr, Account(addr, 0, chain.blocks[0].timestamp, is_contract=True)
            )
    return addr
