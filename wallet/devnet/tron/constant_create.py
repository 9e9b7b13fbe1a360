"""``triggerconstantcontract`` with an empty ``contract_address``: ``data`` runs as creation code.

java-tron (``Wallet.triggerConstantContract``, since GreatVoyage-v4.4.0) wraps such a request in
a ``CreateSmartContract`` (owner = origin, bytecode = data), executes it as a constant call that
changes nothing, and returns the constructor's return data in ``constant_result`` with the
``energy_used``, within the node's constant-call energy cap (``maxEnergyLimitForConstant``,
100,000,000 by default). The wallet's deployless balance checker relies on this.
"""

from __future__ import annotations

from typing import Any

from wallet.core import tron_tx
from wallet.core.addresses import evm_checksum
from wallet.devnet.tron.engine import EngineError

#: java-tron's default ``vm.maxEnergyLimitForConstant``
CONSTANT_ENERGY_LIMIT = 100_000_000


def sync_trx_balances(chain: Any) -> None:
    """Give every account in the engine its TRX balance in sun (``address.balance`` in the TVM).

    The engine pays no gas (price 0), so balances there mean nothing else; senders of real
    transactions are funded again when they send."""
    for acct in chain.accounts.values():
        chain.engine.rpc("anvil_setBalance", evm_checksum(acct.address[1:]), hex(acct.balance))


def constant_create(chain: Any, owner: bytes, data: bytes, visible: bool) -> dict[str, Any]:
    engine = chain.engine
    sender = evm_checksum(owner[1:]) if len(owner) == 21 else "0x" + "00" * 20
    with chain.lock, engine.lock:
        sync_trx_balances(chain)
        snap = engine.rpc("evm_snapshot")
        try:
            result = engine.execute(sender, None, data, CONSTANT_ENERGY_LIMIT, fund=False)
        finally:
            engine.rpc("evm_revert", snap)
        output = b""
        if result.status == "SUCCESS":
            try:  # the creation's return data: what eth_call without `to` answers, with
                # `block.number` the Tron head's (as the TVM gives a constant call)
                tx = {"from": sender, "data": "0x" + data.hex()}
                head = {"number": hex(chain.head.number), "time": hex(chain.head.timestamp // 1000)}
                output = bytes.fromhex(engine.rpc("eth_call", tx, "latest", None, head)[2:])
            except EngineError:
                output = b""
    contract = tron_tx.Contract(
        "CreateSmartContract",
        {
            "owner_address": owner or bytes(21),
            "new_contract": {"origin_address": owner or bytes(21), "bytecode": data},
        },
    )
    raw = chain.build(contract)
    out: dict[str, Any] = {
        "energy_used": result.energy,
        "constant_result": [output.hex()],
        "transaction": tron_tx.transaction_json(raw, visible=visible),
    }
    if result.status == "SUCCESS":
        out["result"] = {"result": True}
    elif result.status == "OUT_OF_ENERGY":
        out["result"] = {
            "code": "CONTRACT_EXE_ERROR",
            "message": (
                f"Not enough energy for 'CALL' operation executing: "
                f"curInvokeEnergyLimit[{CONSTANT_ENERGY_LIMIT}]"
            )
            .encode()
            .hex(),
        }
    else:
        out["result"] = {"code": "CONTRACT_EXE_ERROR", "message": b"REVERT opcode executed".hex()}
    return out
