from __future__ import annotations

import json

from wallet.devnet.launcher import FUND_KGST, start_devnet
from wallet.services.environment import Environment

RECIPIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"


def test_devnet_deploys_funds_and_keeps_state_across_restart(data_dir):
    net = start_devnet(data_dir, bsc_port=0, tron_port=None)
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

    again = start_devnet(data_dir, bsc_port=0, tron_port=None)
    try:
        assert again.deployment["tokens"][0]["contract"] == kgst_address
        assert again.contract("KGST").functions.balanceOf(RECIPIENT).call() == FUND_KGST
    finally:
        again.stop()


def test_cli_devnet_runs_funds_and_get_test_funds_works(data_dir):
    import os
    import subprocess
    import sys

    env = dict(os.environ, KAPCHYK_DATA_DIR=str(data_dir))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wallet.cli.main",
            "--json",
            "devnet",
            "--bsc-port",
            "0",
            "--tron-port",
            "0",
            "--fund",
            RECIPIENT,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        lines = []
        while True:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            lines.append(line)
            if line.startswith("}"):
                break
        started = json.loads("".join(lines))
        assert started["funded"][RECIPIENT]["KGST"] == FUND_KGST
        other = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
        out = subprocess.run(
            [sys.executable, "-m", "wallet.cli.main", "--json", "devnet", "fund", other],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert json.loads(out.stdout)["funded"][other]["BNB"] == 10 * 10**18
        bad = subprocess.run(
            [
                sys.executable,
                "-m",
                "wallet.cli.main",
                "devnet",
                "fund",
                "0xabc",
            ],
            capture_output=True,
            text=True,
            env=env,
        )
        assert bad.returncode == 1 and "neither a 0x" in bad.stderr
        tron = subprocess.run(
            [
                sys.executable,
                "-m",
                "wallet.cli.main",
                "--json",
                "devnet",
                "fund",
                "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert json.loads(tron.stdout)["funded"]["TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"]["USDKG"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert proc.returncode == 0


def test_devnet_tron_half_deploys_usdkg_and_funds(data_dir):
    tron_me = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
    net = start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.2)
    try:
        usdkg = net.tron_token("USDKG")
        funded = net.fund(tron_me)
        assert funded == {"TRX": 5_000 * 10**6, "USDKG": 10_000 * 10**6}
        client = net.tron_client
        assert client.trx_balance(tron_me) == 5_000 * 10**6
        assert client.trc20_balance(usdkg, tron_me) == 10_000 * 10**6
    finally:
        net.stop()
    reg = Environment(data_dir, "devnet").registry
    token = reg.token("devnet-tron", "USDKG")
    assert token.contract == usdkg and token.decimals == 6 and token.issuer_controls == "usdkg"
    again = start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.2)
    try:
        assert again.tron_token("USDKG") == usdkg  # reused, not redeployed
        assert again.tron_client.trc20_balance(usdkg, tron_me) == 10_000 * 10**6
    finally:
        again.stop()
