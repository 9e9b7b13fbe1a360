"""Tron balances of many accounts × tokens in one request.

First way: the deployless ``BalanceChecker`` (``resources/contracts/src/BalanceChecker.sol``):
its creation code + ABI-encoded (owners, tokens) go as ``data`` of ``triggerconstantcontract``
with an empty ``contract_address``; java-tron runs it as creation code in a constant call
(``Wallet.triggerConstantContract``, GreatVoyage-v4.4.0+) and returns the constructor's return
data — block number, TRX per owner, ``balanceOf`` per (owner, token), a bitmap of failed reads —
in ``constant_result``. Large batches are split into chunks that stay under the node's
constant-call energy cap and the 24 KiB code-size limit a creation's return data may meet.

Fallbacks, each remembered per endpoint URL once a node refuses the way before it: Multicall3
``aggregate3`` (``getEthBalance`` = TRX in sun) at the network's ``multicall3`` address, then
single reads (``getaccount`` + one constant call per token).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from eth_abi import decode as abi_decode
from eth_abi import encode as abi_encode

from wallet.core import addresses
from wallet.core.networks import Token

log = logging.getLogger(__name__)

#: energy of one value read by the checker, measured on the devnode (``bench/`` prints it): the
#: constant-call cost of a balanceOf is about 4,000, of a TRX balance under 1,000, and each
#: 32-byte word of output costs 6,400 (200 per byte, as code deposit)
ENERGY_PER_VALUE = 12_000
ENERGY_BASE = 150_000
#: java-tron's default ``vm.maxEnergyLimitForConstant``; a quarter of it, for nodes set lower
CONSTANT_ENERGY_CAP = 100_000_000
ENERGY_BUDGET = CONSTANT_ENERGY_CAP // 4
#: EIP-170's code-size limit (24,576 bytes) in 32-byte words, less the block and bitmap words
MAX_WORDS = 24_576 // 32 - 8
MAX_VALUES = min(MAX_WORDS, (ENERGY_BUDGET - ENERGY_BASE) // ENERGY_PER_VALUE)

CHECKER, MULTICALL, SINGLE = "checker", "multicall3", "single"


class WayRefused(Exception):
    """The node does not support this way of reading balances (try the next one)."""


def owner_chunks(owners: Sequence[str], n_tokens: int) -> list[list[str]]:
    per = max(1, MAX_VALUES // (n_tokens + 1))
    return [list(owners[i : i + per]) for i in range(0, len(owners), per)]


def checker_data(owners: Sequence[str], tokens: Sequence[Token]) -> bytes:
    from wallet.devnet.contracts import load_artifact

    code = bytes.fromhex(load_artifact("BalanceChecker")["bytecode"][2:])
    args = abi_encode(
        ["address[]", "address[]"],
        [[addresses.to_evm(o) for o in owners], [addresses.to_evm(t.contract) for t in tokens]],
    )
    return code + args


def decode_checker(
    output: bytes, owners: Sequence[str], tokens: Sequence[Token]
) -> tuple[int, dict[tuple[str, str | None], int | None]]:
    per = len(tokens) + 1
    n = len(owners) * per
    words = 1 + n + (n + 255) // 256
    if len(output) != words * 32:
        raise WayRefused(f"checker answered {len(output)} bytes, expected {words * 32}")
    word = [int.from_bytes(output[i * 32 : i * 32 + 32], "big") for i in range(words)]
    failed = word[1 + n :]
    amounts: dict[tuple[str, str | None], int | None] = {}
    for o, owner in enumerate(owners):
        amounts[(owner, None)] = word[1 + o * per]
        for t, tok in enumerate(tokens):
            i = o * per + 1 + t
            bad = failed[i // 256] >> (i % 256) & 1
            amounts[(owner, tok.contract)] = None if bad else word[1 + i]
    return word[0], amounts


def constant(http: Any, body: dict[str, Any]) -> tuple[bool, bytes, str]:
    """(ok, output, node message) of a triggerconstantcontract answer."""
    doc = http.post("/wallet/triggerconstantcontract", {**body, "visible": True})
    if not isinstance(doc, dict) or "Error" in doc:
        return False, b"", str(doc.get("Error") if isinstance(doc, dict) else doc)
    from wallet.chains.tron import simulation_of

    sim = simulation_of(doc)
    return sim.ok, sim.output, sim.message


def read_with_checker(
    http: Any, owners: Sequence[str], tokens: Sequence[Token]
) -> tuple[int, dict[tuple[str, str | None], int | None]]:
    block = 0
    amounts: dict[tuple[str, str | None], int | None] = {}
    for chunk in owner_chunks(owners, len(tokens)):
        ok, output, message = constant(
            http, {"owner_address": chunk[0], "data": checker_data(chunk, tokens).hex()}
        )
        if not ok:
            raise WayRefused(message or "the checker call failed")
        number, found = decode_checker(output, chunk, tokens)
        block = max(block, number)
        amounts.update(found)
    return block, amounts


def read_with_multicall(
    http: Any, multicall: str, owners: Sequence[str], tokens: Sequence[Token]
) -> tuple[int, dict[tuple[str, str | None], int | None]]:
    from wallet.chains.evm import call_data

    mc_evm, multicall = addresses.to_evm(multicall), addresses.to_tron(multicall)
    block = 0
    amounts: dict[tuple[str, str | None], int | None] = {}
    for chunk in owner_chunks(owners, len(tokens)):
        calls, keys = [], []
        for owner in chunk:
            me = addresses.to_evm(owner)
            calls.append((mc_evm, True, call_data("getEthBalance(address)", ["address"], [me])))
            keys.append((owner, None))
            for tok in tokens:
                data = call_data("balanceOf(address)", ["address"], [me])
                calls.append((addresses.to_evm(tok.contract), True, data))
                keys.append((owner, tok.contract))
        calls.append((mc_evm, False, call_data("getBlockNumber()")))
        data = call_data("aggregate3((address,bool,bytes)[])", ["(address,bool,bytes)[]"], [calls])
        ok, output, message = constant(
            http,
            {"owner_address": chunk[0], "contract_address": multicall, "data": data.hex()},
        )
        if not ok or not output:
            raise WayRefused(message or "the Multicall3 call failed")
        try:
            (results,) = abi_decode(["(bool,bytes)[]"], output)
        except Exception as exc:  # a contract there, but not Multicall3
            raise WayRefused(f"not a Multicall3 answer ({type(exc).__name__})") from None
        if len(results) != len(calls):
            raise WayRefused("Multicall3 answered a different number of results")
        block = max(block, int.from_bytes(results[-1][1][:32], "big"))
        for key, (success, ret) in zip(keys, results[:-1], strict=True):
            amounts[key] = int.from_bytes(ret[:32], "big") if success and len(ret) >= 32 else None
    return block, amounts
