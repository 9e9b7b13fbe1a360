"""TronGrid's v1 history API, served by the devnode from its own blocks.

The same requests and answers as TronGrid (https://developers.tron.network/reference/
get-trc20-transaction-info-by-account-address and .../get-transaction-info-by-account-address;
TRON-US/trongrid README):

- ``GET /v1/accounts/{address}/transactions/trc20``: TRC-20 ``Transfer`` events to or from the
  account, each ``{transaction_id, token_info {symbol, address, decimals, name},
  block_timestamp, from, to, type, value}`` (base58 addresses, value a decimal string);
- ``GET /v1/accounts/{address}/transactions``: the account's transactions as java-tron prints
  them (hex addresses) plus ``blockNumber``, ``block_timestamp`` and the fee fields.

Both answer ``{"data": [...], "success": true, "meta": {"at", "page_size"[, "fingerprint",
"links": {"next"}]}}``; ``fingerprint`` (only when there is a next page) continues the same
query. Options: ``limit`` (default 20, at most 200), ``fingerprint``, ``order_by``
(``block_timestamp,desc`` by default, or ``,asc``), ``min_timestamp``/``max_timestamp`` (ms,
inclusive; aliases ``min_block_timestamp``/``max_block_timestamp``), ``only_confirmed``,
``only_unconfirmed``, ``only_to``, ``only_from``, ``contract_address`` (trc20). Query names may be
camelCase, as TronGrid allows. Every transaction in a devnode block counts as confirmed.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from wallet.core import addresses
from wallet.core.errors import KapchykError

log = logging.getLogger(__name__)

TRANSFER_TOPIC = "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"
MAX_LIMIT = 200
_ROUTE = re.compile(r"^/v1/accounts/([^/]+)/transactions(/trc20)?/?$")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")
_token_info: dict[tuple[int, str], dict[str, Any]] = {}


def _error(status: int, text: str) -> tuple[int, dict[str, Any]]:
    return status, {"success": False, "error": text, "statusCode": status}


def _flag(q: dict[str, str], name: str) -> bool:
    return q.get(name, "false").lower() == "true"


def _id(text: str) -> bytes:
    try:
        return addresses.account_id(text)
    except KapchykError:
        raise ValueError(text) from None


def answer(chain: Any, url: str, base_url: str) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON answer) for a GET of ``url`` (path and query)."""
    parts = urlsplit(url)
    route = _ROUTE.match(parts.path)
    if route is None:
        return _error(404, f"no such API: {parts.path}")
    q = {_CAMEL.sub("_", k).lower(): v for k, v in parse_qsl(parts.query)}
    try:
        me = _id(route.group(1))
        contract = _id(q["contract_address"]) if q.get("contract_address") else None
    except ValueError as exc:
        return _error(400, f"Invalid address provided: {exc}")
    if _flag(q, "only_confirmed") and _flag(q, "only_unconfirmed"):
        return _error(400, "only_confirmed and only_unconfirmed cannot be used together")
    try:
        limit = min(max(int(q.get("limit", 20)), 1), MAX_LIMIT)
        low = int(q.get("min_timestamp", q.get("min_block_timestamp", 0)))
        high = int(q.get("max_timestamp", q.get("max_block_timestamp", 2**63)))
    except ValueError:
        return _error(400, "limit, min_timestamp and max_timestamp must be numbers")
    ascending = q.get("order_by", "block_timestamp,desc").lower().endswith(",asc")
    with chain.lock:
        if route.group(2):
            items = _trc20(chain, me, contract, q)
        else:
            items = _transactions(chain, me, q)
    if _flag(q, "only_unconfirmed"):
        items = []  # every transaction in a devnode block is confirmed
    items = [(key, item) for key, item in items if low <= item["block_timestamp"] <= high]
    items.sort(key=lambda ki: ki[0], reverse=not ascending)
    if q.get("fingerprint"):
        try:
            after = tuple(json.loads(base64.urlsafe_b64decode(q["fingerprint"].encode())))
        except ValueError:
            return _error(400, "Invalid fingerprint")
        items = [(k, i) for k, i in items if (k > after if ascending else k < after)]
    page, more = items[:limit], len(items) > limit
    meta: dict[str, Any] = {"at": chain.now_ms(), "page_size": len(page)}
    if more:
        fingerprint = base64.urlsafe_b64encode(json.dumps(list(page[-1][0])).encode()).decode()
        meta["fingerprint"] = fingerprint
        meta["links"] = {
            "next": base_url + parts.path + "?" + urlencode({**q, "fingerprint": fingerprint})
        }
    return 200, {"data": [item for _, item in page], "success": True, "meta": meta}


def _related(q: dict[str, str], me: bytes, frm: bytes, to: bytes) -> bool:
    """``only_to`` / ``only_from``; both (or neither) mean either way, as on TronGrid."""
    only_to, only_from = _flag(q, "only_to"), _flag(q, "only_from")
    if only_to == only_from:
        return me in (frm, to)
    return to == me if only_to else frm == me


def _blocks(chain: Any) -> Any:
    for block in chain.blocks:
        for pos, txid in enumerate(block.txids):
            yield block, pos, txid, chain.infos.get(txid, {})


def _trc20(chain: Any, me: bytes, contract: bytes | None, q: dict[str, str]) -> list:
    out = []
    for block, pos, txid, info in _blocks(chain):
        if info.get("receipt", {}).get("result", "SUCCESS") != "SUCCESS":
            continue
        for i, lg in enumerate(info.get("log", [])):
            topics = lg.get("topics", [])
            if len(topics) != 3 or topics[0] != TRANSFER_TOPIC:
                continue
            token = bytes.fromhex(lg["address"])
            frm, to = bytes.fromhex(topics[1])[-20:], bytes.fromhex(topics[2])[-20:]
            if contract is not None and token != contract:
                continue
            if not _related(q, me, frm, to):
                continue
            item = {
                "transaction_id": txid,
                "token_info": _info(chain, token),
                "block_timestamp": block.timestamp,
                "from": addresses.tron_from_id(frm),
                "to": addresses.tron_from_id(to),
                "type": "Transfer",
                "value": str(int(lg.get("data") or "0", 16)),
            }
            out.append(((block.number, pos, i), item))
    return out


def _info(chain: Any, token: bytes) -> dict[str, Any]:
    from eth_abi import decode as abi_decode
    from eth_hash.auto import keccak

    key = (id(chain), token.hex())
    if key not in _token_info:
        evm = addresses.evm_checksum(token)
        values: dict[str, Any] = {}
        for name, typ in (("symbol", "string"), ("decimals", "uint8"), ("name", "string")):
            try:
                raw = chain.engine.call("0x" + "00" * 20, evm, keccak(f"{name}()".encode())[:4])
                (values[name],) = abi_decode([typ], raw)
            except Exception as exc:  # no such metadata function: TronGrid leaves it empty
                log.debug("devnode v1: %s has no %s() (%s)", evm, name, type(exc).__name__)
        _token_info[key] = {
            "symbol": values.get("symbol", ""),
            "address": addresses.tron_from_id(token),
            "decimals": int(values.get("decimals", 0)),
            "name": values.get("name", ""),
        }
    return _token_info[key]


def _transactions(chain: Any, me: bytes, q: dict[str, str]) -> list:
    from wallet.core import tron_tx

    out = []
    for block, pos, txid, info in _blocks(chain):
        tx = chain.transactions.get(txid)
        if tx is None:
            continue
        raw = tron_tx.raw_from_json(tx["raw_data"])
        v = raw.contract.value
        frm = v.get("owner_address", b"")[1:]
        to = (v.get("to_address") or v.get("contract_address") or b"")[1:]
        if not _related(q, me, frm, to):
            continue
        receipt = info.get("receipt", {})
        item = tron_tx.transaction_json(
            raw, [bytes.fromhex(s) for s in tx.get("signature", [])], visible=False
        )
        item.pop("visible", None)
        item["ret"] = [{"contractRet": receipt.get("result", "SUCCESS"), "fee": info.get("fee", 0)}]
        item.update(
            {
                "blockNumber": block.number,
                "block_timestamp": block.timestamp,
                "net_usage": receipt.get("net_usage", 0),
                "net_fee": receipt.get("net_fee", 0),
                "energy_usage": receipt.get("energy_usage", 0),
                "energy_fee": receipt.get("energy_fee", 0),
                "energy_usage_total": receipt.get("energy_usage_total", 0),
                "internal_transactions": [],
            }
        )
        out.append(((block.number, pos, 0), item))
    return out
