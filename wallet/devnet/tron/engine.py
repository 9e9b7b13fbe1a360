"""The devnode's execution engine: real EVM bytecode run by an anvil process it drives.

Tron's TVM runs token contracts as the EVM does; a Tron address is 0x41 + the same 20 bytes.
Every call runs for real; for a quote (``triggerconstantcontract``/``estimateenergy``) the call
runs inside an anvil snapshot that is reverted, so the energy it reports is exactly what the
same call uses when it is executed.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wallet.devnet.anvil import AnvilProcess, start_anvil

#: the TVM's chain id for Tron mainnet (0x2b6653dc), as `block.chainid` returns it there
TVM_CHAIN_ID = 728126428
RICH = hex(10**30)


def intrinsic_gas(data: bytes, create: bool = False) -> int:
    """The EVM's transaction base cost, which Tron does not charge as energy."""
    zero = data.count(0)
    return (53_000 if create else 21_000) + 4 * zero + 16 * (len(data) - zero)


@dataclass
class Execution:
    status: str  # SUCCESS | REVERT | OUT_OF_ENERGY
    energy: int  # energy used (EVM gas minus the intrinsic cost)
    output: bytes  # return data, or revert data
    logs: list[dict[str, Any]]
    created: str | None = None  # EVM address of a deployed contract


class AnvilEngine:
    def __init__(self, state_file: Path | None = None) -> None:
        self.proc: AnvilProcess = start_anvil(
            chain_id=TVM_CHAIN_ID,
            state_file=state_file,
            extra_args=[
                "--auto-impersonate",
                "--base-fee",
                "0",
                "--gas-price",
                "0",
                "--gas-limit",
                "300000000",
            ],
        )
        from web3 import Web3

        self.w3 = Web3(Web3.HTTPProvider(self.proc.url, request_kwargs={"timeout": 60}))
        self.lock = threading.RLock()

    def stop(self) -> None:
        self.proc.stop()

    def rpc(self, method: str, *params: Any) -> Any:
        resp = self.w3.provider.make_request(method, list(params))
        if "error" in resp:
            raise EngineError(resp["error"])
        return resp.get("result")

    def _send(
        self, sender: str, to: str | None, data: bytes, gas: int, fund: bool = True
    ) -> dict[str, Any]:
        if fund:  # gas costs nothing here; ``fund=False`` keeps a synced TRX balance readable
            self.rpc("anvil_setBalance", sender, RICH)
        tx: dict[str, Any] = {
            "from": sender,
            "data": "0x" + data.hex(),
            "gas": hex(gas),
            "gasPrice": "0x0",
            "value": "0x0",
        }
        if to is not None:
            tx["to"] = to
        txhash = self.rpc("eth_sendTransaction", tx)
        for _ in range(500):  # automine: the receipt follows within milliseconds
            receipt = self.rpc("eth_getTransactionReceipt", txhash)
            if receipt is not None:
                return receipt
            time.sleep(0.01)
        raise EngineError({"message": f"no receipt for {txhash}"})

    def execute(
        self, sender: str, to: str | None, data: bytes, energy_limit: int, fund: bool = True
    ) -> Execution:
        """Run a call (``to``) or a deployment (``to=None``) with at most ``energy_limit``."""
        with self.lock:
            base = intrinsic_gas(data, create=to is None)
            receipt = self._send(sender, to, data, energy_limit + base, fund)
            used = int(receipt["gasUsed"], 16) - base
            logs = [
                {"address": lg["address"], "topics": lg["topics"], "data": lg["data"]}
                for lg in receipt.get("logs", [])
            ]
            if int(receipt["status"], 16) == 1:
                created = receipt.get("contractAddress")
                output = b"" if to is None else self._replay_output(sender, to, data, receipt)
                return Execution("SUCCESS", used, output, logs, created)
            if used >= energy_limit:
                return Execution("OUT_OF_ENERGY", energy_limit, b"", [])
            return Execution("REVERT", used, self._revert_data(sender, to, data, receipt), [])

    def simulate(
        self, sender: str, to: str, data: bytes, energy_limit: int = 150_000_000, fund: bool = True
    ) -> Execution:
        """Execute and roll back: what the call would do and use, exactly."""
        with self.lock:
            snap = self.rpc("evm_snapshot")
            try:
                result = self.execute(sender, to, data, energy_limit, fund)
                if result.status == "SUCCESS":
                    result.output = self.call(sender, to, data)
            finally:
                self.rpc("evm_revert", snap)
            return result

    def call(self, sender: str, to: str, data: bytes, block: str = "latest") -> bytes:
        result = self.rpc("eth_call", {"from": sender, "to": to, "data": "0x" + data.hex()}, block)
        return bytes.fromhex(result[2:])

    def _replay_output(self, sender: str, to: str, data: bytes, receipt: dict) -> bytes:
        block = hex(int(receipt["blockNumber"], 16) - 1)
        try:
            return self.call(sender, to, data, block)
        except EngineError:
            return b""

    def _revert_data(self, sender: str, to: str | None, data: bytes, receipt: dict) -> bytes:
        if to is None:
            return b""
        block = hex(int(receipt["blockNumber"], 16) - 1)
        try:
            self.call(sender, to, data, block)
        except EngineError as exc:
            err = exc.args[0] if exc.args else {}
            raw = err.get("data") if isinstance(err, dict) else None
            if isinstance(raw, str) and raw.startswith("0x"):
                return bytes.fromhex(raw[2:])
        return b""

    def code(self, address: str) -> bytes:
        return bytes.fromhex(self.rpc("eth_getCode", address, "latest")[2:])


class EngineError(Exception):
    pass
