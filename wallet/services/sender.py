"""The send pipeline: draft → validated → quoted → signed → journaled → broadcast → final.

``quote()`` checks everything a user can get wrong before any signature (address, network,
amount, balance, gas coin, the issuer's pause/freeze/blacklist, fee-on-transfer) and returns
the exact transaction with its fee and the warnings the user must confirm. ``send()`` signs
exactly what was quoted, journals it durably, then broadcasts. ``refresh_pending()`` follows
journaled transactions to their final state and repairs what a crash interrupted.

Chain specifics live behind the adapter of the network's kind (EVM here; Tron plugs in the same
way); the states, journal, refusals and warnings are shared.
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Any

from wallet.chains.errors import Offline
from wallet.chains.node_errors import NodeRefused
from wallet.core import addresses, lookalike
from wallet.core.amounts import format_amount
from wallet.core.errors import InvalidAddress, KapchykError, term
from wallet.core.networks import Network, Registry, Token
from wallet.core.wallets import Account
from wallet.services.addressbook import AddressBook
from wallet.services.journal import Journal, JournalEntry

log = logging.getLogger(__name__)

#: Test-only fault injection: kill the process with SIGKILL at a named point of ``send``
#: ("after-sign", "after-journal", "after-broadcast"). Used by the crash tests.
CRASH_ENV = "KAPCHYK_TEST_CRASH_AT"


class SendRefused(KapchykError):
    code = "send_refused"


class NeedsConfirmation(KapchykError):
    code = "needs_confirmation"


@dataclass(frozen=True)
class SendRequest:
    account: Account
    network_id: str
    asset: str  # token contract, or "" for the network's coin
    recipient: str  # as typed (an address or an address-book name)
    amount: int  # base units
    speed: str = "normal"


@dataclass(frozen=True)
class SendWarning:
    code: str  # contract_recipient | new_recipient | lookalike | recipient_blacklisted | ...
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass
class Quote:
    request: SendRequest
    network: Network
    token: Token | None
    sender: str
    recipient: str
    amount: int
    recipient_gets: int
    fee_max: int  # the most the fee can be, in the gas coin's base units
    fee_expected: int
    native_balance: int
    asset_balance: int
    warnings: list[SendWarning]
    unsigned: dict[str, Any]  # the exact transaction that will be signed (chain specific)
    sent: bool = False  # a quote is signed at most once (a double click never sends twice)

    @property
    def symbol(self) -> str:
        return self.token.symbol if self.token else self.network.native.symbol

    @property
    def decimals(self) -> int:
        return self.token.decimals if self.token else self.network.native.decimals

    @property
    def total_native(self) -> int:
        return self.fee_max + (0 if self.token else self.amount)

    def summary(self) -> dict[str, Any]:
        nat = self.network.native
        return {
            "network": self.network.id,
            "from": self.sender,
            "to": self.recipient,
            "asset": self.token.contract if self.token else "",
            "symbol": self.symbol,
            "amount": format_amount(self.amount, self.decimals, grouping=False),
            "recipient_gets": format_amount(self.recipient_gets, self.decimals, grouping=False),
            "fee_max": format_amount(self.fee_max, nat.decimals, grouping=False),
            "fee_expected": format_amount(self.fee_expected, nat.decimals, grouping=False),
            "fee_symbol": nat.symbol,
            "total_native": format_amount(self.total_native, nat.decimals, grouping=False),
            "warnings": [
                {"code": w.code, "message": w.message, **w.details} for w in self.warnings
            ],
            **({"tron": self.tron_resources()} if self.network.kind == "tron" else {}),
        }

    def tron_resources(self) -> dict[str, Any]:
        """Energy, bandwidth and the TRX each burns, as quoted (Tron only)."""
        u = self.unsigned
        return {
            "energy": u["energy"],
            "bandwidth_bytes": u["bandwidth"],
            "energy_burn_trx": format_amount(u["energy_burn"], 6, grouping=False),
            "energy_from_stake": u.get("energy_from_stake", 0),
            "paid_with_energy": bool(u["energy"]) and not u["energy_burn"],
            "bandwidth_burn_trx": format_amount(u["net_burn"], 6, grouping=False),
            "account_creation_trx": format_amount(u["account_creation_fee"], 6, grouping=False),
            "fee_limit_trx": format_amount(u["fee_limit"], 6, grouping=False),
            "first_time_holder": u["first_time_holder"],
        }


def refuse_if_short(amount: int, balance: int, symbol: str, decimals: int) -> None:
    """The refusal for sending more than the account holds (shared by every chain adapter)."""
    if amount > balance:
        raise SendRefused(
            "you are sending {amount} {symbol} but this account has {balance} {symbol}",
            amount=format_amount(amount, decimals),
            symbol=symbol,
            balance=format_amount(balance, decimals),
        )


def refuse_if_nodes_disagree(net: Network, readings: list[tuple[str, int, int | None]]) -> None:
    """Refuse to sign when two endpoints report different (balance, nonce) for the sender
    (``readings``: (endpoint, balance, nonce or None) from up to two endpoints, where two or
    more are configured): a lying node must not get a send quoted on its word."""
    if len(readings) < 2 or len({(b, n) for _, b, n in readings}) == 1:
        return
    nat = net.native
    (first, bal1, n1), (second, bal2, n2) = readings[:2]
    log.warning("%s: endpoints disagree on the sender: %s vs %s", net.name, first, second)
    raise SendRefused(
        "nothing was signed: the nodes of {network} disagree about your account — {first} "
        "reports {balance1} {native}{nonce1}, {second} reports {balance2} {native}{nonce2}. One "
        "of them is wrong; check or remove it in the endpoint settings",
        network=net.name,
        first=first,
        second=second,
        balance1=format_amount(bal1, nat.decimals),
        balance2=format_amount(bal2, nat.decimals),
        nonce1="" if n1 is None else term(" (nonce {n})").format(n=n1),
        nonce2="" if n2 is None else term(" (nonce {n})").format(n=n2),
        native=nat.symbol,
    )


def contract_recipient_warning(symbol: str) -> SendWarning:
    """The warning for a recipient that is a smart contract (every chain adapter uses it)."""
    return SendWarning(
        "contract_recipient",
        "the recipient is a smart contract, not a personal wallet; if it cannot handle "
        "{symbol}, they are lost",
        {"symbol": symbol},
    )


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


class Sender:
    def __init__(self, registry: Registry, db: sqlite3.Connection, clients: Any, keys: Any) -> None:
        self.registry = registry
        self.db = db
        self.clients = clients
        self.keys = keys
        self.journal = Journal(db)
        self.book = AddressBook(registry, db)
        self._send_lock = threading.Lock()  # one signature + nonce choice at a time

    def _adapter(self, net: Network) -> Any:
        if net.kind == "evm":
            from wallet.services.evm_send import EvmAdapter

            return EvmAdapter(net, self.clients.get(net.id), self.journal)
        if net.kind == "tron":
            from wallet.services.tron_send import TronAdapter

            return TronAdapter(net, self.clients.get(net.id), self.journal)
        raise SendRefused(
            "sending on {network} is not available in this build yet", network=net.name
        )

    # ---------------------------------------------------------------- quote
    def quote(self, req: SendRequest) -> Quote:
        net = self.registry.network(req.network_id)
        if req.account.watch_only:
            raise SendRefused(
                "{label} is a watch-only account: it can receive and show balances, not send",
                label=req.account.label,
            )
        sender = req.account.address_for(net.kind)
        if sender is None:
            raise SendRefused(
                "account {label} has no {network} address",
                label=req.account.label,
                network=net.name,
            )
        token = None
        if req.asset:
            token = next(
                (
                    t
                    for t in self.registry.tokens(net.id)
                    if addresses.account_id(t.contract) == addresses.account_id(req.asset)
                ),
                None,
            )
            if token is None:
                raise SendRefused(
                    "{asset} is not a known token on {network}; add it first",
                    asset=req.asset,
                    network=net.name,
                )
        typed = self.book.resolve(net.id, req.recipient)
        try:
            recipient = addresses.validate(typed, net)
        except InvalidAddress as exc:
            raise SendRefused("recipient: {reason}", reason=exc.message) from None
        if token is not None and addresses.same_account(recipient, token.contract):
            raise SendRefused(
                "this is the {symbol} contract's own address; tokens sent there are lost "
                "forever. Check the recipient",
                symbol=token.symbol,
            )
        if req.amount <= 0:
            raise SendRefused("the amount must be more than zero")
        adapter = self._adapter(net)
        quote = adapter.quote(req, sender, recipient, token)
        quote.warnings += self._payee_warnings(net, sender, recipient)
        return quote

    def _payee_warnings(self, net: Network, sender: str, recipient: str) -> list[SendWarning]:
        contacts = [(c.address, c.label) for c in self.book.list(net.id)]
        payees = [(p, term("a past payee")) for p in self.journal.past_payees(net.id)]
        known = contacts + payees
        warnings = []
        for found in lookalike.find_lookalikes(recipient, known):
            warnings.append(
                SendWarning(
                    "lookalike",
                    "this address looks like {label} ({known}) but is a different address: "
                    "attackers make lookalike addresses to steal payments. Compare every character",
                    {"label": found.label, "known": found.known},
                    {
                        "recipient_marks": [[c, d] for c, d in found.recipient_marks],
                        "known_marks": [[c, d] for c, d in found.known_marks],
                    },
                )
            )
        if not lookalike.is_known(recipient, known) and recipient != sender:
            warnings.append(
                SendWarning(
                    "new_recipient",
                    "you have never paid this address before; check it with the recipient",
                )
            )
        return warnings

    # ---------------------------------------------------------------- send
    def send(self, quote: Quote, *, confirmed: set[str] | None = None) -> JournalEntry:
        """Sign exactly the quoted transaction, journal it, broadcast it."""
        missing = [w for w in quote.warnings if w.code not in (confirmed or set())]
        if missing:
            raise NeedsConfirmation(
                "confirm these warnings first: {warnings}",
                warnings="; ".join(w.message for w in missing),
            )
        return self._sign_journal_broadcast(quote, kind="send", replaces=None)

    def max_amount(self, account: Account, network_id: str, asset: str, recipient: str) -> int:
        """The most that can be sent: a token's whole balance, or the gas coin's balance less
        the highest network fee of this transfer (so the fee is always left)."""
        own = account.address_for(self.registry.network(network_id).kind) or ""
        probe = self.quote(SendRequest(account, network_id, asset, recipient or own, 1))
        if probe.token is not None:
            return probe.asset_balance
        return max(probe.native_balance - probe.fee_max, 0)

    def submit(self, quote: Any, *, kind: str) -> JournalEntry:
        """Sign, journal and broadcast a quote made elsewhere (staking's ``StakeQuote``)."""
        return self._sign_journal_broadcast(quote, kind=kind, replaces=None)

    def _sign_journal_broadcast(
        self, quote: Quote, *, kind: str, replaces: int | None
    ) -> JournalEntry:
        """Sign exactly ``quote``, journal it durably, then broadcast (crash points between)."""
        adapter = self._adapter(quote.network)
        with self._send_lock:  # the nonce of the next send depends on this one's journal entry
            if quote.sent:
                raise SendRefused("this transfer was already sent; it is not sent twice")
            raw, txid, nonce = adapter.sign(self.keys, quote, renonce=kind == "send")
            quote.sent = True
            _crash_point("after-sign")
            entry_id = self.journal.record_signed(
                network_id=quote.network.id,
                sender=quote.sender,
                nonce=nonce,
                txid=txid,
                raw=raw,
                recipient=quote.recipient,
                asset=quote.token.contract if quote.token else "",
                amount=quote.amount,
                fee_quoted=quote.fee_max,
                kind=kind,
                replaces=replaces,
            )
        _crash_point("after-journal")
        return self._broadcast(adapter, self.journal.get(entry_id), quote.symbol)

    def _broadcast(
        self, adapter: Any, entry: JournalEntry, symbol: str, *, again: bool = False
    ) -> JournalEntry:
        try:
            adapter.broadcast(entry.raw, symbol)
        except NodeRefused as exc:
            if exc.kind == "already_known":
                return self.journal.update(entry.id, status="broadcast")
            if again and exc.kind == "underpriced" and self._pending_sibling(entry):
                # the node dropped this one for its replacement (a speed-up or cancel with the
                # same nonce): both stay pending until one is mined; then the other is replaced
                return self.journal.update(
                    entry.id,
                    reason=term(
                        "a replacement with the same nonce is pending; whichever is mined "
                        "first counts"
                    ),
                )
            if exc.kind == "nonce_used":
                return self.refresh(entry)  # the reconciler decides: mined, replaced or dropped
            return self.journal.update(entry.id, status="failed", reason=exc.message)
        except Offline as exc:
            log.warning("broadcast of journal #%d deferred: %s", entry.id, exc.message)
            return self.journal.update(
                entry.id, reason=term("not broadcast yet: {reason}").format(reason=exc.message)
            )
        _crash_point("after-broadcast")
        return self.journal.update(entry.id, status="broadcast", reason="")

    # ---------------------------------------------------------------- follow
    def refresh(self, entry: JournalEntry) -> JournalEntry:
        net = self.registry.network(entry.network_id)
        adapter = self._adapter(net)
        token = next((t for t in self.registry.tokens(net.id) if t.contract == entry.asset), None)
        symbol = token.symbol if token else net.native.symbol
        outcome = adapter.follow(entry)
        if outcome.get("rebroadcast"):
            return self._broadcast(adapter, entry, symbol, again=True)
        return self.journal.update(entry.id, **outcome)

    def _pending_sibling(self, entry: JournalEntry) -> bool:
        """Whether another pending journal entry has ``entry``'s nonce (a replacement pair)."""
        if entry.nonce is None:
            return False
        return any(e.id != entry.id and e.pending for e in self.journal.same_nonce(entry))

    def refresh_pending(self, network_id: str | None = None) -> list[JournalEntry]:
        """Follow every pending transaction (at start-up this also repairs crashed sends)."""
        out = []
        for entry in self.journal.pending(network_id):
            try:
                out.append(self.refresh(entry))
            except Offline as exc:
                log.info("cannot follow journal #%d now: %s", entry.id, exc.message)
                out.append(entry)
        return out

    # ---------------------------------------------------------------- replace
    def replacement_quote(self, ref: str, account: Account, *, cancel: bool) -> Quote:
        entry = self.journal.find(ref)
        if not entry.pending:
            raise SendRefused(
                "transaction {txid} is already {status}; nothing to replace",
                txid=entry.txid,
                status=entry.status,
            )
        net = self.registry.network(entry.network_id)
        if entry.nonce is None:
            raise SendRefused(
                "{network} transactions cannot be sped up or cancelled", network=net.name
            )
        lowest = min(
            e.nonce
            for e in self.journal.pending(net.id)
            if e.sender == entry.sender and e.nonce is not None
        )
        if entry.nonce != lowest:
            raise SendRefused(
                "only the oldest pending transaction (nonce {lowest}) can be sped up or "
                "cancelled; this one waits behind it",
                lowest=lowest,
            )
        return self._adapter(net).replacement_quote(entry, account, cancel=cancel)

    def replace(self, quote: Quote, original: JournalEntry, *, cancel: bool) -> JournalEntry:
        """Sign and send a speed-up or cancel of ``original`` (same nonce, higher fee)."""
        return self._sign_journal_broadcast(
            quote, kind="cancel" if cancel else "speedup", replaces=original.id
        )
