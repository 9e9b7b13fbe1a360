"""Address poisoning: a recipient that looks like a known payee but is not.

Attackers create addresses whose first and last characters match an address the victim has
paid, then plant them in the victim's history hoping the victim copies the wrong one. Wallets
usually show only the start and end of an address, so the lookalike passes a glance. Kapchyk
compares every recipient with the address book and past payees and shows the difference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kapchyk.core import addresses

#: characters compared at each end (after the 0x prefix for EVM addresses)
EDGE = 4


@dataclass(frozen=True)
class Lookalike:
    recipient: str
    known: str
    label: str
    #: (character of the recipient, differs from the known address at that position)
    recipient_marks: tuple[tuple[str, bool], ...]
    known_marks: tuple[tuple[str, bool], ...]

    @property
    def differing_positions(self) -> list[int]:
        return [i for i, (_, differs) in enumerate(self.recipient_marks) if differs]


def _body(address: str) -> str:
    """The part of the spelling users compare: without ``0x``, case-insensitive for EVM."""
    return address[2:].lower() if address[:2] in ("0x", "0X") else address


def mark_differences(a: str, b: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """Per-character marks of where ``a`` and ``b`` differ (case-insensitive for 0x addresses)."""
    evm = a[:2].lower() == "0x" and b[:2].lower() == "0x"

    def norm(c: str) -> str:
        return c.lower() if evm else c

    marks_a = tuple((c, i >= len(b) or norm(c) != norm(b[i])) for i, c in enumerate(a))
    marks_b = tuple((c, i >= len(a) or norm(c) != norm(a[i])) for i, c in enumerate(b))
    return marks_a, marks_b


def looks_alike(a: str, b: str, edge: int | None = None) -> bool:
    """Same first and last ``edge`` characters (default ``EDGE``) but a different account."""
    edge = EDGE if edge is None else edge
    ba, bb = _body(a), _body(b)
    if ba == bb:
        return False
    try:
        if addresses.same_account(a, b):
            return False
    except Exception:  # malformed input simply is not a lookalike
        return False
    return ba[:edge] == bb[:edge] and ba[-edge:] == bb[-edge:]


def find_lookalikes(recipient: str, known: Iterable[tuple[str, str]]) -> list[Lookalike]:
    """Known (address, label) pairs that look like ``recipient`` without being it."""
    found = []
    for address, label in known:
        if looks_alike(recipient, address):
            ra, ka = mark_differences(recipient, address)
            found.append(Lookalike(recipient, address, label, ra, ka))
    return found


def is_known(recipient: str, known: Iterable[tuple[str, str]]) -> bool:
    return any(_same(recipient, a) for a, _ in known)


def _same(a: str, b: str) -> bool:
    try:
        return addresses.same_account(a, b) and a[:1] == b[:1]
    except Exception:  # malformed input is never "known"
        return False
