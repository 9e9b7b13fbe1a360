"""The devnode's chain: accounts, resources, blocks, and the rules java-tron applies.

Broadcast checks, in java-tron's order (Wallet.broadcastTransaction, then
Manager.processTransaction): no contract, expiration against the next block slot, contract
count, TAPOS, size, expiration window, duplicate, signature, contract validation (in
TransferActuator.validate's order), bandwidth; then execution with energy metering. Error codes
and answer texts are java-tron's: the fixed texts broadcastTransaction answers with, and
"Contract validate error : " before an actuator's message (see docs/DEVNODE.md).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wallet.core import tron_tx
from wallet.core.addresses import evm_checksum, tron_from_id
from wallet.devnet.tron.engine import AnvilEngine
from wallet.devnet.tron.params import DEFAULTS
from wallet.devnet.tron.staking import CONTRACT_TYPES as STAKING_TYPES
from wallet.devnet.tron.staking import Staking
from wallet.store.files import write_json_atomic

DAY_MS = 86_400_000
MAX_TX_BYTES = 500 * 1024  # Constant.TRANSACTION_MAX_BYTE_SIZE
MAX_RESULT_BYTES = 64  # Constant.MAX_RESULT_SIZE_IN_TX
MAX_EXPIRATION_MS = DAY_MS
INT64_MAX = 2**63 - 1
SLOT_MS = 3_000  # java-tron's BLOCK_PRODUCED_INTERVAL: the next slot is head time + 3 s
CONTRACT_VALIDATE = "Contract validate error : "  # Wallet.CONTRACT_VALIDATE_ERROR
WITNESS = bytes.fromhex("41" + "00" * 19 + "01")
TEST_PHRASE = "test test test test test test test test test test test junk"
START_BALANCE = 1_000_000 * 10**6


class Rejected(Exception):
    """A broadcast refused with one of java-tron's response codes."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Account:
    address: bytes  # 21 bytes, 0x41…
    balance: int = 0
    create_time: int = 0
    free_net_used: int = 0
    free_net_day: int = 0
    energy_limit: int = 0  # energy given by /admin/setenergy (staking.py adds the staked)
    energy_used: int = 0  # unused: usage lives in staking.py (kept so old state files load)
    energy_day: int = 0
    is_contract: bool = False

    def free_net_left(self, now_ms: int, limit: int) -> int:
        if self.free_net_day != now_ms // DAY_MS:
            return limit
        return max(limit - self.free_net_used, 0)


@dataclass
class Block:
    number: int
    timestamp: int
    parent: str
    txids: list[str] = field(default_factory=list)

    @property
    def block_id(self) -> str:
        header = json.dumps([self.number, self.timestamp, self.parent, self.txids])
        return (
            self.number.to_bytes(8, "big").hex() + hashlib.sha256(header.encode()).hexdigest()[16:]
        )


class TronChain:
    def __init__(
        self,
        engine: AnvilEngine,
        *,
        clock: Callable[[], float] = time.time,
        params: dict[str, int] | None = None,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.params = dict(DEFAULTS, **(params or {}))
        self.accounts: dict[bytes, Account] = {}
        self.contracts: dict[bytes, dict[str, Any]] = {}
        self.blocks: list[Block] = []
        self.transactions: dict[str, dict[str, Any]] = {}  # txid → signed tx JSON
        self.infos: dict[str, dict[str, Any]] = {}  # txid → transaction info
        self.pending: list[str] = []
        self.lock = threading.RLock()
        self.funded: list[tuple[str, str]] = []  # (T-address, private key hex)
        self.staking = Staking(self)
        self.time_offset_ms = 0  # devnet time warp (``warp``)

    # ---------------------------------------------------------------- time and blocks
    def now_ms(self) -> int:
        return int(self.clock() * 1000) + self.time_offset_ms

    def warp(self, seconds: int) -> Block:
        """Devnet only: move the chain's clock forward (an unstake's 14 days pass at once)."""
        if seconds < 0:
            raise ValueError("the devnet clock only moves forward")
        with self.lock:
            self.time_offset_ms += seconds * 1000
            return self.produce_block()

    @property
    def head(self) -> Block:
        return self.blocks[-1]

    def genesis(self, funded_keys: list[bytes]) -> None:
        from wallet.keys import hd

        self.blocks = [Block(0, 1_529_891_469_000, "00" * 32)]  # Tron's genesis time
        for key in funded_keys:
            addr = bytes([0x41]) + hd.account_id_of(key)
            self.accounts[addr] = Account(addr, START_BALANCE, self.blocks[0].timestamp)
            self.funded.append((tron_from_id(addr[1:]), key.hex()))

    def produce_block(self) -> Block:
        with self.lock:
            ts = max(self.now_ms(), self.head.timestamp + 1)
            block = Block(self.head.number + 1, ts, self.head.block_id, list(self.pending))
            for txid in self.pending:
                info = self.infos[txid]
                info["blockNumber"] = block.number
                info["blockTimeStamp"] = block.timestamp
            self.pending.clear()
            self.blocks.append(block)
            return block

    def block(self, number: int) -> Block | None:
        return self.blocks[number] if 0 <= number < len(self.blocks) else None

    def block_by_id(self, block_id: str) -> Block | None:
        number = int(block_id[:16], 16) if len(block_id) == 64 else -1
        b = self.block(number)
        return b if b and b.block_id == block_id else None

    # ---------------------------------------------------------------- accounts
    def account(self, addr: bytes) -> Account | None:
        return self.accounts.get(addr)

    def _charge_bandwidth(self, acct: Account, size: int, now: int) -> dict[str, int]:
        """BandwidthProcessor.consume's order: bandwidth from staked (or lent) TRX, then the
        free daily bandwidth, then burn TRX; java-tron's BANDWITH_ERROR when all fall short."""
        if self.staking.use_net(acct, size, now):
            return {"net_usage": size}
        limit = self.params["getFreeNetLimit"]
        if acct.free_net_left(now, limit) >= size:
            if acct.free_net_day != now // DAY_MS:
                acct.free_net_day, acct.free_net_used = now // DAY_MS, 0
            acct.free_net_used += size
            return {"net_usage": size}
        fee = size * self.params["getTransactionFee"]
        if acct.balance < fee:
            raise Rejected("BANDWITH_ERROR", "Account resource insufficient error.")
        acct.balance -= fee
        return {"net_fee": fee}

    # ---------------------------------------------------------------- broadcast
    def broadcast(self, tx: dict[str, Any]) -> str:
        """Validate and execute a signed transaction (java-tron JSON); returns its txid."""
        with self.lock:
            raw = tron_tx.raw_from_json(tx["raw_data"])
            encoded = raw.encode()
            txid = hashlib.sha256(encoded).hexdigest()
            if tx.get("raw_data_hex") and tx["raw_data_hex"].lower() != encoded.hex():
                raise Rejected("OTHER_ERROR", "raw_data_hex does not match raw_data")
            sigs = [bytes.fromhex(s) for s in tx.get("signature") or []]
            return self._push(raw, sigs, txid)

    def broadcast_hex(self, signed_hex: str) -> str:
        with self.lock:
            tx = tron_tx.decode_signed(bytes.fromhex(signed_hex))
            # the txid of raw_data as protobuf re-serialises it, as java-tron computes it: a
            # raw_data sent in another encoding then fails the signature check
            return self._push(tx.raw, tx.signatures, tx.raw.txid)

    def _push(self, raw: tron_tx.RawTx, sigs: list[bytes], txid: str) -> str:
        now = self.now_ms()
        size = tron_tx.signed_size(raw, sigs)
        head_time = self.head.timestamp
        expired = Rejected("TRANSACTION_EXPIRATION_ERROR", "Transaction expired")
        if not raw.contracts:
            raise Rejected("CONTRACT_VALIDATE_ERROR", CONTRACT_VALIDATE + "No contract!")
        if raw.expiration < head_time + SLOT_MS:  # TransactionCapsule.checkExpiration
            raise expired
        if len(raw.contracts) != 1:
            raise Rejected(
                "CONTRACT_VALIDATE_ERROR",
                f"{CONTRACT_VALIDATE}tx {txid} contract size should be exactly 1, this is "
                f"extend feature ,actual :{len(raw.contracts)}",
            )
        self._check_tapos(raw)
        # Manager.validateCommon: the transaction without its ret, plus room for two results,
        # first (the devnode keeps no ret, so java-tron's second check, on the transaction's
        # own bytes, cannot be the one that refuses)
        with_results = size + 2 * MAX_RESULT_BYTES
        if with_results > MAX_TX_BYTES:
            raise Rejected(
                "TOO_BIG_TRANSACTION_ERROR",
                f"Too big transaction with result, TxId {txid}, the size is {with_results} "
                f"bytes, maxTxSize {MAX_TX_BYTES}",
            )
        if raw.expiration > head_time + MAX_EXPIRATION_MS:
            raise expired
        if txid in self.transactions:
            raise Rejected("DUP_TRANSACTION_ERROR", "Dup transaction.")
        owner = raw.owner
        if not sigs:
            raise Rejected("SIGERROR", "Validate signature error: miss sig or contract")
        for sig in sigs:
            try:
                signer = tron_tx.recover_signer(bytes.fromhex(txid), sig)
            except tron_tx.TronTxError as exc:
                raise Rejected("SIGERROR", f"Validate signature error: {exc}") from None
            if signer != owner:
                raise Rejected(
                    "SIGERROR",
                    f"Validate signature error: {signer.hex()} is signed by "
                    f"{tron_from_id(signer[1:])} but it is not contained of permission.",
                )
        contract = raw.contract
        try:
            if contract.type == "TransferContract":
                info = self._transfer(raw, contract.value, size, now)
            elif contract.type in ("TriggerSmartContract", "CreateSmartContract"):
                info = self._smart(raw, contract, size, now)
            elif contract.type in STAKING_TYPES:
                info = self._staking(raw, contract, size, now)
            else:  # pragma: no cover - the codec only decodes these
                raise Rejected("CONTRACT_VALIDATE_ERROR", f"{contract.type} is not supported")
        except Rejected as exc:
            if exc.code == "CONTRACT_VALIDATE_ERROR":  # broadcastTransaction's prefix
                raise Rejected(exc.code, CONTRACT_VALIDATE + exc.message) from None
            raise
        info["id"] = txid
        self.transactions[txid] = {
            **tron_tx.transaction_json(raw, sigs),
            "ret": [{"contractRet": info.get("receipt", {}).get("result", "SUCCESS")}],
        }
        self.infos[txid] = info
        self.pending.append(txid)
        return txid

    def _check_tapos(self, raw: tron_tx.RawTx) -> None:
        ok = False
        for b in reversed(self.blocks[-65536:]):
            if b.number.to_bytes(8, "big")[6:8] == raw.ref_block_bytes:
                ok = bytes.fromhex(b.block_id)[8:16] == raw.ref_block_hash
                break
        if not ok:
            raise Rejected("TAPOS_ERROR", "Tapos check error.")

    def _owner_account(self, owner: bytes, what: str) -> Account:
        acct = self.accounts.get(owner)
        if acct is None:
            raise Rejected("CONTRACT_VALIDATE_ERROR", f"Validate {what} error, no OwnerAccount.")
        return acct

    def _memo_fee(self, raw: tron_tx.RawTx, acct: Account) -> int:
        if not raw.data:
            return 0
        fee = self.params["getMemoFee"]
        if acct.balance < fee:
            raise Rejected("CONTRACT_VALIDATE_ERROR", "balance is not sufficient for the memo fee")
        acct.balance -= fee
        return fee

    # ---------------------------------------------------------------- TRX transfer
    def _transfer(
        self, raw: tron_tx.RawTx, v: dict[str, Any], size: int, now: int
    ) -> dict[str, Any]:
        owner, to, amount = v["owner_address"], v["to_address"], v.get("amount", 0)
        # TransferActuator.validate's order
        if len(owner) != 21 or owner[0] != 0x41:
            raise Rejected("CONTRACT_VALIDATE_ERROR", "Invalid ownerAddress!")
        if len(to) != 21 or to[0] != 0x41:
            raise Rejected("CONTRACT_VALIDATE_ERROR", "Invalid toAddress!")
        if owner == to:
            raise Rejected("CONTRACT_VALIDATE_ERROR", "Cannot transfer TRX to yourself.")
        acct = self._owner_account(owner, "TransferContract")
        if amount <= 0:
            raise Rejected("CONTRACT_VALIDATE_ERROR", "Amount must be greater than 0.")
        new_fee = (
            self.params["getCreateNewAccountFeeInSystemContract"] if to not in self.accounts else 0
        )
        if amount + new_fee > INT64_MAX:  # Math.addExact(amount, fee) in java-tron
            raise Rejected("CONTRACT_VALIDATE_ERROR", "long overflow")
        receipt: dict[str, int] = {}
        fee = 0
        recipient = self.accounts.get(to)
        if recipient is None:
            create = self.params["getCreateNewAccountFeeInSystemContract"]
            net = self.params["getCreateAccountFee"]
            if acct.balance < amount + create + net:
                raise Rejected(
                    "CONTRACT_VALIDATE_ERROR",
                    "Validate TransferContract error, balance is not sufficient.",
                )
            # consumeForCreateNewAccount: staked bandwidth × the rate, else getCreateAccountFee
            rate = self.params["getCreateNewAccountBandwidthRate"]
            if self.staking.use_net(acct, (size + 64) * rate, now):
                net = 0
                receipt["net_usage"] = (size + 64) * rate
            acct.balance -= create + net
            fee += create + net
            if net:
                receipt["net_fee"] = net
            recipient = self.accounts[to] = Account(to, 0, now)
        else:
            if acct.balance < amount:
                raise Rejected(
                    "CONTRACT_VALIDATE_ERROR",
                    "Validate TransferContract error, balance is not sufficient.",
                )
            charged = self._charge_bandwidth(acct, size + 64, now)
            receipt.update(charged)
            fee += charged.get("net_fee", 0)
            if acct.balance < amount:
                raise Rejected(
                    "CONTRACT_VALIDATE_ERROR",
                    "Validate TransferContract error, balance is not sufficient.",
                )
        fee += self._memo_fee(raw, acct)
        acct.balance -= amount
        recipient.balance += amount
        info: dict[str, Any] = {"receipt": receipt}
        if fee:
            info["fee"] = fee
        return info

    # ---------------------------------------------------------------- contracts
    def _energy_limit(self, acct: Account, fee_limit: int, now: int) -> int:
        price = self.params["getEnergyFee"]
        if not 0 <= fee_limit <= self.params["getMaxFeeLimit"]:
            raise Rejected(
                "CONTRACT_VALIDATE_ERROR",
                f"feeLimit must be >= 0 and <= {self.params['getMaxFeeLimit']}",
            )
        available = self.staking.energy_left(acct, now) + acct.balance // price
        return min(available, fee_limit // price)

    def _smart(
        self, raw: tron_tx.RawTx, c: tron_tx.Contract, size: int, now: int
    ) -> dict[str, Any]:
        v = c.value
        owner = v["owner_address"]
        acct = self._owner_account(owner, c.type)
        if c.type == "TriggerSmartContract":
            target = v["contract_address"]
            if target not in self.contracts:
                raise Rejected("CONTRACT_VALIDATE_ERROR", "No contract or not a smart contract")
            if v.get("call_value") or v.get("call_token_value"):
                raise Rejected("CONTRACT_VALIDATE_ERROR", "the devnode does not support call_value")
            data, to = v.get("data", b""), self.contracts[target]["evm"]
        else:
            sc = v["new_contract"]
            data, to = sc["bytecode"], None
        receipt: dict[str, Any] = dict(self._charge_bandwidth(acct, size + 64, now))
        memo = self._memo_fee(raw, acct)
        limit = self._energy_limit(acct, raw.fee_limit, now)
        sender = evm_checksum(owner[1:])
        result = self.engine.execute(sender, to, data, limit)
        from_stake = min(self.staking.energy_left(acct, now), result.energy)
        if from_stake:
            self.staking.use_energy(acct, from_stake, now)
        burned = (result.energy - from_stake) * self.params["getEnergyFee"]
        acct.balance -= burned
        receipt.update({"energy_usage_total": result.energy, "result": result.status})
        if from_stake:
            receipt["energy_usage"] = from_stake
        if burned:
            receipt["energy_fee"] = burned
        info: dict[str, Any] = {"receipt": receipt, "contractResult": [result.output.hex()]}
        fee = burned + receipt.get("net_fee", 0) + memo
        if fee:
            info["fee"] = fee
        if result.status != "SUCCESS":
            info["result"] = "FAILED"
            message = (
                "REVERT opcode executed"
                if result.status == "REVERT"
                else f"Not enough energy for 'SSTORE' operation executing: "
                f"curInvokeEnergyLimit[{limit}]"
            )
            info["resMessage"] = message.encode().hex()
        if result.logs:
            info["log"] = [
                {
                    "address": lg["address"][2:].lower(),
                    "topics": [t[2:] for t in lg["topics"]],
                    "data": lg["data"][2:],
                }
                for lg in result.logs
            ]
        if c.type == "CreateSmartContract" and result.created:
            addr = bytes([0x41]) + bytes.fromhex(result.created[2:])
            sc = v["new_contract"]
            self.contracts[addr] = {
                "evm": result.created,
                "abi": sc.get("abi", {}).get("entrys", []),
                "name": sc.get("name", ""),
                "origin": owner,
                "bytecode": sc["bytecode"].hex(),
                "percent": sc.get("consume_user_resource_percent", 0),
                "origin_energy_limit": sc.get("origin_energy_limit", 0),
            }
            self.accounts.setdefault(addr, Account(addr, 0, now, is_contract=True))
            info["contract_address"] = addr.hex()
        return info

    def _staking(
        self, raw: tron_tx.RawTx, c: tron_tx.Contract, size: int, now: int
    ) -> dict[str, Any]:
        """Stake 2.0 contracts (staking.py): validated before bandwidth is charged."""
        acct = self._owner_account(c.value.get("owner_address", b""), c.type)
        saved_account, saved_staking = dict(acct.__dict__), self.staking.dump()
        try:  # java-tron charges bandwidth first; a refused contract is not on chain at all
            receipt = self._charge_bandwidth(acct, size + 64, now)
            fee = receipt.get("net_fee", 0) + self._memo_fee(raw, acct)
            info = self.staking.execute(c.type, c.value, now)
        except Rejected:
            acct.__dict__.update(saved_account)
            self.staking.load(saved_staking)
            raise
        info["receipt"] = receipt
        if fee:
            info["fee"] = fee
        return info

    def constant_call(self, owner: bytes, contract: bytes, data: bytes) -> Any:
        if contract not in self.contracts:
            return None
        sender = evm_checksum(owner[1:]) if len(owner) == 21 else "0x" + "00" * 20
        with self.lock:
            from wallet.devnet.tron.constant_create import sync_trx_balances

            sync_trx_balances(self)  # so `address.balance` reads TRX in sun, as in the TVM
            return self.engine.simulate(sender, self.contracts[contract]["evm"], data, fund=False)

    # ---------------------------------------------------------------- build (unsigned)
    def build(
        self, contract: tron_tx.Contract, *, fee_limit: int = 0, memo: bytes = b""
    ) -> tron_tx.RawTx:
        head = self.head
        return tron_tx.RawTx(
            ref_block_bytes=head.number.to_bytes(8, "big")[6:8],
            ref_block_hash=bytes.fromhex(head.block_id)[8:16],
            expiration=head.timestamp + 60_000,
            timestamp=self.now_ms(),
            contracts=[contract],
            fee_limit=fee_limit,
            data=memo,
        )

    # ---------------------------------------------------------------- persistence
    def save(self, path: Path) -> None:
        with self.lock:
            doc = {
                "params": self.params,
                "accounts": [
                    {**a.__dict__, "address": a.address.hex()} for a in self.accounts.values()
                ],
                "contracts": {
                    k.hex(): {**v, "origin": v["origin"].hex()} for k, v in self.contracts.items()
                },
                "blocks": [b.__dict__ for b in self.blocks],
                "transactions": self.transactions,
                "infos": self.infos,
                "pending": self.pending,
                "funded": self.funded,
                "staking": self.staking.dump(),
                "time_offset_ms": self.time_offset_ms,
            }
        write_json_atomic(path, doc)

    def load(self, path: Path) -> None:
        doc = json.loads(path.read_text("utf-8"))
        with self.lock:
            self.params.update(doc["params"])
            self.accounts = {}
            for a in doc["accounts"]:
                acct = Account(**{**a, "address": bytes.fromhex(a["address"])})
                self.accounts[acct.address] = acct
            self.contracts = {
                bytes.fromhex(k): {**v, "origin": bytes.fromhex(v["origin"])}
                for k, v in doc["contracts"].items()
            }
            self.blocks = [Block(**b) for b in doc["blocks"]]
            self.transactions = doc["transactions"]
            self.infos = doc["infos"]
            self.pending = doc["pending"]
            self.funded = [tuple(x) for x in doc["funded"]]
            self.staking.load(doc.get("staking", {}))
            self.time_offset_ms = int(doc.get("time_offset_ms", 0))
