"""The EVM client (BNB Chain, Ethereum and their testnets): web3.py behind the endpoint pool."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eth_abi import decode as abi_decode
from eth_abi import encode as abi_encode
from eth_hash.auto import keccak

from wallet.chains.endpoints import EndpointPool
from wallet.chains.errors import ChainError, NodeUnavailable
from wallet.core import addresses
from wallet.core.networks import Network, Token

log = logging.getLogger(__name__)

MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11"
TRANSFER_TOPIC = "0x" + keccak(b"Transfer(address,address,uint256)").hex()


def selector(signature: str) -> bytes:
    return keccak(signature.encode())[:4]


def call_data(signature: str, types: Sequence[str] = (), values: Sequence[Any] = ()) -> bytes:
    return selector(signature) + (abi_encode(list(types), list(values)) if types else b"")


@dataclass(frozen=True)
class Balances:
    """Balances read in one request at ``block``: {(owner, token contract or None): units}."""

    block: int
    amounts: dict[tuple[str, str | None], int | None]  # None: the token call failed


def _make_web3(url: str, poa: bool) -> Any:
    from web3 import Web3

    from wallet.chains.evm_provider import PoolHTTPProvider

    w3 = Web3(PoolHTTPProvider(url))
    # web3's validation middleware asks eth_chainId around every call and the ENS middleware
    # may add lookups: the pool checks the chain once per endpoint, and ENS is not used.
    for name in ("validation", "ens_name_to_address", "gas_price_strategy", "gas_estimate"):
        w3.middleware_onion.remove(name)
    if poa:
        from web3.middleware import ExtraDataToPOAMiddleware

        w3.middleware_onion.inject(ExtraDataToPOAMiddleware, layer=0)
    return w3


class EvmClient:
    kind = "evm"

    def __init__(
        self,
        network: Network,
        *,
        endpoints: Sequence[str] | None = None,
        preferred: str | None = None,
        on_good: Callable[[str], None] | None = None,
    ) -> None:
        self.network = network
        self._multicall_absent = False
        self.pool: EndpointPool[Any] = EndpointPool(
            network.name,
            list(endpoints or network.endpoints),
            lambda url: _make_web3(url, network.poa),
            lambda w3: f"chain id {_chain_id(w3)}",
            f"chain id {network.chain_id}",
            height=lambda w3: int(w3.eth.block_number),
            preferred=preferred,
            on_good=on_good,
        )

    def call(self, fn: Callable[[Any], Any], what: str = "request") -> Any:
        return self.pool.call(fn, what=what)

    # ---------------------------------------------------------------- reads
    def block_number(self) -> int:
        return self.call(lambda w3: w3.eth.block_number, "block number")

    def native_balance(self, owner: str) -> int:
        return self.call(lambda w3: w3.eth.get_balance(owner), "balance")

    def code_at(self, address: str) -> bytes:
        return bytes(self.call(lambda w3: w3.eth.get_code(address), "code"))

    def eth_call(self, to: str, data: bytes, sender: str | None = None) -> bytes:
        tx: dict[str, Any] = {"to": to, "data": data}
        if sender:
            tx["from"] = sender
        return bytes(self.call(lambda w3: w3.eth.call(tx), "call"))

    def multicall(self, calls: Sequence[tuple[str, bytes]]) -> tuple[int, list[bytes | None]]:
        """Run read calls in ONE eth_call through Multicall3 (allowFailure=true each).

        Returns the block number and each call's return data (None when that call failed).
        Falls back to a JSON-RPC batch (still one HTTP request) where Multicall3 has no code.
        """
        return self.call(self._multicall_run(calls), "multicall")

    def _multicall_run(
        self, calls: Sequence[tuple[str, bytes]]
    ) -> Callable[[Any], tuple[int, list[bytes | None]]]:
        inner = [(addresses.to_evm(t), True, d) for t, d in calls]
        inner.append((MULTICALL3, False, call_data("getBlockNumber()")))
        data = call_data("aggregate3((address,bool,bytes)[])", ["(address,bool,bytes)[]"], [inner])
        multicall = self.network.multicall3 or MULTICALL3

        def run(w3: Any) -> tuple[int, list[bytes | None]]:
            from web3.exceptions import ContractLogicError, Web3RPCError

            if self._multicall_absent:
                return self._batch_fallback(w3, calls)
            try:
                raw = w3.eth.call({"to": multicall, "data": data})
            except (ContractLogicError, Web3RPCError) as exc:
                if w3.eth.get_code(multicall):  # it is there: this node failed, try another
                    raise NodeUnavailable(f"multicall failed ({type(exc).__name__})") from None
                raw = b""
            if not raw:
                log.info(
                    "%s: no Multicall3 at %s; using JSON-RPC batches", self.network.name, multicall
                )
                self._multicall_absent = True
                return self._batch_fallback(w3, calls)
            (results,) = abi_decode(["(bool,bytes)[]"], bytes(raw))
            block = int.from_bytes(results[-1][1], "big")
            return block, [bytes(r) if ok else None for ok, r in results[:-1]]

        return run

    @staticmethod
    def _batch_fallback(w3: Any, calls: Sequence[tuple[str, bytes]]) -> tuple[int, list]:
        """The same reads as one JSON-RPC batch (one HTTP request) without Multicall3."""
        get_balance = selector("getEthBalance(address)")
        with w3.batch_requests() as batch:
            batch.add(w3.eth.get_block_number())
            for target, d in calls:
                if addresses.to_evm(target) == MULTICALL3 and d[:4] == get_balance:
                    (owner,) = abi_decode(["address"], d[4:])
                    batch.add(w3.eth.get_balance(addresses.to_evm(owner)))
                else:
                    batch.add(w3.eth.call({"to": addresses.to_evm(target), "data": d}))
            responses = batch.execute()
        block = int(responses[0])
        out: list[bytes | None] = []
        for r in responses[1:]:
            if isinstance(r, int):
                out.append(r.to_bytes(32, "big"))
            elif isinstance(r, bytes | bytearray):
                out.append(bytes(r))
            else:
                out.append(None)
        return block, out

    def balances(self, owners: Sequence[str], tokens: Sequence[Token]) -> Balances:
        """Native + token balances of every owner, in one request (module doc)."""
        keys, calls = _balance_calls(owners, tokens)
        return _balances(keys, *self.multicall(calls))

    def balances_everywhere(self, owners: Sequence[str], tokens: Sequence[Token]) -> list[Balances]:
        """The same balances from up to two different endpoints (to confirm a surprising one)."""
        keys, calls = _balance_calls(owners, tokens)
        run = self._multicall_run(calls)
        return [_balances(keys, *answer) for _, answer in self.pool.answers(run, limit=2)]

    def account_readings(self, owner: str) -> list[tuple[str, int, int]]:
        """(endpoint, balance, nonce) of ``owner`` at one block, from up to two endpoints."""
        heads = self.pool.answers(lambda w3: int(w3.eth.block_number), limit=2)
        if len(heads) < 2:
            return []
        block = min(h for _, h in heads)

        def read(w3: Any) -> tuple[int, int]:
            with w3.batch_requests() as batch:  # one HTTP request per endpoint
                batch.add(w3.eth.get_balance(owner, block))
                batch.add(w3.eth.get_transaction_count(owner, block))
                balance, nonce = batch.execute()
            return int(balance), int(nonce)

        answers = self.pool.answers(read, limit=2, urls=[u for u, _ in heads])
        return [(url, balance, nonce) for url, (balance, nonce) in answers]

    def token_metadata(self, contract: str) -> tuple[str, str, int]:
        """(symbol, name, decimals) read from the chain, for adding a token by contract."""
        contract = addresses.to_evm(contract)
        if not self.code_at(contract):
            raise ChainError(
                "there is no contract at {address} on {network}",
                address=contract,
                network=self.network.name,
            )
        _, results = self.multicall(
            [(contract, call_data(s)) for s in ("symbol()", "name()", "decimals()")]
        )
        sym, name, dec = results
        if dec is None or sym is None:
            raise ChainError(
                "the contract at {address} is not an ERC-20 token (no symbol or decimals)",
                address=contract,
            )
        return (
            _abi_string(sym),
            _abi_string(name) if name else _abi_string(sym),
            int.from_bytes(dec[:32], "big"),
        )

    # ---------------------------------------------------------------- fees and txs
    def gas_price(self) -> int:
        return self.call(lambda w3: w3.eth.gas_price, "gas price")

    def fee_history(self, blocks: int, percentiles: Sequence[float]) -> Any:
        return self.call(
            lambda w3: w3.eth.fee_history(blocks, "latest", list(percentiles)), "fee history"
        )

    def latest_base_fee(self) -> int:
        return self.call(lambda w3: w3.eth.get_block("latest").get("baseFeePerGas", 0), "base fee")

    def estimate_gas(self, tx: dict[str, Any]) -> int:
        return self.call(lambda w3: w3.eth.estimate_gas(tx), "gas estimate")

    def nonces(self, owner: str) -> tuple[int, int]:
        """(confirmed nonce, pending nonce) of ``owner``."""

        def run(w3: Any) -> tuple[int, int]:
            return (
                w3.eth.get_transaction_count(owner, "latest"),
                w3.eth.get_transaction_count(owner, "pending"),
            )

        return self.call(run, "nonce")

    def send_raw(self, raw: bytes) -> str:
        return (
            "0x" + bytes(self.call(lambda w3: w3.eth.send_raw_transaction(raw), "broadcast")).hex()
        )

    def receipt(self, txid: str) -> dict[str, Any] | None:
        """The transaction's receipt if its block is on the chain now; None while it is not
        mined, and for a receipt whose block was replaced (a reorg, or a devnet reverted to a
        snapshot): a node may still answer with that one, and it proves nothing."""

        def canonical(w3: Any) -> Any:
            from web3.exceptions import BlockNotFound, TransactionNotFound

            receipt = w3.eth.get_transaction_receipt(txid)
            try:
                block = w3.eth.get_block(receipt["blockNumber"])
            except BlockNotFound:
                raise TransactionNotFound(txid) from None
            if block["hash"] != receipt["blockHash"]:
                raise TransactionNotFound(txid)
            return receipt

        return self._maybe(canonical, "receipt")

    def transaction(self, txid: str) -> dict[str, Any] | None:
        return self._maybe(lambda w3: w3.eth.get_transaction(txid), "transaction")

    def _maybe(self, fn: Callable[[Any], Any], what: str) -> dict[str, Any] | None:
        """``fn``'s answer as a dict, or None when the node does not know the transaction."""

        def run(w3: Any) -> dict[str, Any] | None:
            from web3.exceptions import TransactionNotFound

            try:
                return dict(fn(w3))
            except TransactionNotFound:
                return None

        return self.call(run, what)

    def get_logs(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return [dict(x) for x in self.call(lambda w3: w3.eth.get_logs(params), "logs")]

    def block_timestamp(self, number: int) -> int:
        return int(self.call(lambda w3: w3.eth.get_block(number)["timestamp"], "block"))


def _balance_calls(
    owners: Sequence[str], tokens: Sequence[Token]
) -> tuple[list[tuple[str, str | None]], list[tuple[str, bytes]]]:
    calls: list[tuple[str, bytes]] = []
    keys: list[tuple[str, str | None]] = []
    for owner in owners:
        calls.append((MULTICALL3, call_data("getEthBalance(address)", ["address"], [owner])))
        keys.append((owner, None))
        for tok in tokens:
            calls.append((tok.contract, call_data("balanceOf(address)", ["address"], [owner])))
            keys.append((owner, tok.contract))
    return keys, calls


def _balances(
    keys: list[tuple[str, str | None]], block: int, results: list[bytes | None]
) -> Balances:
    amounts = {}
    for key, raw in zip(keys, results, strict=True):
        amounts[key] = int.from_bytes(raw[:32], "big") if raw and len(raw) >= 32 else None
    return Balances(block, amounts)


def _chain_id(w3: Any) -> int:
    try:
        return int(w3.eth.chain_id)
    except NodeUnavailable:
        raise
    except Exception as exc:  # a node that cannot say its chain id is not usable
        raise NodeUnavailable(f"no chain id ({type(exc).__name__})") from None


def _abi_string(raw: bytes) -> str:
    try:
        (text,) = abi_decode(["string"], raw)
        return str(text)
    except Exception:  # some old tokens return bytes32
        return raw[:32].rstrip(b"\0").decode("utf-8", "replace")
