"""Balances: read in one request per network, cached in SQLite with the block and time.

``cached()`` answers at once from SQLite (so the window shows the last known balances at start,
with their age); ``refresh()`` asks the chains and updates the cache.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wallet.core.networks import Network, Registry, Token
from wallet.core.wallets import Account
from wallet.store.db import transaction


@dataclass(frozen=True)
class BalanceRow:
    network_id: str
    owner: str
    asset: str  # token contract, or "" for the native coin
    symbol: str
    decimals: int
    amount: int | None
    block: int | None
    read_at: int | None  # unix seconds, None = never read
    verified: bool = True  # False: an implausible jump no second endpoint confirmed (not cached)

    def age(self, now: float | None = None) -> float | None:
        return None if self.read_at is None else (now or time.time()) - self.read_at


@dataclass(frozen=True)
class ResourceRow:
    """A Tron account's free bandwidth and energy left, as last read."""

    network_id: str
    owner: str
    bandwidth: int
    energy: int
    block: int | None
    read_at: int

    def age(self, now: float | None = None) -> float:
        return (now or time.time()) - self.read_at


#: more base units than any real balance holds (2^96 ≈ 7.9e28: 79 billion 18-decimal tokens)
IMPLAUSIBLE_UNITS = 2**96
JUMP_FACTOR = 1000  # a balance 1000x the last known one, and up by a million whole units


def implausible_jump(prior: int | None, amount: int | None, decimals: int) -> bool:
    """Whether ``amount`` is too surprising to show without a second endpoint confirming it."""
    if amount is None:
        return False
    if amount >= IMPLAUSIBLE_UNITS:
        return True
    return (
        prior is not None and amount > prior * JUMP_FACTOR and amount - prior > 10 ** (decimals + 6)
    )


class Portfolio:
    def __init__(
        self,
        registry: Registry,
        db: sqlite3.Connection,
        clients: object,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.registry = registry
        self.db = db
        self.clients = clients
        self.clock = clock

    def _owners(self, net: Network, accounts: list[Account]) -> list[str]:
        owners = [a.address_for(net.kind) for a in accounts]
        return list(dict.fromkeys(o for o in owners if o))

    def _tokens(self, net: Network) -> list[Token]:
        return [t for t in self.registry.tokens(net.id) if t.visible_by_default]

    def cached(self, accounts: list[Account]) -> list[BalanceRow]:
        rows = []
        for net in self.registry.networks:
            for owner in self._owners(net, accounts):
                for asset, symbol, decimals in self._assets(net):
                    r = self.db.execute(
                        "SELECT amount, block, read_at FROM balances WHERE network_id = ? AND "
                        "owner = ? AND asset = ?",
                        (net.id, owner, asset),
                    ).fetchone()
                    rows.append(
                        BalanceRow(
                            net.id,
                            owner,
                            asset,
                            symbol,
                            decimals,
                            int(r["amount"]) if r else None,
                            r["block"] if r else None,
                            r["read_at"] if r else None,
                        )
                    )
        return rows

    def _assets(self, net: Network) -> list[tuple[str, str, int]]:
        return [("", net.native.symbol, net.native.decimals)] + [
            (t.contract, t.symbol, t.decimals) for t in self._tokens(net)
        ]

    def refresh_network(
        self, network_id: str, accounts: list[Account], shown: Account | None = None
    ) -> list[BalanceRow]:
        """Read every balance of ``accounts`` on one network (one request) and cache them.

        Tron energy and bandwidth have no batch read (``getaccountresource`` is one request per
        account): they are read for ``shown`` only, the account on screen or sending."""
        net = self.registry.network(network_id)
        owners = self._owners(net, accounts)
        if not owners:
            return []
        tokens = self._tokens(net)
        client = self.clients.get(net.id)
        result = client.balances(owners, tokens)
        unverified = self._unconfirmed_jumps(net, client, owners, tokens, result.amounts)
        mine = shown.address_for(net.kind) if shown is not None else None
        found = {mine: client.resources(mine)} if net.kind == "tron" and mine else {}
        now = int(self.clock())
        rows = []
        with transaction(self.db):
            for owner, res in found.items():
                self.db.execute(
                    "INSERT INTO tron_resources VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                    "(network_id, owner) DO UPDATE SET bandwidth = excluded.bandwidth, "
                    "energy = excluded.energy, block = excluded.block, read_at = excluded.read_at",
                    (net.id, owner, res.free_net_left, res.energy_left, result.block, now),
                )
            for owner in owners:
                for asset, symbol, decimals in self._assets(net):
                    amount = result.amounts.get((owner, asset or None))
                    verified = (owner, asset or None) not in unverified
                    if amount is not None and verified:
                        self.db.execute(
                            "INSERT INTO balances VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                            "(network_id, owner, asset) DO UPDATE SET amount = excluded.amount, "
                            "block = excluded.block, read_at = excluded.read_at",
                            (net.id, owner, asset, str(amount), result.block, now),
                        )
                    rows.append(
                        BalanceRow(
                            net.id,
                            owner,
                            asset,
                            symbol,
                            decimals,
                            amount,
                            result.block,
                            now,
                            verified,
                        )
                    )
        return rows

    def _unconfirmed_jumps(
        self,
        net: Network,
        client: Any,
        owners: list[str],
        tokens: list[Token],
        amounts: dict[tuple[str, str | None], int | None],
    ) -> set[tuple[str, str | None]]:
        """The balances that jumped implausibly from the last known one and that a second
        endpoint does not confirm: they are shown as unverified and not cached."""
        decimals = {t.contract: t.decimals for t in tokens}
        jumps = set()
        for (owner, asset), amount in amounts.items():
            row = self.db.execute(
                "SELECT amount FROM balances WHERE network_id = ? AND owner = ? AND asset = ?",
                (net.id, owner, asset or ""),
            ).fetchone()
            prior = int(row["amount"]) if row else None
            places = decimals.get(asset, net.native.decimals) if asset else net.native.decimals
            if implausible_jump(prior, amount, places):
                jumps.add((owner, asset))
        if not jumps:
            return set()
        answers = client.balances_everywhere(owners, tokens)  # EVM and Tron alike
        confirmed = {
            key
            for key in jumps
            if len(answers) >= 2 and {a.amounts.get(key) for a in answers} == {amounts[key]}
        }
        return jumps - confirmed

    def resources(self, accounts: list[Account]) -> list[ResourceRow]:
        """The last-known Tron bandwidth and energy of ``accounts`` (read by ``refresh``)."""
        rows = []
        for net in self.registry.networks:
            if net.kind != "tron":
                continue
            for owner in self._owners(net, accounts):
                r = self.db.execute(
                    "SELECT bandwidth, energy, block, read_at FROM tron_resources "
                    "WHERE network_id = ? AND owner = ?",
                    (net.id, owner),
                ).fetchone()
                if r is not None:
                    rows.append(ResourceRow(net.id, owner, *r))
        return rows

    def refresh(
        self, accounts: list[Account], shown: Account | None = None
    ) -> tuple[list[BalanceRow], dict[str, str]]:
        """Refresh every network; returns the rows and {network id: error message} for failures.
        ``shown``: the account whose Tron energy and bandwidth are read too."""
        from wallet.core.errors import KapchykError

        rows: list[BalanceRow] = []
        errors: dict[str, str] = {}
        for net in self.registry.networks:
            try:
                rows += self.refresh_network(net.id, accounts, shown)
            except KapchykError as exc:
                errors[net.id] = exc.message
        return rows, errors
