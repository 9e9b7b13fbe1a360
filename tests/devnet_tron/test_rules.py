"""The devnode follows java-tron's rules: each rule proven against the running node."""

from __future__ import annotations

import pytest

from wallet.core import tron_tx
from wallet.core.addresses import to_evm
from wallet.devnet.tron.client import DevnodeError
from wallet.keys import hd

NEW_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


def key(devnode, i):
    return bytes.fromhex(devnode.accounts[i][1])


def build_transfer(client, k, to, amount=1_000_000):
    return client.post(
        "/wallet/createtransaction",
        {"owner_address": hd.tron_address(k), "to_address": to, "amount": amount, "visible": True},
    )


def broadcast(client, tx, sig_key, raw=None):
    raw = raw or tron_tx.raw_from_json(tx["raw_data"])
    signed = {**tx, "signature": [tron_tx.sign(raw.encode(), sig_key).hex()]}
    return client.post("/wallet/broadcasttransaction", signed)


def message(out):
    return bytes.fromhex(out["message"]).decode()


def test_signed_trc20_transfer_executes_and_moves_balances(devnode, client, usdkg):
    sender, receiver = devnode.accounts[0][0], devnode.accounts[2][0]
    before = client.trc20_balance(usdkg, receiver)
    info = client.trigger(
        key(devnode, 0),
        usdkg,
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(receiver), 2_500_000],
    )
    assert info["receipt"]["result"] == "SUCCESS"
    assert client.trc20_balance(usdkg, receiver) == before + 2_500_000
    assert info["receipt"]["energy_fee"] == info["receipt"]["energy_usage_total"] * 100
    assert info["fee"] >= info["receipt"]["energy_fee"]
    assert info["log"][0]["topics"][0].startswith("ddf252ad")
    assert client.trc20_balance(usdkg, sender) > 0


def test_wrong_signer_is_sigerror(devnode, client):
    tx = build_transfer(client, key(devnode, 1), devnode.accounts[3][0])
    out = broadcast(client, tx, key(devnode, 4))
    assert out["code"] == "SIGERROR" and "result" not in out
    assert "Validate signature error" in message(out)
    assert out["txid"] == tx["txID"]


def test_tampered_raw_data_is_rejected(devnode, client):
    k = key(devnode, 1)
    tx = build_transfer(client, k, devnode.accounts[3][0], 1_000_000)
    sig = tron_tx.sign(bytes.fromhex(tx["raw_data_hex"]), k).hex()
    tampered = dict(tx, signature=[sig])
    tampered["raw_data"] = {**tx["raw_data"]}
    tampered["raw_data"]["contract"] = [dict(tx["raw_data"]["contract"][0])]
    value = dict(tampered["raw_data"]["contract"][0]["parameter"]["value"], amount=900_000_000)
    tampered["raw_data"]["contract"][0]["parameter"] = {
        **tx["raw_data"]["contract"][0]["parameter"],
        "value": value,
    }
    tampered.pop("raw_data_hex")
    out = client.post("/wallet/broadcasttransaction", tampered)
    assert out["code"] == "SIGERROR"  # the node hashes the raw_data it was given
    # and a raw_data_hex that disagrees with raw_data is refused outright
    mismatched = dict(tx, signature=[sig], raw_data=tampered["raw_data"])
    out = client.post("/wallet/broadcasttransaction", mismatched)
    assert out["code"] == "OTHER_ERROR" and "raw_data_hex" in message(out)


def test_broadcasthex_hashes_raw_data_as_protobuf_writes_it(devnode, client):
    """java-tron's BroadcastHexServlet takes the txid of Transaction.raw as protobuf re-serialises
    it: the order of the outer fields does not matter, a raw_data in another encoding fails."""
    from google.protobuf import wrappers_pb2
    from tronpy.proto import tron_pb2

    k, to = key(devnode, 1), devnode.accounts[3][0]
    before = client.trx_balance(to)
    raw = tron_tx.raw_from_json(build_transfer(client, k, to, 11)["raw_data"])
    sig = tron_tx.sign(raw.encode(), k)
    # signature first, then raw_data: protobuf reads both orders as the same Transaction
    swapped = (
        tron_pb2.Transaction(signature=[sig]).SerializeToString()
        + tron_pb2.Transaction(raw_data=raw.message()).SerializeToString()
    )
    out = client.post("/wallet/broadcasthex", {"transaction": swapped.hex()})
    assert out["result"] is True and out["txid"] == raw.txid
    client.wait_info(raw.txid)
    assert client.trx_balance(to) == before + 11

    # the same raw_data with its timestamp written first: valid protobuf, other bytes
    raw2 = tron_tx.raw_from_json(build_transfer(client, k, to, 12)["raw_data"])
    m = raw2.message()
    first = tron_pb2.Transaction.raw(timestamp=m.timestamp).SerializeToString()
    m.ClearField("timestamp")
    reordered = first + m.SerializeToString()
    assert reordered != raw2.encode() and tron_tx.decode_raw(reordered).txid == raw2.txid
    # BytesValue's field 1 is written as Transaction.raw_data is: the bytes go in as they are
    signed = (
        wrappers_pb2.BytesValue(value=reordered).SerializeToString()
        + tron_pb2.Transaction(signature=[tron_tx.sign(reordered, k)]).SerializeToString()
    )
    out = client.post("/wallet/broadcasthex", {"transaction": signed.hex()})
    assert out["code"] == "SIGERROR" and out["txid"] == raw2.txid
    assert client.trx_balance(to) == before + 11


def test_expired_is_rejected_before_the_signature_is_checked(devnode, client):
    k = key(devnode, 1)
    tx = build_transfer(client, k, devnode.accounts[3][0])
    raw = tron_tx.raw_from_json(tx["raw_data"])
    raw.expiration = devnode.chain.head.timestamp - 1
    expired = tron_tx.transaction_json(raw, visible=True)
    out = broadcast(client, expired, key(devnode, 5), raw)  # also wrongly signed
    assert out["code"] == "TRANSACTION_EXPIRATION_ERROR"
    assert message(out) == "Transaction expired"  # java-tron Wallet.broadcastTransaction


def test_duplicate_is_rejected(devnode, client):
    k = key(devnode, 1)
    tx = build_transfer(client, k, devnode.accounts[3][0], 7)
    assert broadcast(client, tx, k)["result"] is True
    out = broadcast(client, tx, k)
    assert out["code"] == "DUP_TRANSACTION_ERROR" and message(out) == "Dup transaction."


def test_unknown_ref_block_is_tapos_error(devnode, client):
    k = key(devnode, 1)
    tx = build_transfer(client, k, devnode.accounts[3][0], 9)
    raw = tron_tx.raw_from_json(tx["raw_data"])
    raw.ref_block_hash = b"\x00" * 8
    out = broadcast(client, tron_tx.transaction_json(raw, visible=True), k, raw)
    assert out["code"] == "TAPOS_ERROR"


def test_too_low_fee_limit_is_out_of_energy_with_trx_burned(devnode, client, usdkg):
    k = key(devnode, 0)
    sender = devnode.accounts[0][0]
    balance_before = client.trx_balance(sender)
    info = client.trigger(
        k,
        usdkg,
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(devnode.accounts[6][0]), 1_000],
        fee_limit=1_234_567,
    )
    assert info["receipt"]["result"] == "OUT_OF_ENERGY" and info["result"] == "FAILED"
    burned = (1_234_567 // 100) * 100
    assert info["receipt"]["energy_fee"] == burned
    assert client.trx_balance(sender) == balance_before - info["fee"]
    assert client.trc20_balance(usdkg, devnode.accounts[6][0]) == 0


def test_revert_is_reported_like_java_tron(devnode, client, usdkg):
    poor = key(devnode, 7)  # holds TRX, no USDKG
    info = client.trigger(
        poor,
        usdkg,
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(devnode.accounts[0][0]), 5],
    )
    assert info["receipt"]["result"] == "REVERT" and info["result"] == "FAILED"
    assert bytes.fromhex(info["resMessage"]).decode() == "REVERT opcode executed"
    assert b"exceeds balance" in bytes.fromhex(info["contractResult"][0])


def test_trx_to_new_account_charges_creation_fee(devnode, client):
    sender = devnode.accounts[8][0]
    before = client.trx_balance(sender)
    assert client.post("/wallet/getaccount", {"address": NEW_ADDRESS, "visible": True}) == {}
    info = client.send_trx(key(devnode, 8), NEW_ADDRESS, 3_000_000)
    assert info["fee"] == 1_100_000 and info["receipt"] == {"net_fee": 100_000}
    assert client.trx_balance(sender) == before - 3_000_000 - 1_100_000
    acct = client.post("/wallet/getaccount", {"address": NEW_ADDRESS, "visible": True})
    assert acct["balance"] == 3_000_000 and acct["address"] == NEW_ADDRESS


def test_trc20_does_not_activate_the_recipient(devnode, client, usdkg):
    fresh = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"
    client.trigger(
        key(devnode, 0),
        usdkg,
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(fresh), 10],
    )
    assert client.trc20_balance(usdkg, fresh) == 10
    assert client.post("/wallet/getaccount", {"address": fresh, "visible": True}) == {}


def test_free_bandwidth_then_burn(devnode, client):
    k = key(devnode, 9)
    owner = devnode.accounts[9][0]
    infos = [client.send_trx(k, devnode.accounts[1][0], 1) for _ in range(4)]
    assert "net_usage" in infos[0]["receipt"] and "fee" not in infos[0]
    used = sum(i["receipt"].get("net_usage", 0) for i in infos)
    burned = [i for i in infos if "net_fee" in i["receipt"]]
    assert used <= 600 and burned  # 600 free bytes a day, then TRX at 1000 sun per byte
    size = burned[0]["receipt"]["net_fee"] // 1000
    assert 200 < size < 400
    res = client.post("/wallet/getaccountresource", {"address": owner, "visible": True})
    assert res["freeNetLimit"] == 600 and res["freeNetUsed"] == used


def test_memo_costs_the_memo_fee(devnode, client):
    k = key(devnode, 1)
    tx = build_transfer(client, k, devnode.accounts[3][0], 5)
    raw = tron_tx.raw_from_json(tx["raw_data"])
    raw.data = "Апага".encode()
    tx2 = tron_tx.transaction_json(raw, visible=True)
    out = broadcast(client, tx2, k, raw)
    assert out["result"] is True
    info = client.wait_info(out["txid"])
    assert info["fee"] >= 1_000_000
    stored = client.post("/wallet/gettransactionbyid", {"value": out["txid"]})
    assert stored["raw_data"]["data"] == "Апага".encode().hex()


def test_shapes_of_unknowns_and_parameters(devnode, client):
    assert client.post("/wallet/gettransactioninfobyid", {"value": "00" * 32}) == {}
    assert client.post("/wallet/gettransactionbyid", {"value": "00" * 32}) == {}
    assert client.post("/wallet/getblockbynum", {"num": 10**9}) == {}
    params = {
        p["key"]: p.get("value")
        for p in client.post("/wallet/getchainparameters")["chainParameter"]
    }
    assert params["getEnergyFee"] == 100 and params["getTransactionFee"] == 1000
    assert "value" not in next(
        p
        for p in client.post("/wallet/getchainparameters")["chainParameter"]
        if p["key"] == "getAllowUpdateAccountName"
    )
    info = client.post("/wallet/getnodeinfo")
    num, block_id = info["solidityBlock"].removeprefix("Num:").split(",ID:")
    assert int(num) >= 1 and len(block_id) == 64
    bad = client.post("/wallet/getaccount", {"address": "not an address"})
    assert bad["Error"].startswith("class java.lang.IllegalArgumentException")


def test_staked_energy_is_used_before_trx(devnode, client, usdkg):
    k = key(devnode, 0)
    client.post(
        "/admin/setenergy",
        {"address": devnode.accounts[0][0], "visible": True, "energy_limit": 100_000},
    )
    info = client.trigger(
        k,
        usdkg,
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(devnode.accounts[2][0]), 1],
    )
    assert info["receipt"]["energy_usage"] == info["receipt"]["energy_usage_total"]
    assert "energy_fee" not in info["receipt"]
    client.post(
        "/admin/setenergy", {"address": devnode.accounts[0][0], "visible": True, "energy_limit": 0}
    )


def test_constant_call_energy_equals_execution(devnode, client, usdkg):
    receiver = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"  # never held USDKG
    body = {
        "owner_address": devnode.accounts[0][0],
        "contract_address": usdkg,
        "function_selector": "transfer(address,uint256)",
        "parameter": tron_tx.encode_trc20_transfer(receiver, 77)[4:].hex(),
        "visible": True,
    }
    quoted = client.post("/wallet/triggerconstantcontract", body)
    estimated = client.post("/wallet/estimateenergy", body)
    assert quoted["result"]["result"] is True
    assert estimated["energy_required"] == quoted["energy_used"]
    info = client.trigger(
        key(devnode, 0),
        usdkg,
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(receiver), 77],
    )
    assert info["receipt"]["energy_usage_total"] == quoted["energy_used"]
    # a second transfer to the same (now holding) address costs less energy
    again = client.post("/wallet/triggerconstantcontract", body)
    assert again["energy_used"] < quoted["energy_used"]


def test_refused_build_through_client_raises(devnode, client):
    with pytest.raises(DevnodeError, match="CONTRACT_VALIDATE_ERROR"):
        client.send_trx(key(devnode, 1), devnode.accounts[1][0], 5)  # to itself
