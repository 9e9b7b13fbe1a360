"""Token-transfer history per account, by exact contract (never by symbol).

Sources are pluggable. Range sources read blocks ``from_block..to_block``: node logs
(``eth_getLogs`` in bounded ranges) and, on a Tron node without an indexer, a bounded scan of
recent blocks. Paged sources read an indexer page by page, each page stored with its cursor so a
sync resumes where it stopped: TronGrid's v1 API (``history_trongrid``; TRX too), Etherscan's
V2 API and, without an API key or a node that serves logs, the wallet's own sends from the
journal (``history_etherscan``). ``History.notices`` says, per network, when the source used
cannot see everything (``NOTICES``). Zero-value and dust transfers *to* the account are hidden
by default: they are the usual address-poisoning spam.

A send whose token takes a fee for its owner shows as two logs; when the account is that owner
(the devnet demo wallet issues the test tokens) the fee comes back "to yourself" in the same
transaction, and ``rows`` folds that own-fee row into the send. ``details`` adds what the chain
logs do not say: the fee paid and the status (from the send journal), the payee's name (address
book) and the payment request a transfer paid; the CSV carries them with ISO-8601 timestamps.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Protocol

from wallet.chains.evm import TRANSFER_TOPIC
from wallet.core import addresses
from wallet.core.amounts import format_plain
from wallet.core.networks import Network, Registry, Token
from wallet.services.history_trongrid import Cursor, NoIndexer
from wallet.store.db import transaction
from wallet.store.files import csv_text, write_atomic
from wallet.store.settings import get_setting, set_setting

log = logging.getLogger(__name__)

LOG_RANGE = 5_000  # blocks per eth_getLogs request
FIRST_SCAN_LOOKBACK = 200_000  # blocks looked back on an account's first scan
TRON_FIRST_SCAN_BLOCKS = 2_000  # Tron blocks are read one request each (no indexer)

#: History.notices codes → the English text (the GUI has its own translated texts)
NOTICES = {
    "needs_trongrid": "this Tron endpoint has no TronGrid v1 API: only the last {blocks} blocks "
    "were searched; older transfers need a TronGrid-style endpoint (e.g. https://api.trongrid.io)",
    "needs_api_key": "{network} nodes do not serve logs: only this wallet's own sends are shown; "
    "for the full history get a free API key at https://etherscan.io/myapikey and save it with "
    "`kapchyk endpoints api-key --network {network_id}` or in Settings",
}


@dataclass(frozen=True)
class Transfer:
    network_id: str
    txid: str
    log_index: int
    account: str
    direction: str  # in | out | self
    counterparty: str
    asset: str
    amount: int
    block: int | None  # None: the source gives only the time (TronGrid's TRC-20 transfers)
    timestamp: int | None


@dataclass(frozen=True)
class TransferDetails:
    """What a history row shows beside the transfer itself."""

    status: str  # confirmed (it is in a block), or the journal's status of our own send
    fee: int | None  # the fee the account paid, in the gas coin's base units (our sends only)
    label: str  # the counterparty's name in the address book, or ""
    request_id: int | None  # the payment request this transfer paid


def movement(account: Any, frm: Any, to: Any) -> tuple[str, Any] | None:
    """What a transfer from ``frm`` to ``to`` is to ``account`` (each in one spelling): its
    direction and the other side ("self" and the account itself when it sent to itself), or
    None when the account is neither side."""
    if account not in (frm, to):
        return None
    if frm == to:
        return "self", account
    return ("out", to) if frm == account else ("in", frm)


def iso_time(timestamp: int | None) -> str:
    """``2026-12-02T03:31:06Z`` (UTC), or "" when the block time is unknown."""
    if not timestamp:
        return ""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))


def fold_own_fees(rows: list[Transfer]) -> list[Transfer]:
    """Drop a "to yourself" row of the same transaction and token as one of the account's
    sends: the token's fee came back to the account as its owner (the send row already shows
    the balance's whole change)."""
    sends = {(t.network_id, t.txid, t.account, t.asset) for t in rows if t.direction == "out"}
    return [
        t
        for t in rows
        if not (t.direction == "self" and (t.network_id, t.txid, t.account, t.asset) in sends)
    ]


class HistorySource(Protocol):
    def transfers(
        self, account: str, token: Token, from_block: int, to_block: int
    ) -> list[Transfer]: ...


class PagedSource(Protocol):
    native: bool  # also lists native-coin transfers (token None)

    def pages(
        self, account: str, token: Token | None, cursor: Cursor, head: int
    ) -> Iterator[tuple[list[Transfer], Cursor]]: ...


def _topic(address: str) -> str:
    return "0x" + "00" * 12 + addresses.account_id(address).hex()


class NodeLogsSource:
    """``eth_getLogs`` on the network's nodes, in ranges of ``LOG_RANGE`` blocks."""

    def __init__(self, net: Network, client: Any) -> None:
        self.net = net
        self.client = client

    def transfers(
        self, account: str, token: Token, from_block: int, to_block: int
    ) -> list[Transfer]:
        out: list[Transfer] = []
        start = from_block
        while start <= to_block:
            end = min(start + LOG_RANGE - 1, to_block)
            for topics in (
                [TRANSFER_TOPIC, _topic(account)],
                [TRANSFER_TOPIC, None, _topic(account)],
            ):
                logs = self.client.get_logs(
                    {
                        "address": token.contract,
                        "fromBlock": start,
                        "toBlock": end,
                        "topics": topics,
                    }
                )
                out += [self._transfer(account, token, lg) for lg in logs]
            start = end + 1
        unique = {(t.txid, t.log_index): t for t in out}
        # logs carry no time: one header read per block that holds a transfer of ours
        times = {b: self.client.block_timestamp(b) for b in sorted({t.block for t in out})}
        return sorted(
            (replace(t, timestamp=times[t.block]) for t in unique.values()),
            key=lambda t: (t.block, t.log_index),
        )

    def _transfer(self, account: str, token: Token, lg: dict[str, Any]) -> Transfer:
        topics = lg["topics"]
        frm = addresses.evm_checksum(bytes(topics[1])[-20:])
        to = addresses.evm_checksum(bytes(topics[2])[-20:])
        amount = int.from_bytes(bytes(lg["data"])[:32], "big")
        # the logs were asked for by the account's topic: it is one side of each
        direction, other = movement(account, frm, to) or ("in", frm)
        txid = lg["transactionHash"]
        txid = txid if isinstance(txid, str) else "0x" + bytes(txid).hex()
        return Transfer(
            self.net.id,
            txid,
            int(lg["logIndex"]),
            account,
            direction,
            other,
            token.contract,
            amount,
            int(lg["blockNumber"]),
            None,
        )


class TronBlocksSource:
    """TRC-20 ``Transfer`` events read block by block from a Tron node's receipts
    (``gettransactioninfobyblocknum``: one request per block, shared by every account and token
    of a sync). Right for the devnet and short gaps; for mainnet history use an indexer
    (TronGrid's v1 API) through the same interface."""

    def __init__(self, net: Network, client: Any) -> None:
        self.net = net
        self.client = client
        self._cache: dict[int, list[dict[str, Any]]] = {}

    def transfers(
        self, account: str, token: Token, from_block: int, to_block: int
    ) -> list[Transfer]:
        topic = TRANSFER_TOPIC[2:]
        contract = addresses.account_id(token.contract).hex()
        me = addresses.account_id(account)
        out = []
        for number in range(from_block, to_block + 1):
            if number not in self._cache:
                self._cache[number] = self.client.block_infos(number)
            for info in self._cache[number]:
                if info.get("receipt", {}).get("result", "SUCCESS") != "SUCCESS":
                    continue
                for i, lg in enumerate(info.get("log", [])):
                    topics = lg.get("topics", [])
                    if (
                        lg.get("address", "").lower() != contract
                        or len(topics) != 3
                        or topics[0] != topic
                    ):
                        continue
                    frm, to = bytes.fromhex(topics[1])[-20:], bytes.fromhex(topics[2])[-20:]
                    moved = movement(me, frm, to)
                    if moved is None:
                        continue
                    direction, other = moved
                    out.append(
                        Transfer(
                            self.net.id,
                            info["id"],
                            i,
                            account,
                            direction,
                            addresses.tron_from_id(other),
                            token.contract,
                            int(lg.get("data") or "0", 16),
                            number,
                            int(info.get("blockTimeStamp", 0)) // 1000 or None,
                        )
                    )
        return out


def is_dust(t: Transfer, decimals: int) -> bool:
    """Inbound zero-value or below 0.01 of the token: hidden by default (poisoning spam)."""
    return t.direction == "in" and t.amount < 10 ** max(decimals - 2, 0)


class History:
    def __init__(self, registry: Registry, db: sqlite3.Connection, clients: Any) -> None:
        self.registry = registry
        self.db = db
        self.clients = clients
        #: network id → NOTICES code, set by the last sync of that network
        self.notices: dict[str, str] = {}
        self._rowid_before = 0  # rows up to here were stored before the running sync

    def notice_text(self, network_id: str) -> str | None:
        code = self.notices.get(network_id)
        if code is None:
            return None
        return NOTICES[code].format(
            blocks=TRON_FIRST_SCAN_BLOCKS,
            network=self.registry.network(network_id).name,
            network_id=network_id,
        )

    # ---------------------------------------------------------------- sources
    def source(self, net: Network) -> HistorySource | PagedSource:
        client = self.clients.get(net.id)
        if net.kind == "tron":
            if net.history_source == "trongrid":
                from wallet.services.history_trongrid import TronGridSource

                return TronGridSource(net, client, self._bare_endpoints(net))
            return TronBlocksSource(net, client)
        if net.history_source == "explorer":
            from wallet.services import history_etherscan as es

            key = self.clients.api_key(net.id) if hasattr(self.clients, "api_key") else None
            if key:
                return es.EtherscanV2Source(net, key)
            if not self._node_allows_logs(net, client):
                return es.JournalSource(net, self.db)
        return NodeLogsSource(net, client)

    def _bare_endpoints(self, net: Network) -> set[str]:
        return set(get_setting(self.db, f"history.no_v1.{net.id}", []))

    def _node_allows_logs(self, net: Network, client: Any) -> bool:
        """Probed once per network and remembered (a network's public nodes agree)."""
        from wallet.services.history_etherscan import node_allows_logs

        key = f"history.node_logs.{net.id}"
        known = get_setting(self.db, key)
        if known is None:
            known = node_allows_logs(client)
            if known is not None:
                set_setting(self.db, key, known)
        return bool(known)

    # ---------------------------------------------------------------- sync
    def sync(self, network_id: str, accounts: Iterable[str]) -> int:
        """Fetch new transfers for ``accounts`` on one network; returns how many were new."""
        net = self.registry.network(network_id)
        client = self.clients.get(net.id)
        head = client.block_number()
        source = self.source(net)
        self._restart_if_source_changed(net, source)
        self._rowid_before = self.db.execute(
            "SELECT COALESCE(MAX(rowid), 0) FROM history"
        ).fetchone()[0]
        self.notices.pop(net.id, None)
        accounts = list(accounts)
        if hasattr(source, "pages"):
            try:
                return self._sync_pages(net, source, accounts, head)
            except NoIndexer as exc:  # a bare java-tron node: remember it, scan recent blocks
                bare = sorted(self._bare_endpoints(net) | {exc.url})
                set_setting(self.db, f"history.no_v1.{net.id}", bare)
                source = TronBlocksSource(net, client)
        if isinstance(source, TronBlocksSource) and net.history_source == "trongrid":
            self.notices[net.id] = "needs_trongrid"
        new = 0
        for account in accounts:
            for token in self.registry.tokens(net.id):
                start = self._cursor(net.id, account, token.contract, head).next_block
                if start > head:
                    continue
                found = source.transfers(account, token, start, head)
                new += self._store(net, account, token.contract, found, Cursor(head + 1))
        return new

    def ever_synced(self, accounts: Iterable[str]) -> bool:
        """True once any of these addresses has been looked up on its network."""
        wanted = list(accounts)
        if not wanted:
            return False
        marks = ",".join("?" * len(wanted))
        sql = f"SELECT 1 FROM history_cursor WHERE account IN ({marks}) LIMIT 1"  # noqa: S608
        return self.db.execute(sql, wanted).fetchone() is not None

    def _restart_if_source_changed(self, net: Network, source: object) -> None:
        """Cursors belong to the source that wrote them: when another one takes over (an
        explorer key was added, an endpoint with an indexer replaced a bare node) it starts
        from the beginning; rows already stored are not duplicated."""
        key, kind = f"history.source.{net.id}", type(source).__name__
        if get_setting(self.db, key) != kind:
            with transaction(self.db):
                self.db.execute("DELETE FROM history_cursor WHERE network_id = ?", (net.id,))
                set_setting(self.db, key, kind)

    def _sync_pages(self, net: Network, source: PagedSource, accounts: list[str], head: int) -> int:
        from wallet.services.history_etherscan import JournalSource

        if isinstance(source, JournalSource):
            self.notices[net.id] = "needs_api_key"
        assets: list[Token | None] = list(self.registry.tokens(net.id))
        if source.native:
            assets.append(None)
        new = 0
        for account in accounts:
            for token in assets:
                asset = token.contract if token else ""
                cursor = self._cursor(net.id, account, asset, head, paged=True)
                for found, after in source.pages(account, token, cursor, head):
                    new += self._store(net, account, asset, found, after)
        return new

    def _store(
        self, net: Network, account: str, asset: str, found: list[Transfer], cursor: Cursor
    ) -> int:
        """The transfers of one page and the cursor after them, in one transaction.

        Sources number the transfers of a transaction differently (a block's log index, or the
        transfer's place in the transaction where an indexer gives no index): a transfer stored
        by an earlier sync — same transaction, account, token, direction, counterparty and
        amount — is not stored again under another number."""
        new = 0
        with transaction(self.db):
            for t in found:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO history SELECT ?,?,?,?,?,?,?,?,?,?,? WHERE NOT EXISTS "
                    "(SELECT 1 FROM history WHERE network_id = ? AND txid = ? AND account = ? "
                    "AND asset = ? AND direction = ? AND counterparty = ? AND amount = ? "
                    "AND rowid <= ?)",
                    (
                        t.network_id,
                        t.txid,
                        t.log_index,
                        t.account,
                        t.direction,
                        t.counterparty,
                        t.asset,
                        str(t.amount),
                        t.block,
                        t.timestamp,
                        "confirmed",
                        t.network_id,
                        t.txid,
                        t.account,
                        t.asset,
                        t.direction,
                        t.counterparty,
                        str(t.amount),
                        self._rowid_before,
                    ),
                )
                new += cur.rowcount
            self.db.execute(
                "INSERT INTO history_cursor VALUES (?,?,?,?,?,?) ON CONFLICT (network_id, "
                "account, asset) DO UPDATE SET next_block = excluded.next_block, "
                "min_timestamp = excluded.min_timestamp, fingerprint = excluded.fingerprint",
                (
                    net.id,
                    account,
                    asset,
                    cursor.next_block or 0,
                    cursor.min_timestamp,
                    cursor.fingerprint,
                ),
            )
        return new

    def _cursor(
        self, network_id: str, account: str, asset: str, head: int, *, paged: bool = False
    ) -> Cursor:
        row = self.db.execute(
            "SELECT next_block, min_timestamp, fingerprint FROM history_cursor WHERE "
            "network_id = ? AND account = ? AND asset = ?",
            (network_id, account, asset),
        ).fetchone()
        if row is not None:
            return Cursor(row[0], row[1], row[2])
        if paged:  # an indexer: the whole history on the first sync
            return Cursor()
        lookback = (
            FIRST_SCAN_LOOKBACK
            if self.registry.network(network_id).kind == "evm"
            else TRON_FIRST_SCAN_BLOCKS
        )
        return Cursor(max(head - lookback, 0))

    def rows(
        self,
        network_id: str | None = None,
        account: str | None = None,
        *,
        include_dust: bool = False,
    ) -> list[Transfer]:
        sql, params = "SELECT * FROM history WHERE 1=1", []
        if network_id:
            sql += " AND network_id = ?"
            params.append(network_id)
        if account:
            sql += " AND account = ?"
            params.append(account)
        out = []
        order = " ORDER BY COALESCE(timestamp, 0) DESC, COALESCE(block, 0) DESC, log_index DESC"
        for r in self.db.execute(sql + order, params):
            t = Transfer(
                r["network_id"],
                r["txid"],
                r["log_index"],
                r["account"],
                r["direction"],
                r["counterparty"],
                r["asset"],
                int(r["amount"]),
                r["block"],
                r["timestamp"],
            )
            if include_dust or not is_dust(t, self._decimals(t)):
                out.append(t)
        return fold_own_fees(out)

    def details(self, rows: list[Transfer]) -> dict[tuple[str, str, str], TransferDetails]:
        """Status, fee, payee name and paid request per (network id, txid, account) of ``rows``
        (a transfer between two own accounts is two rows: only the sender's has the fee)."""
        journal = {
            (r["network_id"], r["txid"]): r
            for r in self.db.execute(
                "SELECT network_id, txid, sender, status, fee_paid FROM tx_journal"
            )
        }
        names = {
            (r["network_id"], r["address"].lower()): r["label"]
            for r in self.db.execute("SELECT network_id, address, label FROM address_book")
        }
        paid = {
            (r["network_id"], r["paid_txid"]): r["id"]
            for r in self.db.execute(
                "SELECT id, network_id, paid_txid FROM payment_requests WHERE paid_txid IS NOT NULL"
            )
        }
        out = {}
        for t in rows:
            key = (t.network_id, t.txid)
            sent = journal.get(key)
            paid_by_it = sent is not None and sent["sender"].lower() == t.account.lower()
            out[(*key, t.account)] = TransferDetails(
                status=sent["status"] if sent is not None else "confirmed",
                fee=int(sent["fee_paid"]) if paid_by_it and sent["fee_paid"] else None,
                label=names.get((t.network_id, t.counterparty.lower()), ""),
                request_id=paid.get(key),
            )
        return out

    def _decimals(self, t: Transfer) -> int:
        if t.asset == "":
            return self.registry.network(t.network_id).native.decimals
        for tok in self.registry.tokens(t.network_id):
            if tok.contract == t.asset:
                return tok.decimals
        return 18

    def _symbol(self, t: Transfer) -> str:
        if t.asset == "":
            return self.registry.network(t.network_id).native.symbol
        for tok in self.registry.tokens(t.network_id):
            if tok.contract == t.asset:
                return tok.symbol
        return "?"

    def to_csv(self, rows: list[Transfer]) -> str:
        header = [
            "timestamp",
            "network",
            "block",
            "txid",
            "account",
            "direction",
            "counterparty",
            "token",
            "contract",
            "amount",
            "fee",
            "fee_token",
            "status",
            "label",
            "request_id",
            "explorer",
        ]
        out = []
        details = self.details(rows)
        for t in rows:
            net = self.registry.network(t.network_id)
            d = details[(t.network_id, t.txid, t.account)]
            out.append(
                [
                    iso_time(t.timestamp),
                    t.network_id,
                    "" if t.block is None else t.block,
                    t.txid,
                    t.account,
                    t.direction,
                    t.counterparty,
                    self._symbol(t),
                    t.asset,
                    format_plain(t.amount, self._decimals(t)),
                    "" if d.fee is None else format_plain(d.fee, net.native.decimals),
                    net.native.symbol if d.fee is not None else "",
                    d.status,
                    d.label,
                    "" if d.request_id is None else d.request_id,
                    net.explorer_url("tx", txid=t.txid) or "",
                ]
            )
        return csv_text(header, out)

    def export_csv(self, path: Any, rows: list[Transfer]) -> None:
        write_atomic(path, self.to_csv(rows), mode=0o644)
