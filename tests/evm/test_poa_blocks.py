"""BNB Chain's blocks carry a long ``extraData`` (Parlia: 32 bytes of vanity, the validator's
65-byte seal, and after Luban the validator set and BLS votes), which web3 refuses in an
Ethereum header unless ``ExtraDataToPOAMiddleware`` is in place. anvil writes Ethereum-shaped
headers, so a proxy rewrites its block answers into BSC's shape."""

from __future__ import annotations

import json

import pytest

from tests.evm.conftest import NET
from tests.harness.proxy import FaultProxy
from wallet.chains.evm import EvmClient
from wallet.core.networks import load_registry

# vanity (32 bytes) + a Luban-era validator list and vote attestation + seal (65 bytes)
BSC_EXTRA = "0x" + "d883010403846765746888676f312e32312e36856c696e7578" + "00" * 7
BSC_EXTRA += "15" + "ab" * (20 + 48) * 3 + "f8b5" + "cd" * 180 + "ef" * 65


def _bsc_blocks(body: bytes, answer: bytes) -> bytes:
    reqs, doc = json.loads(body), json.loads(answer)
    pairs = zip(reqs, doc, strict=False) if isinstance(reqs, list) else [(reqs, doc)]
    for req, resp in pairs:
        if req.get("method", "").startswith("eth_getBlockBy") and resp.get("result"):
            resp["result"]["extraData"] = BSC_EXTRA
    return json.dumps(doc).encode()


@pytest.fixture
def bsc_like(anvil):
    proxy = FaultProxy(anvil.url, rewrite=_bsc_blocks)
    yield proxy
    proxy.stop()


def test_bsc_shaped_headers_are_read(anvil, test_tokens, bsc_like):
    net = load_registry("testnet").with_endpoints(NET, [bsc_like.url]).network(NET)
    assert net.poa  # BNB Chain networks are marked POA in networks.json
    client = EvmClient(net)
    number = client.block_number()
    stamp = anvil.w3.eth.get_block(number)["timestamp"]
    assert client.block_timestamp(number) == stamp
    assert client.latest_base_fee() >= 0
    logs = client.get_logs({"fromBlock": 0, "toBlock": number, "address": test_tokens.kgst_address})
    assert logs  # the test tokens' mints, read through the BSC-shaped node


def test_the_proxy_really_serves_bsc_shaped_blocks(anvil, bsc_like):
    """Without the middleware web3 refuses these headers: the first test is not vacuous."""
    from web3 import Web3
    from web3.exceptions import ExtraDataLengthError

    w3 = Web3(Web3.HTTPProvider(bsc_like.url))
    with pytest.raises(ExtraDataLengthError):
        w3.eth.get_block("latest")
