"""Addresses: EVM (EIP-55) and Tron (base58check, 0x41 prefix).

Both chains use the same 20-byte account id; Tron writes it as base58check of ``0x41 || id``
(34 characters starting with ``T``), EVM as ``0x`` + 40 hex digits with the EIP-55 checksum in
the letter case. ``validate`` is what every user-typed address goes through.
"""

from __future__ import annotations

import re
from typing import Protocol

import base58

from wallet.core.errors import InvalidAddress

TRON_PREFIX = 0x41
B58_ALPHABET = base58.BITCOIN_ALPHABET.decode("ascii")
_HEX40 = re.compile(r"^[0-9a-fA-F]{40}$")
ZERO_ID = bytes(20)


class NetworkLike(Protocol):
    kind: str  # "evm" | "tron"
    name: str


# ---------------------------------------------------------------- base58
def b58encode(data: bytes) -> str:
    return base58.b58encode(data).decode("ascii")


def b58decode(text: str) -> bytes:
    """Raises ValueError naming the first character outside the base58 alphabet."""
    return base58.b58decode(text)


# ---------------------------------------------------------------- conversions
# EIP-55 by hand rather than eth_utils.to_checksum_address / is_checksum_address: this module is
# loaded (and checksums the networks' addresses) before the main window's first paint, and
# importing eth_utils there cost 112-133 ms of CPU (200-380 ms wall, 2 loaded cores) on top of
# what start-up imports anyway, measured 2026-12 in the start-up probe's process after its Qt,
# window and registry imports, against a 300 ms first-paint goal (bench/bench_startup.py);
# eth_hash (pycryptodome's keccak) is imported where it hashes: the packaged data files are not
# hashed at start (core/networks._evm_or_trusted), so it loads after the first paint.
def evm_checksum(account_id: bytes) -> str:
    """EIP-55 form of a 20-byte account id."""
    if len(account_id) != 20:
        raise ValueError("an account id is 20 bytes")
    lower = account_id.hex()
    from eth_hash.auto import keccak  # here: its import costs ~0.1 s of the window's start

    digest = keccak(lower.encode("ascii")).hex()
    return "0x" + "".join(
        c.upper() if int(d, 16) >= 8 else c for c, d in zip(lower, digest[:40], strict=True)
    )


def tron_from_id(account_id: bytes) -> str:
    """Base58check Tron address (``T…``) of a 20-byte account id."""
    if len(account_id) != 20:
        raise ValueError("an account id is 20 bytes")
    return base58.b58encode_check(bytes([TRON_PREFIX]) + account_id).decode("ascii")


def account_id(address: str) -> bytes:
    """The 20-byte account id of a *well-formed* address in any supported spelling.

    Accepts ``0x``+40 hex (any case), Tron base58 ``T…`` and Tron hex ``41``+40 hex. Raises
    ``InvalidAddress`` for anything else (see ``validate`` for user input with full messages).
    """
    text = address.strip()
    if text.startswith(("0x", "0X")) and _HEX40.match(text[2:]):
        return bytes.fromhex(text[2:])
    if len(text) == 42 and text[:2] == "41" and _HEX40.match(text[2:]):
        return bytes.fromhex(text[2:])
    return _tron_b58_id(text)


def tron_to_hex(address: str) -> str:
    """``41…`` hex form (as java-tron's API uses without ``visible``)."""
    return "41" + account_id(address).hex()


def to_tron(address: str) -> str:
    return tron_from_id(account_id(address))


def to_evm(address: str) -> str:
    return evm_checksum(account_id(address))


def is_tron_address(text: str) -> bool:
    try:
        _tron_b58_id(text.strip())
    except InvalidAddress:
        return False
    return True


def is_evm_address(text: str) -> bool:
    t = text.strip()
    return t[:2] in ("0x", "0X") and bool(_HEX40.match(t[2:]))


# ---------------------------------------------------------------- validation
def _tron_b58_id(text: str, network_name: str = "Tron") -> bytes:
    if not text.startswith("T"):
        raise InvalidAddress(
            "a {network} address starts with T; this one starts with {first!r}",
            network=network_name,
            first=text[:1],
        )
    for pos, ch in enumerate(text, 1):
        if ch not in B58_ALPHABET:
            hint = " (0, O, I and l are never used in Tron addresses)" if ch in "0OIl" else ""
            raise InvalidAddress(
                "character {pos} ({ch!r}) cannot appear in a {network} address{hint}",
                pos=pos,
                ch=ch,
                network=network_name,
                hint=hint,
            )
    if len(text) != 34:
        raise InvalidAddress(
            "a {network} address has 34 characters; this one has {n}",
            network=network_name,
            n=len(text),
        )
    raw = b58decode(text)
    if len(raw) != 25 or raw[0] != TRON_PREFIX:
        raise InvalidAddress("this is not a {network} address", network=network_name)
    try:
        base58.b58decode_check(text)
    except ValueError:
        raise InvalidAddress(
            "the checksum of this {network} address does not match — check for a typo",
            network=network_name,
        ) from None
    return raw[1:21]


def _evm_id(text: str, network_name: str) -> bytes:
    body = text[2:]
    bad = next(((i, c) for i, c in enumerate(body, 3) if c not in "0123456789abcdefABCDEF"), None)
    if bad:
        raise InvalidAddress(
            "character {pos} ({ch!r}) is not a hex digit; "
            "a {network} address is 0x and 40 hex digits",
            pos=bad[0],
            ch=bad[1],
            network=network_name,
        )
    if len(body) != 40:
        raise InvalidAddress(
            "a {network} address has 40 hex digits after 0x; this one has {n}",
            network=network_name,
            n=len(body),
        )
    ident = bytes.fromhex(body)
    if body != body.lower() and body != body.upper() and evm_checksum(ident) != "0x" + body:
        raise InvalidAddress(
            "the checksum (upper/lower case letters) of this address does not match — "
            "check for a typo",
        )
    return ident


def validate(address: str, network: NetworkLike, *, allow_zero: bool = False) -> str:
    """Check a user-typed address for ``network`` and return its canonical spelling.

    EVM networks return the EIP-55 form, Tron networks the base58 ``T…`` form. Errors name the
    problem: wrong network family, bad character, wrong length, checksum mismatch.
    """
    text = address.strip()
    if not text:
        raise InvalidAddress("the recipient address is empty")
    if any(ch.isspace() for ch in text):
        raise InvalidAddress("the address contains a space or line break")
    if network.kind == "evm":
        if text.startswith("T") and is_tron_address(text):
            raise InvalidAddress(
                "this is a Tron address, but you are sending on {network}", network=network.name
            )
        if not text.startswith(("0x", "0X")):
            raise InvalidAddress(
                "a {network} address starts with 0x; this one starts with {first!r}",
                network=network.name,
                first=text[:2],
            )
        ident = _evm_id(text, network.name)
        canonical = evm_checksum(ident)
    elif network.kind == "tron":
        if text.startswith(("0x", "0X")):
            raise InvalidAddress(
                "this is an EVM (0x…) address, but you are sending on {network}; "
                "Tron addresses start with T",
                network=network.name,
            )
        ident = _tron_b58_id(text, network.name)
        canonical = tron_from_id(ident)
    else:  # pragma: no cover - networks are validated at load
        raise InvalidAddress("unsupported network kind {kind!r}", kind=network.kind)
    if ident == ZERO_ID and not allow_zero:
        raise InvalidAddress("this is the zero address; nothing sent there can ever be recovered")
    return canonical


def same_account(a: str, b: str) -> bool:
    """True when two well-formed addresses (any spelling) name the same 20-byte account."""
    return account_id(a) == account_id(b)
