"""One chain client per network, built from the registry, remembering the last good endpoint."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from wallet.core.errors import KapchykError
from wallet.core.networks import Network, Registry
from wallet.store.settings import get_setting, set_setting


class ChainClients:
    def __init__(
        self,
        registry: Registry,
        db: sqlite3.Connection,
        api_key: Callable[[str], str | None] | None = None,
        *,
        remember: bool = True,
    ) -> None:
        self.registry = registry
        self.db = db
        self.remember = remember
        self.api_key = api_key or (lambda network_id: None)
        self._clients: dict[str, Any] = {}

    def get(self, network_id: str) -> Any:
        if network_id not in self._clients:
            net = self.registry.network(network_id)
            self._clients[network_id] = self._build(net)
        return self._clients[network_id]

    def wrong_chain(self) -> list[KapchykError]:
        """Every endpoint found so far serving another chain than its network (to tell the user;
        such an endpoint is skipped)."""
        out: list[KapchykError] = []
        for client in self._clients.values():
            pool = getattr(client, "pool", None)
            out += pool.wrong_chain() if pool is not None else []
        return out

    def _build(self, net: Network) -> Any:
        key = f"endpoint.last_good.{net.id}"
        preferred = get_setting(self.db, key)

        def remember(url: str) -> None:
            if self.remember:  # `endpoints test` probes nodes without changing the choice
                set_setting(self.db, key, url)

        if net.kind == "evm":
            from wallet.chains.evm import EvmClient

            return EvmClient(net, preferred=preferred, on_good=remember)
        if net.kind == "tron":
            from wallet.chains.tron import TronClient

            return TronClient(
                net, preferred=preferred, on_good=remember, api_key=self.api_key(net.id)
            )
        raise KapchykError("{network}: unsupported kind of network", network=net.name)
