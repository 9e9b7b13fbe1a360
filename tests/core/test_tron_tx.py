"""Tron transaction codec against real transactions.

Fixtures: BitGoJS, modules/sdk-coin-trx/test/resources (public test vectors of real Tron
transactions: their raw_data JSON, raw_data_hex and txID as printed by java-tron, and
signatures made with the published test keys).
"""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wallet.core.addresses import tron_from_id
from wallet.core.tron_tx import (
    Contract,
    RawTx,
    TronTxError,
    decode_raw,
    decode_trc20_transfer,
    encode_trc20_transfer,
    raw_from_json,
    raw_to_json,
    recover_signer,
    sign,
)

TRANSFER_1718 = (
    "80b8b9eaed51c8bba3b49f7f0e7cc5f21ac99a6f3e2893c663b544bf2c695b1d",
    {
        "contract": [
            {
                "parameter": {
                    "value": {
                        "amount": 1718,
                        "owner_address": "41c4530f6bfa902b7398ac773da56106a15af15f92",
                        "to_address": "4189ffaf9da8c6fae32189b2e6dce228249b1129aa",
                    },
                    "type_url": "type.googleapis.com/protocol.TransferContract",
                },
                "type": "TransferContract",
            }
        ],
        "ref_block_bytes": "90e4",
        "ref_block_hash": "a018bf9892ddb138",
        "expiration": 1571811468000,
        "timestamp": 1571811410819,
    },
    "0a0290e42208a018bf9892ddb13840e0c58ebadf2d5a66080112620a2d747970652e676f6f676c65617069732e"
    "636f6d2f70726f746f636f6c2e5472616e73666572436f6e747261637412310a1541c4530f6bfa902b7398ac77"
    "3da56106a15af15f9212154189ffaf9da8c6fae32189b2e6dce228249b1129aa18b60d7083878bbadf2d",
)
TRC20_DATA = (
    "a9059cbb000000000000000000000000e40b19afca3dde4ce8fcbc57ab41f8c326ab0cf2"
    "000000000000000000000000000000000000000000000000000000004190ab00"
)
TRC20_TRANSFER = (
    "f8179caab4c781676cb33940948533e209dc7fe2135bbd6e00f60597862b86be",
    {
        "contract": [
            {
                "parameter": {
                    "value": {
                        "data": TRC20_DATA,
                        "owner_address": "41c25420255c2c5a2dd54ef69f92ef261e6bd4216a",
                        "contract_address": "4142a1e39aefa49290f2b3f9ed688d7cecf86cd6e0",
                    },
                    "type_url": "type.googleapis.com/protocol.TriggerSmartContract",
                },
                "type": "TriggerSmartContract",
            }
        ],
        "ref_block_bytes": "cba3",
        "ref_block_hash": "e14cc425da3cfd94",
        "expiration": 1693357620000,
        "fee_limit": 100000000,
        "timestamp": 1693357561339,
    },
    "0a02cba32208e14cc425da3cfd9440a0f6ea9fa4315aae01081f12a9010a31747970652e676f6f676c65617069"
    "732e636f6d2f70726f746f636f6c2e54726967676572536d617274436f6e747261637412740a1541c2542025"
    "5c2c5a2dd54ef69f92ef261e6bd4216a12154142a1e39aefa49290f2b3f9ed688d7cecf86cd6e02244a9059c"
    "bb000000000000000000000000e40b19afca3dde4ce8fcbc57ab41f8c326ab0cf20000000000000000000000"
    "00000000000000000000000000000000004190ab0070fbabe79fa431900180c2d72f",
)
TRANSFER_10 = (
    "ee0bbf72b238361577a9dc41d79f7a74f6ba9efe472c21bfd3e7dc850c9e9020",
    {
        "contract": [
            {
                "parameter": {
                    "value": {
                        "amount": 10,
                        "owner_address": "41e5e00fc1cdb3921b8340c20b2b65b543c84aa1dd",
                        "to_address": "412c2ba4a9ff6c53207dc5b686bfecf75ea7b80577",
                    },
                    "type_url": "type.googleapis.com/protocol.TransferContract",
                },
                "type": "TransferContract",
            }
        ],
        "ref_block_bytes": "5123",
        "ref_block_hash": "52a26dea963a47bc",
        "expiration": 1569463320000,
        "timestamp": 1569463261623,
    },
    "0a025123220852a26dea963a47bc40c0fbb6dad62d5a65080112610a2d747970652e676f6f676c65617069732e"
    "636f6d2f70726f746f636f6c2e5472616e73666572436f6e747261637412300a1541e5e00fc1cdb3921b8340c2"
    "0b2b65b543c84aa1dd1215412c2ba4a9ff6c53207dc5b686bfecf75ea7b80577180a70b7b3b3dad62d",
)


@pytest.mark.parametrize(
    ("txid", "raw_json", "raw_hex"),
    [TRANSFER_1718, TRC20_TRANSFER, TRANSFER_10],
    ids=["trx", "trc20", "trx10"],
)
def test_real_transactions_reproduce_their_txid(txid, raw_json, raw_hex):
    raw = raw_from_json(raw_json)
    assert raw.encode().hex() == raw_hex
    assert raw.txid == txid == hashlib.sha256(bytes.fromhex(raw_hex)).hexdigest()
    decoded = decode_raw(bytes.fromhex(raw_hex))
    assert decoded.txid == txid
    assert raw_to_json(decoded) == raw_json


def test_real_signatures_verify():
    # FirstExpectedSig over the 1718-sun transfer, by FirstPrivateKey → TTsGwnTLQ4eryFJp…
    sig = bytes.fromhex(
        "bd08e6cd876bb573dd00a32870b58b70ea8b7908f5131686502589941bfa4fdda76b8c"
        "81bbbcfc549be6d4988657cea122df7da46c72041def2683d6ecb04a7401"
    )
    signer = recover_signer(bytes.fromhex(TRANSFER_1718[0]), sig)
    assert tron_from_id(signer[1:]) == "TTsGwnTLQ4eryFJpDvJSfuGQxPXRCjXvZz"
    sig2 = bytes.fromhex(
        "f3cabe2f4aed13e2342c78c7bf4626ea36cd6509a44418c24866814d3426703686be9e"
        "f21bd993324c520565beee820201f2a50a9ac971732410d3eb69cdb2a600"
    )
    assert (
        tron_from_id(recover_signer(bytes.fromhex(TRANSFER_1718[0]), sig2)[1:])
        == "TDzm1tCXM2YS1PDa3GoXSvxdy4AgwVbBPE"
    )
    sig3 = bytes.fromhex(
        "0a9944316924ec7fba4895f1ea1e7cc95f9e2b828ae268a48a8dbeddef40c6f5e12717"
        "0a95aed9f3f5425b13058d0cb6ef1f5c2213190e482e87043691f22e6800"
    )
    assert (
        recover_signer(bytes.fromhex(TRANSFER_10[0]), sig3).hex()
        == "412c2ba4a9ff6c53207dc5b686bfecf75ea7b80577"
    )


def test_signature_forms_java_tron_accepts():
    key = bytes.fromhex("2DBEAC1C22849F47514445A56AEF2EF164528A502DE4BD289E23EA1E2D4C4B06")
    raw = bytes.fromhex(TRANSFER_1718[2])
    sig = sign(raw, key)
    txid = hashlib.sha256(raw).digest()
    owner = recover_signer(txid, sig)
    # v as 27/28
    assert recover_signer(txid, sig[:64] + bytes([sig[64] + 27])) == owner
    # high s (n - s) with the other recovery id
    n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
    s = int.from_bytes(sig[32:64], "big")
    high = sig[:32] + (n - s).to_bytes(32, "big") + bytes([sig[64] ^ 1])
    assert recover_signer(txid, high) == owner


def test_memo_is_part_of_the_txid():
    raw = raw_from_json(TRANSFER_1718[1])
    with_memo = RawTx(
        raw.ref_block_bytes,
        raw.ref_block_hash,
        raw.expiration,
        raw.timestamp,
        raw.contracts,
        data="Апага".encode(),
    )
    assert with_memo.txid != raw.txid
    assert decode_raw(with_memo.encode()).data == "Апага".encode()
    assert raw_from_json(raw_to_json(with_memo, visible=True)).txid == with_memo.txid


def test_trc20_transfer_call_data():
    data = encode_trc20_transfer("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", 12_500_000)
    assert decode_trc20_transfer(data) == ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", 12_500_000)
    assert decode_trc20_transfer(data + b"\x00") is None


def test_garbage_is_refused():
    with pytest.raises(TronTxError):
        decode_raw(b"\x0a\xff")
    with pytest.raises(TronTxError):
        raw_from_json({"contract": [{"type": "TransferContract"}]})


addr = st.binary(min_size=20, max_size=20).map(lambda b: b"\x41" + b)
u63 = st.integers(min_value=0, max_value=2**63 - 1)


@pytest.mark.slow
@settings(max_examples=2_000, deadline=None)
@given(addr, addr, u63, u63, u63, st.binary(max_size=40), st.booleans(), st.binary(max_size=80))
def test_round_trips(owner, other, amount, exp, fee, memo, trigger, data):
    contract = (
        Contract(
            "TriggerSmartContract",
            {"owner_address": owner, "contract_address": other, "data": data},
        )
        if trigger
        else Contract(
            "TransferContract", {"owner_address": owner, "to_address": other, "amount": amount}
        )
    )
    raw = RawTx(b"\x12\x34", b"\x01" * 8, exp, exp // 2, [contract], fee, memo)
    assert decode_raw(raw.encode()).encode() == raw.encode()
    for visible in (True, False):
        assert raw_from_json(raw_to_json(raw, visible=visible)).txid == raw.txid
