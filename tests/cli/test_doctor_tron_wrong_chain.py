"""``kapchyk doctor --json`` names a Tron endpoint on the wrong chain (the devnode's genesis where
Nile's is expected) and says to remove it, also when no endpoint of the network answers."""

from __future__ import annotations

import socket

import pytest

from tests.cli.test_doctor import _doctor
from tests.harness.components import missing
from tests.keys.cli_helpers import run_cli
from wallet.core.networks import load_registry
from wallet.devnet.anvil import AnvilNotFound
from wallet.devnet.tron import start_devnode

pytestmark = pytest.mark.keyring


@pytest.fixture
def devnode():
    try:
        node = start_devnode(block_time=60, instant=True)
    except AnvilNotFound as exc:
        missing("anvil (the devnode's EVM engine)", str(exc))
    yield node
    node.stop()


def test_a_devnode_added_as_a_nile_endpoint_is_named_with_its_fix(
    data_dir, secret_service, devnode, monkeypatch
):
    # nile.trongrid.io made unreachable for real (a proxy that is not there; local URLs go
    # direct): the same outcome whether or not this machine is online
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_proxy = f"http://127.0.0.1:{s.getsockname()[1]}"
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.setenv(name, dead_proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    run_cli(data_dir, "endpoints", "add", "--network", "tron-nile", devnode.url, mode="testnet")
    proc, checks, out = _doctor(data_dir, bus=secret_service.address)

    nile = checks["endpoints:tron-nile"]
    assert nile["status"] == "problem" and nile["blocks_send"]
    by_url = {d["url"]: d for d in nile["details"]}
    assert set(by_url) == {"https://nile.trongrid.io", devnode.url}
    wrong = by_url[devnode.url]
    assert not wrong["ok"]
    nile_genesis = load_registry("testnet").network("tron-nile").genesis_block_id
    devnode_genesis = devnode.chain.blocks[0].block_id
    assert f"serves another chain ({devnode_genesis})" in wrong["error"]
    assert nile_genesis in wrong["error"]
    # the fix names the endpoint to remove, not only the internet connection
    assert devnode.url in nile["fix"]
    assert "kapchyk endpoints remove --network tron-nile" in nile["fix"]
    assert out["blocks_send"] and proc.returncode == 3
