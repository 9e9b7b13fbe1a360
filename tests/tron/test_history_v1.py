"""Tron history through TronGrid's v1 API, served by the real devnode from its own blocks.

Request and answer shapes imitate TronGrid's documentation: "Get TRC20 transaction info by
account address" (https://developers.tron.network/reference/get-trc20-transaction-info-by-
account-address; https://developers.tron.network/docs/get-trc20-transaction-history) and "Get
transaction info by account address" (https://developers.tron.network/reference/get-
transaction-info-by-account-address; TRON-US/trongrid README, "Get Transactions By Account
Address"): ``{"data", "success", "meta": {"at", "page_size", "fingerprint", "links"}}``.
"""

from __future__ import annotations

import pytest
import requests

from tests.harness.proxy import FaultProxy
from tests.tron.conftest import NET
from wallet.chains.errors import Offline
from wallet.chains.evm_provider import REQUESTS
from wallet.core.addresses import to_evm
from wallet.keys import hd
from wallet.services import history_trongrid
from wallet.services.chains import ChainClients
from wallet.services.history import History

TRANSFERS = 200
TRX_SENDS = 3


@pytest.fixture(scope="module")
def merchant(tron_node):
    """A Tron address that received 200 USDKG transfers and some TRX before anyone watched it."""
    from wallet.devnet.tron.client import DevnodeClient

    client = DevnodeClient(tron_node.url)
    key = bytes.fromhex(tron_node.accounts[0][1])
    address = hd.tron_address(b"\x42" * 32)
    for i in range(TRANSFERS):
        client.trigger(
            key,
            tron_node.usdkg,
            "mint(address,uint256)",
            ["address", "uint256"],
            [to_evm(address), 1_000_000 + i],
        )
    for i in range(TRX_SENDS):
        client.send_trx(key, address, 2_000_000 + i)
    return address


def _history(tron_world, url=None):
    env = tron_world.env
    reg = env.registry.with_endpoints(NET, [url]) if url else env.registry
    return History(reg, env.db, ChainClients(reg, env.db))


def _usdkg_rows(history, address):
    return [
        t for t in history.rows(NET, address) if t.asset == history.registry.tokens(NET)[0].contract
    ]


def test_watch_only_account_gets_its_whole_history_in_one_sync(tron_world, merchant):
    env = tron_world.env
    env.accounts.add_watch_only("Shop", merchant)  # added after the transfers happened
    proxy = FaultProxy(tron_world.node.url)
    try:
        history = _history(tron_world, proxy.url)
        before = REQUESTS.count
        new = history.sync(NET, [merchant])
        assert REQUESTS.count - before <= 5
        assert new == TRANSFERS + TRX_SENDS
        usdkg = _usdkg_rows(history, merchant)
        assert sorted(t.amount for t in usdkg) == [1_000_000 + i for i in range(TRANSFERS)]
        assert all(t.direction == "in" and t.timestamp for t in usdkg)
        trx = [t for t in history.rows(NET, merchant) if t.asset == ""]
        assert sorted(t.amount for t in trx) == [2_000_000 + i for i in range(TRX_SENDS)]
        assert history.notices.get(NET) is None

        # one more payment; the next sync asks from the newest transfer already stored
        client, key = tron_world.client, tron_world.issuer_key
        client.trigger(
            key,
            tron_world.node.usdkg,
            "mint(address,uint256)",
            ["address", "uint256"],
            [to_evm(merchant), 7_000_000],
        )
        newest = max(t.timestamp for t in usdkg) * 1000
        proxy.gets.clear()
        assert history.sync(NET, [merchant]) == 1
        trc20 = [g for g in proxy.gets if "/trc20" in g]
        assert len(trc20) == 1 and "fingerprint" not in trc20[0]
        stamp = int(trc20[0].split("min_timestamp=")[1].split("&")[0])
        assert newest <= stamp  # nothing older than what is stored is asked again
        assert 7_000_000 in [t.amount for t in _usdkg_rows(history, merchant)]
    finally:
        proxy.stop()


def test_an_interrupted_sync_resumes_from_the_last_fingerprint(tron_world, merchant, monkeypatch):
    monkeypatch.setattr(history_trongrid, "PAGE", 50)  # 4 pages of USDKG transfers
    proxy = FaultProxy(tron_world.node.url)
    proxy.fail_gets_from = 2  # the node goes away after two pages
    try:
        history = _history(tron_world, proxy.url)
        with pytest.raises(Offline):
            history.sync(NET, [merchant])
        stored = len(_usdkg_rows(history, merchant))
        assert stored == 100  # two pages kept, with the cursor after them
        cursor = env_cursor(tron_world, merchant)
        assert cursor["fingerprint"] and cursor["min_timestamp"] == 0
        proxy.fail_gets_from = None
        proxy.gets.clear()
        history.sync(NET, [merchant])
        first = next(g for g in proxy.gets if "/trc20" in g)
        assert "fingerprint=" in first  # continued, not started over
        assert len(_usdkg_rows(history, merchant)) >= TRANSFERS
    finally:
        proxy.stop()


def env_cursor(tron_world, account):
    row = tron_world.env.db.execute(
        "SELECT min_timestamp, fingerprint FROM history_cursor WHERE network_id = ? AND "
        "account = ? AND asset = ?",
        (NET, account, tron_world.usdkg.contract),
    ).fetchone()
    return {"min_timestamp": row[0], "fingerprint": row[1]}


def test_a_bare_java_tron_endpoint_gets_a_block_scan_and_a_notice(tron_world, merchant):
    # java-tron serves no /v1 routes (HTTP 404); the devnode does, so a proxy hides them
    proxy = FaultProxy(tron_world.node.url, missing_paths=("/v1/",))
    try:
        history = _history(tron_world, proxy.url)
        history.sync(NET, [merchant])
        assert len(_usdkg_rows(history, merchant)) >= TRANSFERS  # recent blocks hold them all
        assert history.notices[NET] == "needs_trongrid"
        assert "TronGrid" in history.notice_text(NET)
        proxy.gets.clear()
        history.sync(NET, [merchant])
        assert proxy.gets == []  # remembered: no second try of /v1 on this endpoint
    finally:
        proxy.stop()


def test_v1_answers_in_trongrids_shape(tron_world, merchant):
    url = f"{tron_world.node.url}/v1/accounts/{merchant}/transactions/trc20"
    doc = requests.get(
        url, params={"limit": 2, "contract_address": tron_world.node.usdkg}, timeout=10
    ).json()
    assert doc["success"] is True and set(doc["meta"]) == {
        "at",
        "page_size",
        "fingerprint",
        "links",
    }
    item = doc["data"][0]
    assert set(item) == {
        "transaction_id",
        "token_info",
        "block_timestamp",
        "from",
        "to",
        "type",
        "value",
    }
    assert item["token_info"] == {
        "symbol": "USDKG",
        "address": tron_world.node.usdkg,
        "decimals": 6,
        "name": "Test USDKG",
    }
    assert item["to"] == merchant and item["type"] == "Transfer"
    assert doc["data"][0]["block_timestamp"] >= doc["data"][1]["block_timestamp"]  # newest first
    nxt = requests.get(doc["meta"]["links"]["next"], timeout=10).json()
    assert nxt["data"][0]["transaction_id"] not in {i["transaction_id"] for i in doc["data"]}
    capped = requests.get(url, params={"limit": 500}, timeout=10).json()
    assert capped["meta"]["page_size"] == 200
    none = requests.get(url, params={"only_from": "true"}, timeout=10).json()
    assert none["data"] == [] and "fingerprint" not in none["meta"]
    txs = requests.get(
        f"{tron_world.node.url}/v1/accounts/{merchant}/transactions",
        params={"limit": 1},
        timeout=10,
    ).json()
    tx = txs["data"][0]
    assert {"txID", "raw_data", "ret", "blockNumber", "block_timestamp", "energy_fee"} <= set(tx)
    assert tx["raw_data"]["contract"][0]["parameter"]["value"]["to_address"].startswith("41")
    bad = requests.get(f"{tron_world.node.url}/v1/accounts/nonsense/transactions", timeout=10)
    assert bad.status_code == 400 and bad.json()["success"] is False
