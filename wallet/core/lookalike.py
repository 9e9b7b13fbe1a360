"""Address poisoning: a recipient that looks like a known payee but is not.

Attackers create addresses whose first and last characters match an address the victim has
paid, then plant them in the victim's history hoping the victim copies the wrong one. Wallets
usually show only the start and end of an address, so the lookalike passes a glance. Kapchyk
compares every recipient with the address book and past payees and shows the difference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wallet.core import addresses

#: characters compared at each end: after ``0x`` for EVM addresses; of the whole base58 string
#: (``T`` included) for Tron, where wallets show e.g. ``TR7N…Lj6t``
EDGE = 4
_HEX = re.compile(r"0[xX][0-9a-fA-F]{40}")
_TRON = re.compile(r"T[" + addresses.B58_ALPHABET + r"]{33}")

Known = str | tuple[str, str]
"""A known address: bare, or ``(address, label)`` (address-book name, "a past payee", …)."""


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


def _shape(address: str) -> tuple[str, str] | None:
    """(family, the part users compare) for an address-shaped string, else None.

    Only the shape is checked (no checksum): this is a second line of defence after
    ``addresses.validate``, and a lookalike is suspicious whether or not its checksum is right.
    EVM bodies compare case-insensitively (the case is only a checksum).
    """
    text = address.strip()
    if _HEX.fullmatch(text):
        return "evm", text[2:].lower()
    if _TRON.fullmatch(text):
        return "tron", text
    return None


def mark_differences(a: str, b: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """Per-character marks of where ``a`` and ``b`` differ (case-insensitive for 0x addresses).

    Returns ``(marks_a, marks_b)``; each is a tuple of ``(character, differs)`` in the
    original spelling, so a view can print the address and highlight the differing characters.
    Characters past the end of the shorter string always differ.
    """
    evm = a[:2].lower() == "0x" and b[:2].lower() == "0x"

    def norm(c: str) -> str:
        return c.lower() if evm else c

    marks_a = tuple((c, i >= len(b) or norm(c) != norm(b[i])) for i, c in enumerate(a))
    marks_b = tuple((c, i >= len(a) or norm(c) != norm(a[i])) for i, c in enumerate(b))
    return marks_a, marks_b


def looks_alike(a: str, b: str, edge: int | None = None) -> bool:
    """Same family, same first and last ``edge`` characters (default ``EDGE``, read at call
    time), but a different address."""
    edge = EDGE if edge is None else edge
    sa, sb = _shape(a), _shape(b)
    if sa is None or sb is None or sa[0] != sb[0] or sa[1] == sb[1]:
        return False
    ba, bb = sa[1], sb[1]
    return ba[:edge] == bb[:edge] and ba[-edge:] == bb[-edge:]


def _pairs(known: Iterable[Known]) -> Iterator[tuple[str, str]]:
    for item in known:
        yield (item, "") if isinstance(item, str) else (item[0], item[1])


def find_lookalikes(recipient: str, known: Iterable[Known]) -> list[Lookalike]:
    """Known addresses that look like ``recipient`` without being it, each with its diff.

    ``known`` holds the address book and past payees, bare or as ``(address, label)``. A known
    address listed twice (say in the book and as a past payee) is reported once, first label.
    """
    found: list[Lookalike] = []
    seen: set[str] = set()
    for address, label in _pairs(known):
        shape = _shape(address)
        if shape is None or shape[1] in seen or not looks_alike(recipient, address):
            continue
        seen.add(shape[1])
        ra, ka = mark_differences(recipient.strip(), address.strip())
        found.append(Lookalike(recipient, address, label, ra, ka))
    return found


def is_known(recipient: str, known: Iterable[Known]) -> bool:
    """True when ``recipient`` is exactly one of the known addresses (any letter case for 0x)."""
    mine = _shape(recipient)
    return mine is not None and any(_shape(a) == mine for a, _ in _pairs(known))
