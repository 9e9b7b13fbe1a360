from __future__ import annotations

import pytest

from tests.harness.components import missing
from wallet.devnet.anvil import AnvilNotFound
from wallet.devnet.tron import start_devnode
from wallet.devnet.tron.client import DevnodeClient


@pytest.fixture(scope="module")
def devnode(tmp_path_factory):
    try:
        node = start_devnode(
            block_time=60, instant=True, state_file=tmp_path_factory.mktemp("tron") / "state.json"
        )
    except AnvilNotFound as exc:
        missing("anvil (the devnode's EVM engine)", str(exc))
    yield node
    node.stop()


@pytest.fixture(scope="module")
def client(devnode):
    return DevnodeClient(devnode.url)


@pytest.fixture(scope="module")
def usdkg(devnode, client):
    key = bytes.fromhex(devnode.accounts[0][1])
    contract = client.deploy(
        key, "TestUSDKG", ["string", "string", "uint8"], ["Test USDKG", "USDKG", 6], "USDKG"
    )
    client.trigger(key, contract, "issue(uint256)", ["uint256"], [10**15])
    return contract
