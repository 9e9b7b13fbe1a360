"""java-tron's HTTP API (the subset wallets use), served by the devnode on loopback.

Shapes follow java-tron's servlets: JSON printed from proto3 messages (zero/false/empty fields
absent), ``visible`` turning only address fields into base58, ``{}`` for unknown accounts,
blocks and transactions, ``{"Error": "class … : text"}`` with HTTP 200 for other failures,
failed broadcasts as ``{"code", "txid", "message": hex(text)}``.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from eth_hash.auto import keccak

from wallet.core import addresses, tron_tx
from wallet.core.errors import KapchykError
from wallet.devnet.tron import staking_http, trongrid_v1
from wallet.devnet.tron.chain import Block, Rejected, TronChain
from wallet.devnet.tron.constant_create import constant_create
from wallet.devnet.tron.staking import BANDWIDTH, ENERGY

log = logging.getLogger(__name__)


def _addr(value: Any) -> bytes:
    if not isinstance(value, str) or not value:
        raise ValueError("address is empty")
    try:
        return bytes([0x41]) + addresses.account_id(value)
    except KapchykError as exc:
        raise ValueError(exc.message) from None


def _show(addr: bytes, visible: bool) -> str:
    return addresses.tron_from_id(addr[1:]) if visible else addr.hex()


def _visible(body: dict[str, Any]) -> bool:
    v = body.get("visible", False)
    return v is True or str(v).lower() == "true"


class Api:
    """Path → handler; each takes the request body (dict) and returns the response (dict)."""

    def __init__(self, chain: TronChain, after_broadcast: Callable[[], None]) -> None:
        self.chain = chain
        self.after_broadcast = after_broadcast
        reads = {
            "getnowblock": self.getnowblock,
            "getblockbynum": self.getblockbynum,
            "getblockbyid": self.getblockbyid,
            "getaccount": self.getaccount,
            "getaccountresource": self.getaccountresource,
            "gettransactionbyid": self.gettransactionbyid,
            "gettransactioninfobyid": self.gettransactioninfobyid,
            "gettransactioninfobyblocknum": self.gettransactioninfobyblocknum,
            "triggerconstantcontract": self.triggerconstantcontract,
            "estimateenergy": self.estimateenergy,
            "getcontract": self.getcontract,
        }
        self.routes: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            **{f"/wallet/{k}": v for k, v in reads.items()},
            **{f"/walletsolidity/{k}": v for k, v in reads.items()},
            "/wallet/getchainparameters": self.getchainparameters,
            "/wallet/getnodeinfo": self.getnodeinfo,
            "/wallet/getsignweight": self.getsignweight,
            "/wallet/broadcasttransaction": self.broadcasttransaction,
            "/wallet/broadcasthex": self.broadcasthex,
            "/wallet/createtransaction": self.createtransaction,
            "/wallet/triggersmartcontract": self.triggersmartcontract,
            "/wallet/deploycontract": self.deploycontract,
            "/admin/setenergy": self.admin_setenergy,
            "/admin/produceblock": self.admin_produceblock,
            **staking_http.routes(self),
        }

    # ---------------------------------------------------------------- blocks
    def _block_json(self, b: Block, visible: bool) -> dict[str, Any]:
        raw: dict[str, Any] = {
            "txTrieRoot": "00" * 32,
            "witness_address": _show(bytes.fromhex("41" + "00" * 19 + "01"), visible),
            "parentHash": b.parent,
            "version": 30,
            "timestamp": b.timestamp,
        }
        if b.number:
            raw["number"] = b.number
        out: dict[str, Any] = {
            "blockID": b.block_id,
            "block_header": {"raw_data": raw, "witness_signature": "00" * 65},
        }
        if b.txids:
            out["transactions"] = [self._tx_json(t, visible) for t in b.txids]
        return out

    def _tx_json(self, txid: str, visible: bool) -> dict[str, Any]:
        tx = self.chain.transactions[txid]
        raw = tron_tx.raw_from_json(tx["raw_data"])
        out = tron_tx.transaction_json(
            raw, [bytes.fromhex(s) for s in tx.get("signature", [])], visible=visible
        )
        out["ret"] = tx["ret"]
        return out

    def getnowblock(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._block_json(self.chain.head, _visible(body))

    def getblockbynum(self, body: dict[str, Any]) -> dict[str, Any]:
        b = self.chain.block(int(body.get("num", 0)))
        return self._block_json(b, _visible(body)) if b else {}

    def getblockbyid(self, body: dict[str, Any]) -> dict[str, Any]:
        b = self.chain.block_by_id(str(body.get("value", "")))
        return self._block_json(b, _visible(body)) if b else {}

    def getnodeinfo(self, body: dict[str, Any]) -> dict[str, Any]:
        head = self.chain.head
        ref = f"Num:{head.number},ID:{head.block_id}"
        return {
            "beginSyncNum": head.number,
            "block": ref,
            "solidityBlock": ref,
            "currentConnectCount": 0,
            "activeConnectCount": 0,
            "passiveConnectCount": 0,
            "configNodeInfo": {"codeVersion": "kapchyk-devnode", "p2pVersion": "0"},
            "machineInfo": {},
        }

    def getchainparameters(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "chainParameter": [
                {"key": k, **({"value": v} if v else {})} for k, v in self.chain.params.items()
            ]
        }

    # ---------------------------------------------------------------- accounts
    def getaccount(self, body: dict[str, Any]) -> dict[str, Any]:
        acct = self.chain.account(_addr(body.get("address")))
        if acct is None:
            return {}
        vis = _visible(body)
        out: dict[str, Any] = {"address": _show(acct.address, vis), "create_time": acct.create_time}
        if acct.balance:
            out["balance"] = acct.balance
        if acct.is_contract:
            out["type"] = "Contract"
        now = self.chain.now_ms()
        used = self.chain.params["getFreeNetLimit"] - acct.free_net_left(
            now, self.chain.params["getFreeNetLimit"]
        )
        if used:
            out["free_net_usage"] = used
        out.update(self.chain.staking.account_fields(acct, now))
        return out

    def getaccountresource(self, body: dict[str, Any]) -> dict[str, Any]:
        acct = self.chain.account(_addr(body.get("address")))
        if acct is None:
            return {}
        p, now = self.chain.params, self.chain.now_ms()
        out = {
            "freeNetLimit": p["getFreeNetLimit"],
            "freeNetUsed": p["getFreeNetLimit"] - acct.free_net_left(now, p["getFreeNetLimit"]),
            "NetUsed": self.chain.staking.net_used(acct, now),
            "NetLimit": self.chain.staking.net_limit(acct),
            "EnergyLimit": self.chain.staking.energy_limit(acct),
            "EnergyUsed": self.chain.staking.energy_used(acct, now),
            "TotalNetLimit": p["getTotalNetLimit"],
            "TotalNetWeight": self.chain.staking.total_weight(BANDWIDTH),
            "TotalEnergyLimit": p["getTotalEnergyCurrentLimit"],
            "TotalEnergyWeight": self.chain.staking.total_weight(ENERGY),
        }
        return {k: v for k, v in out.items() if v}

    def admin_setenergy(self, body: dict[str, Any]) -> dict[str, Any]:
        """Devnode only: give an account staked energy (as if it had frozen TRX)."""
        acct = self.chain.account(_addr(body.get("address")))
        if acct is None:
            return {"Error": "account does not exist"}
        acct.energy_limit = int(body.get("energy_limit", 0))
        self.chain.staking.reset_energy(acct)
        return {"result": True}

    def admin_produceblock(self, body: dict[str, Any]) -> dict[str, Any]:
        b = self.chain.produce_block()
        return {"result": True, "number": b.number}

    # ---------------------------------------------------------------- transactions
    def gettransactionbyid(self, body: dict[str, Any]) -> dict[str, Any]:
        txid = str(body.get("value", "")).lower()
        if txid not in self.chain.transactions:
            return {}
        return self._tx_json(txid, _visible(body))

    def gettransactioninfobyid(self, body: dict[str, Any]) -> dict[str, Any]:
        info = self.chain.infos.get(str(body.get("value", "")).lower())
        if not info or "blockNumber" not in info:
            return {}  # unknown, or not in a block yet
        return info

    def gettransactioninfobyblocknum(self, body: dict[str, Any]) -> Any:
        """java-tron answers a JSON array (empty for a block without transactions)."""
        b = self.chain.block(int(body.get("num", 0)))
        return [self.chain.infos[t] for t in b.txids] if b else []

    def _reject(self, exc: Rejected, txid: str) -> dict[str, Any]:
        return {"code": exc.code, "txid": txid, "message": exc.message.encode().hex()}

    def broadcasttransaction(self, body: dict[str, Any]) -> dict[str, Any]:
        try:
            raw = tron_tx.raw_from_json(body["raw_data"])
        except (KeyError, tron_tx.TronTxError) as exc:
            return {"Error": f"class java.lang.IllegalArgumentException : {exc}"}
        txid = raw.txid
        try:
            self.chain.broadcast(body)
        except Rejected as exc:
            return self._reject(exc, txid)
        self.after_broadcast()
        return {"result": True, "txid": txid}

    def broadcasthex(self, body: dict[str, Any]) -> dict[str, Any]:
        try:
            hex_tx = str(body["transaction"])
            txid = tron_tx.decode_signed(bytes.fromhex(hex_tx)).raw.txid
        except (KeyError, ValueError) as exc:
            return {"Error": f"class java.lang.IllegalArgumentException : {exc}"}
        try:
            self.chain.broadcast_hex(hex_tx)
        except Rejected as exc:
            return self._reject(exc, txid)
        self.after_broadcast()
        return {"result": True, "txid": txid, "transaction": json.dumps(self._tx_json(txid, False))}

    def getsignweight(self, body: dict[str, Any]) -> dict[str, Any]:
        raw = tron_tx.raw_from_json(body["raw_data"])
        vis = _visible(body)
        owner = raw.owner
        return {
            "permission": {
                "type": "Owner",
                "permission_name": "owner",
                "threshold": 1,
                "keys": [{"address": _show(owner, vis), "weight": 1}],
            },
            "result": {"code": "NOT_ENOUGH_PERMISSION", "message": "Signature count is 0"},
            "transaction": {
                "result": {"result": True},
                "transaction": tron_tx.transaction_json(raw, visible=vis),
            },
        }

    def createtransaction(self, body: dict[str, Any]) -> dict[str, Any]:
        contract = tron_tx.Contract(
            "TransferContract",
            {
                "owner_address": _addr(body.get("owner_address")),
                "to_address": _addr(body.get("to_address")),
                "amount": int(body.get("amount", 0)),
            },
        )
        raw = self.chain.build(contract, memo=bytes.fromhex(body.get("extra_data", "")))
        return tron_tx.transaction_json(raw, visible=_visible(body))

    def _call_data(self, body: dict[str, Any]) -> bytes:
        if body.get("data"):
            return bytes.fromhex(body["data"])
        selector = body.get("function_selector", "")
        return keccak(selector.encode())[:4] + bytes.fromhex(body.get("parameter", ""))

    def triggersmartcontract(self, body: dict[str, Any]) -> dict[str, Any]:
        owner, target = _addr(body.get("owner_address")), _addr(body.get("contract_address"))
        if target not in self.chain.contracts:
            return {
                "result": {
                    "code": "CONTRACT_VALIDATE_ERROR",
                    "message": b"No contract or not a smart contract".hex(),
                }
            }
        contract = tron_tx.Contract(
            "TriggerSmartContract",
            {
                "owner_address": owner,
                "contract_address": target,
                "call_value": int(body.get("call_value", 0)),
                "data": self._call_data(body),
            },
        )
        raw = self.chain.build(contract, fee_limit=int(body.get("fee_limit", 0)))
        return {
            "result": {"result": True},
            "transaction": tron_tx.transaction_json(raw, visible=_visible(body)),
        }

    def deploycontract(self, body: dict[str, Any]) -> dict[str, Any]:
        abi = body.get("abi", "[]")
        entries = json.loads(abi) if isinstance(abi, str) else abi
        if isinstance(entries, dict):
            entries = entries.get("entrys", [])
        bytecode = bytes.fromhex(body["bytecode"]) + bytes.fromhex(body.get("parameter", ""))
        owner = _addr(body.get("owner_address"))
        contract = tron_tx.Contract(
            "CreateSmartContract",
            {
                "owner_address": owner,
                "new_contract": {
                    "origin_address": owner,
                    "abi": {"entrys": entries},
                    "bytecode": bytecode,
                    "name": body.get("name", ""),
                    "consume_user_resource_percent": int(
                        body.get("consume_user_resource_percent", 100)
                    ),
                    "origin_energy_limit": int(body.get("origin_energy_limit", 0)),
                },
            },
        )
        raw = self.chain.build(contract, fee_limit=int(body.get("fee_limit", 0)))
        return tron_tx.transaction_json(raw, visible=_visible(body))

    def triggerconstantcontract(self, body: dict[str, Any]) -> dict[str, Any]:
        owner = _addr(body["owner_address"]) if body.get("owner_address") else b""
        if not body.get("contract_address"):
            return constant_create(self.chain, owner, self._call_data(body), _visible(body))
        target = _addr(body.get("contract_address"))
        data = self._call_data(body)
        result = self.chain.constant_call(owner, target, data)
        if result is None:
            return {
                "result": {
                    "code": "CONTRACT_VALIDATE_ERROR",
                    "message": b"No contract or not a smart contract".hex(),
                }
            }
        contract = tron_tx.Contract(
            "TriggerSmartContract",
            {"owner_address": owner or bytes(21), "contract_address": target, "data": data},
        )
        raw = self.chain.build(contract)
        out: dict[str, Any] = {
            "energy_used": result.energy,
            "constant_result": [result.output.hex()],
            "transaction": tron_tx.transaction_json(raw, visible=_visible(body)),
        }
        if result.status == "SUCCESS":
            out["result"] = {"result": True}
        else:
            out["result"] = {
                "code": "CONTRACT_EXE_ERROR",
                "message": b"REVERT opcode executed".hex(),
            }
        return out

    def estimateenergy(self, body: dict[str, Any]) -> dict[str, Any]:
        out = self.triggerconstantcontract(body)
        if out.get("result", {}).get("result") is not True:
            return {"result": out["result"]}
        return {"result": {"result": True}, "energy_required": out["energy_used"]}

    def getcontract(self, body: dict[str, Any]) -> dict[str, Any]:
        addr = _addr(body.get("value"))
        c = self.chain.contracts.get(addr)
        if c is None:
            return {}
        vis = _visible(body)
        out = {
            "origin_address": _show(c["origin"], vis),
            "contract_address": _show(addr, vis),
            "abi": {"entrys": c["abi"]},
            "bytecode": c["bytecode"],
            "name": c["name"],
            "consume_user_resource_percent": c["percent"],
            "origin_energy_limit": c["origin_energy_limit"],
        }
        return {k: v for k, v in out.items() if v not in ("", 0, None)}


def make_handler(api: Api) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt: str, *args: Any) -> None:
            log.debug("%s " + fmt, self.address_string(), *args)

        def _answer(self, status: int, payload: Any) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _handle(self, body: dict[str, Any]) -> None:
            route = api.routes.get(urlsplit(self.path).path.rstrip("/"))
            if route is None:
                self._answer(404, {"Error": f"no such API: {self.path}"})
                return
            try:
                with api.chain.lock:
                    result = route(body)
            except (ValueError, KeyError, TypeError, tron_tx.TronTxError) as exc:
                log.info("devnode: bad request to %s", self.path, exc_info=True)
                result = {"Error": f"class java.lang.IllegalArgumentException : {exc}"}
            except Exception as exc:  # java-tron answers every failure with HTTP 200
                log.exception("devnode error")
                result = {"Error": f"class java.lang.Exception : {type(exc).__name__}"}
            self._answer(200, result)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            text = self.rfile.read(length).decode("utf-8") if length else ""
            try:
                body = json.loads(text) if text.strip() else {}
            except json.JSONDecodeError as exc:
                self._answer(200, {"Error": f"class com.alibaba.fastjson.JSONException : {exc}"})
                return
            self._handle(body if isinstance(body, dict) else {})

        def do_GET(self) -> None:
            if self.path.startswith("/v1/"):  # TronGrid's v1 API (trongrid_v1.py)
                host = self.headers.get("Host") or "127.0.0.1"
                self._answer(*trongrid_v1.answer(api.chain, self.path, f"http://{host}"))
                return
            self._handle(dict(parse_qsl(urlsplit(self.path).query)))

    return Handler


class DevnodeServer:
    def __init__(self, api: Api, port: int = 0) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), make_handler(api))
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, daemon=True, name="tron-devnode-http"
        )

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
