"""BNB Chain / Ethereum history from Etherscan's V2 multichain API, and the fallbacks.

``GET {url}?chainid=…&module=account&action=tokentx&contractaddress=…&address=…&startblock=…
&endblock=…&page=1&offset=1000&sort=asc&apikey=…`` (docs.etherscan.io/api-reference/endpoint/
tokentx) for each token, and ``action=txlist`` (…/endpoint/txlist: the account's normal
transactions) for the gas coin: those that moved BNB/ETH and did not fail (``isError`` "0").
BNB/ETH sent by a contract (an internal transaction, ``txlistinternal``) is not read.
Answers are ``{"status": "1", "message": "OK", "result": [...]}``; errors are ``status "0"``
with ``"No transactions found"`` (and an empty result) or ``"NOTOK"`` with the cause in
``result``: "Max rate limit reached…", "Invalid API Key", "Result window is too large,
PageNo x Offset size must be less than or equal to 10000" (docs.etherscan.io/
common-error-messages). Pages are read oldest first, 1,000 rows each (the free tier's cap per
request from July 2026); a full page continues from the block of its last row, so the window
limit is never reached, and each page's cursor is stored with its rows.

Without a key: node ``eth_getLogs`` where the network's nodes allow it (probed once per network
and remembered), else the wallet's own sends from the journal, with a notice saying how to get
a free key.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from typing import Any

from wallet.core import addresses
from wallet.core.networks import Network, Token
from wallet.services.history_trongrid import Cursor, IndexerError

log = logging.getLogger(__name__)

PAGE = 1_000
WINDOW = 10_000  # page × offset may not exceed this
TIMEOUT = 15.0


class ExplorerRateLimited(IndexerError):
    code = "explorer_rate_limited"


class ExplorerKeyRefused(IndexerError):
    code = "explorer_key"


class EtherscanV2Source:
    native = True  # the gas coin too (txlist)

    def __init__(self, net: Network, api_key: str, url: str | None = None) -> None:
        self.net = net
        self.api_key = api_key
        self.url = url or (net.history_api or {}).get("url", "https://api.etherscan.io/v2/api")

    def _get(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        import requests

        from wallet.chains.evm_provider import REQUESTS

        REQUESTS.add()
        try:  # the URL carries the key: never logged, never in a message
            resp = requests.get(
                self.url, params={**params, "apikey": self.api_key}, timeout=TIMEOUT
            )
        except requests.RequestException as exc:
            log.info("%s explorer: %s", self.net.name, type(exc).__name__)
            raise IndexerError(
                "cannot reach the {network} explorer API; check your internet connection",
                network=self.net.name,
            ) from None
        if resp.status_code == 429:
            raise self._rate_limited()
        try:
            doc = resp.json()
        except ValueError:
            doc = None
        if not isinstance(doc, dict) or "status" not in doc:
            raise IndexerError(
                "the {network} explorer API answered something unexpected (HTTP {status})",
                network=self.net.name,
                status=resp.status_code,
            )
        result = doc.get("result")
        if str(doc["status"]) == "1" and isinstance(result, list):
            return result
        if isinstance(result, list) and not result:
            return []  # "No transactions found"
        text = str(result if result else doc.get("message", ""))
        if "rate limit" in text.lower():
            raise self._rate_limited()
        if "api key" in text.lower():
            raise ExplorerKeyRefused(
                "the {network} explorer refused the API key; check the key in Settings or with "
                "`kapchyk endpoints api-key`",
                network=self.net.name,
            )
        raise IndexerError(
            "the {network} explorer API refused the request: {reason}",
            network=self.net.name,
            reason=text[:200],
        )

    def _rate_limited(self) -> ExplorerRateLimited:
        return ExplorerRateLimited(
            "the {network} explorer API is limiting requests; try again in a minute",
            network=self.net.name,
        )

    def pages(
        self, account: str, token: Token | None, cursor: Cursor, head: int
    ) -> Iterator[tuple[list[Any], Cursor]]:
        api = self.net.history_api or {}
        query: dict[str, Any] = {
            "chainid": api.get("chainid", self.net.chain_id),
            "module": "account",
            "action": "txlist" if token is None else "tokentx",
            "address": account,
        }
        if token is not None:
            query["contractaddress"] = token.contract
        start, page = cursor.next_block or 0, 1
        while True:
            rows = self._get(
                {
                    **query,
                    "startblock": start,
                    "endblock": head,
                    "page": page,
                    "offset": PAGE,
                    "sort": "asc",
                }
            )
            if token is None:
                found = self._coin_transfers(account, rows)
            else:
                found = self._transfers(account, token, rows)
            if len(rows) < PAGE:
                yield found, Cursor(head + 1)
                return
            last = int(rows[-1]["blockNumber"])
            if last == start:  # a whole page in one block: the next page of that block
                page += 1
                if page * PAGE > WINDOW:
                    raise IndexerError(
                        "block {block} of {network} holds more transfers than the explorer API "
                        "can list",
                        block=last,
                        network=self.net.name,
                    )
            else:
                start, page = last, 1
            yield found, Cursor(start)

    def _transfers(self, account: str, token: Token, rows: list[dict[str, Any]]) -> list[Any]:
        from wallet.services.history import Transfer, movement

        out, seen = [], {}
        for r in rows:
            if addresses.to_evm(r["contractAddress"]) != token.contract:
                continue  # exact contract only, never by symbol
            moved = movement(account, addresses.to_evm(r["from"]), addresses.to_evm(r["to"]))
            if moved is None:
                continue
            direction, other = moved
            txid = str(r["hash"])
            ordinal = seen[txid] = seen.get(txid, -1) + 1
            out.append(
                Transfer(
                    self.net.id,
                    txid,
                    int(r["logIndex"]) if str(r.get("logIndex", "")).isdigit() else ordinal,
                    account,
                    direction,
                    other,
                    token.contract,
                    int(r["value"]),
                    int(r["blockNumber"]),
                    int(r["timeStamp"]),
                )
            )
        return out

    def _coin_transfers(self, account: str, rows: list[dict[str, Any]]) -> list[Any]:
        """The gas coin moved by the account's normal transactions (txlist rows): a failed one
        moved nothing, nor did a call with no value."""
        from wallet.services.history import Transfer, movement

        out = []
        for r in rows:
            if str(r.get("isError", "0")) != "0" or str(r.get("txreceipt_status", "1")) == "0":
                continue
            if not int(r.get("value") or 0) or not r.get("to"):
                continue  # no value, or a contract creation (its value stays in the contract)
            moved = movement(account, addresses.to_evm(r["from"]), addresses.to_evm(r["to"]))
            if moved is None:
                continue
            direction, other = moved
            out.append(
                Transfer(
                    self.net.id,
                    str(r["hash"]),
                    COIN_INDEX,
                    account,
                    direction,
                    other,
                    "",
                    int(r["value"]),
                    int(r["blockNumber"]),
                    int(r["timeStamp"]),
                )
            )
        return out


COIN_INDEX = -1  # a transaction's own value: no log index (a token transfer in it may have 0)


class JournalSource:
    """The wallet's own confirmed sends, from the transaction journal (no network)."""

    native = False

    def __init__(self, net: Network, db: sqlite3.Connection) -> None:
        self.net = net
        self.db = db

    def pages(
        self, account: str, token: Token | None, cursor: Cursor, head: int
    ) -> Iterator[tuple[list[Any], Cursor]]:
        from wallet.services.history import Transfer

        asset = token.contract if token else ""
        rows = self.db.execute(
            "SELECT txid, recipient, amount, block, updated_at FROM tx_journal WHERE "
            "network_id = ? AND sender = ? AND asset = ? AND status = 'confirmed'",
            (self.net.id, account, asset),
        ).fetchall()
        yield (
            [
                Transfer(
                    self.net.id,
                    r["txid"],
                    0,
                    account,
                    "self" if r["recipient"] == account else "out",
                    r["recipient"],
                    asset,
                    int(r["amount"]),
                    r["block"],
                    None,
                )
                for r in rows
            ],
            Cursor(),  # no progress: an explorer key added later still reads everything
        )


def node_allows_logs(client: Any) -> bool | None:
    """Does the network's node answer ``eth_getLogs``? (BNB Chain's public nodes refuse it.)
    None when no node answered the probe at all (an error code the pool fails over on, such as
    -32005 "limit exceeded", or a node that is down): not known, asked again next time."""
    from web3.exceptions import Web3Exception

    from wallet.chains.errors import Offline
    from wallet.chains.evm import TRANSFER_TOPIC

    head = client.block_number()
    try:
        client.get_logs({"fromBlock": head, "toBlock": head, "topics": [TRANSFER_TOPIC]})
    except (Web3Exception, ValueError) as exc:
        log.info("%s: eth_getLogs refused (%s)", client.network.name, type(exc).__name__)
        return False
    except Offline:
        log.info("%s: no node answered eth_getLogs", client.network.name)
        return None
    return True
