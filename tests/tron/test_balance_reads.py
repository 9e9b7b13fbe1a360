"""Tron balances of many accounts × tokens in one request, on the real devnode: the deployless
checker (creation code run by ``triggerconstantcontract`` with an empty contract address, as
java-tron ≥ GreatVoyage-v4.4.0 does), its chunks, and the fallbacks a node forces."""

from __future__ import annotations

import json

from tests.harness.proxy import FaultProxy
from tests.tron.conftest import NET
from wallet.chains import tron_balances
from wallet.chains.evm_provider import REQUESTS
from wallet.chains.tron import TronClient
from wallet.core.addresses import to_tron
from wallet.core.networks import Token, load_registry
from wallet.devnet.contracts import MULTICALL3_ADDRESS
from wallet.keys import hd

MULTICALL_T = to_tron(MULTICALL3_ADDRESS)


def _owners(node, n):
    return [node.accounts[i][0] for i in range(3)] + [
        hd.tron_address(bytes([i + 1]) * 32) for i in range(n - 3)
    ]


def _tokens(node):
    usdkg = Token("USDKG", "Test USDKG", NET, node.usdkg, 6)
    # Multicall3 has no balanceOf: the call reverts; an address without code answers nothing
    reverts = Token("BAD", "Reverts", NET, MULTICALL_T, 6)
    no_code = Token("NONE", "No code", NET, hd.tron_address(b"\x07" * 32), 6)
    return [usdkg, reverts, no_code]


def _client(url):
    net = load_registry("devnet").with_endpoints(NET, [url]).network(NET)
    client = TronClient(net)
    client.block_number()  # connect and check the genesis block first
    return client


def _expected(client_dev, owners, tokens):
    out = {}
    for o in owners:
        out[(o, None)] = client_dev.trx_balance(o)
        out[(o, tokens[0].contract)] = client_dev.trc20_balance(tokens[0].contract, o)
        out[(o, tokens[1].contract)] = None
        out[(o, tokens[2].contract)] = None
    return out


def test_forty_accounts_three_tokens_in_one_request(tron_world):
    node, dev = tron_world.node, tron_world.client
    owners, tokens = _owners(node, 40), _tokens(node)
    client = _client(node.url)
    before = REQUESTS.count
    got = client.balances(owners, tokens)
    assert REQUESTS.count - before == 1
    assert got.amounts == _expected(dev, owners, tokens)
    assert got.amounts[(owners[1], node.usdkg)] >= 1_000_000 * 10**6  # minted by the fixture
    assert got.amounts[(owners[0], None)] > 0  # TRX in sun, as the node's getaccount says
    assert got.block == dev.post("/wallet/getnowblock")["block_header"]["raw_data"]["number"]


def test_large_batches_are_split_under_the_energy_cap(tron_world, monkeypatch):
    node, dev = tron_world.node, tron_world.client
    owners, tokens = _owners(node, 10), _tokens(node)
    monkeypatch.setattr(tron_balances, "MAX_VALUES", 8)  # 2 owners × 4 values per chunk
    client = _client(node.url)
    before = REQUESTS.count
    got = client.balances(owners, tokens)
    assert REQUESTS.count - before == 5
    assert got.amounts == _expected(dev, owners, tokens)


def test_the_checker_stays_under_the_energy_it_is_sized_for(tron_world):
    """The chunk size assumes ENERGY_PER_VALUE per value read: measured on the devnode."""
    node = tron_world.node
    owners, tokens = _owners(node, 20), _tokens(node)[:1] * 4
    data = tron_balances.checker_data(owners, tokens)
    doc = tron_world.client.post(
        "/wallet/triggerconstantcontract",
        {"owner_address": owners[0], "data": data.hex(), "visible": True},
    )
    assert doc["result"] == {"result": True}  # java-tron's shape: result, energy_used, ...
    values = len(owners) * (len(tokens) + 1)
    assert (
        0
        < doc["energy_used"]
        <= tron_balances.ENERGY_BASE + values * (tron_balances.ENERGY_PER_VALUE)
    )
    assert doc["transaction"]["raw_data"]["contract"][0]["type"] == "CreateSmartContract"


def _old_node(refuse_multicall: bool):
    """A node before GreatVoyage-v4.4.0 (no deployless calls), optionally without Multicall3:
    such a node cannot be run here, so a proxy answers as its Wallet.triggerConstantContract
    did for a contract it does not have."""

    def rewrite(body: bytes, answer: bytes) -> bytes:
        req = json.loads(body or b"{}")
        if "data" in req and (
            not req.get("contract_address")
            or (refuse_multicall and req.get("contract_address") == MULTICALL_T)
        ):
            msg = b"No contract or not a smart contract".hex()
            return json.dumps(
                {"result": {"code": "CONTRACT_VALIDATE_ERROR", "message": msg}}
            ).encode()
        return answer

    return rewrite


def test_without_deployless_calls_multicall3_is_used_and_remembered(tron_world):
    node, dev = tron_world.node, tron_world.client
    owners, tokens = _owners(node, 6), _tokens(node)
    proxy = FaultProxy(node.url, rewrite=_old_node(refuse_multicall=False))
    try:
        client = _client(proxy.url)
        before = REQUESTS.count
        assert client.balances(owners, tokens).amounts == _expected(dev, owners, tokens)
        assert REQUESTS.count - before == 2  # the refused checker, then Multicall3
        before = REQUESTS.count
        assert client.balances(owners, tokens).amounts == _expected(dev, owners, tokens)
        assert REQUESTS.count - before == 1  # straight to Multicall3 on this endpoint
    finally:
        proxy.stop()


def test_without_either_single_reads_still_give_every_balance(tron_world):
    node, dev = tron_world.node, tron_world.client
    owners, tokens = _owners(node, 3), _tokens(node)[:1]
    proxy = FaultProxy(node.url, rewrite=_old_node(refuse_multicall=True))
    try:
        client = _client(proxy.url)
        assert client.balances(owners, tokens).amounts == {
            k: v
            for k, v in _expected(dev, owners, _tokens(node)).items()
            if k[1] in (None, tokens[0].contract)
        }
        before = REQUESTS.count
        client.balances(owners, tokens)
        assert REQUESTS.count - before == 1 + 2 * len(owners)  # head, then getaccount + call each
    finally:
        proxy.stop()


def test_refresh_reads_energy_only_for_the_account_shown(tron_world):
    w = tron_world
    accounts = [w.account(i) for i in (1, 2, 3)]
    w.env.portfolio.refresh_network(NET, accounts)  # connect
    before = REQUESTS.count
    w.env.portfolio.refresh_network(NET, accounts, shown=accounts[1])
    assert REQUESTS.count - before == 2  # the balances, the shown account's resources
    shown = [r.owner for r in w.env.portfolio.resources(accounts)]
    assert shown == [accounts[1].tron_address]
