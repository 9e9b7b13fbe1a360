"""Tron history from TronGrid's v1 API, as Tron wallets and explorers read it.

``GET /v1/accounts/{address}/transactions/trc20`` (per token, ``contract_address``) and
``/v1/accounts/{address}/transactions`` (TRX), ``only_confirmed=true``, oldest first
(``order_by=block_timestamp,asc``), 200 a page (the most TronGrid gives), continued with the
``fingerprint`` from ``meta`` (documented at developers.tron.network, "Get TRC20 transaction
info by account address" / "Get transaction info by account address"). After each page the
cursor — the newest ``block_timestamp`` seen and, mid-paging, the next page's fingerprint — is
kept in SQLite with the page's rows, so an interrupted sync resumes where it stopped and the
next sync asks only from the newest transfer already stored (``min_timestamp``, inclusive;
repeats are dropped by the history table's key).

TRC-20 transfers from TronGrid carry no block number: their rows have ``block`` None.
Full nodes without /v1 answer HTTP 404: ``NoIndexer`` (the caller falls back to a bounded scan
of recent blocks).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from wallet.core import addresses
from wallet.core.errors import KapchykError
from wallet.core.networks import Network, Token

PAGE = 200  # TronGrid's maximum `limit`


@dataclass(frozen=True)
class Cursor:
    """Where a paged source continues: next block (block sources and Etherscan), newest
    transfer time in ms (TronGrid) and the fingerprint of an unfinished paging."""

    next_block: int | None = None
    min_timestamp: int | None = None
    fingerprint: str | None = None


class NoIndexer(Exception):
    """The endpoint is a bare java-tron node: it has no TronGrid v1 API."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


class IndexerError(KapchykError):
    code = "history_indexer"


class TronGridSource:
    native = True  # also reads TRX transfers

    def __init__(self, net: Network, client: Any, bare: set[str] | frozenset[str] = frozenset()):
        self.net = net
        self.client = client
        self.bare = bare  # endpoint URLs known to have no /v1

    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        def run(http: Any) -> dict[str, Any]:
            if http.url in self.bare:
                raise NoIndexer(http.url)
            doc = http.get(path, params)
            if doc is None:
                raise NoIndexer(http.url)
            return doc

        doc = self.client.pool.call(run, what="history")
        if not isinstance(doc, dict) or doc.get("success") is not True:
            text = str(doc.get("error") if isinstance(doc, dict) else doc)[:200]
            raise IndexerError(
                "the {network} history service refused the request: {reason}",
                network=self.net.name,
                reason=text,
            )
        return doc

    def pages(
        self, account: str, token: Token | None, cursor: Cursor, head: int
    ) -> Iterator[tuple[list[Any], Cursor]]:
        """Pages of ``account``'s transfers of ``token`` (None: TRX) after ``cursor``, each
        with the cursor to store alongside it."""
        path = f"/v1/accounts/{account}/transactions" + ("/trc20" if token else "")
        low = cursor.min_timestamp or 0
        fingerprint = cursor.fingerprint
        newest = cursor.min_timestamp
        while True:
            params: dict[str, Any] = {
                "only_confirmed": "true",
                "limit": PAGE,
                "order_by": "block_timestamp,asc",
                "min_timestamp": low,
            }
            if token is not None:
                params["contract_address"] = token.contract
            if fingerprint:
                params["fingerprint"] = fingerprint
            doc = self._get(path, params)
            rows = doc.get("data") or []
            found = self._trc20(account, token, rows) if token else self._trx(account, rows)
            for r in rows:
                ts = int(r.get("block_timestamp") or 0)
                newest = max(newest or 0, ts) or newest
            fingerprint = (doc.get("meta") or {}).get("fingerprint") or None
            if fingerprint and rows:
                yield found, Cursor(head + 1, low, fingerprint)
                continue
            yield found, Cursor(head + 1, newest, None)
            return

    def _trc20(self, account: str, token: Token, rows: list[dict[str, Any]]) -> list[Any]:
        from wallet.services.history import Transfer, movement

        out, seen = [], {}
        for r in rows:
            info = r.get("token_info") or {}
            if r.get("type") != "Transfer" or not info.get("address"):
                continue
            if addresses.account_id(info["address"]) != addresses.account_id(token.contract):
                continue  # exact contract only, never by symbol
            moved = movement(account, addresses.to_tron(r["from"]), addresses.to_tron(r["to"]))
            if moved is None:
                continue
            direction, other = moved
            txid = str(r["transaction_id"])
            index = seen[txid] = seen.get(txid, -1) + 1  # TronGrid gives no log index
            out.append(
                Transfer(
                    self.net.id,
                    txid,
                    index,
                    account,
                    direction,
                    other,
                    token.contract,
                    int(r["value"]),
                    None,
                    int(r["block_timestamp"]) // 1000,
                )
            )
        return out

    def _trx(self, account: str, rows: list[dict[str, Any]]) -> list[Any]:
        from wallet.services.history import Transfer

        out = []
        for r in rows:
            contracts = (r.get("raw_data") or {}).get("contract") or []
            ret = (r.get("ret") or [{}])[0]
            if len(contracts) != 1 or contracts[0].get("type") != "TransferContract":
                continue
            if ret.get("contractRet", "SUCCESS") != "SUCCESS":
                continue
            v = (contracts[0].get("parameter") or {}).get("value") or {}
            frm, to = addresses.to_tron(v["owner_address"]), addresses.to_tron(v["to_address"])
            if account not in (frm, to) or not int(v.get("amount", 0)):
                continue
            direction = "out" if frm == account else "in"
            out.append(
                Transfer(
                    self.net.id,
                    str(r["txID"]),
                    0,
                    account,
                    direction,
                    to if direction == "out" else frm,
                    "",
                    int(v["amount"]),
                    int(r["blockNumber"]) if r.get("blockNumber") is not None else None,
                    int(r["block_timestamp"]) // 1000,
                )
            )
        return out
