"""The endpoint pool: several nodes per network, identity-checked, with failover and backoff.

Shared by the EVM and Tron clients. Each endpoint is checked once (EVM: chain id; Tron: genesis
block) before it is used; one that serves another chain is never used and the user is told which
endpoint and what it reported (``wrong_chain()``). A call goes to the best endpoint: healthy before
backed-off, not lagging, not much slower than the fastest (latency measured on every answer),
then the last good one; the first survey waits at most ``SURVEY_WAIT`` for slow nodes (their
probes finish in the background, on daemon threads a CLI does not wait for at exit). One endpoint
may hold a call for a *budget* measured against the fastest healthy endpoint's latency
(``BUDGET_FACTOR`` times it, at least ``BUDGET_MIN``): when it is spent the call moves on to the
next endpoint and the slow one is remembered as slow; only when every quicker choice failed do
the cut ones get the full HTTP timeout, so a budget never makes a command fail. Transport
failures (timeout, connection refused, HTTP 5xx, 429 with
Retry-After honoured, malformed JSON) mark the endpoint down with exponential per-host backoff and
the call moves on to the next. Node error *answers* (reverts, nonce errors) are not failovers: they
go back to the caller. The last good endpoint is remembered across runs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import urlsplit

from wallet.chains.errors import NodeUnavailable, Offline, WrongChain
from wallet.core.errors import term

log = logging.getLogger(__name__)
C = TypeVar("C")  # a per-endpoint client (web3 instance, Tron HTTP client…)
R = TypeVar("R")

BACKOFF_START = 1.0
BACKOFF_MAX = 120.0
LAG_BLOCKS = 20
SURVEY_WAIT = 1.5  # seconds the first survey waits for slow nodes (they keep answering later)
SLOW_FACTOR, SLOW_MARGIN = 3.0, 0.2  # slower than 3x the fastest + 0.2 s: used only after it
BUDGET_FACTOR, BUDGET_MIN = 5.0, 2.0  # one endpoint holds a call at most 5x the fastest, >= 2 s

#: when the running call's budget on its endpoint ends (time.monotonic), None: no budget
_deadline: ContextVar[float | None] = ContextVar("kapchyk_endpoint_deadline", default=None)
#: inside ``EndpointPool.everywhere``: (that pool, the one endpoint its calls go to)
_pinned: ContextVar[tuple[object, object] | None] = ContextVar("kapchyk_pinned", default=None)


def request_timeout(default: float) -> float:
    """The HTTP timeout for a request made now: ``default``, or less when the pool gave the
    running call a budget on this endpoint (the clients' HTTP layers ask this per request)."""
    deadline = _deadline.get()
    if deadline is None:
        return default
    return max(min(default, deadline - time.monotonic()), 0.01)


class _Cut(NodeUnavailable):
    """An endpoint used up its budget for the running call (see ``EndpointPool._within``); a
    ``NodeUnavailable``, so client code that passes those on passes this one on too."""

    def __init__(self) -> None:
        super().__init__("slower than its time budget")


@dataclass
class EndpointState(Generic[C]):
    url: str
    client: C
    verified: bool = False
    wrong_chain: str | None = None  # what the node reported, when it is another chain
    failures: int = 0
    down_until: float = 0.0
    last_error: str = ""
    height: int | None = None
    requests: int = 0
    latency: float | None = None  # seconds per answer, smoothed

    def timed(self, seconds: float) -> None:
        self.latency = seconds if self.latency is None else 0.7 * self.latency + 0.3 * seconds

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc


@dataclass
class PoolStatus:
    network: str
    endpoints: list[dict] = field(default_factory=list)


class EndpointPool(Generic[C]):
    def __init__(
        self,
        network_name: str,
        urls: Sequence[str],
        make_client: Callable[[str], C],
        identify: Callable[[C], str],
        expected_identity: str | None,
        *,
        height: Callable[[C], int] | None = None,
        clock: Callable[[], float] = time.monotonic,
        preferred: str | None = None,
        on_good: Callable[[str], None] | None = None,
    ) -> None:
        if not urls:
            raise Offline("no endpoints are configured for {network}", network=network_name)
        self.network_name = network_name
        self.endpoints = [EndpointState(u, make_client(u)) for u in dict.fromkeys(urls)]
        self._identify = identify
        self.expected_identity = expected_identity
        self._clock = clock
        self._lock = threading.RLock()
        self._preferred = preferred
        self._on_good = on_good
        self._height = height
        self._surveyed = False

    # ---------------------------------------------------------------- selection
    def _fastest(self) -> float | None:
        """The latency of the fastest healthy endpoint (None before any was measured)."""
        now = self._clock()
        return min(
            (
                e.latency
                for e in self.endpoints
                if e.wrong_chain is None and e.latency is not None and e.down_until <= now
            ),
            default=None,
        )

    def _budget(self) -> float | None:
        """How long one endpoint may hold a call now (None: the full HTTP timeout)."""
        fastest = self._fastest()
        return None if fastest is None else max(BUDGET_MIN, fastest * BUDGET_FACTOR)

    @contextmanager
    def _within(self, ep: EndpointState[C], budget: float | None) -> Iterator[None]:
        """Run the block with ``budget`` seconds on ``ep``; a block that ran out of it raises
        ``_Cut`` (and ``ep`` is remembered as that slow) instead of its ``NodeUnavailable``."""
        if budget is None:
            yield
            return
        started = time.monotonic()
        token = _deadline.set(started + budget)
        try:
            yield
        except _Cut:
            raise
        except NodeUnavailable:
            spent = time.monotonic() - started
            if spent < budget * 0.9:
                raise
            ep.timed(spent)  # at least this slow: ranked after the quick ones from now on
            log.info(
                "%s endpoint %s used its %.1fs budget; trying the next",
                self.network_name,
                ep.url,
                budget,
            )
            raise _Cut() from None
        finally:
            _deadline.reset(token)

    def _order(self) -> list[EndpointState[C]]:
        now = self._clock()
        usable = [e for e in self.endpoints if e.wrong_chain is None]
        best_height = max((e.height for e in usable if e.height is not None), default=None)
        fastest = self._fastest()

        def rank(e: EndpointState[C]) -> tuple:
            lagging = (
                best_height is not None
                and e.height is not None
                and best_height - e.height > LAG_BLOCKS
            )
            slow = (
                fastest is not None
                and e.latency is not None
                and e.latency > fastest * SLOW_FACTOR + SLOW_MARGIN
            )
            return (
                e.down_until > now,
                lagging,
                slow,
                e.url != self._preferred,
                e.failures,
                self.endpoints.index(e),
            )

        return sorted(usable, key=rank)

    def _verify(self, ep: EndpointState[C]) -> None:
        if ep.verified:
            return
        identity = self._identify(ep.client)  # may raise NodeUnavailable
        ep.requests += 1
        if self.expected_identity is not None and identity != self.expected_identity:
            ep.wrong_chain = identity
            log.warning(
                "%s endpoint %s reports %s, expected %s",
                self.network_name,
                ep.url,
                identity,
                self.expected_identity,
            )
            raise next(w for w in self.wrong_chain() if w.params["url"] == ep.url)
        if self.expected_identity is None:
            self.expected_identity = identity  # devnets: the first answer defines the chain
        ep.verified = True

    def survey(self) -> None:
        """Check every endpoint's identity and height at once (in parallel, on first use), so
        a node of another chain or one lagging behind the others is known before it is used."""
        self._surveyed = True
        if len(self.endpoints) < 2 or self._height is None:
            return

        def probe(ep: EndpointState[C]) -> None:
            started = self._clock()
            try:
                self._verify(ep)
                ep.height = self._height(ep.client)  # type: ignore[misc]
                ep.requests += 1
                ep.timed((self._clock() - started) / 2)
            except WrongChain:
                pass
            except NodeUnavailable as exc:
                self._mark_down(ep, exc)

        started = self._clock()
        # daemon threads: a slow node finishes its probe in the background, and a process that
        # is done (a CLI command) exits without waiting for it
        threads = [
            threading.Thread(target=probe, args=(ep,), daemon=True, name=f"probe {ep.host}")
            for ep in self.endpoints
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(max(0.0, started + SURVEY_WAIT - self._clock()))
        for thread, ep in zip(threads, self.endpoints, strict=True):
            if thread.is_alive() and ep.latency is None:
                ep.latency = self._clock() - started  # at least this slow: others go first

    def call(self, fn: Callable[[C], R], *, what: str = "request") -> R:
        """Run ``fn(client)`` on the best endpoint, failing over on transport errors and moving
        on when an endpoint uses up its budget (module doc)."""
        pinned = _pinned.get()
        if pinned is not None and pinned[0] is self:  # inside everywhere(): that endpoint only
            ep: EndpointState[C] = pinned[1]  # type: ignore[assignment]
            with self._within(ep, self._budget()):
                started = self._clock()
                result = fn(ep.client)
            ep.timed(self._clock() - started)
            return result
        if not self._surveyed:
            self.survey()
        errors: list[str] = []
        wrong: list[WrongChain] = []
        budget = self._budget()
        attempts = [(ep, budget) for ep in self._order()]
        for ep, allowed in attempts:  # grows: an endpoint cut short is tried again at the end
            try:
                with self._within(ep, allowed):
                    self._verify(ep)
                    started = self._clock()
                    result = fn(ep.client)
            except WrongChain as exc:
                wrong.append(exc)
                continue
            except _Cut:  # when every quicker choice failed, it gets the full timeout
                attempts.append((ep, None))
                continue
            except NodeUnavailable as exc:
                self._mark_down(ep, exc)
                errors.append(f"{ep.host}: {exc.reason}")
                continue
            ep.timed(self._clock() - started)
            self._mark_good(ep)
            return result
        if wrong and not errors and len(wrong) == len(self.endpoints):
            raise wrong[0]
        log.warning("%s: every endpoint failed for %s: %s", self.network_name, what, errors)
        raise Offline(
            "cannot reach {network}: none of its {n} node(s) answered{extra}; check your "
            "internet connection or add another endpoint",
            network=self.network_name,
            n=len(self.endpoints),
            extra=term(" ({n} serve(s) another chain)").format(n=len(wrong)) if wrong else "",
        )

    def answers(
        self, fn: Callable[[C], R], *, limit: int = 2, urls: Sequence[str] | None = None
    ) -> list[tuple[str, R]]:
        """``fn(client)`` on up to ``limit`` different healthy endpoints, best first (for
        cross-checks: a second node confirms what the first said), each within the budget.
        Fewer answers when fewer endpoints are healthy and quick; never raises for a node that
        fails."""
        return self._opinions(lambda ep: fn(ep.client), limit, urls, whole=True)

    def everywhere(self, read: Callable[[], R], *, limit: int = 2) -> list[tuple[str, R]]:
        """``read()``, a read made of several calls through this pool, once on each of up to
        ``limit`` endpoints as ``answers()`` picks them: every call it makes goes to that one
        endpoint, each within the budget (so a multi-request read such as Tron's balances can
        be cross-checked)."""

        def on(ep: EndpointState[C]) -> R:
            token = _pinned.set((self, ep))
            try:
                return read()
            finally:
                _pinned.reset(token)

        return self._opinions(on, limit, None, whole=False)

    def _opinions(
        self,
        run: Callable[[EndpointState[C]], R],
        limit: int,
        urls: Sequence[str] | None,
        *,
        whole: bool,
    ) -> list[tuple[str, R]]:
        """``run(endpoint)`` on up to ``limit`` healthy endpoints, best first; ``whole``: the
        budget covers the whole run (else ``run``'s own calls get one each)."""
        if not self._surveyed:
            self.survey()
        now = self._clock()
        budget = self._budget()
        out: list[tuple[str, R]] = []
        for ep in self._order():
            if len(out) >= limit:
                break
            if ep.down_until > now or (urls is not None and ep.url not in urls):
                continue
            try:
                with self._within(ep, budget):
                    self._verify(ep)
                with self._within(ep, budget if whole else None):
                    started = self._clock()
                    out.append((ep.url, run(ep)))
                if whole:  # else each of run's calls was timed on its own
                    ep.timed(self._clock() - started)
            except (WrongChain, _Cut):  # a node too slow to wait for gives no opinion
                continue
            except NodeUnavailable as exc:
                self._mark_down(ep, exc)
            except Exception as exc:  # e.g. a pruned node without that block's state: no answer
                log.info("%s: %s gave no second opinion: %s", self.network_name, ep.url, exc)
        return out

    def wrong_chain(self) -> list[WrongChain]:
        """One error per endpoint found serving another chain (to tell the user)."""
        return [
            WrongChain(
                "the node {url} serves another chain ({reported}) than {network} "
                "({expected}); it will not be used",
                url=e.url,
                reported=e.wrong_chain,
                network=self.network_name,
                expected=self.expected_identity,
            )
            for e in self.endpoints
            if e.wrong_chain is not None
        ]

    def _mark_down(self, ep: EndpointState[C], exc: NodeUnavailable) -> None:
        with self._lock:
            ep.failures += 1
            delay = min(BACKOFF_START * 2 ** (ep.failures - 1), BACKOFF_MAX)
            if exc.retry_after is not None:
                delay = max(delay, min(exc.retry_after, BACKOFF_MAX * 5))
            ep.down_until = self._clock() + delay
            ep.last_error = exc.reason
        log.info("%s endpoint %s down for %.1fs: %s", self.network_name, ep.url, delay, exc.reason)

    def _mark_good(self, ep: EndpointState[C]) -> None:
        with self._lock:
            ep.failures = 0
            ep.down_until = 0.0
            ep.last_error = ""
            changed = self._preferred != ep.url
            self._preferred = ep.url
        if changed and self._on_good is not None:
            self._on_good(ep.url)

    def note_height(self, url: str, height: int) -> None:
        for ep in self.endpoints:
            if ep.url == url:
                ep.height = height

    @property
    def preferred(self) -> str | None:
        return self._preferred

    def status(self) -> list[dict]:
        now = self._clock()
        return [
            {
                "url": e.url,
                "state": "wrong chain"
                if e.wrong_chain
                else ("down" if e.down_until > now else ("ok" if e.verified else "unchecked")),
                "reported_chain": e.wrong_chain,
                "last_error": e.last_error,
                "height": e.height,
                "latency_ms": None if e.latency is None else round(e.latency * 1000),
            }
            for e in self.endpoints
        ]
