"""Issue 16 item 15: the devnode refuses what java-tron refuses, with java-tron's answers.

Read from tronprotocol/java-tron (develop, 1e35f79a16): Wallet.broadcastTransaction (no
contract → "No contract!"; TransactionCapsule.checkExpiration against the next block slot, head
time + 3 s; the fixed answer texts "Transaction expired", "Tapos check error.", "Dup
transaction."; "Contract validate error : " before an actuator's message),
Manager.processTransaction (contract count, TAPOS, size, expiration window, duplicate) and
TransferActuator.validate (owner, to, self, owner account, amount, then balance; Math.addExact
overflow says "long overflow")."""

from __future__ import annotations

from tests.devnet_tron.test_rules import NEW_ADDRESS, broadcast, build_transfer, key, message
from wallet.core import tron_tx
from wallet.keys import hd
from wallet.services.tron_send import signed_protobuf


def _resigned(client, k, raw):
    """``raw`` (changed by the test) as java-tron JSON, signed by ``k``."""
    return broadcast(client, tron_tx.transaction_json(raw, visible=True), k, raw)


def test_expiration_inside_the_next_block_slot_is_expired(devnode, client):
    k = key(devnode, 1)
    raw = tron_tx.raw_from_json(build_transfer(client, k, devnode.accounts[3][0], 11)["raw_data"])
    raw.expiration = devnode.chain.head.timestamp + 1_000  # after the head, before the next slot
    out = _resigned(client, k, raw)
    assert out["code"] == "TRANSACTION_EXPIRATION_ERROR"
    assert message(out) == "Transaction expired"
    assert client.post("/wallet/gettransactionbyid", {"value": out["txid"]}) == {}


def test_a_transaction_without_a_contract_is_no_contract(devnode, client):
    k = key(devnode, 1)
    raw = tron_tx.raw_from_json(build_transfer(client, k, devnode.accounts[3][0], 12)["raw_data"])
    raw.contracts = []
    signed = signed_protobuf(raw, tron_tx.sign(raw.encode(), k))
    out = client.post("/wallet/broadcasthex", {"transaction": signed.hex()})
    assert out["code"] == "CONTRACT_VALIDATE_ERROR"
    assert message(out) == "Contract validate error : No contract!"


def test_unknown_ref_block_answers_java_tron_text(devnode, client):
    k = key(devnode, 1)
    raw = tron_tx.raw_from_json(build_transfer(client, k, devnode.accounts[3][0], 13)["raw_data"])
    raw.ref_block_hash = b"\x00" * 8
    out = _resigned(client, k, raw)
    assert out["code"] == "TAPOS_ERROR" and message(out) == "Tapos check error."


def test_transfer_validation_order_and_texts(devnode, client):
    k = key(devnode, 1)
    me = hd.tron_address(k)
    # amount 0 to oneself: java-tron checks "yourself" before the amount
    raw = tron_tx.raw_from_json(build_transfer(client, k, devnode.accounts[3][0], 14)["raw_data"])
    raw.contracts[0].value["to_address"] = raw.contracts[0].value["owner_address"]
    raw.contracts[0].value["amount"] = 0
    out = _resigned(client, k, raw)
    assert out["code"] == "CONTRACT_VALIDATE_ERROR"
    assert message(out) == "Contract validate error : Cannot transfer TRX to yourself."
    # more than the balance
    balance = client.post("/wallet/getaccount", {"address": me, "visible": True})["balance"]
    raw = tron_tx.raw_from_json(build_transfer(client, k, NEW_ADDRESS, 15)["raw_data"])
    raw.contracts[0].value["amount"] = balance + 1
    out = _resigned(client, k, raw)
    assert message(out) == (
        "Contract validate error : Validate TransferContract error, balance is not sufficient."
    )
    # amount + the account creation fee past int64: Math.addExact's "long overflow"
    raw.contracts[0].value["amount"] = 2**63 - 1
    out = _resigned(client, k, raw)
    assert message(out) == "Contract validate error : long overflow"
