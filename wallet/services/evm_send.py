"""EVM side of the send pipeline: quote with issuer controls, sign, broadcast, follow."""

from __future__ import annotations

import logging
from typing import Any

from eth_hash.auto import keccak

from wallet.chains.evm import MULTICALL3, EvmClient, call_data
from wallet.chains.node_errors import map_node_error
from wallet.core.amounts import format_amount
from wallet.core.errors import term
from wallet.core.networks import Network, Token
from wallet.services import fees as fee_model
from wallet.services.journal import Journal, JournalEntry

log = logging.getLogger(__name__)


def _uint(raw: bytes | None) -> int | None:
    return int.from_bytes(raw[:32], "big") if raw and len(raw) >= 32 else None


def _bool(raw: bytes | None) -> bool | None:
    value = _uint(raw)
    return None if value is None else bool(value)


class EvmAdapter:
    def __init__(self, net: Network, client: EvmClient, journal: Journal) -> None:
        self.net = net
        self.client = client
        self.journal = journal

    # ---------------------------------------------------------------- quote
    def _reads(self, sender: str, recipient: str, token: Token | None) -> dict[str, Any]:
        """Balances and the token issuer's controls in one multicall."""
        calls: list[tuple[str, str, bytes]] = [
            ("native", MULTICALL3, call_data("getEthBalance(address)", ["address"], [sender])),
        ]
        if token is not None:
            c = token.contract
            calls.append(("balance", c, call_data("balanceOf(address)", ["address"], [sender])))
            if token.issuer_controls in ("kgst", "usdkg"):
                calls.append(("paused", c, call_data("paused()")))
            if token.issuer_controls == "kgst":
                calls += [
                    ("sender_frozen", c, call_data("isFrozen(address)", ["address"], [sender])),
                    (
                        "recipient_frozen",
                        c,
                        call_data("isFrozen(address)", ["address"], [recipient]),
                    ),
                ]
            if token.issuer_controls == "usdkg":
                calls += [
                    (
                        "sender_blacklisted",
                        c,
                        call_data("isBlackListed(address)", ["address"], [sender]),
                    ),
                    (
                        "recipient_blacklisted",
                        c,
                        call_data("isBlackListed(address)", ["address"], [recipient]),
                    ),
                    ("bps", c, call_data("basisPointsRate()")),
                    ("max_fee", c, call_data("maximumFee()")),
                ]
        block, results = self.client.multicall([(t, d) for _, t, d in calls])
        out: dict[str, Any] = {"block": block}
        for (name, _, _), raw in zip(calls, results, strict=True):
            out[name] = raw
        return out

    def quote(self, req: Any, sender: str, recipient: str, token: Token | None) -> Any:
        from wallet.services.sender import (
            Quote,
            SendRefused,
            SendWarning,
            contract_recipient_warning,
            refuse_if_short,
        )

        net = self.net
        reads = self._reads(sender, recipient, token)
        native_balance = _uint(reads["native"]) or 0
        symbol = token.symbol if token else net.native.symbol
        decimals = token.decimals if token else net.native.decimals
        warnings: list[SendWarning] = []
        recipient_gets = req.amount
        if token is not None:
            asset_balance = _uint(reads.get("balance"))
            if asset_balance is None:
                raise SendRefused(
                    "could not read your {symbol} balance from {network}",
                    symbol=symbol,
                    network=net.name,
                )
            if _bool(reads.get("paused")):
                raise SendRefused(
                    "the issuer has paused {symbol}; transfers are stopped for now", symbol=symbol
                )
            if _bool(reads.get("sender_frozen")):
                raise SendRefused(
                    "your address is frozen by the issuer of {symbol}; it cannot send {symbol}",
                    symbol=symbol,
                )
            if _bool(reads.get("recipient_frozen")):
                raise SendRefused(
                    "the recipient's address is frozen by the issuer of {symbol}; "
                    "the transfer would fail",
                    symbol=symbol,
                )
            if _bool(reads.get("sender_blacklisted")):
                raise SendRefused(
                    "your address is blacklisted by the issuer of {symbol}; it "
                    "cannot send {symbol}",
                    symbol=symbol,
                )
            if _bool(reads.get("recipient_blacklisted")):
                warnings.append(
                    SendWarning(
                        "recipient_blacklisted",
                        "the recipient's address is blacklisted by the issuer of {symbol}: tokens "
                        "sent there arrive but can never be moved again",
                        {"symbol": symbol},
                    )
                )
            bps, max_fee = _uint(reads.get("bps")), _uint(reads.get("max_fee"))
            if bps:
                fee = min(req.amount * bps // 10_000, max_fee if max_fee is not None else 2**256)
                recipient_gets = req.amount - fee
        else:
            asset_balance = native_balance
        refuse_if_short(req.amount, asset_balance, symbol, decimals)
        if self.client.code_at(recipient):
            warnings.append(contract_recipient_warning(symbol))

        nonce = self._next_nonce(sender)
        if token is None:
            tx: dict[str, Any] = {"to": recipient, "value": req.amount, "data": b""}
        else:
            tx = {
                "to": token.contract,
                "value": 0,
                "data": call_data(
                    "transfer(address,uint256)", ["address", "uint256"], [recipient, req.amount]
                ),
            }
        gas = self._estimate(sender, tx, symbol)
        params = fee_model.fee_params(net, self.client, req.speed)
        fee_max = gas * params.max_per_gas
        fee_expected = gas * params.expected_per_gas
        need = fee_max + (req.amount if token is None else 0)
        if native_balance < need:
            nat = net.native
            if token is None:
                raise SendRefused(
                    "you need {need} {native} (amount + network fee); you have {have} {native}",
                    need=format_amount(need, nat.decimals),
                    native=nat.symbol,
                    have=format_amount(native_balance, nat.decimals),
                )
            raise SendRefused(
                "you need {fee} {native} for the network fee; you have {have} {native}",
                fee=format_amount(fee_max, nat.decimals),
                native=nat.symbol,
                have=format_amount(native_balance, nat.decimals),
            )
        unsigned = {
            **tx,
            "from": sender,
            "nonce": nonce,
            "gas": gas,
            "chainId": net.chain_id,
            **params.fields,
        }
        return Quote(
            req,
            net,
            token,
            sender,
            recipient,
            req.amount,
            recipient_gets,
            fee_max,
            fee_expected,
            native_balance,
            asset_balance,
            warnings,
            unsigned,
        )

    def _estimate(self, sender: str, tx: dict[str, Any], symbol: str) -> int:
        from web3.exceptions import ContractLogicError, Web3RPCError

        from wallet.services.sender import SendRefused

        try:
            estimate = self.client.estimate_gas({**tx, "from": sender})
        except (ContractLogicError, Web3RPCError) as exc:
            if not tx["data"] and "revert" in str(exc).lower():
                log.info("native transfer estimate reverted: %s", exc)
                raise SendRefused(
                    "the recipient is a contract that does not accept {native}; the transfer "
                    "would fail",
                    native=self.net.native.symbol,
                ) from None
            refused = map_node_error(
                str(exc), symbol=symbol, native=self.net.native.symbol, context="estimate"
            )
            raise SendRefused("the transfer would fail: {reason}", reason=refused.message) from None
        if not tx["data"] and estimate <= fee_model.NATIVE_TRANSFER_GAS:
            return fee_model.NATIVE_TRANSFER_GAS
        return fee_model.gas_limit_from_estimate(estimate)

    def _next_nonce(self, sender: str) -> int:
        """max(local pending + 1, node pending): never reuses a nonce this wallet signed."""
        _, node_pending = self.client.nonces(sender)
        local = self.journal.highest_nonce(self.net.id, sender)
        return max(node_pending, (local + 1) if local is not None else 0)

    # ---------------------------------------------------------------- sign / broadcast
    def sign(self, keys: Any, quote: Any, *, renonce: bool = True) -> tuple[str, str, int]:
        """Sign the quoted transaction; a new send re-checks its nonce against the journal."""
        tx = {k: v for k, v in quote.unsigned.items() if k != "from"}
        if renonce:
            self._cross_check(quote.sender)
            tx["nonce"] = max(tx["nonce"], self._next_nonce(quote.sender))
        raw = keys.sign_evm_transaction(quote.request.account, tx)
        return "0x" + raw.hex(), "0x" + keccak(raw).hex(), tx["nonce"]

    def _cross_check(self, sender: str) -> None:
        """Before signing, a second endpoint must agree on the sender's balance and nonce."""
        from wallet.services.sender import refuse_if_nodes_disagree

        refuse_if_nodes_disagree(self.net, self.client.account_readings(sender))

    def broadcast(self, raw_hex: str, symbol: str) -> None:
        from web3.exceptions import Web3RPCError

        try:
            self.client.send_raw(bytes.fromhex(raw_hex[2:]))
        except Web3RPCError as exc:
            raise map_node_error(
                str(exc), symbol=symbol, native=self.net.native.symbol, context="broadcast"
            ) from None

    # ---------------------------------------------------------------- follow
    def follow(self, entry: JournalEntry) -> dict[str, Any]:
        """What the node says now about a journaled transaction (fields to update)."""
        receipt = self.client.receipt(entry.txid)
        if receipt is not None:
            head = self.client.block_number()
            block = int(receipt["blockNumber"])
            confirmations = max(head - block + 1, 0)
            fee_paid = int(receipt["gasUsed"]) * int(receipt.get("effectiveGasPrice", 0))
            if int(receipt["status"]) != 1:
                return {
                    "status": "failed",
                    "block": block,
                    "confirmations": confirmations,
                    "fee_paid": fee_paid,
                    "reason": self._revert_reason(entry, block),
                }
            status = "confirmed" if confirmations >= self.net.confirmations else "broadcast"
            return {
                "status": status,
                "block": block,
                "confirmations": confirmations,
                "fee_paid": fee_paid,
                "reason": "",
            }
        confirmed_nonce, _ = self.client.nonces(entry.sender)
        if entry.nonce is not None and confirmed_nonce > entry.nonce:
            siblings = [e for e in self.journal.same_nonce(entry) if e.id != entry.id]
            for s in siblings:
                if s.status == "confirmed" or (s.pending and self.client.receipt(s.txid)):
                    return {"status": "replaced", "reason": f"replaced by transaction {s.txid}"}
            return {
                "status": "dropped",
                "reason": "another transaction used the same nonce; this one will never "
                "be included",
            }
        if entry.status == "signed" or self.client.transaction(entry.txid) is None:
            return {"rebroadcast": True}
        return {"status": "broadcast"}

    def _revert_reason(self, entry: JournalEntry, block: int) -> str:
        tx = self.client.transaction(entry.txid) or {}
        symbol = term("the token")
        try:
            self.client.call(
                lambda w3: w3.eth.call(
                    {
                        "from": entry.sender,
                        "to": tx.get("to"),
                        "data": tx.get("input"),
                        "value": tx.get("value", 0),
                    },
                    block - 1,
                ),
                "replay",
            )
        except Exception as exc:  # the replay's error carries the revert reason
            return map_node_error(
                str(exc), symbol=symbol, native=self.net.native.symbol, context="receipt"
            ).message
        return "the transaction failed on the chain (reverted)"

    # ---------------------------------------------------------------- replace
    def replacement_quote(self, entry: JournalEntry, account: Any, *, cancel: bool) -> Any:
        from wallet.services.sender import Quote, SendRefused, SendRequest

        tx = self.client.transaction(entry.txid)
        if tx is None:
            raise SendRefused(
                "the node does not know the pending transaction {txid} right now; refresh "
                "(it will be broadcast again) and try once more",
                txid=entry.txid,
            )
        if tx.get("maxFeePerGas") is not None:
            old = {
                "maxFeePerGas": int(tx["maxFeePerGas"]),
                "maxPriorityFeePerGas": int(tx["maxPriorityFeePerGas"]),
            }
        else:
            old = {"gasPrice": int(tx["gasPrice"])}
        current = fee_model.fee_params(self.net, self.client, "fast").fields
        fields = {k: max(v, current.get(k, 0)) for k, v in fee_model.bumped(old).items()}
        if cancel:
            body = {"to": entry.sender, "value": 0, "data": b"", "gas": 21_000}
            recipient, amount, asset = entry.sender, 0, ""
        else:
            body = {
                "to": tx["to"],
                "value": int(tx["value"]),
                "data": bytes(tx["input"]),
                "gas": int(tx["gas"]),
            }
            recipient, amount, asset = entry.recipient, entry.amount, entry.asset
        fee_max = body["gas"] * fields.get("maxFeePerGas", fields.get("gasPrice", 0))
        unsigned = {
            **body,
            "from": entry.sender,
            "nonce": entry.nonce,
            "chainId": self.net.chain_id,
            **fields,
        }
        req = SendRequest(account, self.net.id, asset, recipient, amount)
        token = None
        return Quote(
            req,
            self.net,
            token,
            entry.sender,
            recipient,
            amount,
            amount,
            fee_max,
            fee_max,
            0,
            0,
            [],
            unsigned,
        )
