"""Errors from talking to nodes. A node's own error text is logged, never shown raw."""

from __future__ import annotations

from wallet.core.errors import KapchykError


class ChainError(KapchykError):
    code = "chain"


class Offline(ChainError):
    """No endpoint of the network answered usefully."""

    code = "offline"


class WrongChain(ChainError):
    """An endpoint serves another chain than the network data says."""

    code = "wrong_chain"


class NodeUnavailable(Exception):
    """One endpoint failed at the transport level (timeout, refused, 5xx, 429, garbage).

    Internal: the pool catches it and fails over; users see ``Offline`` when all failed.
    """

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
