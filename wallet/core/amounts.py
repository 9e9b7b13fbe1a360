"""Token amounts: user text ⇄ integer base units. Never float.

Parsing rules (also in docs/PAYMENT_URIS.md, "Amounts typed by users"):

- ASCII digits with at most one decimal separator. ``.`` is always a decimal point.
- ``,`` is a decimal comma when the text has a single comma and it cannot be a thousands
  separator: ``1,5``, ``0,125``, ``1234,500`` (a first group of four digits is not grouping),
  ``1 000,500`` (space grouping already present). Text that reads equally well both ways —
  one to three digits (not a lone 0) then ``,`` and groups of exactly three digits, such as
  ``1,000`` or ``12,345,678`` — is refused as ambiguous: type ``1000``, or ``1.000``.
- Grouping: spaces (regular, no-break U+00A0, narrow no-break U+202F, thin U+2009), as Russian
  and Kyrgyz users write ``1 000,50``; or commas when a ``.`` decimal point follows
  (``1,000.50``). Either way every group after the first has exactly three digits, and grouping
  appears only before the decimal separator. ``.`` is never a grouping separator
  (``1.000,50`` is refused with a message saying so).
- No sign, no exponent, no NaN/infinity, no more fractional digits than the token has, at most
  2^256-1 base units, and more than zero unless ``allow_zero``.

Every refusal is an ``InvalidAmount`` whose message starts with the field name. Nothing here
touches ``float``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from wallet.core.errors import InvalidAmount, term

MAX_UINT256 = 2**256 - 1
_SPACES = " \u00a0\u202f\u2009"
_DIGITS = re.compile(r"[0-9]+")
_SPACE_GROUPED = re.compile(r"[0-9]{1,3}(?:[ ][0-9]{3})+")
_COMMA_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
#: digits in 2^256-1; a whole part longer than this (without leading zeros) is too large
_MAX_DIGITS = len(str(MAX_UINT256))
_ALLOWED = set("0123456789.," + _SPACES)


def _fail(template: str, field: str, **params: object) -> InvalidAmount:
    return InvalidAmount("{field}: " + template, field=field, **params)


def parse_amount(
    text: str,
    decimals: int,
    *,
    symbol: str = "",
    field: str = term("amount"),
    allow_zero: bool = False,
) -> int:
    """Parse a user's decimal text into base units for a token with ``decimals`` decimals."""
    if not 0 <= decimals <= 77:
        raise ValueError("decimals must be between 0 and 77")
    raw = text.strip() if isinstance(text, str) else ""
    if not raw:
        raise _fail("enter an amount", field)
    lowered = raw.lower()
    if raw[0] in "-\u2212":
        raise _fail("the amount cannot be negative", field)
    if raw[0] == "+":
        raise _fail("write the amount without a + sign", field)
    if lowered in ("nan", "inf", "infinity", "-inf") or "nan" in lowered or "inf" in lowered:
        raise _fail("{text!r} is not a number", field, text=raw)
    if "e" in lowered and re.search(r"[0-9.]e[-+]?[0-9]", lowered):
        # "1e6" and "1.5E-3": refused on purpose, a typo of one letter must not move decimals
        raise _fail("write the amount in full digits, without an exponent (like 1e6)", field)
    for pos, ch in enumerate(raw, 1):
        if ch not in _ALLOWED:
            raise _fail(
                "character {pos} ({ch!r}) is not allowed; use digits and one decimal point",
                field,
                pos=pos,
                ch=ch,
            )
    whole, frac = _split(raw, field)
    unit = symbol or "this token"
    if len(frac) > decimals:
        if decimals == 0:
            raise _fail("{unit} has no decimal places; enter a whole number", field, unit=unit)
        raise _fail(
            "{unit} has {decimals} decimal places; this amount has {n}",
            field,
            unit=unit,
            decimals=decimals,
            n=len(frac),
        )
    whole = whole.lstrip("0")  # int() refuses texts over 4300 digits: leading zeros are many
    if len(whole) > _MAX_DIGITS:
        raise _fail("the amount is too large", field)
    value = int(whole or "0") * 10**decimals + int((frac or "0").ljust(decimals, "0") or "0")
    if value > MAX_UINT256:
        raise _fail("the amount is too large", field)
    if value == 0 and not allow_zero:
        raise _fail("the amount must be more than zero", field)
    return value


def _split(raw: str, field: str) -> tuple[str, str]:
    """Split into whole digits and fraction digits, resolving separators per the module rules."""
    text = raw
    for sp in _SPACES:
        text = text.replace(sp, " ")
    text = re.sub(" +", " ", text)
    dots, commas = text.count("."), text.count(",")
    if dots > 1:
        raise _fail("the amount has more than one decimal point", field)
    if dots == 1 and commas and text.rindex(",") > text.index("."):
        raise _fail(
            "{text!r} has a comma after the decimal point; a point is never a thousands "
            "separator here. Write it like 1000.50 or 1 000,50",
            field,
            text=raw,
        )
    if dots == 1 and commas:
        whole, frac = text.split(".")
        if not _COMMA_GROUPED.fullmatch(whole):
            raise _fail(
                "commas before the decimal point must separate groups of three digits", field
            )
        whole = whole.replace(",", "")
    elif dots == 1:
        whole, frac = text.split(".")
    elif commas and _COMMA_GROUPED.fullmatch(text) and text.split(",")[0].strip("0"):
        raise _fail(
            "{text!r} is ambiguous: is the comma a decimal point or a thousands separator? "
            "Type it without separators, or use a point for decimals",
            field,
            text=raw,
        )
    elif commas > 1:
        raise _fail("the amount has more than one decimal comma", field)
    elif commas == 1:
        whole, frac = text.split(",")
    else:
        whole, frac = text, ""
    if " " in frac:
        raise _fail(
            "spaces can only separate groups of three digits before the decimal point", field
        )
    if " " in whole:
        if not _SPACE_GROUPED.fullmatch(whole.strip()):
            raise _fail("spaces can only separate groups of three digits", field)
        whole = whole.replace(" ", "")
    if not whole and not frac:
        raise _fail("{text!r} is not a number", field, text=raw)
    if (whole and not _DIGITS.fullmatch(whole)) or (frac and not _DIGITS.fullmatch(frac)):
        raise _fail("{text!r} is not a number", field, text=raw)
    return whole, frac


def to_decimal(units: int, decimals: int) -> Decimal:
    """Exact Decimal value of ``units`` base units (for display and CSV only).

    Built from the exact decimal text: Decimal arithmetic would round past 28 digits.
    """
    return Decimal(format_plain(units, decimals))


def format_amount(
    units: int,
    decimals: int,
    *,
    grouping: bool = True,
    group_sep: str = ",",
    decimal_sep: str = ".",
    max_decimals: int | None = None,
    min_decimals: int = 0,
) -> str:
    """Format base units for display: ``1234500000`` with 6 decimals → ``1,234.5``.

    ``max_decimals`` rounds *down* (never shows more than there is); trailing zeros are trimmed
    to ``min_decimals``. The GUI passes its locale's separators (ru/ky: ``"\u00a0"`` and ``","``).
    """
    if units < 0:
        return "-" + format_amount(
            -units,
            decimals,
            grouping=grouping,
            group_sep=group_sep,
            decimal_sep=decimal_sep,
            max_decimals=max_decimals,
            min_decimals=min_decimals,
        )
    whole, frac = divmod(units, 10**decimals) if decimals else (units, 0)
    frac_text = str(frac).rjust(decimals, "0") if decimals else ""
    if max_decimals is not None:
        frac_text = frac_text[:max_decimals]
    frac_text = frac_text.rstrip("0")
    if len(frac_text) < min_decimals:
        frac_text = frac_text.ljust(min_decimals, "0")
    whole_text = str(whole)
    if grouping:
        groups = []
        while len(whole_text) > 3:
            groups.insert(0, whole_text[-3:])
            whole_text = whole_text[:-3]
        whole_text = group_sep.join([whole_text, *groups])
    return whole_text + (decimal_sep + frac_text if frac_text else "")


def format_plain(units: int, decimals: int) -> str:
    """Machine form: no grouping, ``.`` decimal point, full precision (JSON, CSV, URIs)."""
    return format_amount(units, decimals, grouping=False)
