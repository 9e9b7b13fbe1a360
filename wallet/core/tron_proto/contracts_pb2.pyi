from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ResourceCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BANDWIDTH: _ClassVar[ResourceCode]
    ENERGY: _ClassVar[ResourceCode]
    TRON_POWER: _ClassVar[ResourceCode]
BANDWIDTH: ResourceCode
ENERGY: ResourceCode
TRON_POWER: ResourceCode

class SmartContract(_message.Message):
    __slots__ = ("origin_address", "contract_address", "abi", "bytecode", "call_value", "consume_user_resource_percent", "name", "origin_energy_limit", "code_hash", "trx_hash", "version")
    class ABI(_message.Message):
        __slots__ = ("entrys",)
        class Entry(_message.Message):
            __slots__ = ("anonymous", "constant", "name", "inputs", "outputs", "type", "payable", "stateMutability")
            class EntryType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                UnknownEntryType: _ClassVar[SmartContract.ABI.Entry.EntryType]
                Constructor: _ClassVar[SmartContract.ABI.Entry.EntryType]
                Function: _ClassVar[SmartContract.ABI.Entry.EntryType]
                Event: _ClassVar[SmartContract.ABI.Entry.EntryType]
                Fallback: _ClassVar[SmartContract.ABI.Entry.EntryType]
                Receive: _ClassVar[SmartContract.ABI.Entry.EntryType]
                Error: _ClassVar[SmartContract.ABI.Entry.EntryType]
            UnknownEntryType: SmartContract.ABI.Entry.EntryType
            Constructor: SmartContract.ABI.Entry.EntryType
            Function: SmartContract.ABI.Entry.EntryType
            Event: SmartContract.ABI.Entry.EntryType
            Fallback: SmartContract.ABI.Entry.EntryType
            Receive: SmartContract.ABI.Entry.EntryType
            Error: SmartContract.ABI.Entry.EntryType
            class StateMutabilityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                UnknownMutabilityType: _ClassVar[SmartContract.ABI.Entry.StateMutabilityType]
                Pure: _ClassVar[SmartContract.ABI.Entry.StateMutabilityType]
                View: _ClassVar[SmartContract.ABI.Entry.StateMutabilityType]
                Nonpayable: _ClassVar[SmartContract.ABI.Entry.StateMutabilityType]
                Payable: _ClassVar[SmartContract.ABI.Entry.StateMutabilityType]
            UnknownMutabilityType: SmartContract.ABI.Entry.StateMutabilityType
            Pure: SmartContract.ABI.Entry.StateMutabilityType
            View: SmartContract.ABI.Entry.StateMutabilityType
            Nonpayable: SmartContract.ABI.Entry.StateMutabilityType
            Payable: SmartContract.ABI.Entry.StateMutabilityType
            class Param(_message.Message):
                __slots__ = ("indexed", "name", "type")
                INDEXED_FIELD_NUMBER: _ClassVar[int]
                NAME_FIELD_NUMBER: _ClassVar[int]
                TYPE_FIELD_NUMBER: _ClassVar[int]
                indexed: bool
                name: str
                type: str
                def __init__(self, indexed: _Optional[bool] = ..., name: _Optional[str] = ..., type: _Optional[str] = ...) -> None: ...
            ANONYMOUS_FIELD_NUMBER: _ClassVar[int]
            CONSTANT_FIELD_NUMBER: _ClassVar[int]
            NAME_FIELD_NUMBER: _ClassVar[int]
            INPUTS_FIELD_NUMBER: _ClassVar[int]
            OUTPUTS_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            PAYABLE_FIELD_NUMBER: _ClassVar[int]
            STATEMUTABILITY_FIELD_NUMBER: _ClassVar[int]
            anonymous: bool
            constant: bool
            name: str
            inputs: _containers.RepeatedCompositeFieldContainer[SmartContract.ABI.Entry.Param]
            outputs: _containers.RepeatedCompositeFieldContainer[SmartContract.ABI.Entry.Param]
            type: SmartContract.ABI.Entry.EntryType
            payable: bool
            stateMutability: SmartContract.ABI.Entry.StateMutabilityType
            def __init__(self, anonymous: _Optional[bool] = ..., constant: _Optional[bool] = ..., name: _Optional[str] = ..., inputs: _Optional[_Iterable[_Union[SmartContract.ABI.Entry.Param, _Mapping]]] = ..., outputs: _Optional[_Iterable[_Union[SmartContract.ABI.Entry.Param, _Mapping]]] = ..., type: _Optional[_Union[SmartContract.ABI.Entry.EntryType, str]] = ..., payable: _Optional[bool] = ..., stateMutability: _Optional[_Union[SmartContract.ABI.Entry.StateMutabilityType, str]] = ...) -> None: ...
        ENTRYS_FIELD_NUMBER: _ClassVar[int]
        entrys: _containers.RepeatedCompositeFieldContainer[SmartContract.ABI.Entry]
        def __init__(self, entrys: _Optional[_Iterable[_Union[SmartContract.ABI.Entry, _Mapping]]] = ...) -> None: ...
    ORIGIN_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ABI_FIELD_NUMBER: _ClassVar[int]
    BYTECODE_FIELD_NUMBER: _ClassVar[int]
    CALL_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONSUME_USER_RESOURCE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_ENERGY_LIMIT_FIELD_NUMBER: _ClassVar[int]
    CODE_HASH_FIELD_NUMBER: _ClassVar[int]
    TRX_HASH_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    origin_address: bytes
    contract_address: bytes
    abi: SmartContract.ABI
    bytecode: bytes
    call_value: int
    consume_user_resource_percent: int
    name: str
    origin_energy_limit: int
    code_hash: bytes
    trx_hash: bytes
    version: int
    def __init__(self, origin_address: _Optional[bytes] = ..., contract_address: _Optional[bytes] = ..., abi: _Optional[_Union[SmartContract.ABI, _Mapping]] = ..., bytecode: _Optional[bytes] = ..., call_value: _Optional[int] = ..., consume_user_resource_percent: _Optional[int] = ..., name: _Optional[str] = ..., origin_energy_limit: _Optional[int] = ..., code_hash: _Optional[bytes] = ..., trx_hash: _Optional[bytes] = ..., version: _Optional[int] = ...) -> None: ...

class CreateSmartContract(_message.Message):
    __slots__ = ("owner_address", "new_contract", "call_token_value", "token_id")
    OWNER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    NEW_CONTRACT_FIELD_NUMBER: _ClassVar[int]
    CALL_TOKEN_VALUE_FIELD_NUMBER: _ClassVar[int]
    TOKEN_ID_FIELD_NUMBER: _ClassVar[int]
    owner_address: bytes
    new_contract: SmartContract
    call_token_value: int
    token_id: int
    def __init__(self, owner_address: _Optional[bytes] = ..., new_contract: _Optional[_Union[SmartContract, _Mapping]] = ..., call_token_value: _Optional[int] = ..., token_id: _Optional[int] = ...) -> None: ...

class FreezeBalanceV2Contract(_message.Message):
    __slots__ = ("owner_address", "frozen_balance", "resource")
    OWNER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    FROZEN_BALANCE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    owner_address: bytes
    frozen_balance: int
    resource: ResourceCode
    def __init__(self, owner_address: _Optional[bytes] = ..., frozen_balance: _Optional[int] = ..., resource: _Optional[_Union[ResourceCode, str]] = ...) -> None: ...

class UnfreezeBalanceV2Contract(_message.Message):
    __slots__ = ("owner_address", "unfreeze_balance", "resource")
    OWNER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    UNFREEZE_BALANCE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    owner_address: bytes
    unfreeze_balance: int
    resource: ResourceCode
    def __init__(self, owner_address: _Optional[bytes] = ..., unfreeze_balance: _Optional[int] = ..., resource: _Optional[_Union[ResourceCode, str]] = ...) -> None: ...

class WithdrawExpireUnfreezeContract(_message.Message):
    __slots__ = ("owner_address",)
    OWNER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    owner_address: bytes
    def __init__(self, owner_address: _Optional[bytes] = ...) -> None: ...

class DelegateResourceContract(_message.Message):
    __slots__ = ("owner_address", "resource", "balance", "receiver_address", "lock", "lock_period")
    OWNER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    RECEIVER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    LOCK_FIELD_NUMBER: _ClassVar[int]
    LOCK_PERIOD_FIELD_NUMBER: _ClassVar[int]
    owner_address: bytes
    resource: ResourceCode
    balance: int
    receiver_address: bytes
    lock: bool
    lock_period: int
    def __init__(self, owner_address: _Optional[bytes] = ..., resource: _Optional[_Union[ResourceCode, str]] = ..., balance: _Optional[int] = ..., receiver_address: _Optional[bytes] = ..., lock: _Optional[bool] = ..., lock_period: _Optional[int] = ...) -> None: ...

class UnDelegateResourceContract(_message.Message):
    __slots__ = ("owner_address", "resource", "balance", "receiver_address")
    OWNER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    RECEIVER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    owner_address: bytes
    resource: ResourceCode
    balance: int
    receiver_address: bytes
    def __init__(self, owner_address: _Optional[bytes] = ..., resource: _Optional[_Union[ResourceCode, str]] = ..., balance: _Optional[int] = ..., receiver_address: _Optional[bytes] = ...) -> None: ...

class CancelAllUnfreezeV2Contract(_message.Message):
    __slots__ = ("owner_address",)
    OWNER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    owner_address: bytes
    def __init__(self, owner_address: _Optional[bytes] = ...) -> None: ...
