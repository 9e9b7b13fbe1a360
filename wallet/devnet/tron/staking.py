"""Stake 2.0 on the devnode: staked TRX, energy it gives, lending it, unstaking with a delay.

The rules and refusal texts follow java-tron's actuators (``actuator/src/main/java/org/tron/
core/actuator/``: FreezeBalanceV2Actuator, UnfreezeBalanceV2Actuator,
WithdrawExpireUnfreezeActuator, DelegateResourceActuator, UnDelegateResourceActuator,
CancelAllUnfreezeV2Actuator) and its EnergyProcessor (``chainbase/.../db/EnergyProcessor.java``):

- energy limit = (own stake + stake lent to the account) / 1 TRX × TotalEnergyLimit /
  TotalEnergyWeight, TotalEnergyWeight being all staked energy TRX on the chain (whole TRX);
- used energy recovers linearly over a 24 h window (ResourceProcessor.increase);
- staked energy pays for a contract call before any TRX is burned;
- an unstake waits ``getUnfreezeDelayDays`` (14) days, at most 32 wait at once;
- lending needs an existing receiver that is not a contract, at least 1 TRX, and no more than
  the staked TRX not already backing used energy.

Time is the chain's clock (``TronChain.now_ms``), so a devnet time warp moves all of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wallet.core.addresses import tron_from_id

if TYPE_CHECKING:
    from wallet.devnet.tron.chain import Account, TronChain

TRX = 1_000_000
DAY_MS = 86_400_000
UNFREEZE_MAX_TIMES = 32
BANDWIDTH, ENERGY = 0, 1
RESOURCE_NAMES = {BANDWIDTH: "BANDWIDTH", ENERGY: "ENERGY"}
#: Stake of "the rest of the network" in whole TRX: with the devnode's TotalEnergyLimit (90e9)
#: one staked TRX gives about 4.7 energy a day.
NETWORK_ENERGY_WEIGHT = 19_000_000_000
NETWORK_NET_WEIGHT = 84_000_000_000

CONTRACT_TYPES = (
    "FreezeBalanceV2Contract",
    "UnfreezeBalanceV2Contract",
    "WithdrawExpireUnfreezeContract",
    "DelegateResourceContract",
    "UnDelegateResourceContract",
    "CancelAllUnfreezeV2Contract",
)


def resource_code(value: Any) -> int:
    """A ResourceCode from a decoded message (int) or java-tron JSON ("ENERGY")."""
    if isinstance(value, str):
        names = {v: k for k, v in RESOURCE_NAMES.items()}
        if value.upper() not in names:
            raise ValueError(f"unknown resource {value!r}")
        return names[value.upper()]
    return int(value or 0)


@dataclass
class Stake:
    """One account's Stake 2.0 state (amounts in sun, per resource code)."""

    frozen: dict[int, int] = field(default_factory=dict)  # staked, not lent out
    delegated: dict[int, int] = field(default_factory=dict)  # lent to others
    acquired: dict[int, int] = field(default_factory=dict)  # lent to this account
    unfrozen: list[dict[str, int]] = field(default_factory=list)  # type, amount, expire
    energy_usage: int = 0
    energy_time: int = 0  # ms of the last usage update

    def dump(self) -> dict[str, Any]:
        return {
            "frozen": {str(k): v for k, v in self.frozen.items()},
            "delegated": {str(k): v for k, v in self.delegated.items()},
            "acquired": {str(k): v for k, v in self.acquired.items()},
            "unfrozen": self.unfrozen,
            "energy_usage": self.energy_usage,
            "energy_time": self.energy_time,
        }

    @classmethod
    def load(cls, doc: dict[str, Any]) -> Stake:
        ints = lambda d: {int(k): int(v) for k, v in d.items()}  # noqa: E731
        return cls(
            ints(doc["frozen"]),
            ints(doc["delegated"]),
            ints(doc["acquired"]),
            list(doc["unfrozen"]),
            int(doc["energy_usage"]),
            int(doc["energy_time"]),
        )


class Staking:
    """The Stake 2.0 state of every account on one devnode chain."""

    def __init__(self, chain: TronChain) -> None:
        self.chain = chain
        self.stakes: dict[bytes, Stake] = {}
        self.delegations: dict[tuple[bytes, bytes, int], int] = {}  # (from, to, res) → sun

    # ---------------------------------------------------------------- reading
    def stake(self, addr: bytes) -> Stake:
        return self.stakes.setdefault(addr, Stake())

    def total_weight(self, resource: int) -> int:
        """TotalEnergyWeight / TotalNetWeight: all staked TRX of the resource, whole TRX."""
        base = NETWORK_ENERGY_WEIGHT if resource == ENERGY else NETWORK_NET_WEIGHT
        staked = sum(
            s.frozen.get(resource, 0) + s.delegated.get(resource, 0) for s in self.stakes.values()
        )
        return base + staked // TRX

    def energy_from_stake(self, acct: Account) -> int:
        s = self.stakes.get(acct.address)
        if s is None:
            return 0
        weight = (s.frozen.get(ENERGY, 0) + s.acquired.get(ENERGY, 0)) // TRX
        total = self.chain.params["getTotalEnergyCurrentLimit"]
        return weight * total // self.total_weight(ENERGY)

    def energy_limit(self, acct: Account) -> int:
        """Staked and lent energy, plus what ``/admin/setenergy`` gave the account."""
        return acct.energy_limit + self.energy_from_stake(acct)

    def energy_used(self, acct: Account, now: int) -> int:
        """Used energy after linear recovery over 24 h (java-tron's ResourceProcessor)."""
        s = self.stakes.get(acct.address)
        if s is None or not s.energy_usage:
            return 0
        elapsed = now - s.energy_time
        if elapsed >= DAY_MS:
            return 0
        return -(-s.energy_usage * (DAY_MS - max(elapsed, 0)) // DAY_MS)

    def energy_left(self, acct: Account, now: int) -> int:
        return max(self.energy_limit(acct) - self.energy_used(acct, now), 0)

    def use_energy(self, acct: Account, amount: int, now: int) -> None:
        s = self.stake(acct.address)
        s.energy_usage = self.energy_used(acct, now) + amount
        s.energy_time = now

    def reset_energy(self, acct: Account) -> None:
        s = self.stake(acct.address)
        s.energy_usage, s.energy_time = 0, 0

    def can_withdraw(self, addr: bytes, timestamp: int) -> int:
        s = self.stakes.get(addr)
        if s is None:
            return 0
        return sum(u["amount"] for u in s.unfrozen if u["expire"] <= timestamp)

    def pending_unfreezes(self, addr: bytes, now: int) -> int:
        s = self.stakes.get(addr)
        return sum(1 for u in s.unfrozen if u["expire"] > now) if s else 0

    def delegatable(self, acct: Account, resource: int, now: int) -> int:
        """What can be lent now: staked TRX not backing energy already used (java-tron's
        ``calcCanDelegatedEnergyMaxSize``); 0 below 1 TRX."""
        s = self.stakes.get(acct.address)
        if s is None:
            return 0
        frozen = s.frozen.get(resource, 0)
        if resource == ENERGY:
            used = self.energy_used(acct, now)
            total = self.chain.params["getTotalEnergyCurrentLimit"]
            usage_sun = used * TRX * self.total_weight(ENERGY) // total
            own = frozen + s.acquired.get(ENERGY, 0)
            # usage is shared by own and acquired stake in proportion (getV2EnergyUsage)
            usage_sun = usage_sun * frozen // own if own else 0
            frozen = max(frozen - usage_sun, 0)
        return frozen if frozen >= TRX else 0

    # ---------------------------------------------------------------- executing
    def execute(self, contract_type: str, v: dict[str, Any], now: int) -> dict[str, Any]:
        """Validate and apply one Stake 2.0 contract; returns extra transaction-info fields.

        Raises the chain's ``Rejected`` with java-tron's texts (CONTRACT_VALIDATE_ERROR).
        """
        owner = v.get("owner_address", b"")
        acct = self._account(owner)
        handler = {
            "FreezeBalanceV2Contract": self._freeze,
            "UnfreezeBalanceV2Contract": self._unfreeze,
            "WithdrawExpireUnfreezeContract": self._withdraw,
            "DelegateResourceContract": self._delegate,
            "UnDelegateResourceContract": self._undelegate,
            "CancelAllUnfreezeV2Contract": self._cancel,
        }[contract_type]
        return handler(acct, v, now)

    def validate(self, contract_type: str, v: dict[str, Any], now: int) -> None:
        """Check a contract as the build endpoints do (java-tron's ``createTransactionCapsule``
        runs the actuator's ``validate``), leaving the chain unchanged."""
        saved = self.dump()
        acct = self.chain.account(v.get("owner_address", b""))
        balance = acct.balance if acct else 0
        try:
            self.execute(contract_type, v, now)
        finally:
            self.load(saved)
            if acct is not None:
                acct.balance = balance

    def _refuse(self, text: str) -> Exception:
        from wallet.devnet.tron.chain import Rejected

        return Rejected("CONTRACT_VALIDATE_ERROR", text)

    def _account(self, addr: bytes) -> Account:
        if len(addr) != 21 or addr[0] != 0x41:
            raise self._refuse("Invalid address")
        acct = self.chain.account(addr)
        if acct is None:
            raise self._refuse(f"Account[{tron_from_id(addr[1:])}] not exists")
        return acct

    def _freeze(self, acct: Account, v: dict[str, Any], now: int) -> dict[str, Any]:
        amount = int(v.get("frozen_balance", 0))
        resource = resource_code(v.get("resource", 0))
        if amount <= 0:
            raise self._refuse("frozenBalance must be positive")
        if amount < TRX:
            raise self._refuse("frozenBalance must be greater than or equal to 1 TRX")
        if amount > acct.balance:
            raise self._refuse("frozenBalance must be less than or equal to accountBalance")
        if resource not in RESOURCE_NAMES:
            raise self._refuse("ResourceCode error,valid ResourceCode[BANDWIDTH、ENERGY]")
        used = self.energy_used(acct, now)
        acct.balance -= amount
        s = self.stake(acct.address)
        s.frozen[resource] = s.frozen.get(resource, 0) + amount
        self._settle_usage(acct, used, now)
        return {}

    def _unfreeze(self, acct: Account, v: dict[str, Any], now: int) -> dict[str, Any]:
        amount = int(v.get("unfreeze_balance", 0))
        resource = resource_code(v.get("resource", 0))
        s = self.stake(acct.address)
        if resource not in RESOURCE_NAMES:
            raise self._refuse("ResourceCode error.valid ResourceCode[BANDWIDTH、Energy]")
        if not s.frozen.get(resource):
            raise self._refuse(
                "no frozenBalance(Energy)" if resource == ENERGY else "no frozenBalance(BANDWIDTH)"
            )
        if not 0 < amount <= s.frozen[resource]:
            raise self._refuse(f"Invalid unfreeze_balance, [{amount}] is error")
        if self.pending_unfreezes(acct.address, now) >= UNFREEZE_MAX_TIMES:
            raise self._refuse("Invalid unfreeze operation, unfreezing times is over limit")
        used = self.energy_used(acct, now)
        withdrawn = self._withdraw_expired(acct, now)
        s.frozen[resource] -= amount
        delay = self.chain.params.get("getUnfreezeDelayDays", 14) * DAY_MS
        s.unfrozen.append({"type": resource, "amount": amount, "expire": now + delay})
        self._settle_usage(acct, used, now)
        return {"withdraw_expire_amount": withdrawn} if withdrawn else {}

    def _withdraw_expired(self, acct: Account, now: int) -> int:
        s = self.stake(acct.address)
        done = [u for u in s.unfrozen if u["expire"] <= now]
        s.unfrozen = [u for u in s.unfrozen if u["expire"] > now]
        amount = sum(u["amount"] for u in done)
        acct.balance += amount
        return amount

    def _withdraw(self, acct: Account, v: dict[str, Any], now: int) -> dict[str, Any]:
        if not self.can_withdraw(acct.address, now):
            raise self._refuse("no unFreeze balance to withdraw ")
        return {"withdraw_expire_amount": self._withdraw_expired(acct, now)}

    def _cancel(self, acct: Account, v: dict[str, Any], now: int) -> dict[str, Any]:
        s = self.stake(acct.address)
        if not s.unfrozen:
            raise self._refuse("No unfreezeV2 list to cancel")
        used = self.energy_used(acct, now)
        withdrawn = self._withdraw_expired(acct, now)
        cancelled = {name: 0 for name in ("BANDWIDTH", "ENERGY", "TRON_POWER")}
        for u in s.unfrozen:
            s.frozen[u["type"]] = s.frozen.get(u["type"], 0) + u["amount"]
            cancelled[RESOURCE_NAMES[u["type"]]] += u["amount"]
        s.unfrozen = []
        self._settle_usage(acct, used, now)
        info: dict[str, Any] = {"cancel_unfreezeV2_amount": cancelled}
        if withdrawn:
            info["withdraw_expire_amount"] = withdrawn
        return info

    def _receiver(self, v: dict[str, Any], owner: bytes) -> Account:
        to = v.get("receiver_address", b"")
        if len(to) != 21 or to[0] != 0x41:
            raise self._refuse("Invalid receiverAddress")
        if to == owner:
            raise self._refuse("receiverAddress must not be the same as ownerAddress")
        receiver = self.chain.account(to)
        if receiver is None:
            raise self._refuse(f"Account[{tron_from_id(to[1:])}] not exists")
        return receiver

    def _delegate(self, acct: Account, v: dict[str, Any], now: int) -> dict[str, Any]:
        amount = int(v.get("balance", 0))
        resource = resource_code(v.get("resource", 0))
        if amount < TRX:
            raise self._refuse("delegateBalance must be greater than or equal to 1 TRX")
        if resource not in RESOURCE_NAMES:
            raise self._refuse("ResourceCode error, valid ResourceCode[BANDWIDTH、ENERGY]")
        if self.delegatable(acct, resource, now) < amount:
            name = "FreezeEnergyV2" if resource == ENERGY else "FreezeBandwidthV2"
            raise self._refuse(
                f"delegateBalance must be less than or equal to available {name} balance"
            )
        receiver = self._receiver(v, acct.address)
        if receiver.is_contract:
            raise self._refuse("Do not allow delegate resources to contract addresses")
        used_owner = self.energy_used(acct, now)
        used_receiver = self.energy_used(receiver, now)
        s, r = self.stake(acct.address), self.stake(receiver.address)
        s.frozen[resource] -= amount
        s.delegated[resource] = s.delegated.get(resource, 0) + amount
        r.acquired[resource] = r.acquired.get(resource, 0) + amount
        key = (acct.address, receiver.address, resource)
        self.delegations[key] = self.delegations.get(key, 0) + amount
        self._settle_usage(acct, used_owner, now)
        self._settle_usage(receiver, used_receiver, now)
        return {}

    def _undelegate(self, acct: Account, v: dict[str, Any], now: int) -> dict[str, Any]:
        amount = int(v.get("balance", 0))
        resource = resource_code(v.get("resource", 0))
        to = v.get("receiver_address", b"")
        if len(to) != 21 or to[0] != 0x41:
            raise self._refuse("Invalid receiverAddress")
        if to == acct.address:
            raise self._refuse("receiverAddress must not be the same as ownerAddress")
        key = (acct.address, to, resource)
        lent = self.delegations.get(key, 0)
        if not lent and not any(k[:2] == key[:2] for k in self.delegations):
            raise self._refuse("delegated Resource does not exist")
        if amount <= 0:
            raise self._refuse("unDelegateBalance must be more than 0 TRX")
        if amount > lent:
            name = "(Energy)" if resource == ENERGY else "(BANDWIDTH)"
            prefix = (
                "insufficient delegateFrozenBalance"
                if resource == ENERGY
                else ("insufficient delegatedFrozenBalance")
            )
            raise self._refuse(f"{prefix}{name}, request={amount}, unlock_balance={lent}")
        s, r = self.stake(acct.address), self.stake(to)
        receiver = self.chain.account(to)
        used_owner = self.energy_used(acct, now)
        moved_usage = 0
        if receiver is not None and resource == ENERGY:
            # the receiver's usage moves back with the stake, in proportion (java-tron)
            used_receiver = self.energy_used(receiver, now)
            own = r.frozen.get(ENERGY, 0) + r.acquired.get(ENERGY, 0)
            moved_usage = used_receiver * amount // own if own else 0
            r.energy_usage, r.energy_time = used_receiver - moved_usage, now
        r.acquired[resource] = r.acquired.get(resource, 0) - amount
        s.delegated[resource] -= amount
        s.frozen[resource] = s.frozen.get(resource, 0) + amount
        self.delegations[key] = lent - amount
        if not self.delegations[key]:
            del self.delegations[key]
        self._settle_usage(acct, used_owner + moved_usage, now)
        return {}

    def _settle_usage(self, acct: Account, used: int, now: int) -> None:
        """Usage after a stake change, never above the new limit."""
        s = self.stake(acct.address)
        s.energy_usage = min(used, self.energy_limit(acct))
        s.energy_time = now

    # ---------------------------------------------------------------- java-tron's JSON
    def account_fields(self, acct: Account, now: int) -> dict[str, Any]:
        """The Stake 2.0 fields of ``getaccount`` (Tron.proto ``Account``), defaults absent."""
        s = self.stakes.get(acct.address)
        out: dict[str, Any] = {}
        resource: dict[str, Any] = {}
        used = self.energy_used(acct, now)
        if used:
            resource["energy_usage"] = used
            resource["latest_consume_time_for_energy"] = self.stakes[acct.address].energy_time
        if s is None:
            return {"account_resource": resource} if resource else {}
        # java-tron lists frozenV2 for every resource, the default (BANDWIDTH) with no "type"
        out["frozenV2"] = [
            {k: v for k, v in (("type", name), ("amount", s.frozen.get(code, 0))) if v}
            for code, name in ((BANDWIDTH, ""), (ENERGY, "ENERGY"), (2, "TRON_POWER"))
        ]
        if s.unfrozen:
            out["unfrozenV2"] = [
                {
                    **({"type": RESOURCE_NAMES[u["type"]]} if u["type"] else {}),
                    "unfreeze_amount": u["amount"],
                    "unfreeze_expire_time": u["expire"],
                }
                for u in s.unfrozen
            ]
        if s.delegated.get(BANDWIDTH):
            out["delegated_frozenV2_balance_for_bandwidth"] = s.delegated[BANDWIDTH]
        if s.acquired.get(BANDWIDTH):
            out["acquired_delegated_frozenV2_balance_for_bandwidth"] = s.acquired[BANDWIDTH]
        if s.delegated.get(ENERGY):
            resource["delegated_frozenV2_balance_for_energy"] = s.delegated[ENERGY]
        if s.acquired.get(ENERGY):
            resource["acquired_delegated_frozenV2_balance_for_energy"] = s.acquired[ENERGY]
        if resource:
            out["account_resource"] = resource
        return out

    # ---------------------------------------------------------------- persistence
    def dump(self) -> dict[str, Any]:
        return {
            "stakes": {k.hex(): s.dump() for k, s in self.stakes.items()},
            "delegations": [
                [a.hex(), b.hex(), res, amount] for (a, b, res), amount in self.delegations.items()
            ],
        }

    def load(self, doc: dict[str, Any]) -> None:
        self.stakes = {bytes.fromhex(k): Stake.load(v) for k, v in doc.get("stakes", {}).items()}
        self.delegations = {
            (bytes.fromhex(a), bytes.fromhex(b), int(res)): int(amount)
            for a, b, res, amount in doc.get("delegations", [])
        }
