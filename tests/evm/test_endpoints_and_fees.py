from __future__ import annotations

from dataclasses import replace

import pytest

from tests.keys.cli_helpers import run_cli
from wallet.chains.evm import EvmClient
from wallet.chains.evm_provider import REQUESTS
from wallet.core.networks import load_registry
from wallet.devnet.anvil import start_anvil
from wallet.services import fees


def test_lagging_node_is_not_preferred(anvil, anvil_factory):
    behind = anvil_factory(chain_id=97)
    anvil.mine(100)
    net = replace(
        load_registry("testnet").network("bsc-testnet"), endpoints=(behind.url, anvil.url)
    )
    client = EvmClient(net)
    assert client.block_number() >= 100  # answered by the node that is not 100 blocks behind
    status = {s["url"]: s for s in client.pool.status()}
    assert status[behind.url]["height"] < status[anvil.url]["height"]


def test_balances_without_multicall3_still_one_request(test_tokens):
    proc = start_anvil(chain_id=97)  # a node where Multicall3 was never installed
    try:
        net = replace(load_registry("testnet").network("bsc-testnet"), endpoints=(proc.url,))
        client = EvmClient(net)
        owner = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
        client.balances([owner], [])  # learns there is no Multicall3
        before = REQUESTS.count
        result = client.balances([owner], [])
        assert REQUESTS.count - before == 1
        assert result.amounts[(owner, None)] == 10_000 * 10**18
    finally:
        proc.stop()


def test_eip1559_fees_for_ethereum_like_networks(anvil_factory):
    node = anvil_factory(chain_id=11155111)
    net = replace(load_registry("testnet").network("sepolia"), endpoints=(node.url,))
    client = EvmClient(net)
    node.mine(5)
    slow, normal, fast = (fees.fee_params(net, client, s) for s in fees.SPEEDS)
    for p in (slow, normal, fast):
        assert set(p.fields) == {"maxFeePerGas", "maxPriorityFeePerGas"}
        assert p.max_per_gas >= p.expected_per_gas > 0
    assert slow.fields["maxPriorityFeePerGas"] <= fast.fields["maxPriorityFeePerGas"]


def test_legacy_gas_price_is_floored_at_the_network_minimum(anvil):
    net = replace(
        load_registry("testnet").network("bsc-testnet"),
        endpoints=(anvil.url,),
        min_gas_price_wei=50 * 10**9,
    )
    p = fees.fee_params(net, EvmClient(net))
    assert p.fields == {"gasPrice": 50 * 10**9}


def test_endpoints_cli(data_dir):
    _, out = run_cli(
        data_dir, "endpoints", "add", "--network", "bsc", "http://127.0.0.1:1", mode="mainnet"
    )
    assert out["added"] == "http://127.0.0.1:1"
    _, listing = run_cli(data_dir, "endpoints", "list", "--network", "bsc")
    assert {"url": "http://127.0.0.1:1", "added_by_user": True} in listing["endpoints"]
    proc, bad = run_cli(data_dir, "endpoints", "add", "--network", "bsc", "ftp://x", check=False)
    assert proc.returncode == 1 and "http:// or https://" in bad["error"]["message"]
    run_cli(data_dir, "endpoints", "remove", "--network", "bsc", "http://127.0.0.1:1")
    proc, bad = run_cli(
        data_dir,
        "endpoints",
        "remove",
        "--network",
        "bsc",
        "https://bsc-dataseed.bnbchain.org",
        check=False,
    )
    assert proc.returncode == 1 and "built-in endpoints stay" in bad["error"]["message"]


@pytest.mark.parametrize("mode", ["devnet"])
def test_endpoints_test_reports_each_node(data_dir, anvil_factory, mode):
    node = anvil_factory(chain_id=31337)
    run_cli(data_dir, "endpoints", "add", "--network", "devnet-bsc", node.url, mode=mode)
    proc, out = run_cli(
        data_dir, "endpoints", "test", "--network", "devnet-bsc", mode=mode, check=False
    )
    results = {r["url"]: r for r in out["results"]}
    assert results[node.url]["ok"] is True
    assert results["http://127.0.0.1:8545"]["ok"] in (True, False)
    assert proc.returncode == 0
