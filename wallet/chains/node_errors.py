"""Node and contract error texts mapped to known messages. The raw text goes to the log only."""

from __future__ import annotations

import logging

from wallet.core.errors import KapchykError, term

log = logging.getLogger(__name__)


class NodeRefused(KapchykError):
    """The node (or the contract it ran) refused the transaction, for a known reason."""

    code = "node_refused"

    def __init__(self, template: str, kind: str, **params: object) -> None:
        super().__init__(template, **params)
        self.kind = kind


# (substring of the node's text, kind, message template)
_KNOWN = [
    ("already known", "already_known", "the network already has this transaction"),
    ("known transaction", "already_known", "the network already has this transaction"),
    ("alreadyknown", "already_known", "the network already has this transaction"),
    (
        "nonce too low",
        "nonce_used",
        "this transaction's number (nonce) was already used by another transaction",
    ),
    (
        "replacement transaction underpriced",
        "underpriced",
        "the new fee must be higher than the pending transaction's fee",
    ),
    ("underpriced", "underpriced", "the fee is below what the network accepts right now"),
    (
        "insufficient funds",
        "insufficient_native",
        "the account does not have enough {native} for this amount and the network fee",
    ),
    ("paused", "paused", "the issuer has paused {symbol}; transfers are stopped for now"),
    ("frozen", "frozen", "an address in this transfer is frozen by the issuer of {symbol}"),
    ("blacklisted", "blacklisted", "the sending address is blacklisted by the issuer of {symbol}"),
    ("exceeds balance", "insufficient_token", "the account does not have enough {symbol}"),
    ("insufficient balance", "insufficient_token", "the account does not have enough {symbol}"),
    ("gas required exceeds", "out_of_gas", "the transaction would run out of gas"),
    ("out of gas", "out_of_gas", "the transaction ran out of gas"),
    ("intrinsic gas too low", "out_of_gas", "the gas limit is too low for this transaction"),
    (
        "fee cap less than block base fee",
        "underpriced",
        "the fee is below the network's current base fee; get a new quote",
    ),
]


def map_node_error(
    raw: str,
    *,
    symbol: str = term("the token"),
    native: str = term("the gas coin"),
    context: str = "",
) -> NodeRefused:
    """A known message for a node's error text (logged in full, never shown raw)."""
    log.info("node error%s: %s", f" ({context})" if context else "", raw)
    low = raw.lower()
    for needle, kind, template in _KNOWN:
        if needle in low:
            return NodeRefused(template, kind, symbol=symbol, native=native)
    if "revert" in low:
        return NodeRefused(
            "the {symbol} contract refused this transfer (details are in the log)",
            "reverted",
            symbol=symbol,
        )
    return NodeRefused("the node refused the transaction (details are in the log)", "other")
