from __future__ import annotations

import json

from kapchyk.devnet.launcher import FUND_KGST, start_devnet
from kapchyk.services.environment import Environment

RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"


def test_devnet_deploys_funds_and_keeps_state_across_restart(data_dir):
    net = start_devnet(data_dir, bsc_port=0)
    try:
        kgst_address = net.deployment["tokens"][0]["contract"]
        net.fund_evm(RECIPIENT)
        assert net.contract("KGST").functions.balanceOf(RECIPIENT).call() == FUND_KGST
        assert net.w3.eth.chain_id == 31337
    finally:
        net.stop()

    doc = json.loads((data_dir / "devnet" / "devnet.json").read_text())
    assert doc["tokens"][0]["symbol"] == "KGST"
    # the wallet in devnet mode sees the deployed token and the node
    reg = Environment(data_dir, "devnet").registry
    token = reg.token("devnet-bsc", "KGST")
    assert token.contract == kgst_address and token.decimals == 18
    assert reg.network("devnet-bsc").endpoints == (net.bsc_url,)

    again = start_devnet(data_dir, bsc_port=0)
    try:
        assert again.deployment["tokens"][0]["contract"] == kgst_address
        assert again.contract("KGST").functions.balanceOf(RECIPIENT).call() == FUND_KGST
    finally:
        again.stop()
