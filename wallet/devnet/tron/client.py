"""A small client of the devnode's HTTP API, used by ``kapchyk devnet`` (deploying test USDKG,
funding addresses) and by tests. Transactions are built by the node, then checked and signed
here: the txid is recomputed from raw_data before signing (never trusted from the node)."""

from __future__ import annotations

import json
import time
from typing import Any

from eth_abi import encode as abi_encode

from wallet.core import addresses, tron_tx
from wallet.devnet.contracts import load_artifact
from wallet.keys import hd


class DevnodeError(RuntimeError):
    pass


class DevnodeClient:
    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def post(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        import requests

        resp = requests.post(self.url + path, json=body or {}, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def sign_and_broadcast(self, tx: dict[str, Any], key: bytes) -> str:
        raw = tron_tx.raw_from_json(tx["raw_data"])
        if raw.encode().hex() != tx.get("raw_data_hex", raw.encode().hex()):
            raise DevnodeError("the node's raw_data_hex does not match its raw_data")
        signed = {**tx, "signature": [tron_tx.sign(raw.encode(), key).hex()]}
        out = self.post("/wallet/broadcasttransaction", signed)
        if out.get("result") is not True:
            msg = bytes.fromhex(out.get("message", "")).decode(errors="replace")
            raise DevnodeError(f"{out.get('code', out.get('Error'))}: {msg}")
        return out["txid"]

    def wait_info(self, txid: str, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            info = self.post("/wallet/gettransactioninfobyid", {"value": txid})
            if info:
                return info
            time.sleep(0.1)
        raise DevnodeError(f"transaction {txid} was not included within {timeout}s")

    def send_trx(self, key: bytes, to: str, amount_sun: int) -> dict[str, Any]:
        tx = self.post(
            "/wallet/createtransaction",
            {
                "owner_address": hd.tron_address(key),
                "to_address": to,
                "amount": amount_sun,
                "visible": True,
            },
        )
        return self.wait_info(self.sign_and_broadcast(tx, key))

    def trigger(
        self,
        key: bytes,
        contract: str,
        selector: str,
        types: list[str],
        values: list[Any],
        fee_limit: int = 100_000_000,
    ) -> dict[str, Any]:
        out = self.post(
            "/wallet/triggersmartcontract",
            {
                "owner_address": hd.tron_address(key),
                "contract_address": contract,
                "function_selector": selector,
                "parameter": abi_encode(types, values).hex(),
                "fee_limit": fee_limit,
                "visible": True,
            },
        )
        if out.get("result", {}).get("result") is not True:
            raise DevnodeError(f"triggersmartcontract refused: {out}")
        return self.wait_info(self.sign_and_broadcast(out["transaction"], key))

    def deploy(
        self,
        key: bytes,
        artifact: str,
        types: list[str],
        values: list[Any],
        name: str,
        fee_limit: int = 1_000_000_000,
    ) -> str:
        art = load_artifact(artifact)
        tx = self.post(
            "/wallet/deploycontract",
            {
                "owner_address": hd.tron_address(key),
                "abi": json.dumps(art["abi"]),
                "bytecode": art["bytecode"][2:],
                "parameter": abi_encode(types, values).hex(),
                "name": name,
                "fee_limit": fee_limit,
                "visible": True,
            },
        )
        info = self.wait_info(self.sign_and_broadcast(tx, key))
        if info.get("receipt", {}).get("result") != "SUCCESS":
            raise DevnodeError(f"deploying {artifact} failed: {info}")
        return addresses.to_tron(info["contract_address"])

    def call(
        self, contract: str, selector: str, types: list[str] = (), values: list[Any] = ()
    ) -> bytes:
        out = self.post(
            "/wallet/triggerconstantcontract",
            {
                "owner_address": contract,
                "contract_address": contract,
                "function_selector": selector,
                "parameter": abi_encode(list(types), list(values)).hex(),
                "visible": True,
            },
        )
        return bytes.fromhex(out["constant_result"][0])

    def trc20_balance(self, contract: str, owner: str) -> int:
        raw = self.call(contract, "balanceOf(address)", ["address"], [addresses.to_evm(owner)])
        return int.from_bytes(raw[:32], "big")

    def trx_balance(self, owner: str) -> int:
        return int(
            self.post("/wallet/getaccount", {"address": owner, "visible": True}).get("balance", 0)
        )
