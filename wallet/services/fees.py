"""Network fees by the network's fee model (data, not code): legacy gas price or EIP-1559."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wallet.core.networks import Network

SPEEDS = ("slow", "normal", "fast")
#: percentile of recent priority fees per speed (EIP-1559)
_PERCENTILES = {"slow": 10, "normal": 50, "fast": 90}
GAS_MARGIN_NUM, GAS_MARGIN_DEN = 5, 4  # estimate × 1.25
NATIVE_TRANSFER_GAS = 21_000
#: a typical token transfer (≈ 52k gas) with room, for pricing the speed choices before a quote
TOKEN_TRANSFER_GAS = 65_000


@dataclass(frozen=True)
class FeeParams:
    """What goes into the transaction, and the most it can cost per gas."""

    fields: dict[str, int]  # gasPrice, or maxFeePerGas + maxPriorityFeePerGas
    max_per_gas: int
    expected_per_gas: int


def gas_limit_from_estimate(estimate: int) -> int:
    return -(-estimate * GAS_MARGIN_NUM // GAS_MARGIN_DEN)


def fee_params(net: Network, client: Any, speed: str = "normal") -> FeeParams:
    if speed not in SPEEDS:
        raise ValueError(f"speed must be one of {SPEEDS}")
    if net.fee_model == "legacy":
        price = max(client.gas_price(), net.min_gas_price_wei)
        if speed == "fast":
            price = price * 6 // 5
        return FeeParams({"gasPrice": price}, price, price)
    history = client.fee_history(10, [p for p in _PERCENTILES.values()])
    base = int(history["baseFeePerGas"][-1])
    column = list(_PERCENTILES).index(speed)
    tips = [int(r[column]) for r in history.get("reward", []) if r]
    tip = sorted(tips)[len(tips) // 2] if tips else 10**9
    tip = max(tip, 1)
    max_fee = 2 * base + tip
    return FeeParams({"maxFeePerGas": max_fee, "maxPriorityFeePerGas": tip}, max_fee, base + tip)


def bumped(fields: dict[str, int], factor_num: int = 6, factor_den: int = 5) -> dict[str, int]:
    """Fee fields raised by 20% (nodes need ≥ 10% to replace a pending transaction)."""
    return {k: -(-v * factor_num // factor_den) for k, v in fields.items()}


def typical_fees(net: Network, client: Any, *, token: bool) -> dict[str, int]:
    """The expected fee of a typical transfer at each speed, in the gas coin's base units (what
    the speed choices show before the exact quote)."""
    gas = TOKEN_TRANSFER_GAS if token else NATIVE_TRANSFER_GAS
    return {speed: fee_params(net, client, speed).expected_per_gas * gas for speed in SPEEDS}
