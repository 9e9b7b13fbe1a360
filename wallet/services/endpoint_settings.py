"""The nodes of each network: the packaged ones and those the user added (``endpoints`` table).

Shared by ``kapchyk endpoints list|add|remove|test`` and the GUI's settings. A change is written
to SQLite and applied to the environment's registry at once, so the next request uses it.
``probe`` asks one node (identity check included) and changes nothing: it runs on the network,
so the GUI calls it on a worker thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from wallet.core.errors import KapchykError

if TYPE_CHECKING:
    import sqlite3

    from wallet.core.networks import Registry
    from wallet.services.environment import Environment

MAX_URL_LENGTH = 500


class EndpointError(KapchykError):
    code = "endpoint"


@dataclass(frozen=True)
class Endpoint:
    url: str
    added_by_user: bool


@dataclass(frozen=True)
class ProbeResult:
    url: str
    error: KapchykError | None = None
    block: int | None = None
    ms: int | None = None
    chain_id: int | None = None  # EVM: the chain id the node proved
    genesis: str | None = None  # Tron: the genesis block id the node proved

    @property
    def ok(self) -> bool:
        return self.error is None


def check_endpoint_url(url: str) -> str:
    """``url`` without a trailing slash, if it is an http:// or https:// URL with a host."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        _ = parts.port  # raises ValueError when the port is not a number
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        valid = False
    if not valid or len(text) > MAX_URL_LENGTH or any(c.isspace() or ord(c) < 32 for c in text):
        raise EndpointError("an endpoint is an http:// or https:// URL; {url!r} is not", url=url)
    return text.rstrip("/")


class EndpointSettings:
    def __init__(self, env: Environment) -> None:
        self.env = env

    def list(self, network_id: str) -> list[Endpoint]:
        net = self.env.registry.network(network_id)
        user = self._user_urls(net.id)
        return [Endpoint(u, u in user) for u in net.endpoints]

    def _user_urls(self, network_id: str) -> set[str]:
        rows = self.env.db.execute("SELECT url FROM endpoints WHERE network_id = ?", (network_id,))
        return {r[0] for r in rows}

    def add(self, network_id: str, url: str) -> str:
        net = self.env.registry.network(network_id)
        url = check_endpoint_url(url)
        with self.env.db:
            self.env.db.execute(
                "INSERT OR IGNORE INTO endpoints (network_id, url, created_at) VALUES (?, ?, ?)",
                (net.id, url, int(time.time())),
            )
        if url not in net.endpoints:
            reg = self.env.registry.with_endpoints(net.id, [*net.endpoints, url])
            self.env.refresh_registry(reg)
        return url

    def remove(self, network_id: str, url: str) -> str:
        net = self.env.registry.network(network_id)
        url = check_endpoint_url(url)
        with self.env.db:
            cur = self.env.db.execute(
                "DELETE FROM endpoints WHERE network_id = ? AND url = ?", (net.id, url)
            )
        if not cur.rowcount:
            raise EndpointError(
                "{url} was not added by you on {network}; built-in endpoints stay",
                url=url,
                network=net.name,
            )
        kept = [u for u in net.endpoints if u != url]
        self.env.refresh_registry(self.env.registry.with_endpoints(net.id, kept))
        return url

    def prober(self, network_id: str) -> Callable[[str], ProbeResult]:
        """``probe`` bound to what it needs, taken now: call the result on a worker thread."""
        return endpoint_prober(self.env.registry, self.env.db, self.env.clients.api_key, network_id)

    def probe(self, network_id: str, url: str) -> ProbeResult:
        """Ask the node at ``url`` for its chain and height (network I/O; changes nothing)."""
        return self.prober(network_id)(url)

    def probe_all(self, network_id: str) -> list[ProbeResult]:
        probe = self.prober(network_id)
        return [probe(u) for u in self.env.registry.network(network_id).endpoints]


def endpoint_prober(
    registry: Registry,
    db: sqlite3.Connection,
    api_key: Callable[[str], str | None],
    network_id: str,
) -> Callable[[str], ProbeResult]:
    """A function asking the node at a URL of ``network_id`` for its chain and height (network
    I/O; it remembers nothing about the endpoint)."""
    from wallet.services.chains import ChainClients

    net = registry.network(network_id)

    def probe(url: str) -> ProbeResult:
        single = ChainClients(registry.with_endpoints(net.id, [url]), db, api_key, remember=False)
        start = time.monotonic()
        try:
            client = single.get(net.id)
            height = client.block_number()
        except KapchykError as exc:
            return ProbeResult(url, error=exc)
        ms = round((time.monotonic() - start) * 1000)
        if net.kind == "evm":
            return ProbeResult(url, block=height, ms=ms, chain_id=net.chain_id)
        proved = net.genesis_block_id or client.pool.expected_identity
        return ProbeResult(url, block=height, ms=ms, genesis=proved)

    return probe
