"""Stake 2.0 on Tron: stake TRX for energy, unstake, withdraw, lend energy, take it back.

Every action is a quote first (``StakingService.quote``): the wallet reads the account from the
chain, refuses what java-tron would refuse — with a specific message, before anything is
signed — builds the transaction itself, asks the node to build the same one and compares them,
and shows the TRX the bandwidth will burn. ``send`` then signs exactly that transaction through
the send pipeline's journal (``Sender.submit``), as transfers are.

``overview`` gives the numbers people decide by, from the live chain: energy per staked TRX
(``TotalEnergyLimit / TotalEnergyWeight`` from ``getaccountresource``), the energy one USDKG
transfer takes (simulated with ``triggerconstantcontract``), and so how much TRX to stake for
one transfer a day without burning TRX.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from wallet.chains.evm import call_data
from wallet.chains.tron import TronClient, checked_raw
from wallet.core import addresses, tron_tx
from wallet.core.amounts import format_amount
from wallet.core.errors import InvalidAddress, KapchykError
from wallet.core.networks import Network, Registry, Token
from wallet.core.wallets import Account
from wallet.services.journal import JournalEntry

TRX = 1_000_000
DAY_MS = 86_400_000
UNFREEZE_MAX_TIMES = 32  # java-tron's UnfreezeBalanceV2Actuator.UNFREEZE_MAX_TIMES
RESOURCES = {"energy": "ENERGY", "bandwidth": "BANDWIDTH"}  # ResourceCode names
SIGNATURE_BYTES = 65
SLOT_MS = 3_000  # a loan's lock_period counts blocks of 3 s (java-tron's BLOCK_PRODUCED_INTERVAL)
BLOCKS_PER_DAY = DAY_MS // SLOT_MS
DEFAULT_LOCK_DAYS = 3  # ChainConstant.DELEGATE_PERIOD: the lock when no other is allowed
BANDWIDTH_OVERHEAD = 64

#: action → (contract type, java-tron's build endpoint, journal kind)
ACTIONS = {
    "stake": ("FreezeBalanceV2Contract", "freezebalancev2", "stake"),
    "unstake": ("UnfreezeBalanceV2Contract", "unfreezebalancev2", "unstake"),
    "withdraw": ("WithdrawExpireUnfreezeContract", "withdrawexpireunfreeze", "withdraw_unstaked"),
    "cancel": ("CancelAllUnfreezeV2Contract", "cancelallunfreezev2", "cancel_unstakes"),
    "lend": ("DelegateResourceContract", "delegateresource", "lend"),
    "reclaim": ("UnDelegateResourceContract", "undelegateresource", "reclaim"),
}
#: an address that never holds any token: the energy of a transfer to a first-time holder
FRESH_RECIPIENT = addresses.tron_from_id(hashlib.sha256(b"kapchyk energy estimate").digest()[:20])


class StakingRefused(KapchykError):
    code = "staking_refused"


def trx_text(sun: int) -> str:
    """TRX from sun, as the wallet writes amounts (1,000.5)."""
    return format_amount(sun, 6)


def utc_text(ms: int) -> str:
    """A chain time (ms) as a UTC date and time, e.g. when an unstake becomes withdrawable.
    Rounded up to the minute: every such date is a "from" or "not before", and one rounded down
    would send the user to a refusal (a loan locked until 07:29:40 shown as "07:29")."""
    import datetime

    minute = -(-ms // 60_000) * 60_000
    when = datetime.datetime.fromtimestamp(minute / 1000, datetime.UTC)
    return when.strftime("%Y-%m-%d %H:%M UTC")


@dataclass(frozen=True)
class Unstaking:
    amount: int  # sun
    resource: str  # "energy" | "bandwidth"
    ready_at_ms: int

    def ready(self, now_ms: int) -> bool:
        return self.ready_at_ms <= now_ms


@dataclass(frozen=True)
class Loan:
    """Energy lent to one receiver: all of it, and the part locked until a date."""

    receiver: str
    amount: int  # sun
    locked: int = 0  # sun of ``amount`` that cannot be taken back before ``locked_until_ms``
    locked_until_ms: int = 0

    def reclaimable(self, now_ms: int) -> int:
        """java-tron's UnDelegateResourceActuator: a lock counts once it has expired."""
        return self.amount if self.locked_until_ms < now_ms else self.amount - self.locked


@dataclass(frozen=True)
class EnergyOverview:
    """One Tron account's staking state and the numbers that say what staking is worth."""

    network_id: str
    address: str
    now_ms: int  # the head block's time
    balance: int  # sun
    staked: dict[str, int]  # own stake not lent out, per resource (sun)
    lent: int  # energy stake lent to others (sun)
    received: int  # energy stake lent to this account (sun)
    energy_limit: int
    energy_used: int
    total_energy_limit: int
    total_energy_weight: int  # whole TRX staked for energy on the network
    energy_price: int  # sun per energy
    unstaking: list[Unstaking]
    lendable: int  # sun
    lent_to: list[tuple[str, int]]  # (receiver, sun)
    token_symbol: str = ""
    transfer_energy: int | None = None  # simulated energy of one token transfer
    transfer_to_new_holder: bool = False  # simulated to an address that never held the token
    net_limit: int = 0  # bandwidth a day from staked (and lent) TRX, bytes
    net_used: int = 0
    free_net_limit: int = 0  # the free daily bandwidth
    free_net_used: int = 0
    loans: list[Loan] = field(default_factory=list)  # energy lent out, with any lock
    max_lock_days: int = DEFAULT_LOCK_DAYS  # the longest lock this network allows a loan

    @property
    def net_left(self) -> int:
        """Bandwidth left today from the stake (it pays before the free bandwidth)."""
        return max(self.net_limit - self.net_used, 0)

    @property
    def free_net_left(self) -> int:
        return max(self.free_net_limit - self.free_net_used, 0)

    @property
    def energy_left(self) -> int:
        return max(self.energy_limit - self.energy_used, 0)

    @property
    def energy_per_trx(self) -> float:
        """Energy one staked TRX gives per day (for display; decisions use exact integers)."""
        return self.total_energy_limit / self.total_energy_weight if self.total_energy_weight else 0

    @property
    def withdrawable(self) -> int:
        return sum(u.amount for u in self.unstaking if u.ready(self.now_ms))

    @property
    def unstakes_left(self) -> int:
        return UNFREEZE_MAX_TIMES - sum(1 for u in self.unstaking if not u.ready(self.now_ms))

    @property
    def transfer_burn(self) -> int | None:
        """TRX (sun) one transfer burns with no energy."""
        return None if self.transfer_energy is None else self.transfer_energy * self.energy_price

    def stake_for_daily_transfers(self, transfers: int = 1) -> int | None:
        """Whole TRX (as sun) to stake in all for ``transfers`` token transfers a day.

        Solves N × L / (W + N) ≥ E for N: staking adds N to the network's weight W.
        """
        if self.transfer_energy is None:
            return None
        need = self.transfer_energy * transfers
        limit, weight = self.total_energy_limit, self.total_energy_weight - self._own_weight
        if need >= limit:
            return None
        n = -(-need * weight // (limit - need))
        return max(n, 1) * TRX

    @property
    def _own_weight(self) -> int:
        return (self.staked.get("energy", 0) + self.lent) // TRX

    def more_to_stake(self, transfers: int = 1) -> int | None:
        """TRX (sun) to add to this account's stake for ``transfers`` transfers a day."""
        total = self.stake_for_daily_transfers(transfers)
        if total is None:
            return None
        have = self.staked.get("energy", 0) + self.received
        return max(-(-(total - have) // TRX) * TRX, 0)

    def to_dict(self) -> dict[str, Any]:
        daily = self.stake_for_daily_transfers()
        more = self.more_to_stake()
        return {
            "network": self.network_id,
            "address": self.address,
            "balance_trx": trx_text(self.balance),
            "staked_energy_trx": trx_text(self.staked.get("energy", 0)),
            "staked_bandwidth_trx": trx_text(self.staked.get("bandwidth", 0)),
            "lent_trx": trx_text(self.lent),
            "received_trx": trx_text(self.received),
            "energy_limit": self.energy_limit,
            "energy_used": self.energy_used,
            "energy_left": self.energy_left,
            "energy_per_trx": round(self.energy_per_trx, 4),
            "bandwidth_from_stake": self.net_limit,
            "bandwidth_from_stake_left": self.net_left,
            "free_bandwidth": self.free_net_limit,
            "free_bandwidth_left": self.free_net_left,
            "max_lock_days": self.max_lock_days,
            "loans": [
                {
                    "address": ln.receiver,
                    "trx": trx_text(ln.amount),
                    "locked_trx": trx_text(ln.locked),
                    "locked_until_ms": ln.locked_until_ms or None,
                    "reclaimable_trx": trx_text(ln.reclaimable(self.now_ms)),
                }
                for ln in self.loans
            ],
            "lendable_trx": trx_text(self.lendable),
            "lent_to": [{"address": a, "trx": trx_text(n)} for a, n in self.lent_to],
            "unstaking": [
                {
                    "trx": trx_text(u.amount),
                    "resource": u.resource,
                    "ready_at_ms": u.ready_at_ms,
                    "ready": u.ready(self.now_ms),
                }
                for u in self.unstaking
            ],
            "withdrawable_trx": trx_text(self.withdrawable),
            "unstakes_left": self.unstakes_left,
            "token": self.token_symbol,
            "transfer_energy": self.transfer_energy,
            "transfer_to_new_holder": self.transfer_to_new_holder,
            "transfer_burn_trx": None
            if self.transfer_burn is None
            else trx_text(self.transfer_burn),
            "stake_for_one_transfer_a_day_trx": None if daily is None else trx_text(daily),
            "more_to_stake_trx": None if more is None else trx_text(more),
        }


@dataclass(frozen=True)
class StakeRequest:
    account: Account
    network_id: str
    action: str  # stake | unstake | withdraw | cancel | lend | reclaim
    amount: int = 0  # sun (stake, unstake, lend, reclaim)
    resource: str = "energy"
    receiver: str = ""  # lend / reclaim: as typed (address or address-book name)
    lock_days: int = 0  # lend: the receiver can count on it for this many days (0: unlocked)


@dataclass
class StakeQuote:
    """An exact unsigned Stake 2.0 transaction and what it costs; shaped so the send
    pipeline's journal and signing take it as they take a transfer's quote."""

    request: StakeRequest
    network: Network
    sender: str
    recipient: str  # the receiver for lend / reclaim, else the account itself
    amount: int
    fee_max: int  # TRX burned for bandwidth, at most
    fee_expected: int
    native_balance: int
    unsigned: dict[str, Any]
    ready_at_ms: int = 0  # unstake: when it becomes withdrawable
    locked_until_ms: int = 0  # a locked loan: it cannot be taken back before this time
    warnings: list[Any] = field(default_factory=list)
    token: Token | None = None
    sent: bool = False

    @property
    def symbol(self) -> str:
        return self.network.native.symbol

    @property
    def kind(self) -> str:
        return ACTIONS[self.request.action][2]

    def summary(self) -> dict[str, Any]:
        return {
            "network": self.network.id,
            "action": self.request.action,
            "resource": self.request.resource,
            "from": self.sender,
            "receiver": self.recipient if self.recipient != self.sender else "",
            "amount_trx": trx_text(self.amount),
            "bandwidth_bytes": self.unsigned["bandwidth"],
            "fee_max_trx": trx_text(self.fee_max),
            "ready_at_ms": self.ready_at_ms or None,
            "lock_days": self.request.lock_days,
            "locked_until_ms": self.locked_until_ms or None,
        }


class StakingService:
    def __init__(self, registry: Registry, clients: Any, sender: Any) -> None:
        self.registry = registry
        self.clients = clients
        self.sender = sender

    def _net(self, network_id: str) -> tuple[Network, TronClient]:
        net = self.registry.network(network_id)
        if net.kind != "tron":
            raise StakingRefused(
                "staking for energy is a Tron feature; {network} has no energy to stake for",
                network=net.name,
            )
        return net, self.clients.get(net.id)

    def _address(self, account: Account, net: Network) -> str:
        address = account.address_for(net.kind)
        if address is None:
            raise StakingRefused(
                "account {label} has no {network} address", label=account.label, network=net.name
            )
        return address

    # ---------------------------------------------------------------- reading
    def overview(
        self, account: Account, network_id: str, *, payee: str | None = None
    ) -> EnergyOverview:
        net, client = self._net(network_id)
        address = self._address(account, net)
        acct = client.account(address)
        res = client.post("/wallet/getaccountresource", {"address": address, "visible": True})
        _, _, now = client.head()
        staked = {"energy": 0, "bandwidth": 0}
        for item in acct.get("frozenV2", []):
            name = "energy" if item.get("type") == "ENERGY" else "bandwidth"
            if item.get("type") in (None, "ENERGY", "BANDWIDTH"):
                staked[name] += int(item.get("amount", 0))
        unstaking = [
            Unstaking(
                int(u.get("unfreeze_amount", 0)),
                "energy" if u.get("type") == "ENERGY" else "bandwidth",
                int(u.get("unfreeze_expire_time", 0)),
            )
            for u in acct.get("unfrozenV2", [])
        ]
        ar = acct.get("account_resource", {})
        lendable = client.post(
            "/wallet/getcandelegatedmaxsize",
            {"owner_address": address, "type": 1, "visible": True},  # ResourceCode.ENERGY
        ).get("max_size", 0)
        index = client.post(
            "/wallet/getdelegatedresourceaccountindexv2", {"value": address, "visible": True}
        )
        loans = [self._loan(client, address, to) for to in index.get("toAccounts", [])]
        loans = [ln for ln in loans if ln.amount]
        params = client.params()
        overview = EnergyOverview(
            network_id=net.id,
            address=address,
            now_ms=now,
            balance=int(acct.get("balance", 0)),
            staked=staked,
            lent=int(ar.get("delegated_frozenV2_balance_for_energy", 0)),
            received=int(ar.get("acquired_delegated_frozenV2_balance_for_energy", 0)),
            energy_limit=int(res.get("EnergyLimit", 0)),
            energy_used=int(res.get("EnergyUsed", 0)),
            total_energy_limit=int(res.get("TotalEnergyLimit", 0)),
            total_energy_weight=int(res.get("TotalEnergyWeight", 0)),
            energy_price=int(params.get("getEnergyFee") or 100),
            unstaking=unstaking,
            lendable=int(lendable),
            lent_to=[(ln.receiver, ln.amount) for ln in loans],
            net_limit=int(res.get("NetLimit", 0)),
            net_used=int(res.get("NetUsed", 0)),
            free_net_limit=int(res.get("freeNetLimit", 0)),
            free_net_used=int(res.get("freeNetUsed", 0)),
            loans=loans,
            max_lock_days=max_lock_days(params),
        )
        token = self.transfer_token(net.id)
        if token is None or not acct:
            return overview
        energy, fresh = self.transfer_energy(client, token, address, payee)
        return _replace(
            overview,
            token_symbol=token.symbol,
            transfer_energy=energy,
            transfer_to_new_holder=fresh,
        )

    def transfer_token(self, network_id: str) -> Token | None:
        """The token whose transfers staking pays for: USDKG where the network lists it."""
        tokens = self.registry.tokens(network_id)
        return next((t for t in tokens if t.issuer_controls == "usdkg"), None) or next(
            iter(tokens), None
        )

    def transfer_energy(
        self, client: TronClient, token: Token, owner: str, payee: str | None
    ) -> tuple[int | None, bool]:
        """Simulated energy of one transfer of ``token`` from ``owner`` (None when it holds
        none): to ``payee``, else to the last payee of the token, else to a first-time holder."""
        balance_call = call_data("balanceOf(address)", ["address"], [addresses.to_evm(owner)])
        if not client.call_uint(token.contract, balance_call, owner):
            return None, False
        journal = self.sender.journal
        to = payee or next(
            (
                e.recipient
                for e in reversed(journal.all(token.network))
                if e.kind == "send" and e.asset == token.contract and e.sender == owner
            ),
            None,
        )
        to = to or FRESH_RECIPIENT
        sim = client.simulate(owner, token.contract, tron_tx.encode_trc20_transfer(to, 1))
        if not sim.ok:
            return None, False
        holds = client.call_uint(
            token.contract, call_data("balanceOf(address)", ["address"], [addresses.to_evm(to)])
        )
        return sim.energy, not holds

    def _loan(self, client: TronClient, owner: str, receiver: str) -> Loan:
        """getdelegatedresourcev2 lists the unlocked loan and the locked one (with its expiry)."""
        doc = client.post(
            "/wallet/getdelegatedresourcev2",
            {"fromAddress": owner, "toAddress": receiver, "visible": True},
        )
        amount = locked = until = 0
        for d in doc.get("delegatedResource", []):
            sun = int(d.get("frozen_balance_for_energy", 0))
            amount += sun
            if d.get("expire_time_for_energy"):
                locked, until = sun, int(d["expire_time_for_energy"])
        return Loan(receiver, amount, locked, until)

    # ---------------------------------------------------------------- quoting
    def quote(self, req: StakeRequest) -> StakeQuote:
        """Check, build and cross-check one action; refusals come before any signature."""
        if req.action not in ACTIONS:
            raise StakingRefused("unknown staking action {action}", action=req.action)
        if req.resource not in RESOURCES:
            raise StakingRefused(
                "resource must be energy or bandwidth, not {resource}", resource=req.resource
            )
        net, client = self._net(req.network_id)
        if req.account.watch_only:
            raise StakingRefused(
                "{label} is a watch-only account: it can receive and show balances, not stake",
                label=req.account.label,
            )
        owner = self._address(req.account, net)
        acct = client.account(owner)
        if not acct:
            raise StakingRefused(
                "this Tron account has never been activated: it needs some TRX before it can "
                "stake anything"
            )
        ov = self.overview(req.account, net.id) if req.action != "stake" else None
        receiver = owner
        code = RESOURCES[req.resource]  # an enum, by name (tron_tx's convention)
        value: dict[str, Any] = {"owner_address": b"\x41" + addresses.account_id(owner)}
        ready_at = locked_until = 0
        if req.action == "stake":
            self._at_least_one_trx(req.amount, "stake")
            value.update(frozen_balance=req.amount, resource=code)
        elif req.action == "unstake":
            assert ov is not None
            if req.amount <= 0:
                raise StakingRefused("the amount must be more than zero")
            staked = ov.staked[req.resource]
            if req.amount > staked:
                raise StakingRefused(
                    "you have {staked} TRX staked for {resource} that is not lent out; you "
                    "cannot unstake {amount} TRX",
                    staked=trx_text(staked),
                    resource=req.resource,
                    amount=trx_text(req.amount),
                )
            if ov.unstakes_left <= 0:
                raise StakingRefused(
                    "{count} unstakes are already waiting, the most Tron allows; withdraw or "
                    "cancel them first",
                    count=UNFREEZE_MAX_TIMES,
                )
            delay = int(client.params().get("getUnfreezeDelayDays") or 14)
            ready_at = ov.now_ms + SLOT_MS + delay * DAY_MS  # counted from its block
            value.update(unfreeze_balance=req.amount, resource=code)
        elif req.action == "withdraw":
            assert ov is not None
            if not ov.withdrawable:
                waiting = sorted(u.ready_at_ms for u in ov.unstaking)
                if waiting:
                    raise StakingRefused(
                        "nothing can be withdrawn yet; the next unstake is ready at {ready}",
                        ready=utc_text(waiting[0]),
                    )
                raise StakingRefused("there is no unstaked TRX to withdraw")
        elif req.action == "cancel":
            assert ov is not None
            if not any(not u.ready(ov.now_ms) for u in ov.unstaking):
                raise StakingRefused("there are no waiting unstakes to cancel")
        else:  # lend / reclaim
            assert ov is not None
            if req.resource != "energy":
                raise StakingRefused("only energy can be lent here")
            receiver = self._receiver(net, client, req.receiver, owner, lend=req.action == "lend")
            loan = self._loan(client, owner, receiver)
            if req.action == "lend":
                self._at_least_one_trx(req.amount, "lend")
                if req.amount > ov.lendable:
                    raise StakingRefused(
                        "you can lend at most {max} TRX of staked energy now (staked and not "
                        "used or lent); you asked for {amount} TRX",
                        max=trx_text(ov.lendable),
                        amount=trx_text(req.amount),
                    )
            else:
                if req.amount <= 0:
                    raise StakingRefused("the amount must be more than zero")
                self._refuse_reclaim(req.amount, loan, ov.now_ms)
            value.update(
                resource=code,
                balance=req.amount,
                receiver_address=b"\x41" + addresses.account_id(receiver),
            )
            if req.action == "lend" and req.lock_days:
                period = self._lock_period(req.lock_days, ov, loan)
                value.update(lock=True, lock_period=period)
                # from the block that includes it: the next slot after the head at the earliest
                locked_until = ov.now_ms + (1 + period) * SLOT_MS
        ctype, endpoint, _ = ACTIONS[req.action]
        contract = tron_tx.Contract(ctype, value)
        raw = client.build(contract)
        size = tron_tx.signed_size(raw, [bytes(SIGNATURE_BYTES)]) + BANDWIDTH_OVERHEAD
        covered = client.resources(owner).covers_bandwidth(size)
        byte_price = int(client.params().get("getTransactionFee") or 1000)
        net_burn = 0 if covered else size * byte_price
        balance = int(acct.get("balance", 0))
        need = net_burn + (req.amount if req.action == "stake" else 0)
        if balance < need:
            if req.action == "stake":
                raise StakingRefused(
                    "you are staking {amount} TRX but this account has {balance} TRX (and the "
                    "bandwidth may cost {fee} TRX)",
                    amount=trx_text(req.amount),
                    balance=trx_text(balance),
                    fee=trx_text(net_burn),
                )
            raise StakingRefused(
                "this needs {fee} TRX for bandwidth; you have {balance} TRX",
                fee=trx_text(net_burn),
                balance=trx_text(balance),
            )
        self._cross_check(net, client, endpoint, contract, raw)
        amount = req.amount
        if req.action == "withdraw" and ov is not None:
            amount = ov.withdrawable
        return StakeQuote(
            req,
            net,
            owner,
            receiver,
            amount,
            net_burn,
            net_burn,
            balance,
            {"raw": raw, "bandwidth": size, "net_burn": net_burn},
            ready_at,
            locked_until,
        )

    def _lock_period(self, days: int, ov: EnergyOverview, loan: Loan) -> int:
        """lock_period in blocks for a loan locked ``days`` days, refused as java-tron would."""
        if not 0 < days <= ov.max_lock_days:
            raise StakingRefused(
                "a loan can be locked for 1 to {max} days on this network, not {days}",
                max=ov.max_lock_days,
                days=days,
            )
        if ov.max_lock_days == DEFAULT_LOCK_DAYS and days != DEFAULT_LOCK_DAYS:
            raise StakingRefused(
                "this network locks a loan for exactly {max} days", max=DEFAULT_LOCK_DAYS
            )
        until = ov.now_ms + days * DAY_MS
        if loan.locked and loan.locked_until_ms > until:
            raise StakingRefused(
                "the energy you lent to {receiver} is already locked until {date}; a new locked "
                "loan to it must last at least until then",
                receiver=loan.receiver,
                date=utc_text(loan.locked_until_ms),
            )
        return days * BLOCKS_PER_DAY

    def _refuse_reclaim(self, amount: int, loan: Loan, now_ms: int) -> None:
        free = loan.reclaimable(now_ms)
        if amount <= free:
            return
        if free < loan.amount:  # part is locked
            raise StakingRefused(
                "{locked} TRX of the energy you lent to {receiver} is locked until {date}; you "
                "can take back {free} TRX now and the rest after {date}",
                locked=trx_text(loan.locked),
                receiver=loan.receiver,
                date=utc_text(loan.locked_until_ms),
                free=trx_text(free),
            )
        raise StakingRefused(
            "you lent {lent} TRX of energy to {receiver}; you cannot take back {amount} TRX",
            lent=trx_text(loan.amount),
            receiver=loan.receiver,
            amount=trx_text(amount),
        )

    def _at_least_one_trx(self, amount: int, action: str) -> None:
        if amount < TRX:
            if action == "stake":
                raise StakingRefused("you can stake no less than 1 TRX")
            raise StakingRefused("you can lend no less than 1 TRX of staked energy")

    def _receiver(
        self, net: Network, client: TronClient, typed: str, owner: str, *, lend: bool
    ) -> str:
        resolved = self.sender.book.resolve(net.id, typed.strip())
        try:
            receiver = addresses.validate(resolved, net)
        except InvalidAddress as exc:
            raise StakingRefused("receiver: {reason}", reason=exc.message) from None
        if addresses.same_account(receiver, owner):
            raise StakingRefused("you cannot lend energy to the same account it is staked in")
        if lend:
            acct = client.account(receiver)
            if not acct:
                raise StakingRefused(
                    "{address} has never been activated; Tron lends energy only to an existing "
                    "account. Send it some TRX first",
                    address=receiver,
                )
            if acct.get("type") == "Contract":
                raise StakingRefused(
                    "{address} is a smart contract; energy can be lent only to an ordinary account",
                    address=receiver,
                )
        return receiver

    def _cross_check(
        self,
        net: Network,
        client: TronClient,
        endpoint: str,
        contract: tron_tx.Contract,
        raw: tron_tx.RawTx,
    ) -> None:
        """The node builds the same action (its own validation runs too); nothing is signed
        unless it matches ours field by field."""
        body: dict[str, Any] = {}
        for key, val in contract.value.items():
            if key.endswith("_address"):
                body[key] = val.hex()
            else:
                body[key] = val
        doc = client.post(f"/wallet/{endpoint}", body)  # a refusal: ChainError, text logged
        try:
            problems = tron_tx.mismatches(checked_raw(doc), raw)
        except tron_tx.TronTxError as exc:
            problems = [str(exc)]
        if problems:
            raise StakingRefused(
                "the {network} node answered with a different transaction than the one you "
                "asked for ({fields}); nothing was signed. Use another endpoint",
                network=net.name,
                fields=", ".join(problems),
            )

    # ---------------------------------------------------------------- sending
    def send(self, quote: StakeQuote) -> JournalEntry:
        """Sign exactly the quoted transaction, journal it, broadcast it."""
        return self.sender.submit(quote, kind=quote.kind)


def max_lock_days(params: dict[str, int]) -> int:
    """The longest lock of a loan, in whole days: getMaxDelegateLockPeriod blocks when the
    network raised it above java-tron's default (supportMaxDelegateLockPeriod), else 3 days."""
    top = int(params.get("getMaxDelegateLockPeriod") or 0)
    return max(top // BLOCKS_PER_DAY, DEFAULT_LOCK_DAYS)


def _replace(ov: EnergyOverview, **changes: Any) -> EnergyOverview:
    import dataclasses

    return dataclasses.replace(ov, **changes)
