"""Merchants' payment requests: a QR/URI for an amount of a token, marked paid when a matching
transfer confirms — the exact contract (never a token with the same symbol), to the receiving
address, at least the requested amount, in a block after the request was made. One transfer
pays one request. Works for watch-only accounts: nothing here needs a key.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wallet.core.amounts import format_plain
from wallet.core.errors import KapchykError
from wallet.core.networks import Registry
from wallet.core.uris import build_eip681, build_tron_uri
from wallet.core.wallets import Account
from wallet.store.files import csv_text, write_atomic


class RequestError(KapchykError):
    code = "payment_request"


@dataclass(frozen=True)
class PaymentRequest:
    id: int
    network_id: str
    account: str
    asset: str
    amount: int
    label: str
    created_at: int
    created_block: int
    expires_at: int | None
    status: str
    paid_txid: str | None
    paid_amount: int | None
    paid_at: int | None


def _row(r: sqlite3.Row) -> PaymentRequest:
    return PaymentRequest(
        r["id"],
        r["network_id"],
        r["account"],
        r["asset"],
        int(r["amount"]),
        r["label"],
        r["created_at"],
        r["created_block"],
        r["expires_at"],
        r["status"],
        r["paid_txid"],
        int(r["paid_amount"]) if r["paid_amount"] is not None else None,
        r["paid_at"],
    )


class PaymentRequests:
    def __init__(
        self,
        registry: Registry,
        db: sqlite3.Connection,
        clients: Any,
        history: Any,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.registry = registry
        self.db = db
        self.clients = clients
        self.history = history
        self.clock = clock

    def create(
        self,
        account: Account,
        network_id: str,
        token_ref: str,
        amount: int,
        label: str = "",
        expires_in: int | None = 3600,
    ) -> PaymentRequest:
        net = self.registry.network(network_id)
        address = account.address_for(net.kind)
        if address is None:
            raise RequestError(
                "account {label} has no {network} address", label=account.label, network=net.name
            )
        if not token_ref:
            raise RequestError("payment requests are for tokens (KGST, USDKG…); choose one")
        token = self.registry.token(net.id, token_ref)
        if amount <= 0:
            raise RequestError("the requested amount must be more than zero")
        block = self.clients.get(net.id).block_number()
        now = int(self.clock())
        with self.db:
            cur = self.db.execute(
                "INSERT INTO payment_requests (network_id, account, asset, amount, label, "
                "created_at, created_block, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    net.id,
                    address,
                    token.contract,
                    str(amount),
                    label.strip(),
                    now,
                    block,
                    now + expires_in if expires_in else None,
                ),
            )
        return self.get(int(cur.lastrowid))

    def get(self, request_id: int) -> PaymentRequest:
        row = self.db.execute(
            "SELECT * FROM payment_requests WHERE id = ?", (request_id,)
        ).fetchone()
        if row is None:
            raise RequestError("no payment request #{id}", id=request_id)
        return _row(row)

    def list(self, status: str | None = None) -> list[PaymentRequest]:
        sql, params = "SELECT * FROM payment_requests", ()
        if status:
            sql, params = sql + " WHERE status = ?", (status,)
        return [_row(r) for r in self.db.execute(sql + " ORDER BY id DESC", params)]

    def uri(self, req: PaymentRequest) -> str:
        net = self.registry.network(req.network_id)
        token = self.registry.token(net.id, req.asset)
        if net.kind == "evm":
            return build_eip681(
                req.account, net.chain_id, token=req.asset, amount_units=req.amount, label=req.label
            )
        return build_tron_uri(
            req.account,
            token=req.asset,
            amount_units=req.amount,
            decimals=token.decimals,
            label=req.label,
        )

    def payers(self, requests: list[PaymentRequest]) -> dict[int, str]:
        """Who paid each paid request: the sender of the transfer that paid it (from history)."""
        out = {}
        for req in requests:
            if not req.paid_txid:
                continue
            row = self.db.execute(
                "SELECT counterparty FROM history WHERE network_id = ? AND txid = ? "
                "AND account = ? AND direction = 'in' LIMIT 1",
                (req.network_id, req.paid_txid, req.account),
            ).fetchone()
            if row is not None:
                out[req.id] = row[0]
        return out

    def cancel(self, request_id: int) -> PaymentRequest:
        with self.db:
            self.db.execute(
                "UPDATE payment_requests SET status = 'cancelled' WHERE id = ? AND status = 'open'",
                (request_id,),
            )
        return self.get(request_id)

    def check(self) -> list[PaymentRequest]:
        """Look for payments of every open request; returns the requests newly paid."""
        open_requests = self.list("open")
        now = int(self.clock())
        paid: list[PaymentRequest] = []
        by_net: dict[str, list[PaymentRequest]] = {}
        for req in open_requests:
            by_net.setdefault(req.network_id, []).append(req)
        for net_id, reqs in by_net.items():
            net = self.registry.network(net_id)
            self.history.sync(net_id, sorted({r.account for r in reqs}))
            head = self.clients.get(net_id).block_number()
            used = {
                r[0]
                for r in self.db.execute(
                    "SELECT paid_txid FROM payment_requests WHERE paid_txid IS NOT NULL"
                )
            }
            for req in sorted(reqs, key=lambda r: r.id):
                match = next(
                    (
                        t
                        for t in sorted(
                            self.history.rows(net_id, req.account, include_dust=True),
                            key=lambda t: (t.timestamp or 0, t.block or 0, t.log_index),
                        )
                        if t.direction == "in"
                        and t.asset == req.asset
                        and t.amount >= req.amount
                        and _after(t, req)
                        and t.txid not in used
                        # a row without a block number comes from an indexer's confirmed list
                        and (t.block is None or head - t.block + 1 >= net.confirmations)
                    ),
                    None,
                )
                if match is not None:
                    used.add(match.txid)
                    with self.db:
                        self.db.execute(
                            "UPDATE payment_requests SET status = 'paid', paid_txid = ?, "
                            "paid_amount = ?, paid_at = ? WHERE id = ?",
                            (match.txid, str(match.amount), now, req.id),
                        )
                    paid.append(self.get(req.id))
                elif req.expires_at is not None and now > req.expires_at:
                    with self.db:
                        self.db.execute(
                            "UPDATE payment_requests SET status = 'expired' WHERE id = ?", (req.id,)
                        )
        return paid

    def to_csv(self, requests: list[PaymentRequest]) -> str:
        header = [
            "id",
            "network",
            "account",
            "token",
            "contract",
            "amount",
            "label",
            "created_at",
            "expires_at",
            "status",
            "paid_txid",
            "paid_amount",
        ]
        out = []
        for r in requests:
            token = self.registry.token(r.network_id, r.asset)
            out.append(
                [
                    r.id,
                    r.network_id,
                    r.account,
                    token.symbol,
                    r.asset,
                    format_plain(r.amount, token.decimals),
                    r.label,
                    r.created_at,
                    r.expires_at or "",
                    r.status,
                    r.paid_txid or "",
                    format_plain(r.paid_amount, token.decimals)
                    if r.paid_amount is not None
                    else "",
                ]
            )
        return csv_text(header, out)

    def export_csv(self, path: Any, requests: list[PaymentRequest]) -> None:
        write_atomic(path, self.to_csv(requests), mode=0o644)


def _after(t: Any, req: PaymentRequest) -> bool:
    """Did transfer ``t`` happen after ``req`` was made? By block, or by time when the source
    gives no block number (TronGrid's TRC-20 transfers)."""
    if t.block is not None:
        return t.block >= req.created_block
    return (t.timestamp or 0) >= req.created_at
