"""Amounts as people read them: gas coins shortened, money rounded, fees priced, Tron resources
in transfers. Pure and Qt-free; the GUI passes its language's separators and translated words.

- Gas coins (BNB, TRX, ETH) show at most ``GAS_DECIMALS`` decimals, rounded *down* (a balance
  never reads more than there is); an amount that would read 0 keeps its first two significant
  digits instead (0.00000004 BNB stays visible). The exact amount is for tooltips and copying.
- Tokens keep their natural precision (``format_amount``: all their digits, zeros trimmed).
- Money has two decimals, except below 0.01, where two significant digits are kept (a fee of
  0.004 som is not "0.00").
- A fee reads "≈ 0.05 som (0.000116 BNB)", or just the coin amount when its value is unknown.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from wallet.core.amounts import format_amount

GAS_DECIMALS = 6

#: what one transfer uses on Tron (shared/DESIGN.md §4: a USDT-style TRC-20 transfer ≈ 64,285
#: energy; bandwidth = signed transaction size + 64 bytes: ≈ 345 for a TRC-20 call, ≈ 268 for TRX)
TRC20_TRANSFER_ENERGY = 64_285
TRC20_TRANSFER_BYTES = 345
TRX_TRANSFER_BYTES = 268


def coin_amount(units: int, decimals: int, *, group_sep: str = ",", decimal_sep: str = ".") -> str:
    """A gas coin's amount with at most ``GAS_DECIMALS`` decimals (see the module notes)."""
    shown = GAS_DECIMALS
    if 0 < units < 10**decimals and decimals > GAS_DECIMALS:
        frac = str(units).rjust(decimals, "0")
        first = len(frac) - len(frac.lstrip("0"))  # zeros after the point
        shown = max(GAS_DECIMALS, first + 2)
    return format_amount(
        units, decimals, group_sep=group_sep, decimal_sep=decimal_sep, max_decimals=shown
    )


def money_amount(value: Decimal, *, group_sep: str = ",", decimal_sep: str = ".") -> str:
    """``value`` in a currency: two decimals (two significant digits below 0.01)."""
    if value < 0:
        return "-" + money_amount(-value, group_sep=group_sep, decimal_sep=decimal_sep)
    if 0 < value < Decimal("0.01"):
        exponent = value.adjusted() - 1  # keep two significant digits
        q = value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_EVEN)
        text = format(q, "f").rstrip("0")
        return text.replace(".", decimal_sep)
    cents = int(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN) * 100)
    return format_amount(cents, 2, group_sep=group_sep, decimal_sep=decimal_sep, min_decimals=2)


def plain_decimal(value: Decimal) -> str:
    """Machine form of a Decimal (JSON): exact, no exponent, no trailing zeros."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def priced(coin_text: str, money_text: str | None, template: str = "≈ {money} ({coin})") -> str:
    """A fee or amount with its value first, when known: "≈ 0.05 som (0.000116 BNB)"."""
    return coin_text if money_text is None else template.format(money=money_text, coin=coin_text)


def free_transfers(energy: int, bandwidth: int) -> tuple[int, int]:
    """(TRC-20 transfers, TRX transfers) a Tron account can make today without burning TRX."""
    tokens = min(energy // TRC20_TRANSFER_ENERGY, bandwidth // TRC20_TRANSFER_BYTES)
    return max(tokens, 0), max(bandwidth // TRX_TRANSFER_BYTES, 0)
