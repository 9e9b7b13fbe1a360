"""Tron side of the send pipeline: resource-aware fees, local build and checks, follow-up.

The quote reads the energy and bandwidth prices from ``getchainparameters``, simulates the exact
transfer with ``triggerconstantcontract``, sets ``fee_limit`` from the simulated energy with
margin, and shows the TRX that will really be burned after the account's free bandwidth and
staked energy. The transaction is built here and signed exactly as quoted.
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Any

from eth_abi import decode as abi_decode

from wallet.chains.evm import call_data
from wallet.chains.node_errors import map_node_error
from wallet.chains.tron import TronClient
from wallet.core import addresses, tron_tx
from wallet.core.amounts import format_amount
from wallet.core.networks import Network, Token
from wallet.services.journal import Journal, JournalEntry

log = logging.getLogger(__name__)

ENERGY_MARGIN_NUM, ENERGY_MARGIN_DEN = 6, 5  # fee_limit covers simulated energy × 1.2
SIGNATURE_BYTES = 65
BANDWIDTH_OVERHEAD = 64


def _p(params: dict[str, int], key: str, default: int) -> int:
    return int(params.get(key) or default)


def signed_protobuf(raw: tron_tx.RawTx, signature: bytes) -> bytes:
    return tron_tx.SignedTx(raw, [signature]).encode()


def revert_reason(output: bytes) -> str:
    if output[:4] == bytes.fromhex("08c379a0"):
        try:
            (text,) = abi_decode(["string"], output[4:])
            return str(text)
        except Exception:  # garbage revert data
            return ""
    return ""


class TronAdapter:
    def __init__(self, net: Network, client: TronClient, journal: Journal) -> None:
        self.net = net
        self.client = client
        self.journal = journal

    # ---------------------------------------------------------------- quote
    def quote(self, req: Any, sender: str, recipient: str, token: Token | None) -> Any:
        from wallet.services.sender import (
            Quote,
            SendRefused,
            SendWarning,
            contract_recipient_warning,
            refuse_if_short,
        )

        net, client = self.net, self.client
        params = client.params()
        energy_price = _p(params, "getEnergyFee", 100)
        byte_price = _p(params, "getTransactionFee", 1000)
        trx = net.native
        account = client.account(sender)
        if not account:
            raise SendRefused(
                "this Tron account has never been activated: it needs some TRX before it can "
                "send anything"
            )
        balance = int(account.get("balance", 0))
        res = client.resources(sender)
        recipient_account = client.account(recipient)
        recipient_active = bool(recipient_account)
        warnings: list[SendWarning] = []
        symbol = token.symbol if token else trx.symbol
        if recipient_account.get("type") == "Contract":  # java-tron's AccountType.Contract
            warnings.append(contract_recipient_warning(symbol))
        decimals = token.decimals if token else trx.decimals
        recipient_gets = req.amount
        energy = 0
        extra_fee = 0  # account creation fee for TRX to a new account
        if token is not None:
            asset_balance = self._token_checks(token, sender, recipient, req.amount, warnings)
            refuse_if_short(req.amount, asset_balance, symbol, decimals)
            bps = client.call_uint(token.contract, call_data("basisPointsRate()"))
            if token.issuer_controls == "usdkg" and bps:
                max_fee = client.call_uint(token.contract, call_data("maximumFee()"))
                fee = req.amount * bps // 10_000
                recipient_gets = req.amount - min(fee, max_fee if max_fee is not None else fee)
            data = tron_tx.encode_trc20_transfer(recipient, req.amount)
            sim = client.simulate(sender, token.contract, data)
            if not sim.ok:
                reason = revert_reason(sim.output) or sim.message
                refused = map_node_error(
                    reason, symbol=symbol, native=trx.symbol, context="simulate"
                )
                raise SendRefused("the transfer would fail: {reason}", reason=refused.message)
            energy = sim.energy
            fee_limit = -(-energy * ENERGY_MARGIN_NUM // ENERGY_MARGIN_DEN) * energy_price
            fee_limit = min(
                max(fee_limit, energy * energy_price), _p(params, "getMaxFeeLimit", 15_000_000_000)
            )
            contract = tron_tx.Contract(
                "TriggerSmartContract",
                {
                    "owner_address": b"\x41" + addresses.account_id(sender),
                    "contract_address": b"\x41" + addresses.account_id(token.contract),
                    "data": data,
                },
            )
            if not recipient_active:
                warnings.append(
                    SendWarning(
                        "recipient_not_activated",
                        "this address has never been activated; it will need TRX to move the "
                        "{symbol} you send",
                        {"symbol": symbol},
                    )
                )
        else:
            asset_balance = balance
            refuse_if_short(req.amount, asset_balance, symbol, decimals)
            fee_limit = 0
            contract = tron_tx.Contract(
                "TransferContract",
                {
                    "owner_address": b"\x41" + addresses.account_id(sender),
                    "to_address": b"\x41" + addresses.account_id(recipient),
                    "amount": req.amount,
                },
            )
            if not recipient_active:
                extra_fee = _p(params, "getCreateNewAccountFeeInSystemContract", 1_000_000) + _p(
                    params, "getCreateAccountFee", 100_000
                )
        raw = client.build(contract, fee_limit=fee_limit)
        self._cross_check(contract, raw, fee_limit)
        size = tron_tx.signed_size(raw, [bytes(SIGNATURE_BYTES)]) + BANDWIDTH_OVERHEAD
        net_burn = 0 if (extra_fee or res.free_net_left >= size) else size * byte_price
        energy_burn = max(energy - res.energy_left, 0) * energy_price
        fee_expected = energy_burn + net_burn + extra_fee
        fee_max = (fee_limit if token else 0) + net_burn + extra_fee
        need = fee_expected + (req.amount if token is None else 0)
        if balance < need:
            if token is None:
                raise SendRefused(
                    "you need {need} TRX (amount + fees); you have {have} TRX",
                    need=format_amount(need, 6),
                    have=format_amount(balance, 6),
                )
            raise SendRefused(
                "this transfer burns about {fee} TRX; you have {have} TRX",
                fee=format_amount(fee_expected, 6, max_decimals=1),
                have=format_amount(balance, 6, max_decimals=1),
            )
        unsigned = {
            "raw": raw,
            "energy": energy,
            "energy_price": energy_price,
            "bandwidth": size,
            "net_burn": net_burn,
            "energy_burn": energy_burn,
            "energy_from_stake": min(energy, res.energy_left),  # staked or lent energy
            "account_creation_fee": extra_fee,
            "fee_limit": fee_limit,
            "first_time_holder": token is not None and self._never_held(token, recipient),
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
            balance,
            asset_balance,
            warnings,
            unsigned,
        )

    def _cross_check(self, contract: tron_tx.Contract, raw: tron_tx.RawTx, fee_limit: int) -> None:
        """Ask the node to build the same transaction and compare it with ours, field by field.

        The wallet only ever signs its own build; a node that builds something else (another
        recipient, amount, contract or fee limit) is lying, and nothing is signed with it.
        """
        from wallet.services.sender import SendRefused

        try:
            theirs = self.client.node_built(contract, fee_limit=fee_limit)
            problems = tron_tx.mismatches(theirs, raw)
        except tron_tx.TronTxError as exc:
            problems = [str(exc)]
        if problems:
            log.warning("%s node built a different transaction: %s", self.net.name, problems)
            raise SendRefused(
                "the {network} node answered with a different transaction than the one you "
                "asked for ({fields}); nothing was signed. Use another endpoint",
                network=self.net.name,
                fields=", ".join(problems),
            )

    def _never_held(self, token: Token, recipient: str) -> bool:
        data = call_data("balanceOf(address)", ["address"], [addresses.to_evm(recipient)])
        return not self.client.call_uint(token.contract, data)

    def _token_checks(
        self, token: Token, sender: str, recipient: str, amount: int, warnings: list[Any]
    ) -> int:
        from wallet.services.sender import SendRefused, SendWarning

        c, symbol = self.client, token.symbol

        def flag(sig: str, *args: str) -> bool:
            data = call_data(sig, ["address"] * len(args), [addresses.to_evm(a) for a in args])
            return bool(c.call_uint(token.contract, data))

        balance = c.call_uint(
            token.contract,
            call_data("balanceOf(address)", ["address"], [addresses.to_evm(sender)]),
            sender,
        )
        if balance is None:
            raise SendRefused(
                "could not read your {symbol} balance from {network}",
                symbol=symbol,
                network=self.net.name,
            )
        if token.issuer_controls in ("usdkg", "kgst") and flag("paused()"):
            raise SendRefused(
                "the issuer has paused {symbol}; transfers are stopped for now", symbol=symbol
            )
        if token.issuer_controls == "usdkg":
            if flag("isBlackListed(address)", sender):
                raise SendRefused(
                    "your address is blacklisted by the issuer of {symbol}; it "
                    "cannot send {symbol}",
                    symbol=symbol,
                )
            if flag("isBlackListed(address)", recipient):
                warnings.append(
                    SendWarning(
                        "recipient_blacklisted",
                        "the recipient's address is blacklisted by the issuer of {symbol}: tokens "
                        "sent there arrive but can never be moved again",
                        {"symbol": symbol},
                    )
                )
        return balance

    # ---------------------------------------------------------------- sign / broadcast
    def sign(self, keys: Any, quote: Any, *, renonce: bool = True) -> tuple[str, str, None]:
        from wallet.services.sender import SendRefused

        raw: tron_tx.RawTx = quote.unsigned["raw"]
        if raw.expiration <= int(time.time() * 1000):
            raise SendRefused("this quote has expired; get a new one")
        self._nodes_agree(quote.sender)
        encoded = raw.encode()
        signature = keys.sign_tron_transaction(quote.request.account, encoded)
        return (
            "0x" + signed_protobuf(raw, signature).hex(),
            hashlib.sha256(encoded).hexdigest(),
            None,
        )

    def _nodes_agree(self, sender: str) -> None:
        """A second endpoint must report the sender's TRX balance as the first did."""
        from wallet.services.sender import refuse_if_nodes_disagree

        def balance(http: Any) -> int:
            doc = http.post("/wallet/getaccount", {"address": sender, "visible": True})
            return int(doc.get("balance", 0)) if isinstance(doc, dict) else 0

        readings = self.client.pool.answers(balance, limit=2)
        refuse_if_nodes_disagree(self.net, [(url, b, None) for url, b in readings])

    def broadcast(self, raw_hex: str, symbol: str) -> None:
        from wallet.chains.node_errors import NodeRefused

        out = self.client.broadcast_hex(bytes.fromhex(raw_hex[2:]))
        if out.get("result") is True:
            return
        code = str(out.get("code", ""))
        try:
            text = bytes.fromhex(out.get("message", "")).decode("utf-8", "replace")
        except ValueError:
            text = str(out.get("message", out.get("Error", "")))
        log.info("tron broadcast refused: %s %s", code, text)
        known = {
            "DUP_TRANSACTION_ERROR": ("already_known", "the network already has this transaction"),
            "TRANSACTION_EXPIRATION_ERROR": (
                "expired",
                "the transaction expired before it was sent",
            ),
            "TAPOS_ERROR": ("expired", "the transaction refers to a block the node does not know"),
            "SIGERROR": ("other", "the node did not accept the signature"),
            "BANDWITH_ERROR": (
                "insufficient_native",
                "the account does not have enough TRX for the bandwidth fee",
            ),
        }
        if code in known:
            kind, message = known[code]
            raise NodeRefused(message, kind)
        raise map_node_error(text or code, symbol=symbol, native="TRX", context="broadcast")

    # ---------------------------------------------------------------- follow
    def follow(self, entry: JournalEntry) -> dict[str, Any]:
        info = self.client.transaction_info(entry.txid)
        if info:
            number = self.client.block_number()
            block = int(info.get("blockNumber", 0))
            confirmations = max(number - block + 1, 0)
            receipt = info.get("receipt", {})
            result = receipt.get("result", "SUCCESS")
            fee = int(info.get("fee", 0))
            if info.get("result") == "FAILED" or result not in ("SUCCESS", "DEFAULT"):
                if result == "OUT_OF_ENERGY":
                    reason = "the transaction ran out of energy: the fee limit was too low"
                else:
                    output = bytes.fromhex((info.get("contractResult") or [""])[0])
                    reason = map_node_error(
                        revert_reason(output) or "revert", native="TRX", context="receipt"
                    ).message
                return {
                    "status": "failed",
                    "block": block,
                    "confirmations": confirmations,
                    "fee_paid": fee,
                    "reason": reason,
                }
            status = "confirmed" if confirmations >= self.net.confirmations else "broadcast"
            return {
                "status": status,
                "block": block,
                "confirmations": confirmations,
                "fee_paid": fee,
                "reason": "",
            }
        raw = tron_tx.decode_signed(bytes.fromhex(entry.raw[2:])).raw
        _, _, head_time = self.client.head()
        if head_time > raw.expiration:
            return {
                "status": "dropped",
                "reason": "the transaction expired without being included; nothing was sent",
            }
        if entry.status == "signed" or not self.client.transaction(entry.txid):
            return {"rebroadcast": True}
        return {"status": "broadcast"}

    def replacement_quote(self, entry: JournalEntry, account: Any, *, cancel: bool) -> Any:
        from wallet.services.sender import SendRefused

        raise SendRefused(
            "Tron transactions cannot be sped up or cancelled; an unconfirmed one expires by itself"
        )
