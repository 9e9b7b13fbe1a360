"""The devnode refuses two contracts in one transaction and a too-big one with java-tron's answers.

Read from tronprotocol/java-tron (develop, 1e35f79a16):
framework/src/main/java/org/tron/core/db/Manager.java — processTransaction throws
ContractSizeNotEqualToOneException (a ContractValidateException) "tx %s contract size should be
exactly 1, this is extend feature ,actual :%d" before TAPOS; validateCommon first adds
2 × MAX_RESULT_SIZE_IN_TX (64, common/.../Constant.java) to the transaction without its ret and
throws TooBigTransactionException "Too big transaction with result, TxId %s, the size is %d bytes,
maxTxSize %d" past TRANSACTION_MAX_BYTE_SIZE (500 × 1024); framework/.../core/Wallet.java —
broadcastTransaction answers CONTRACT_VALIDATE_ERROR with "Contract validate error : " before the
text and TOO_BIG_TRANSACTION_ERROR with the exception's own text.
"""

from __future__ import annotations

import copy

from tests.devnet_tron.test_rules import NEW_ADDRESS, broadcast, build_transfer, key, message
from wallet.core import tron_tx

MAX_TX = 500 * 1024
ROOM_FOR_RESULTS = 2 * 64


def _signed(client, k, raw):
    return broadcast(client, tron_tx.transaction_json(raw, visible=True), k, raw)


def _with_memo_to_size(raw, signed_size):
    """``raw`` with a memo long enough that the signed transaction is ``signed_size`` bytes."""
    sig = b"\x00" * 65
    raw.data = b""
    n = signed_size - tron_tx.signed_size(raw, [sig])
    while True:  # the length prefixes grow with the memo: settle on the exact size
        raw.data = b"m" * n
        got = tron_tx.signed_size(raw, [sig])
        if got == signed_size:
            return raw
        n += signed_size - got


def test_two_contracts_are_refused_with_java_trons_contract_size_text(devnode, client):
    k = key(devnode, 1)
    to, other = devnode.accounts[3][0], devnode.accounts[4][0]
    before = (client.trx_balance(to), client.trx_balance(other))
    raw = tron_tx.raw_from_json(build_transfer(client, k, to, 21)["raw_data"])
    second = copy.deepcopy(raw.contracts[0])
    second.value["to_address"] = (
        tron_tx.raw_from_json(build_transfer(client, k, other, 22)["raw_data"])
        .contracts[0]
        .value["to_address"]
    )
    raw.contracts.append(second)
    out = _signed(client, k, raw)
    assert out["code"] == "CONTRACT_VALIDATE_ERROR"
    assert message(out) == (
        f"Contract validate error : tx {raw.txid} contract size should be exactly 1, "
        "this is extend feature ,actual :2"
    )
    assert client.post("/wallet/gettransactionbyid", {"value": raw.txid}) == {}
    assert (client.trx_balance(to), client.trx_balance(other)) == before


def test_a_transaction_too_big_once_its_results_are_counted_is_refused(devnode, client):
    k = key(devnode, 1)
    raw = tron_tx.raw_from_json(build_transfer(client, k, NEW_ADDRESS, 23)["raw_data"])
    size = MAX_TX - ROOM_FOR_RESULTS + 1  # under 500 KiB itself, over it with room for results
    _with_memo_to_size(raw, size)
    out = _signed(client, k, raw)
    assert out["code"] == "TOO_BIG_TRANSACTION_ERROR"
    assert message(out) == (
        f"Too big transaction with result, TxId {raw.txid}, the size is "
        f"{size + ROOM_FOR_RESULTS} bytes, maxTxSize {MAX_TX}"
    )
    assert client.post("/wallet/gettransactionbyid", {"value": raw.txid}) == {}
    assert client.trx_balance(NEW_ADDRESS) == 0


def test_a_transaction_exactly_at_the_limit_with_its_results_is_accepted(devnode, client):
    k = key(devnode, 1)
    to = devnode.accounts[3][0]
    before = client.trx_balance(to)
    raw = tron_tx.raw_from_json(build_transfer(client, k, to, 24)["raw_data"])
    _with_memo_to_size(raw, MAX_TX - ROOM_FOR_RESULTS)
    out = _signed(client, k, raw)
    assert out.get("result") is True, message(out)
    client.wait_info(raw.txid)
    assert client.trx_balance(to) == before + 24
