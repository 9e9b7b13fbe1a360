"""The committed Tron protobuf module is what `make proto` makes; its fields are java-tron's.

Field numbers: tronprotocol/java-tron, protocol/src/main/protos/core/contract/balance_contract.proto
and smart_contract.proto.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROTO = "wallet/core/tron_proto/contracts.proto"


def test_generated_module_is_up_to_date(tmp_path):
    from grpc_tools import protoc  # a dev extra, in the lock

    (tmp_path / PROTO).parent.mkdir(parents=True)
    shutil.copy(ROOT / PROTO, tmp_path / PROTO)
    # the same command as `make proto`, into a throw-away tree
    args = ["protoc", "-I", str(tmp_path), f"--python_out={tmp_path}", f"--pyi_out={tmp_path}"]
    assert protoc.main([*args, str(tmp_path / PROTO)]) == 0
    for suffix in ("_pb2.py", "_pb2.pyi"):
        name = PROTO.replace(".proto", suffix)
        assert (tmp_path / name).read_text() == (ROOT / name).read_text(), (
            f"{name} is out of date: run `make proto` and commit it"
        )


def test_stake_contracts_have_java_trons_field_numbers():
    from wallet.core.tron_proto import contracts_pb2 as pb

    def numbers(msg: type) -> dict[str, int]:
        return {f.name: f.number for f in msg.DESCRIPTOR.fields}

    assert numbers(pb.FreezeBalanceV2Contract) == {
        "owner_address": 1,
        "frozen_balance": 2,
        "resource": 3,
    }
    assert numbers(pb.UnfreezeBalanceV2Contract) == {
        "owner_address": 1,
        "unfreeze_balance": 2,
        "resource": 3,
    }
    assert numbers(pb.WithdrawExpireUnfreezeContract) == {"owner_address": 1}
    assert numbers(pb.DelegateResourceContract) == {
        "owner_address": 1,
        "resource": 2,
        "balance": 3,
        "receiver_address": 4,
        "lock": 5,
        "lock_period": 6,
    }
    assert numbers(pb.UnDelegateResourceContract) == {
        "owner_address": 1,
        "resource": 2,
        "balance": 3,
        "receiver_address": 4,
    }
    assert numbers(pb.CancelAllUnfreezeV2Contract) == {"owner_address": 1}
    assert pb.ResourceCode.Value("ENERGY") == 1
    assert pb.ResourceCode.Value("TRON_POWER") == 2


def test_the_project_messages_live_beside_tronpys():
    """Both modules load into protobuf's default pool without a duplicate symbol."""
    from google.protobuf import descriptor_pool
    from tronpy.proto import tron_pb2

    from wallet.core.tron_proto import contracts_pb2

    pool = descriptor_pool.Default()
    assert pool.FindMessageTypeByName("protocol.TransferContract") is (
        tron_pb2.TransferContract.DESCRIPTOR
    )
    assert pool.FindMessageTypeByName("protocol.CreateSmartContract") is (
        contracts_pb2.CreateSmartContract.DESCRIPTOR
    )
