"""tronpy 0.6.2, unmodified, works against the devnode; chain state survives a restart."""

from __future__ import annotations

import subprocess
import sys

from tronpy import Tron
from tronpy.keys import PrivateKey
from tronpy.providers import HTTPProvider

from wallet.devnet.tron import start_devnode
from wallet.devnet.tron.client import DevnodeClient


def test_tronpy_end_to_end(devnode, usdkg):
    tron = Tron(HTTPProvider(devnode.url))
    a0, k0 = devnode.accounts[0]
    a5 = devnode.accounts[5][0]
    pk = PrivateKey(bytes.fromhex(k0))
    before = tron.get_account_balance(a5)
    receipt = tron.trx.transfer(a0, a5, 2_000_000).build().sign(pk).broadcast().wait(timeout=10)
    assert receipt["id"] and tron.get_account_balance(a5) == before + 2
    contract = tron.get_contract(usdkg)
    assert contract.functions.symbol() == "USDKG" and contract.functions.decimals() == 6
    start = contract.functions.balanceOf(a5)
    txn = contract.functions.transfer(a5, 1_234).with_owner(a0).fee_limit(30_000_000)
    result = txn.build().sign(pk).broadcast().wait(timeout=10)
    assert result["receipt"]["result"] == "SUCCESS"
    assert contract.functions.balanceOf(a5) == start + 1_234


def test_state_survives_restart(tmp_path):
    state = tmp_path / "tron.json"
    node = start_devnode(state_file=state, instant=True, block_time=60)
    try:
        client = DevnodeClient(node.url)
        key = bytes.fromhex(node.accounts[0][1])
        token = client.deploy(
            key, "TestUSDKG", ["string", "string", "uint8"], ["T", "USDKG", 6], "USDKG"
        )
        client.trigger(key, token, "issue(uint256)", ["uint256"], [500])
        client.send_trx(key, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", 4_000_000)
        height = node.chain.head.number
    finally:
        node.stop()
    again = start_devnode(state_file=state, instant=True, block_time=60)
    try:
        client = DevnodeClient(again.url)
        assert again.chain.head.number > height
        assert client.trx_balance("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") == 4_000_000
        assert client.trc20_balance(token, again.accounts[0][0]) == 500
    finally:
        again.stop()


def test_module_runs_in_the_foreground_and_prints_url_first(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "wallet.devnet.tron", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert "Accounts" in proc.stdout.readline()
        first = proc.stdout.readline()
        assert "T" in first and "private key" in first
        assert DevnodeClient(url).post("/wallet/getnowblock")["blockID"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
