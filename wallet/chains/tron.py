"""The Tron client: java-tron's HTTP API behind the shared endpoint pool.

Transactions are built and hashed *here* (``wallet/core/tron_tx.py``) from the node's head block,
never taken from the node: tronpy 0.6.2's online builder asks the node for the txid it then signs,
so a lying node could get a signature over a transaction of its choosing. So only tronpy's
generated protobuf messages and ABI codec are used (in core/tron_tx), never its builder or its
provider, whose shared TronGrid API keys are never sent. The user's own TronGrid key, when set,
goes out as ``TRON-PRO-API-KEY``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from wallet.chains.endpoints import EndpointPool, request_timeout
from wallet.chains.errors import ChainError, NodeUnavailable
from wallet.core import addresses, tron_tx
from wallet.core.errors import term
from wallet.core.networks import Network, Token

log = logging.getLogger(__name__)

TIMEOUT = 10.0


class TronHttp:
    """One endpoint: POST JSON, transport failures as ``NodeUnavailable``."""

    def __init__(self, url: str, api_key: str | None = None) -> None:
        import requests

        self.url = url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Content-Type"] = "application/json"
        if api_key:
            self.session.headers["TRON-PRO-API-KEY"] = api_key
        self.requests = 0

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self._send("POST", path, json=body or {})

    def get(self, path: str, params: dict[str, Any]) -> Any:
        """A GET (TronGrid's v1 API); None when the endpoint has no such API (HTTP 404)."""
        return self._send("GET", path, params=params, missing_ok=True)

    def _send(self, method: str, path: str, missing_ok: bool = False, **kwargs: Any) -> Any:
        import requests

        from wallet.chains.evm_provider import REQUESTS

        self.requests += 1
        REQUESTS.add()
        try:
            resp = self.session.request(
                method, self.url + path, timeout=request_timeout(TIMEOUT), **kwargs
            )
        except requests.Timeout:
            raise NodeUnavailable(term("timed out")) from None
        except requests.ConnectionError:
            raise NodeUnavailable(term("connection failed")) from None
        if resp.status_code == 429:
            retry = resp.headers.get("Retry-After")
            raise NodeUnavailable(
                term("rate limited (HTTP 429)"), float(retry) if retry and retry.isdigit() else None
            )
        if resp.status_code == 404 and missing_ok:
            return None
        if resp.status_code >= 500 or resp.status_code in (403, 404):
            raise NodeUnavailable(f"HTTP {resp.status_code}")
        try:
            doc = resp.json()
        except ValueError:
            raise NodeUnavailable(term("the answer was not valid JSON")) from None
        if not isinstance(doc, dict | list):
            raise NodeUnavailable("the answer was not JSON object or array")
        return doc


@dataclass(frozen=True)
class Resources:
    free_net_left: int  # the free daily bandwidth left plus the bandwidth left from stake
    energy_left: int
    staked_net_left: int = 0  # of which: bandwidth from staked or lent TRX

    def covers_bandwidth(self, size: int) -> bool:
        """Whether a transaction of ``size`` bytes burns no TRX for bandwidth: java-tron's
        BandwidthProcessor takes it whole from the stake's bandwidth, else whole from the free
        daily bandwidth, else burns — never part from each."""
        return self.staked_net_left >= size or self.free_net_left - self.staked_net_left >= size


@dataclass(frozen=True)
class Balances:
    block: int
    amounts: dict[tuple[str, str | None], int | None]


@dataclass(frozen=True)
class Simulation:
    ok: bool
    energy: int
    output: bytes
    message: str  # the node's failure text (for the log), "" on success


def simulation_of(doc: dict[str, Any]) -> Simulation:
    """A ``triggerconstantcontract`` answer (java-tron's shape) as a ``Simulation``."""
    result = doc.get("result") or {}
    try:
        output = bytes.fromhex((doc.get("constant_result") or [""])[0])
    except (ValueError, TypeError):
        output = b""
    message = ""
    if result.get("message"):
        try:
            message = bytes.fromhex(result["message"]).decode("utf-8", "replace")
        except ValueError:
            message = str(result["message"])
    ok = result.get("result") is True and not message
    return Simulation(ok, int(doc.get("energy_used", 0)), output, message)


def _genesis_id(http: TronHttp) -> str:
    block = http.post("/wallet/getblockbynum", {"num": 0})
    if "blockID" not in block:
        raise NodeUnavailable("no genesis block")
    return str(block["blockID"])


def checked_raw(doc: dict[str, Any]) -> tron_tx.RawTx:
    """``raw_data`` of a node-built transaction, its ``raw_data_hex`` and ``txID`` checked."""
    raw = tron_tx.raw_from_json(doc.get("raw_data", {}))
    hex_form = doc.get("raw_data_hex")
    if hex_form is not None and (
        tron_tx.decode_raw(bytes.fromhex(hex_form)).encode() != raw.encode()
        or doc.get("txID") != raw.txid
    ):
        raise tron_tx.TronTxError("the node's raw_data_hex or txID does not match raw_data")
    return raw


class TronClient:
    kind = "tron"

    def __init__(
        self,
        network: Network,
        *,
        endpoints: Sequence[str] | None = None,
        api_key: str | None = None,
        preferred: str | None = None,
        on_good: Callable[[str], None] | None = None,
    ) -> None:
        self.network = network
        self.pool: EndpointPool[TronHttp] = EndpointPool(
            network.name,
            list(endpoints or network.endpoints),
            lambda url: TronHttp(url, api_key),
            _genesis_id,
            network.genesis_block_id,
            height=lambda h: int(
                h.post("/wallet/getnowblock")["block_header"]["raw_data"].get("number", 0)
            ),
            preferred=preferred,
            on_good=on_good,
        )
        self._params: dict[str, int] | None = None
        self._balance_way: dict[str, str] = {}  # endpoint URL → tron_balances way

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        doc = self.pool.call(lambda h: h.post(path, body), what=path)
        if isinstance(doc, dict) and "Error" in doc:
            log.info("%s %s: node error %s", self.network.name, path, doc["Error"])
            raise ChainError(
                "the {network} node refused the request (details are in the log)",
                network=self.network.name,
            )
        return doc

    # ---------------------------------------------------------------- chain
    def head(self) -> tuple[int, str, int]:
        """(number, block id, timestamp ms) of the head block."""
        b = self.post("/wallet/getnowblock")
        raw = b["block_header"]["raw_data"]
        return int(raw.get("number", 0)), b["blockID"], int(raw["timestamp"])

    def block_number(self) -> int:
        return self.head()[0]

    def params(self) -> dict[str, int]:
        """Chain parameters (energy and bandwidth prices…), read at run time, cached."""
        if self._params is None:
            doc = self.post("/wallet/getchainparameters")
            self._params = {p["key"]: int(p.get("value", 0)) for p in doc.get("chainParameter", [])}
        return self._params

    def account(self, address: str) -> dict[str, Any]:
        return self.post("/wallet/getaccount", {"address": address, "visible": True})

    def resources(self, address: str) -> Resources:
        r = self.post("/wallet/getaccountresource", {"address": address, "visible": True})
        staked = max(int(r.get("NetLimit", 0)) - int(r.get("NetUsed", 0)), 0)
        return Resources(
            free_net_left=max(int(r.get("freeNetLimit", 0)) - int(r.get("freeNetUsed", 0)), 0)
            + staked,
            energy_left=max(int(r.get("EnergyLimit", 0)) - int(r.get("EnergyUsed", 0)), 0),
            staked_net_left=staked,
        )

    def simulate(self, owner: str, contract: str, data: bytes) -> Simulation:
        doc = self.post(
            "/wallet/triggerconstantcontract",
            {
                "owner_address": owner,
                "contract_address": contract,
                "data": data.hex(),
                "visible": True,
            },
        )
        return simulation_of(doc)

    def call_uint(self, contract: str, data: bytes, owner: str | None = None) -> int | None:
        sim = self.simulate(owner or contract, contract, data)
        return int.from_bytes(sim.output[:32], "big") if sim.ok and len(sim.output) >= 32 else None

    # ---------------------------------------------------------------- balances
    def native_balance(self, owner: str) -> int:
        return int(self.account(owner).get("balance", 0))

    def balances(self, owners: Sequence[str], tokens: Sequence[Token]) -> Balances:
        """TRX + each token per owner, in one request (``tron_balances``: the deployless
        checker, else Multicall3, else single reads; the way that works is kept per endpoint)."""
        return self.pool.call(lambda h: self._balances_on(h, owners, tokens), what="balances")

    def _balances_on(
        self, http: TronHttp, owners: Sequence[str], tokens: Sequence[Token]
    ) -> Balances:
        from wallet.chains import tron_balances as tb

        way = self._balance_way.get(http.url, tb.CHECKER)
        if way == tb.CHECKER:
            try:
                return Balances(*tb.read_with_checker(http, owners, tokens))
            except tb.WayRefused as exc:
                log.info("%s %s: no deployless calls (%s)", self.network.name, http.url, exc)
                way = self._balance_way[http.url] = tb.MULTICALL
        if way == tb.MULTICALL and self.network.multicall3:
            try:
                return Balances(
                    *tb.read_with_multicall(http, self.network.multicall3, owners, tokens)
                )
            except tb.WayRefused as exc:
                log.info("%s %s: no Multicall3 (%s)", self.network.name, http.url, exc)
        self._balance_way[http.url] = tb.SINGLE
        return self._single_balances(owners, tokens)

    def _single_balances(self, owners: Sequence[str], tokens: Sequence[Token]) -> Balances:
        from wallet.chains.evm import call_data

        amounts: dict[tuple[str, str | None], int | None] = {}
        number = self.block_number()
        for owner in owners:
            amounts[(owner, None)] = self.native_balance(owner)
            for tok in tokens:
                data = call_data("balanceOf(address)", ["address"], [addresses.to_evm(owner)])
                amounts[(owner, tok.contract)] = self.call_uint(tok.contract, data, owner)
        return Balances(number, amounts)

    def balances_everywhere(self, owners: Sequence[str], tokens: Sequence[Token]) -> list[Balances]:
        """The same balances from up to two different endpoints (to confirm a surprising one)."""
        return [b for _, b in self.pool.everywhere(lambda: self.balances(owners, tokens))]

    def token_metadata(self, contract: str) -> tuple[str, str, int]:
        from eth_abi import decode as abi_decode

        from wallet.chains.evm import call_data

        out = []
        for sig in ("symbol()", "name()", "decimals()"):
            sim = self.simulate(contract, contract, call_data(sig))
            if not sim.ok:
                raise ChainError(
                    "the contract at {address} is not a TRC-20 token", address=contract
                )
            out.append(sim.output)
        (symbol,) = abi_decode(["string"], out[0])
        (name,) = abi_decode(["string"], out[1])
        return symbol, name, int.from_bytes(out[2][:32], "big")

    # ---------------------------------------------------------------- transactions
    def build(
        self,
        contract: tron_tx.Contract,
        *,
        fee_limit: int = 0,
        memo: bytes = b"",
        lifetime_ms: int = 10 * 60_000,
    ) -> tron_tx.RawTx:
        """A transaction built here, referencing the head block (TAPOS)."""
        number, block_id, timestamp = self.head()
        block = bytes.fromhex(block_id)
        return tron_tx.RawTx(
            ref_block_bytes=number.to_bytes(8, "big")[6:8],
            ref_block_hash=block[8:16],
            expiration=timestamp + lifetime_ms,
            timestamp=timestamp,
            contracts=[contract],
            fee_limit=fee_limit,
            data=memo,
        )

    def node_built(self, contract: tron_tx.Contract, *, fee_limit: int = 0) -> tron_tx.RawTx:
        """The same transaction as the node builds it (to cross-check the node, never signed)."""
        v = contract.value
        if contract.type == "TransferContract":
            doc = self.post(
                "/wallet/createtransaction",
                {
                    "owner_address": v["owner_address"].hex(),
                    "to_address": v["to_address"].hex(),
                    "amount": v["amount"],
                },
            )
        else:
            doc = self.post(
                "/wallet/triggersmartcontract",
                {
                    "owner_address": v["owner_address"].hex(),
                    "contract_address": v["contract_address"].hex(),
                    "data": v["data"].hex(),
                    "fee_limit": fee_limit,
                    "call_value": v.get("call_value", 0),
                },
            )
            doc = doc.get("transaction", {})
        return checked_raw(doc)

    def broadcast_hex(self, signed: bytes) -> dict[str, Any]:
        return self.pool.call(
            lambda h: h.post("/wallet/broadcasthex", {"transaction": signed.hex()}),
            what="broadcast",
        )

    def transaction_info(self, txid: str) -> dict[str, Any]:
        return self.post("/wallet/gettransactioninfobyid", {"value": txid})

    def block_infos(self, number: int) -> list[dict[str, Any]]:
        """Receipts (with event logs) of every transaction in block ``number``."""
        doc = self.post("/wallet/gettransactioninfobyblocknum", {"num": number})
        return doc if isinstance(doc, list) else []

    def transaction(self, txid: str) -> dict[str, Any]:
        return self.post("/wallet/gettransactionbyid", {"value": txid, "visible": True})
