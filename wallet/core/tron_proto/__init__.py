"""Tron's protobuf messages (package ``protocol``), generated from .proto files.

``tronpy.proto.tron_pb2`` (shipped by tronpy) has ``Transaction``, its ``raw`` and ``Contract``,
``TransferContract`` and ``TriggerSmartContract``. ``contracts_pb2`` is generated here by
``make proto`` from ``contracts.proto`` (java-tron's field numbers) with what tronpy lacks:
``CreateSmartContract`` / ``SmartContract`` and the Stake 2.0 contracts (types 54–59). Both
register in protobuf's default pool, so ``protocol.<Name>`` resolves either way.
"""
