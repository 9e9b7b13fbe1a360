"""The transaction journal: every signed transaction, written before it is broadcast."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

PENDING = ("signed", "broadcast")
FINAL = ("confirmed", "failed", "dropped", "replaced")


@dataclass(frozen=True)
class JournalEntry:
    id: int
    network_id: str
    sender: str
    nonce: int | None
    txid: str
    raw: str
    recipient: str
    asset: str
    amount: int
    fee_quoted: int
    fee_paid: int | None
    status: str
    reason: str
    replaces: int | None
    kind: str
    block: int | None
    confirmations: int
    memo: str
    created_at: int
    updated_at: int

    @property
    def pending(self) -> bool:
        return self.status in PENDING


def _entry(r: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        r["id"],
        r["network_id"],
        r["sender"],
        r["nonce"],
        r["txid"],
        r["raw"],
        r["recipient"],
        r["asset"],
        int(r["amount"]),
        int(r["fee_quoted"]),
        int(r["fee_paid"]) if r["fee_paid"] is not None else None,
        r["status"],
        r["reason"],
        r["replaces"],
        r["kind"],
        r["block"],
        r["confirmations"],
        r["memo"],
        r["created_at"],
        r["updated_at"],
    )


class Journal:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def record_signed(
        self,
        *,
        network_id: str,
        sender: str,
        nonce: int | None,
        txid: str,
        raw: str,
        recipient: str,
        asset: str,
        amount: int,
        fee_quoted: int,
        kind: str = "send",
        replaces: int | None = None,
        memo: str = "",
    ) -> int:
        """Insert and commit durably (the connection runs with synchronous=FULL).

        Signing the same transaction again after the node refused it at broadcast gives the
        same txid: that row (failed, never in a block) becomes pending again."""
        now = int(time.time())
        with self.db:
            again = self.db.execute(
                "UPDATE tx_journal SET status = 'signed', reason = '', updated_at = ? "
                "WHERE network_id = ? AND lower(txid) = lower(?) AND status = 'failed' "
                "AND block IS NULL RETURNING id",
                (now, network_id, txid),
            ).fetchone()
            if again is not None:
                return int(again[0])
            cur = self.db.execute(
                "INSERT INTO tx_journal (network_id, sender, nonce, txid, raw, recipient, asset, "
                "amount, fee_quoted, status, kind, replaces, memo, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'signed', ?, ?, ?, ?, ?)",
                (
                    network_id,
                    sender,
                    nonce,
                    txid,
                    raw,
                    recipient,
                    asset,
                    str(amount),
                    str(fee_quoted),
                    kind,
                    replaces,
                    memo,
                    now,
                    now,
                ),
            )
        return int(cur.lastrowid)

    def update(self, entry_id: int, **fields: object) -> JournalEntry:
        allowed = {"status", "reason", "block", "confirmations", "fee_paid"}
        if not set(fields) <= allowed:
            raise ValueError(f"cannot update {set(fields) - allowed}")
        sets = ", ".join(f"{k} = ?" for k in fields)
        values = [str(v) if k == "fee_paid" and v is not None else v for k, v in fields.items()]
        with self.db:
            self.db.execute(
                f"UPDATE tx_journal SET {sets}, updated_at = ? WHERE id = ?",  # noqa: S608
                (*values, int(time.time()), entry_id),
            )
        return self.get(entry_id)

    def get(self, entry_id: int) -> JournalEntry:
        row = self.db.execute("SELECT * FROM tx_journal WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            from wallet.core.errors import KapchykError

            raise KapchykError("no transaction #{id} in this wallet's journal", id=entry_id)
        return _entry(row)

    def find(self, ref: str) -> JournalEntry:
        """By journal id or transaction id."""
        if ref.isdigit():
            return self.get(int(ref))
        row = self.db.execute(
            "SELECT * FROM tx_journal WHERE lower(txid) = lower(?)", (ref,)
        ).fetchone()
        if row is None:
            from wallet.core.errors import KapchykError

            raise KapchykError("no transaction {ref} in this wallet's journal", ref=ref)
        return _entry(row)

    def pending(self, network_id: str | None = None) -> list[JournalEntry]:
        sql = "SELECT * FROM tx_journal WHERE status IN ('signed', 'broadcast')"
        params: tuple = ()
        if network_id:
            sql += " AND network_id = ?"
            params = (network_id,)
        return [_entry(r) for r in self.db.execute(sql + " ORDER BY id", params)]

    def all(self, network_id: str | None = None) -> list[JournalEntry]:
        sql, params = "SELECT * FROM tx_journal", ()
        if network_id:
            sql, params = sql + " WHERE network_id = ?", (network_id,)
        return [_entry(r) for r in self.db.execute(sql + " ORDER BY id", params)]

    def highest_nonce(self, network_id: str, sender: str) -> int | None:
        """The highest nonce this wallet has used for ``sender``: pending, mined, or failed on
        the chain (a block). A transaction the node refused at broadcast (failed, no block)
        never took its nonce, so that nonce is free again."""
        row = self.db.execute(
            "SELECT MAX(nonce) FROM tx_journal WHERE network_id = ? AND sender = ? "
            "AND (status IN ('signed', 'broadcast', 'confirmed') "
            "OR (status = 'failed' AND block IS NOT NULL))",
            (network_id, sender),
        ).fetchone()
        return row[0]

    def same_nonce(self, entry: JournalEntry) -> list[JournalEntry]:
        rows = self.db.execute(
            "SELECT * FROM tx_journal WHERE network_id = ? AND sender = ? AND nonce = ? "
            "ORDER BY id",
            (entry.network_id, entry.sender, entry.nonce),
        )
        return [_entry(r) for r in rows]

    def past_payees(self, network_id: str) -> set[str]:
        rows = self.db.execute(
            "SELECT DISTINCT recipient FROM tx_journal WHERE network_id = ? AND kind = 'send' "
            "AND status IN ('broadcast', 'confirmed')",
            (network_id,),
        )
        return {r[0] for r in rows}
