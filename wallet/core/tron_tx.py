"""Tron transactions: protobuf ``Transaction.raw`` ⇄ bytes ⇄ java-tron's JSON, txid, signatures.

Field numbers follow java-tron's ``protocol/Tron.proto`` and ``contract/*.proto``. Encoding is
canonical proto3, as protobuf-java writes it: fields in field-number order, zero and empty values
left out. The txid is ``sha256(raw bytes)``; a signature is 65 bytes r‖s‖v over the txid.

Pure: no I/O. Used by the wallet (to build, check and sign Tron transactions itself) and by the
Tron devnode (to decode what it is sent).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from wallet.core import addresses

TYPE_URL = "type.googleapis.com/protocol."
#: Stake 2.0 (type numbers from java-tron's Tron.proto), encoded by the generated messages
STAKING_TYPES = {
    54: "FreezeBalanceV2Contract",
    55: "UnfreezeBalanceV2Contract",
    56: "WithdrawExpireUnfreezeContract",
    57: "DelegateResourceContract",
    58: "UnDelegateResourceContract",
    59: "CancelAllUnfreezeV2Contract",
}
CONTRACT_TYPES = {
    1: "TransferContract",
    30: "CreateSmartContract",
    31: "TriggerSmartContract",
    **STAKING_TYPES,
}
RESOURCE_NAMES = {0: "BANDWIDTH", 1: "ENERGY", 2: "TRON_POWER"}
CONTRACT_NUMBERS = {v: k for k, v in CONTRACT_TYPES.items()}
TRC20_TRANSFER = bytes.fromhex("a9059cbb")


class TronTxError(ValueError):
    """Malformed protobuf or JSON (a node's or a caller's bug, not a user's mistake)."""


# ------------------------------------------------------------------ protobuf wire format
def _varint(n: int) -> bytes:
    if n < 0:
        n &= (1 << 64) - 1  # int64: two's complement, 10 bytes
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise TronTxError("truncated varint")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise TronTxError("varint too long")


def _signed64(n: int) -> int:
    return n - (1 << 64) if n >= 1 << 63 else n


class Writer:
    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def varint(self, fieldno: int, value: int | bool) -> Writer:
        if value:
            self.parts.append(_varint(fieldno << 3) + _varint(int(value)))
        return self

    def bytes(self, fieldno: int, value: bytes | str) -> Writer:
        if isinstance(value, str):
            value = value.encode("utf-8")
        if value:
            self.parts.append(_varint(fieldno << 3 | 2) + _varint(len(value)) + value)
        return self

    def message(self, fieldno: int, value: bytes, *, always: bool = False) -> Writer:
        if value or always:
            self.parts.append(_varint(fieldno << 3 | 2) + _varint(len(value)) + value)
        return self

    def out(self) -> bytes:
        return b"".join(self.parts)


def parse_fields(buf: bytes) -> dict[int, list[Any]]:
    """Protobuf fields of ``buf``: {field number: [int or bytes, …]} (repeated kept in order)."""
    fields: dict[int, list[Any]] = {}
    pos = 0
    while pos < len(buf):
        key, pos = _read_varint(buf, pos)
        fieldno, wire = key >> 3, key & 7
        if fieldno == 0:
            raise TronTxError("field number 0")
        if wire == 0:
            value, pos = _read_varint(buf, pos)
        elif wire == 2:
            length, pos = _read_varint(buf, pos)
            if pos + length > len(buf):
                raise TronTxError("truncated field")
            value, pos = buf[pos : pos + length], pos + length
        elif wire == 1:
            value, pos = int.from_bytes(buf[pos : pos + 8], "little"), pos + 8
        elif wire == 5:
            value, pos = int.from_bytes(buf[pos : pos + 4], "little"), pos + 4
        else:
            raise TronTxError(f"unsupported wire type {wire}")
        fields.setdefault(fieldno, []).append(value)
    return fields


def _one(fields: dict[int, list[Any]], n: int, default: Any) -> Any:
    values = fields.get(n)
    return values[-1] if values else default


# ------------------------------------------------------------------ the model
@dataclass
class Contract:
    type: str  # TransferContract | TriggerSmartContract | CreateSmartContract
    value: dict[str, Any]  # decoded parameter (addresses as 21-byte 0x41… bytes)
    permission_id: int = 0


@dataclass
class RawTx:
    ref_block_bytes: bytes
    ref_block_hash: bytes
    expiration: int
    timestamp: int
    contracts: list[Contract]
    fee_limit: int = 0
    data: bytes = b""  # the memo
    ref_block_num: int = 0

    def encode(self) -> bytes:
        w = Writer()
        w.bytes(1, self.ref_block_bytes).varint(3, self.ref_block_num)
        w.bytes(4, self.ref_block_hash).varint(8, self.expiration).bytes(10, self.data)
        for c in self.contracts:
            w.message(11, _encode_contract(c), always=True)
        w.varint(14, self.timestamp).varint(18, self.fee_limit)
        return w.out()

    @property
    def txid(self) -> str:
        return hashlib.sha256(self.encode()).hexdigest()

    @property
    def contract(self) -> Contract:
        if len(self.contracts) != 1:
            raise TronTxError("a transaction has exactly one contract")
        return self.contracts[0]

    @property
    def owner(self) -> bytes:
        return self.contract.value["owner_address"]


# ------------------------------------------------------------------ contracts
def _staking_message(ctype: str) -> Any:
    from wallet.core.tron_proto import contracts_pb2

    return getattr(contracts_pb2, ctype)


def _encode_params(ctype: str, v: dict[str, Any]) -> bytes:
    if ctype in STAKING_TYPES.values():
        return _staking_message(ctype)(**v).SerializeToString(deterministic=True)
    w = Writer()
    if ctype == "TransferContract":
        w.bytes(1, v["owner_address"]).bytes(2, v["to_address"]).varint(3, v.get("amount", 0))
    elif ctype == "TriggerSmartContract":
        w.bytes(1, v["owner_address"]).bytes(2, v["contract_address"])
        w.varint(3, v.get("call_value", 0)).bytes(4, v.get("data", b""))
        w.varint(5, v.get("call_token_value", 0)).varint(6, v.get("token_id", 0))
    elif ctype == "CreateSmartContract":
        w.bytes(1, v["owner_address"]).message(2, _encode_smart_contract(v["new_contract"]))
        w.varint(3, v.get("call_token_value", 0)).varint(4, v.get("token_id", 0))
    else:
        raise TronTxError(f"unsupported contract type {ctype}")
    return w.out()


def _decode_params(ctype: str, raw: bytes) -> dict[str, Any]:
    if ctype in STAKING_TYPES.values():
        try:
            msg = _staking_message(ctype).FromString(raw)
        except Exception as exc:  # protobuf's DecodeError
            raise TronTxError(f"malformed {ctype}") from exc
        return {f.name: getattr(msg, f.name) for f in msg.DESCRIPTOR.fields}
    f = parse_fields(raw)
    if ctype == "TransferContract":
        return {
            "owner_address": _one(f, 1, b""),
            "to_address": _one(f, 2, b""),
            "amount": _signed64(_one(f, 3, 0)),
        }
    if ctype == "TriggerSmartContract":
        return {
            "owner_address": _one(f, 1, b""),
            "contract_address": _one(f, 2, b""),
            "call_value": _signed64(_one(f, 3, 0)),
            "data": _one(f, 4, b""),
            "call_token_value": _signed64(_one(f, 5, 0)),
            "token_id": _one(f, 6, 0),
        }
    if ctype == "CreateSmartContract":
        return {
            "owner_address": _one(f, 1, b""),
            "new_contract": _decode_smart_contract(_one(f, 2, b"")),
            "call_token_value": _one(f, 3, 0),
            "token_id": _one(f, 4, 0),
        }
    raise TronTxError(f"unsupported contract type {ctype}")


def _encode_contract(c: Contract) -> bytes:
    number = CONTRACT_NUMBERS.get(c.type)
    if number is None:
        raise TronTxError(f"unsupported contract type {c.type}")
    anyw = Writer().bytes(1, TYPE_URL + c.type).bytes(2, _encode_params(c.type, c.value)).out()
    return Writer().varint(1, number).message(2, anyw, always=True).varint(5, c.permission_id).out()


def _decode_contract(raw: bytes) -> Contract:
    f = parse_fields(raw)
    number = _one(f, 1, 0)
    ctype = CONTRACT_TYPES.get(number)
    if ctype is None:
        raise TronTxError(f"unsupported contract type number {number}")
    anyf = parse_fields(_one(f, 2, b""))
    type_url = _one(anyf, 1, b"").decode("utf-8", "replace")
    if type_url != TYPE_URL + ctype:
        raise TronTxError(f"parameter type {type_url} does not match contract type {ctype}")
    return Contract(ctype, _decode_params(ctype, _one(anyf, 2, b"")), _one(f, 5, 0))


# SmartContract / ABI (for CreateSmartContract)
_ABI_TYPES = {"Constructor": 1, "Function": 2, "Event": 3, "Fallback": 4, "Receive": 5, "Error": 6}
_MUTABILITY = {"Pure": 1, "View": 2, "Nonpayable": 3, "Payable": 4}


def _encode_abi(entries: list[dict[str, Any]]) -> bytes:
    w = Writer()
    for e in entries:
        ew = Writer().varint(1, bool(e.get("anonymous"))).varint(2, bool(e.get("constant")))
        ew.bytes(3, e.get("name", ""))
        for key, no in (("inputs", 4), ("outputs", 5)):
            for p in e.get(key, []) or []:
                pw = Writer().varint(1, bool(p.get("indexed"))).bytes(2, p.get("name", ""))
                ew.message(no, pw.bytes(3, p.get("type", "")).out(), always=True)
        ew.varint(6, _ABI_TYPES.get(_cap(e.get("type", "")), 0))
        ew.varint(7, bool(e.get("payable")))
        ew.varint(8, _MUTABILITY.get(_cap(e.get("stateMutability", "")), 0))
        w.message(1, ew.out(), always=True)
    return w.out()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:].lower() if text else ""


def _decode_abi(raw: bytes) -> list[dict[str, Any]]:
    types = {v: k for k, v in _ABI_TYPES.items()}
    mut = {v: k for k, v in _MUTABILITY.items()}
    out = []
    for entry in parse_fields(raw).get(1, []):
        f = parse_fields(entry)
        e: dict[str, Any] = {}
        if _one(f, 1, 0):
            e["anonymous"] = True
        if _one(f, 2, 0):
            e["constant"] = True
        if _one(f, 3, b""):
            e["name"] = _one(f, 3, b"").decode()
        for no, key in ((4, "inputs"), (5, "outputs")):
            params = []
            for p in f.get(no, []):
                pf = parse_fields(p)
                item: dict[str, Any] = {}
                if _one(pf, 1, 0):
                    item["indexed"] = True
                if _one(pf, 2, b""):
                    item["name"] = _one(pf, 2, b"").decode()
                item["type"] = _one(pf, 3, b"").decode()
                params.append(item)
            if params:
                e[key] = params
        if _one(f, 6, 0):
            e["type"] = types.get(_one(f, 6, 0), "Function")
        if _one(f, 7, 0):
            e["payable"] = True
        if _one(f, 8, 0):
            e["stateMutability"] = mut.get(_one(f, 8, 0), "Nonpayable")
        out.append(e)
    return out


def _encode_smart_contract(sc: dict[str, Any]) -> bytes:
    w = Writer().bytes(1, sc.get("origin_address", b"")).bytes(2, sc.get("contract_address", b""))
    w.message(3, _encode_abi(sc.get("abi", [])))
    w.bytes(4, sc.get("bytecode", b"")).varint(5, sc.get("call_value", 0))
    w.varint(6, sc.get("consume_user_resource_percent", 0)).bytes(7, sc.get("name", ""))
    w.varint(8, sc.get("origin_energy_limit", 0))
    return w.out()


def _decode_smart_contract(raw: bytes) -> dict[str, Any]:
    f = parse_fields(raw)
    return {
        "origin_address": _one(f, 1, b""),
        "contract_address": _one(f, 2, b""),
        "abi": _decode_abi(_one(f, 3, b"")),
        "bytecode": _one(f, 4, b""),
        "call_value": _one(f, 5, 0),
        "consume_user_resource_percent": _one(f, 6, 0),
        "name": _one(f, 7, b"").decode("utf-8", "replace"),
        "origin_energy_limit": _one(f, 8, 0),
    }


# ------------------------------------------------------------------ raw ⇄ bytes
def decode_raw(raw: bytes) -> RawTx:
    f = parse_fields(raw)
    return RawTx(
        ref_block_bytes=_one(f, 1, b""),
        ref_block_hash=_one(f, 4, b""),
        expiration=_signed64(_one(f, 8, 0)),
        timestamp=_signed64(_one(f, 14, 0)),
        contracts=[_decode_contract(c) for c in f.get(11, [])],
        fee_limit=_signed64(_one(f, 18, 0)),
        data=_one(f, 10, b""),
        ref_block_num=_one(f, 3, 0),
    )


# ------------------------------------------------------------------ JSON (java-tron's shape)
_ADDRESS_KEYS = {
    "owner_address",
    "to_address",
    "contract_address",
    "origin_address",
    "receiver_address",
}
_BYTES_KEYS = {"data", "bytecode"}


def _addr_from_json(value: str) -> bytes:
    try:
        return bytes([0x41]) + addresses.account_id(value)
    except Exception as exc:
        raise TronTxError(f"bad address {value!r}") from exc


def _addr_to_json(value: bytes, visible: bool) -> str:
    if len(value) != 21:
        return value.hex()
    return addresses.tron_from_id(value[1:]) if visible else value.hex()


def _value_from_json(ctype: str, v: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, val in v.items():
        if k in _ADDRESS_KEYS:
            out[k] = _addr_from_json(val)
        elif k in _BYTES_KEYS:
            out[k] = bytes.fromhex(val)
        elif k == "new_contract":
            out[k] = _value_from_json("SmartContract", val)
        elif k == "abi":
            out[k] = val.get("entrys", []) if isinstance(val, dict) else val
        elif k == "resource":  # an enum: java-tron prints its name
            names = {n: c for c, n in RESOURCE_NAMES.items()}
            if val not in names and not isinstance(val, int):
                raise TronTxError(f"unknown resource {val!r}")
            out[k] = names.get(val, val)
        else:
            out[k] = val
    return out


def _value_to_json(v: dict[str, Any], visible: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, val in v.items():
        if val in (0, b"", "", [], None, False):
            continue  # proto3 JSON leaves defaults out
        if k in _ADDRESS_KEYS:
            out[k] = _addr_to_json(val, visible)
        elif k in _BYTES_KEYS:
            out[k] = val.hex()
        elif k == "new_contract":
            out[k] = _value_to_json(val, visible)
        elif k == "abi":
            out[k] = {"entrys": val}
        elif k == "resource":
            out[k] = RESOURCE_NAMES.get(val, val)
        else:
            out[k] = val
    return out


def raw_from_json(raw_data: dict[str, Any]) -> RawTx:
    """java-tron's ``raw_data`` JSON (hex or base58 addresses) → RawTx."""
    try:
        contracts = []
        for c in raw_data["contract"]:
            ctype = c["type"]
            value = c["parameter"]["value"]
            contracts.append(
                Contract(ctype, _value_from_json(ctype, value), int(c.get("Permission_id", 0)))
            )
        return RawTx(
            ref_block_bytes=bytes.fromhex(raw_data.get("ref_block_bytes", "")),
            ref_block_hash=bytes.fromhex(raw_data.get("ref_block_hash", "")),
            expiration=int(raw_data.get("expiration", 0)),
            timestamp=int(raw_data.get("timestamp", 0)),
            contracts=contracts,
            fee_limit=int(raw_data.get("fee_limit", 0)),
            data=bytes.fromhex(raw_data.get("data", "")),
            ref_block_num=int(raw_data.get("ref_block_num", 0)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TronTxError(f"malformed raw_data: {exc}") from None


def raw_to_json(raw: RawTx, *, visible: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "contract": [
            {
                "parameter": {
                    "value": _value_to_json(c.value, visible),
                    "type_url": TYPE_URL + c.type,
                },
                "type": c.type,
                **({"Permission_id": c.permission_id} if c.permission_id else {}),
            }
            for c in raw.contracts
        ],
        "ref_block_bytes": raw.ref_block_bytes.hex(),
        "ref_block_hash": raw.ref_block_hash.hex(),
        "expiration": raw.expiration,
        "timestamp": raw.timestamp,
    }
    if raw.ref_block_num:
        out["ref_block_num"] = raw.ref_block_num
    if raw.fee_limit:
        out["fee_limit"] = raw.fee_limit
    if raw.data:
        out["data"] = raw.data.hex()
    return out


def transaction_json(
    raw: RawTx, signatures: list[bytes] | None = None, *, visible: bool = False
) -> dict[str, Any]:
    """The whole transaction as java-tron prints it (txID, raw_data, raw_data_hex, signature)."""
    encoded = raw.encode()
    out: dict[str, Any] = {
        "visible": visible,
        "txID": hashlib.sha256(encoded).hexdigest(),
        "raw_data": raw_to_json(raw, visible=visible),
        "raw_data_hex": encoded.hex(),
    }
    if signatures:
        out["signature"] = [s.hex() for s in signatures]
    return out


def signed_size(raw: RawTx, signatures: list[bytes]) -> int:
    """Bytes of the signed ``Transaction`` protobuf (raw_data = 1, signature = 2)."""
    w = Writer().message(1, raw.encode(), always=True)
    for s in signatures:
        w.bytes(2, s)
    return len(w.out())


# ------------------------------------------------------------------ signatures
def sign(raw_bytes: bytes, private_key: bytes) -> bytes:
    from coincurve import PrivateKey

    return PrivateKey(private_key).sign_recoverable(hashlib.sha256(raw_bytes).digest(), hasher=None)


def recover_signer(txid: bytes, signature: bytes) -> bytes:
    """The 21-byte (0x41…) address that made ``signature`` over ``txid``.

    Accepts recovery byte 0/1 or 27/28 and either s (low or high), as java-tron does.
    """
    from coincurve import PublicKey
    from eth_hash.auto import keccak

    if len(signature) != 65:
        raise TronTxError("a signature is 65 bytes")
    v = signature[64]
    if v >= 27:
        v -= 27
    if v not in (0, 1):
        raise TronTxError("bad recovery byte")
    try:
        pub = PublicKey.from_signature_and_message(signature[:64] + bytes([v]), txid, hasher=None)
    except Exception as exc:
        raise TronTxError("the signature does not recover a public key") from exc
    return bytes([0x41]) + keccak(pub.format(compressed=False)[1:])[-20:]


# ------------------------------------------------------------------ TRC-20 helpers
def encode_trc20_transfer(to: str, amount: int) -> bytes:
    return TRC20_TRANSFER + bytes(12) + addresses.account_id(to) + amount.to_bytes(32, "big")


def decode_trc20_transfer(data: bytes) -> tuple[str, int] | None:
    """(recipient T-address, amount) of a ``transfer(address,uint256)`` call, or None."""
    if len(data) != 68 or data[:4] != TRC20_TRANSFER or any(data[4:16]):
        return None
    return addresses.tron_from_id(data[16:36]), int.from_bytes(data[36:68], "big")


@dataclass
class SignedTx:
    raw: RawTx
    signatures: list[bytes] = field(default_factory=list)


def mismatches(node_built: RawTx, expected: RawTx) -> list[str]:
    """What a node-built transaction changes compared with the one the wallet built itself.

    Compares what decides where money goes and what it can cost: contract type, owner, recipient
    or contract, amount and call data, fee limit, memo; and the expiration window. Reference-block
    fields and timestamps may differ between two honest builds.
    """
    problems = []
    a, b = node_built.contract, expected.contract
    if a.type != b.type:
        problems.append(f"contract type {a.type} instead of {b.type}")
    keys = ("owner_address", "to_address", "contract_address", "amount", "data", "call_value")
    if a.type in STAKING_TYPES.values():
        keys = tuple(f.name for f in _staking_message(a.type).DESCRIPTOR.fields)
    for key in keys:
        if (a.value.get(key) or None) != (b.value.get(key) or None):  # absent = default
            problems.append(key)
    if len(node_built.contracts) != 1:
        problems.append("number of contracts")
    if node_built.fee_limit != expected.fee_limit:
        problems.append("fee_limit")
    if node_built.data != expected.data:
        problems.append("memo")
    if not 0 < node_built.expiration - node_built.timestamp <= 24 * 3600 * 1000:
        problems.append("expiration")
    return problems
