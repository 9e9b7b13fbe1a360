"""Live balances: watch each network's head cheaply and refresh only what a new block changed.

``HeadWatcher.poll(accounts)`` asks each network that is due for its head block number (one
request). Only when the head moved does it read that network's balances (``Portfolio.
refresh_network``: one request for every account and token), and only when a balance changed
does it look for the new transfers (``History.sync``) — so a quiet network costs one request per
interval. Each network backs off on its own: the interval grows while nothing changes (up to
``IDLE_MAX``), doubles on a failure (offline, rate-limited; up to ``FAILED_MAX``) and drops back
to ``BASE`` as soon as something arrives. The answer names the balances that changed and the
incoming transfers, so the GUI can notify ("Received 1,500 KGST from 0x…") and History shows
them. Where history cannot be read, a balance that grew is reported as an incoming amount
without a sender. Qt-free and synchronous: the GUI calls ``poll`` on a worker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wallet.core.errors import KapchykError

log = logging.getLogger(__name__)

BASE = 5.0  # seconds between head checks while things happen
IDLE_MAX = 60.0  # the longest wait while a network is quiet
IDLE_GROWTH = 1.5
FAILED_MAX = 300.0


@dataclass(frozen=True)
class Incoming:
    """Something that arrived for one of the accounts."""

    network_id: str
    account: str
    asset: str  # "" for the gas coin
    symbol: str
    decimals: int
    amount: int
    sender: str | None  # None when history could not be read (only the balance grew)
    txid: str | None


@dataclass
class PollResult:
    asked: list[str] = field(default_factory=list)  # networks whose head was asked
    changed: list[str] = field(default_factory=list)  # networks whose balances changed
    incoming: list[Incoming] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


@dataclass
class _Watch:
    head: int | None = None
    interval: float = BASE
    due: float = 0.0


class HeadWatcher:
    def __init__(
        self,
        registry: Any,
        portfolio: Any,
        history: Any,
        clients: Any,
        clock: Callable[[], float] = time.monotonic,
        *,
        base: float = BASE,
    ) -> None:
        self.registry = registry
        self.portfolio = portfolio
        self.history = history
        self.clients = clients
        self.clock = clock
        self.base = base
        self._watch: dict[str, _Watch] = {}

    def _state(self, network_id: str) -> _Watch:
        return self._watch.setdefault(network_id, _Watch(interval=self.base))

    def next_due(self) -> float:
        """Seconds until the next network is due (0 = now)."""
        now = self.clock()
        dues = [self._state(n.id).due for n in self.registry.networks]
        return max(0.0, min(dues, default=now) - now)

    def poll(self, accounts: Sequence[Any]) -> PollResult:
        result = PollResult()
        now = self.clock()
        for net in self.registry.networks:
            state = self._state(net.id)
            owners = [a.address_for(net.kind) for a in accounts if a.address_for(net.kind)]
            if not owners or state.due > now:
                continue
            result.asked.append(net.id)
            try:
                self._poll_network(net, accounts, state, result)
            except KapchykError as exc:
                result.errors[net.id] = exc.message
                state.interval = min(max(state.interval * 2, self.base), FAILED_MAX)
            state.due = self.clock() + state.interval
        return result

    def _poll_network(
        self, net: Any, accounts: Sequence[Any], state: _Watch, out: PollResult
    ) -> None:
        head = self.clients.get(net.id).block_number()
        first = state.head is None
        if head == state.head:
            state.interval = min(state.interval * IDLE_GROWTH, IDLE_MAX)
            return
        state.head = head
        before = {
            (r.owner, r.asset): r.amount
            for r in self.portfolio.cached(accounts)
            if r.network_id == net.id
        }
        rows = self.portfolio.refresh_network(net.id, accounts)
        grown = [
            r for r in rows if r.amount is not None and before.get((r.owner, r.asset)) != r.amount
        ]
        if not grown:
            state.interval = min(state.interval * IDLE_GROWTH, IDLE_MAX)
            return
        state.interval = self.base
        out.changed.append(net.id)
        owners = list(dict.fromkeys(r.owner for r in grown))
        known = self._known_transfers(net.id, owners)
        try:
            self.history.sync(net.id, owners)
        except KapchykError as exc:  # e.g. a node that refuses eth_getLogs
            log.info("%s: history not read after a balance change: %s", net.id, exc.message)
            if not first:  # the first read only learns the balances; nothing "arrived"
                out.incoming += self._from_balances(grown, before)
            return
        if first:
            return
        found = False
        for owner in owners:
            for t in self.history.rows(net.id, owner):
                if t.direction == "in" and (t.txid, t.log_index) not in known[owner]:
                    found = True
                    token = next(
                        (k for k in self.registry.tokens(net.id) if k.contract == t.asset), None
                    )
                    out.incoming.append(
                        Incoming(
                            net.id,
                            owner,
                            t.asset,
                            token.symbol if token else "",
                            token.decimals if token else net.native.decimals,
                            t.amount,
                            t.counterparty,
                            t.txid,
                        )
                    )
        if not found:  # the gas coin has no transfer log: its growth is the news
            out.incoming += self._from_balances([r for r in grown if not r.asset], before)

    def _known_transfers(self, network_id: str, owners: list[str]) -> dict[str, set]:
        return {
            o: {(t.txid, t.log_index) for t in self.history.rows(network_id, o, include_dust=True)}
            for o in owners
        }

    @staticmethod
    def _from_balances(rows: list[Any], before: dict) -> list[Incoming]:
        out = []
        for r in rows:
            old = before.get((r.owner, r.asset))
            if old is not None and r.amount > old:
                out.append(
                    Incoming(
                        r.network_id,
                        r.owner,
                        r.asset,
                        r.symbol,
                        r.decimals,
                        r.amount - old,
                        None,
                        None,
                    )
                )
        return out
