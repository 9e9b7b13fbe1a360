"""Tron transactions: ``Transaction.raw`` ⇄ protobuf bytes ⇄ java-tron's JSON, txid, signatures.

The messages are generated from Tron's .proto: tronpy's ``tron_pb2`` (``Transaction``, its
``raw`` and ``Contract``, ``TransferContract``, ``TriggerSmartContract``) and the project's
``wallet/core/tron_proto/contracts_pb2`` (``CreateSmartContract``, the Stake 2.0 contracts).
protobuf serializes canonically, as protobuf-java does (fields in number order, defaults left
out), so the txid ``sha256(raw bytes)`` is java-tron's; a signature is 65 bytes r‖s‖v over it.

JSON goes through ``google.protobuf.json_format`` with the .proto field names (java-tron's keys,
zero/false/default fields absent). Own code only where java-tron's JSON is not proto3 JSON:
bytes are hex, not base64 (address fields base58 with ``visible=true``); int64 are numbers, not
strings; a contract's ``parameter`` is ``{"value": …, "type_url": …}``, not an Any with "@type".

In Python, a contract's ``value`` is a dict keyed by its message's field names: bytes fields
as bytes (addresses are 21 bytes, 0x41 + account id), integers as int, enums by name, nested
messages as dicts.

Pure: no I/O. Used by the wallet (to build, check and sign Tron transactions itself) and by the
Tron devnode (to decode what it is sent).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from google.protobuf import any_pb2, descriptor_pool, json_format, message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import DecodeError, Message

# Only tronpy's generated messages and ABI codec: its transaction builder is not used (offline it
# drops raw_data.data, online it signs a txID the node supplies; DESIGN §3).
from tronpy.abi import trx_abi
from tronpy.proto import tron_pb2

from wallet.core import addresses
from wallet.core.tron_proto import contracts_pb2  # noqa: F401 - puts its messages in the pool

TYPE_URL = "type.googleapis.com/protocol."
# Transaction.Contract.ContractType; tronpy 0.6.2's enum stops at 58, java-tron's Tron.proto has 59
CONTRACT_TYPES = {
    **{v.number: v.name for v in tron_pb2.Transaction.Contract.ContractType.DESCRIPTOR.values},
    59: "CancelAllUnfreezeV2Contract",
}
CONTRACT_NUMBERS = {v: k for k, v in CONTRACT_TYPES.items()}
TRC20_TRANSFER = bytes.fromhex("a9059cbb")

_INT64 = {
    FieldDescriptor.TYPE_INT64,
    FieldDescriptor.TYPE_UINT64,
    FieldDescriptor.TYPE_SINT64,
    FieldDescriptor.TYPE_FIXED64,
    FieldDescriptor.TYPE_SFIXED64,
}
_RAW = tron_pb2.Transaction.raw


class TronTxError(ValueError):
    """Malformed protobuf or JSON (a node's or a caller's bug, not a user's mistake)."""


# ------------------------------------------------------------------ messages ⇄ dicts
def parameter_class(ctype: str) -> type[Message]:
    """The generated message class of a contract type's parameter (``protocol.<ctype>``)."""
    if ctype not in CONTRACT_NUMBERS:
        raise TronTxError(f"unsupported contract type {ctype}")
    try:
        desc = descriptor_pool.Default().FindMessageTypeByName("protocol." + ctype)
    except KeyError:
        raise TronTxError(f"unsupported contract type {ctype}") from None
    return message_factory.GetMessageClass(desc)


Scalar = Callable[[FieldDescriptor, Any], Any]


def _convert(desc: Descriptor, obj: dict[str, Any], scalar: Scalar) -> dict[str, Any]:
    """``obj`` (a message as a dict) with ``scalar(field, value)`` applied to every scalar value.

    Keys that are not fields of ``desc`` are kept as they are (json_format then ignores them).
    """
    if not isinstance(obj, dict):
        raise TronTxError(f"{desc.name} must be an object, not {type(obj).__name__}")
    out: dict[str, Any] = {}
    for key, value in obj.items():
        f = desc.fields_by_name.get(key)
        if f is None:
            out[key] = value
        elif f.is_repeated:
            out[key] = [_convert_one(f, v, scalar) for v in value]
        else:
            out[key] = _convert_one(f, value, scalar)
    return out


def _convert_one(f: FieldDescriptor, value: Any, scalar: Scalar) -> Any:
    return _convert(f.message_type, value, scalar) if f.message_type else scalar(f, value)


def _enum_name(f: FieldDescriptor, value: Any) -> Any:
    """An enum value by name in any case (solc's ABI says "function", java-tron "Function")."""
    if isinstance(value, str):
        names = {v.name.lower(): v.name for v in f.enum_type.values}
        return names.get(value.lower(), value)
    return value


def _from_py(f: FieldDescriptor, value: Any) -> Any:
    if f.type == FieldDescriptor.TYPE_BYTES:
        if not isinstance(value, bytes):
            raise TronTxError(f"{f.name} must be bytes, not {type(value).__name__}")
        return base64.b64encode(value).decode("ascii")
    if f.type == FieldDescriptor.TYPE_ENUM:
        return _enum_name(f, value)
    return value


def _to_py(f: FieldDescriptor, value: Any) -> Any:
    if f.type == FieldDescriptor.TYPE_BYTES:
        return base64.b64decode(value)
    return int(value) if f.type in _INT64 else value


def _is_address(f: FieldDescriptor) -> bool:
    return f.name.endswith("address")


def _from_json(f: FieldDescriptor, value: Any) -> Any:
    if f.type == FieldDescriptor.TYPE_BYTES:
        if not isinstance(value, str):
            raise TronTxError(f"{f.name} must be a hex string")
        if _is_address(f):
            try:
                raw = bytes([0x41]) + addresses.account_id(value)
            except Exception as exc:
                raise TronTxError(f"bad address {value!r}") from exc
        else:
            raw = bytes.fromhex(value)
        return base64.b64encode(raw).decode("ascii")
    if f.type == FieldDescriptor.TYPE_ENUM:
        return _enum_name(f, value)
    return value


def _to_json(visible: bool) -> Scalar:
    def scalar(f: FieldDescriptor, value: Any) -> Any:
        if f.type == FieldDescriptor.TYPE_BYTES:
            raw = base64.b64decode(value)
            if visible and _is_address(f) and len(raw) == 21:
                return addresses.tron_from_id(raw[1:])
            return raw.hex()
        return int(value) if f.type in _INT64 else value

    return scalar


def _parse(obj: dict[str, Any], msg: Message) -> Message:
    try:
        return json_format.ParseDict(obj, msg, ignore_unknown_fields=True)
    except json_format.ParseError as exc:
        raise TronTxError(str(exc)) from None


def _dump(msg: Message, scalar: Scalar) -> dict[str, Any]:
    return _convert(
        msg.DESCRIPTOR, json_format.MessageToDict(msg, preserving_proto_field_name=True), scalar
    )


# ------------------------------------------------------------------ the model
@dataclass
class Contract:
    type: str  # a Transaction.Contract.ContractType name: TransferContract, TriggerSmartContract…
    value: dict[str, Any]  # the parameter message's fields (see the module docstring)
    permission_id: int = 0

    def parameter(self) -> Message:
        """The parameter as its generated message (unknown keys refused: they would be lost)."""
        cls = parameter_class(self.type)
        unknown = set(self.value) - set(cls.DESCRIPTOR.fields_by_name)
        if unknown:
            raise TronTxError(f"{self.type} has no field {', '.join(sorted(unknown))}")
        return _parse(_convert(cls.DESCRIPTOR, self.value, _from_py), cls())

    def message(self) -> tron_pb2.Transaction.Contract:
        param = any_pb2.Any()
        param.Pack(self.parameter())  # type.googleapis.com/protocol.<type>
        return tron_pb2.Transaction.Contract(
            type=CONTRACT_NUMBERS[self.type], parameter=param, Permission_id=self.permission_id
        )

    @classmethod
    def from_json(cls, c: dict[str, Any]) -> Contract:
        """One of java-tron's ``raw_data.contract`` entries (its type_url is not needed)."""
        ctype = c["type"]
        param_cls = parameter_class(ctype)
        value = _convert(param_cls.DESCRIPTOR, c["parameter"]["value"], _from_json)
        param = _parse(value, param_cls())
        return cls(ctype, _dump(param, _to_py), int(c.get("Permission_id", 0)))

    def to_json(self, visible: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "parameter": {
                "value": _dump(self.parameter(), _to_json(visible)),
                "type_url": TYPE_URL + self.type,
            },
            "type": self.type,
        }
        if self.permission_id:
            out["Permission_id"] = self.permission_id
        return out

    @classmethod
    def from_message(cls, m: tron_pb2.Transaction.Contract) -> Contract:
        ctype = CONTRACT_TYPES.get(m.type)
        if ctype is None:
            raise TronTxError(f"unsupported contract type number {m.type}")
        param = parameter_class(ctype)()
        if m.parameter.type_url != TYPE_URL + ctype:
            raise TronTxError(
                f"parameter type {m.parameter.type_url} does not match contract type {ctype}"
            )
        try:
            m.parameter.Unpack(param)
        except DecodeError as exc:
            raise TronTxError(f"malformed {ctype}: {exc}") from None
        return cls(ctype, _dump(param, _to_py), m.Permission_id)


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

    def message(self) -> tron_pb2.Transaction.raw:
        try:
            return _RAW(
                ref_block_bytes=self.ref_block_bytes,
                ref_block_num=self.ref_block_num,
                ref_block_hash=self.ref_block_hash,
                expiration=self.expiration,
                data=self.data,
                contract=[c.message() for c in self.contracts],
                timestamp=self.timestamp,
                fee_limit=self.fee_limit,
            )
        except TronTxError:
            raise
        except (TypeError, ValueError) as exc:
            raise TronTxError(f"bad transaction field: {exc}") from None

    @classmethod
    def from_message(cls, m: tron_pb2.Transaction.raw) -> RawTx:
        return cls(
            ref_block_bytes=m.ref_block_bytes,
            ref_block_hash=m.ref_block_hash,
            expiration=m.expiration,
            timestamp=m.timestamp,
            contracts=[Contract.from_message(c) for c in m.contract],
            fee_limit=m.fee_limit,
            data=m.data,
            ref_block_num=m.ref_block_num,
        )

    def encode(self) -> bytes:
        return self.message().SerializeToString()

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
        return self.contract.value.get("owner_address", b"")


@dataclass
class SignedTx:
    raw: RawTx
    signatures: list[bytes] = field(default_factory=list)

    def encode(self) -> bytes:
        """The signed ``Transaction`` protobuf (what ``/wallet/broadcasthex`` takes)."""
        return tron_pb2.Transaction(
            raw_data=self.raw.message(), signature=self.signatures
        ).SerializeToString()


# ------------------------------------------------------------------ bytes → model
def decode_raw(raw: bytes) -> RawTx:
    try:
        return RawTx.from_message(_RAW.FromString(raw))
    except DecodeError as exc:
        raise TronTxError(f"malformed Transaction.raw: {exc}") from None


def decode_signed(signed: bytes) -> SignedTx:
    """A signed ``Transaction`` protobuf → its raw part and signatures."""
    try:
        m = tron_pb2.Transaction.FromString(signed)
    except DecodeError as exc:
        raise TronTxError(f"malformed Transaction: {exc}") from None
    return SignedTx(RawTx.from_message(m.raw_data), list(m.signature))


def signed_size(raw: RawTx, signatures: list[bytes]) -> int:
    """Bytes of the signed ``Transaction`` protobuf (raw_data = 1, signature = 2)."""
    return len(SignedTx(raw, signatures).encode())


# ------------------------------------------------------------------ JSON (java-tron's shape)
def raw_from_json(raw_data: dict[str, Any]) -> RawTx:
    """java-tron's ``raw_data`` JSON (hex or base58 addresses) → RawTx."""
    try:
        rest = {k: v for k, v in raw_data.items() if k != "contract"}
        raw = RawTx.from_message(_parse(_convert(_RAW.DESCRIPTOR, rest, _from_json), _RAW()))
        raw.contracts = [Contract.from_json(c) for c in raw_data["contract"]]
        return raw
    except TronTxError as exc:
        raise TronTxError(f"malformed raw_data: {exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TronTxError(f"malformed raw_data: {exc!r}") from None


def raw_to_json(raw: RawTx, *, visible: bool = False) -> dict[str, Any]:
    m = raw.message()
    m.ClearField("contract")  # printed by Contract.to_json: java-tron's shape is not an Any's
    return {
        **_dump(m, _to_json(visible)),
        "contract": [c.to_json(visible) for c in raw.contracts],
    }


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
    return TRC20_TRANSFER + trx_abi.encode(["address", "uint256"], [to, amount])


def decode_trc20_transfer(data: bytes) -> tuple[str, int] | None:
    """(recipient T-address, amount) of a ``transfer(address,uint256)`` call, or None."""
    if len(data) != 68 or data[:4] != TRC20_TRANSFER:
        return None
    try:
        to, amount = trx_abi.decode(["address", "uint256"], data[4:])
    except Exception:  # eth_abi's DecodingError family: not a transfer call
        return None
    return to, amount


def mismatches(node_built: RawTx, expected: RawTx) -> list[str]:
    """What a node-built transaction changes compared with the one the wallet built itself.

    Compares what decides where money goes and what it can cost: contract type and every field
    of its parameter (owner, recipient or contract, amount, call data…), fee limit, memo; and the
    expiration window. Reference-block fields and timestamps may differ between two honest builds.
    """
    problems = []
    a, b = node_built.contract, expected.contract
    if a.type != b.type:
        problems.append(f"contract type {a.type} instead of {b.type}")
    else:
        pa, pb = a.parameter(), b.parameter()
        problems += [
            f.name for f in pa.DESCRIPTOR.fields if getattr(pa, f.name) != getattr(pb, f.name)
        ]
    if len(node_built.contracts) != 1:
        problems.append("number of contracts")
    if node_built.fee_limit != expected.fee_limit:
        problems.append("fee_limit")
    if node_built.data != expected.data:
        problems.append("memo")
    if not 0 < node_built.expiration - node_built.timestamp <= 24 * 3600 * 1000:
        problems.append("expiration")
    return problems
