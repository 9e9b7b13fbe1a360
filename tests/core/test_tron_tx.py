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
    SignedTx,
    TronTxError,
    decode_raw,
    decode_signed,
    decode_trc20_transfer,
    encode_trc20_transfer,
    mismatches,
    raw_from_json,
    raw_to_json,
    recover_signer,
    sign,
    signed_size,
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


# Stake 2.0, as java-tron's wallet-cli prints them (tronprotocol/documentation-en,
# docs/clients/wallet-cli.md: GetTransactionById after FreezeBalanceV2, UnFreezeBalanceV2,
# DelegateResource, UnDelegateResource, WithdrawExpireUnfreeze): raw_data, raw_data_hex, txID.
STAKER = "4159e3741a68ec3e1ebba80ad809d5ccd31674236e"  # TJAVcszse667FmSNCwU2fm6DmfM5D4AyDh
RECEIVER = "419a9afe56e155ef0ff3f680d00ecf19deff60bdca"  # TQ4gjjpAjLNnE67UFbmK5wVt5fzLfyEVs3


def _stake(ctype, value, expiration, timestamp):
    return {
        "contract": [
            {
                "parameter": {"value": value, "type_url": f"type.googleapis.com/protocol.{ctype}"},
                "type": ctype,
            }
        ],
        "ref_block_bytes": "0000",
        "ref_block_hash": "19b59068c6058ff4",
        "expiration": expiration,
        "timestamp": timestamp,
    }


_HEAD = "0a020000220819b59068c6058ff440"
_URL = "747970652e676f6f676c65617069732e636f6d2f70726f746f636f6c2e"  # type.googleapis.com/protocol.
STAKE_2_0 = {
    "freeze_bandwidth": (
        "82244829971b4235d98a9f09ba67ddb09690ac2f879ad93e09ba3ec1ab29177d",
        _stake(
            "FreezeBalanceV2Contract",
            {"frozen_balance": 1000000000000000, "owner_address": STAKER},
            1671109891800,
            1671088291796,
        ),
        f"{_HEAD}d8ada5afd1305a5c083612580a34{_URL}467265657a6542616c616e63655632436f6e7472616374"
        f"12200a15{STAKER}1080809aa6eaafe30170d4fffea4d130",
    ),
    "unfreeze": (
        "dcfea1d92fc928d24c88f7f71a03ae8105d0b5b112d6d48be93d3b9c73bea634",
        _stake(
            "UnfreezeBalanceV2Contract",
            {"owner_address": STAKER, "unfreeze_balance": 9000000},
            1671119916913,
            1671098316907,
        ),
        f"{_HEAD}f19e89b4d1305a5a083712560a36{_URL}556e667265657a6542616c616e63655632436f6e747261"
        f"6374121c0a15{STAKER}10c0a8a50470ebf0e2a9d130",
    ),
    "delegate_locked": (
        "363ac0b82b6ad3e0d3cad90f7d72b3eceafe36585432a3e013389db36152b6ed",
        _stake(
            "DelegateResourceContract",
            {
                "balance": 10000000,
                "receiver_address": RECEIVER,
                "lock": True,
                "owner_address": STAKER,
            },
            1671120059226,
            1671098459216,
        ),
        f"{_HEAD}daf691b4d1305a720839126e0a35{_URL}44656c65676174655265736f75726365436f6e7472616374"
        f"12350a15{STAKER}1880ade2042215{RECEIVER}280170d0c8eba9d130",
    ),
    "undelegate": (
        "feb334794cf361fd351728026ccf7319e6ae90eba622b9eb53c626cdcae4965c",
        _stake(
            "UnDelegateResourceContract",
            {"balance": 1000000, "receiver_address": RECEIVER, "owner_address": STAKER},
            1671120342283,
            1671098742280,
        ),
        f"{_HEAD}8b9aa3b4d1305a71083a126d0a37{_URL}556e44656c65676174655265736f75726365436f6e7472"
        f"61637412320a15{STAKER}18c0843d2215{RECEIVER}7088ecfca9d130",
    ),
    "withdraw_expired": (
        "e5763ab8dfb1e7ed076770d55cf3c1ddaf36d75e23ec8330f99df7e98f54a147",
        _stake(
            "WithdrawExpireUnfreezeContract",
            {"owner_address": STAKER},
            1671122055318,
            1671100455315,
        ),
        f"{_HEAD}96e18bb5d1305a5a083812560a3b{_URL}5769746864726177457870697265556e667265657a6543"
        f"6f6e747261637412170a15{STAKER}7093b3e5aad130",
    ),
}


@pytest.mark.parametrize(("txid", "raw_json", "raw_hex"), STAKE_2_0.values(), ids=STAKE_2_0.keys())
def test_stake_2_0_transactions_reproduce_java_tron(txid, raw_json, raw_hex):
    raw = raw_from_json(raw_json)
    assert raw.encode().hex() == raw_hex
    assert raw.txid == txid
    # decoded and printed again: java-tron's JSON, BANDWIDTH (0) and lock=false left out
    assert raw_to_json(decode_raw(bytes.fromhex(raw_hex))) == raw_json


def test_stake_signature_recovers_the_staker():
    txid, raw_json, _ = STAKE_2_0["freeze_bandwidth"]
    sig = bytes.fromhex(
        "4faa3772fa3d3e4792e8126cafed2dc2c5c069cd09c29532f0119bc982bf356004772e16fad86e401f5818"
        "c35b96d214d693efab06997ca2f07044d4494f12fd01"
    )  # the same GetTransactionById answer's "signature"
    assert recover_signer(bytes.fromhex(txid), sig).hex() == STAKER
    signed = SignedTx(raw_from_json(raw_json), [sig])
    again = decode_signed(signed.encode())
    assert again.raw.txid == txid and again.signatures == [sig]
    assert signed_size(signed.raw, [sig]) == len(signed.encode())


def test_visible_json_names_the_resource_and_base58_addresses():
    # GetBlock's freezebalancev2 reference (visible=true): ENERGY by name, owner in base58
    raw_json = {
        "contract": [
            {
                "parameter": {
                    "value": {
                        "resource": "ENERGY",
                        "frozen_balance": 10000000,
                        "owner_address": "TZ4UXDV5ZhNW7fb2AMSbgfAEZ7hWsnYS2g",
                    },
                    "type_url": "type.googleapis.com/protocol.FreezeBalanceV2Contract",
                },
                "type": "FreezeBalanceV2Contract",
            }
        ],
        "ref_block_bytes": "f3ba",
        "ref_block_hash": "0f1ae3861084f9f9",
        "expiration": 1745341548000,
        "timestamp": 1745341488609,
    }
    raw = raw_from_json(raw_json)
    assert raw.txid == "0483fe26daa5058fc19f18d5caddf800cabff85ca8bf51353728c3dba629172f"
    assert raw.contract.value["resource"] == "ENERGY"
    assert raw_to_json(raw, visible=True) == raw_json


def test_cancel_all_unfreeze_is_contract_type_59():
    # java-tron Tron.proto: CancelAllUnfreezeV2Contract = 59 (tronpy 0.6.2's enum stops at 58)
    contract = Contract("CancelAllUnfreezeV2Contract", {"owner_address": bytes.fromhex(STAKER)})
    raw = RawTx(b"\x00\x00", bytes.fromhex("19b59068c6058ff4"), 2, 1, [contract])
    assert "083b12" in raw.encode().hex()  # Contract.type = 59, then its parameter
    back = decode_raw(raw.encode())
    assert back.contract == contract
    assert raw_to_json(back)["contract"][0]["type"] == "CancelAllUnfreezeV2Contract"


def test_a_misspelt_field_is_refused_not_dropped():
    contract = Contract(
        "FreezeBalanceV2Contract", {"owner_address": bytes.fromhex(STAKER), "frozen_balanse": 5}
    )
    with pytest.raises(TronTxError, match="frozen_balanse"):
        RawTx(b"\x00\x00", bytes(8), 2, 1, [contract]).encode()


def test_node_built_stake_with_another_receiver_is_a_mismatch():
    _, raw_json, _ = STAKE_2_0["delegate_locked"]
    ours = raw_from_json(raw_json)
    theirs = raw_from_json(raw_json)
    theirs.contract.value["receiver_address"] = bytes.fromhex(STAKER)
    assert mismatches(theirs, ours) == ["receiver_address"]


# TRON developer docs, "Smart Contract Deployment" (wallet/deploycontract answer): the
# CreateSmartContract the devnode decodes, with its ABI entries as java-tron prints them.
DEPLOYER = "41d1e7a6bc354106cb410e65ff8b181c600ff14292"
BYTECODE = (
    "608060405234801561001057600080fd5b5060de8061001f6000396000f300608060405260043610604857"
    "63ffffffff7c01000000000000000000000000000000000000000000000000000000006000350416631ab0"
    "6ee58114604d5780639507d39a146067575b600080fd5b348015605857600080fd5b506065600435602435"
    "608e565b005b348015607257600080fd5b50607c60043560a0565b604080519182525190819003602001"
    "90f35b60009182526020829052604090912055565b600090815260208190526040902054905600a165627a"
    "7a72305820fdfe832221d60dd582b4526afa20518b98c2e1cb0054653053a844cf265b25040029"
)


def test_deploy_contract_reproduces_java_tron():
    uint = "uint256"
    raw_json = {
        "contract": [
            {
                "parameter": {
                    "value": {
                        "owner_address": DEPLOYER,
                        "new_contract": {
                            "bytecode": BYTECODE,
                            "consume_user_resource_percent": 100,
                            "name": "SomeContract",
                            "origin_address": DEPLOYER,
                            "abi": {
                                "entrys": [
                                    {
                                        "inputs": [
                                            {"name": "key", "type": uint},
                                            {"name": "value", "type": uint},
                                        ],
                                        "name": "set",
                                        "stateMutability": "Nonpayable",
                                        "type": "Function",
                                    },
                                    {
                                        "outputs": [{"name": "value", "type": uint}],
                                        "constant": True,
                                        "inputs": [{"name": "key", "type": uint}],
                                        "name": "get",
                                        "stateMutability": "View",
                                        "type": "Function",
                                    },
                                ]
                            },
                            "origin_energy_limit": 100000,
                        },
                    },
                    "type_url": "type.googleapis.com/protocol.CreateSmartContract",
                },
                "type": "CreateSmartContract",
            }
        ],
        "ref_block_bytes": "0a49",
        "ref_block_hash": "975853d6629c8702",
        "expiration": 1652153760000,
        "fee_limit": 1000000,
        "timestamp": 1652153701556,
    }
    raw_hex = (
        "0a020a492208975853d6629c87024080f2a6e08a305add03081e12d8030a30" + _URL + "4372656174"
        "65536d617274436f6e747261637412a3030a15" + DEPLOYER + "1289030a15" + DEPLOYER + "1a5c0a"
        "2b1a03736574220e12036b65791a0775696e743235362210120576616c75651a0775696e74323536300240"
        "030a2d10011a03676574220e12036b65791a0775696e743235362a10120576616c75651a0775696e743235"
        "363002400222fd01" + BYTECODE + "30643a0c536f6d65436f6e747261637440a08d0670b4a9a3e08a30"
        "9001c0843d"
    )
    raw = raw_from_json(raw_json)
    assert raw.encode().hex() == raw_hex
    assert raw.txid == "e4eb4df3a64a33565059ee3cef29b93b79f58ece9e7e8153fda3bbfe40fb0524"
    assert raw_to_json(decode_raw(bytes.fromhex(raw_hex))) == raw_json
    # solc's spelling of the same ABI ("function", "view") gives the same bytes
    solc = raw_from_json(raw_json)
    entries = solc.contract.value["new_contract"]["abi"]["entrys"]
    for e in entries:
        e["type"], e["stateMutability"] = e["type"].lower(), e["stateMutability"].lower()
        e["inputs"][0]["internalType"] = "uint256"  # solc adds it; Tron's ABI has no such field
    assert solc.txid == raw.txid
