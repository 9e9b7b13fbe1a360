"""The project's own test contracts (compiled artifacts in ``resources/contracts``).

Sources live in ``resources/contracts/src``; ``node scripts/compile-contracts.mjs`` rebuilds the
JSON artifacts, which are committed so tests and the devnet deploy them without a compiler.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from web3 import Web3

MULTICALL3_ADDRESS = "0xcA11bde05977b3631167028862bE2a173976CA11"


@cache
def load_artifact(name: str) -> dict[str, Any]:
    """ABI and bytecode of ``name`` (Multicall3, TestKGST, TestUSDKG)."""
    path = resources.files("wallet.resources").joinpath("contracts").joinpath(f"{name}.json")
    return json.loads(path.read_text("utf-8"))


def abi(name: str) -> list[dict[str, Any]]:
    return load_artifact(name)["abi"]


def deploy(w3: Web3, name: str, *args: Any, sender: str) -> str:
    """Deploy ``name`` from ``sender`` (an unlocked node account) and return its address."""
    art = load_artifact(name)
    factory = w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"])
    tx_hash = factory.constructor(*args).transact({"from": sender})
    receipt = w3.eth.wait_for_transaction_receipt(tx_hash, timeout=30)
    if receipt["status"] != 1:
        raise RuntimeError(f"deploying {name} failed in transaction {tx_hash.hex()}")
    return receipt["contractAddress"]


def install_multicall3(w3: Web3) -> str:
    """Put Multicall3's runtime code at its canonical address on an anvil node."""
    code = load_artifact("Multicall3")["deployedBytecode"]
    w3.provider.make_request("anvil_setCode", [MULTICALL3_ADDRESS, code])
    return MULTICALL3_ADDRESS
