from __future__ import annotations

import json
import subprocess
import sys

from wallet.cli.main import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_runs_as_a_real_command():
    proc = subprocess.run(
        [sys.executable, "-m", "wallet.cli.main", "--help"], capture_output=True, text=True
    )
    assert proc.returncode == 0
    assert "--network-mode" in proc.stdout and "--json" in proc.stdout


def test_networks_json_mainnet_has_verified_tokens(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--json", "networks")
    assert code == 0
    doc = json.loads(out)
    nets = {n["id"]: n for n in doc["networks"]}
    assert set(nets) == {"bsc", "eth", "tron"}
    for n in nets.values():
        assert n["kind"] in ("evm", "tron")
        assert {"id", "kind", "chain_id", "native", "tokens"} <= set(n)
    assert nets["bsc"]["chain_id"] == 56 and nets["bsc"]["native"]["symbol"] == "BNB"
    assert nets["tron"]["native"]["symbol"] == "TRX"

    def tok(net, sym):
        return {t["symbol"]: t for t in nets[net]["tokens"]}[sym]

    assert tok("bsc", "KGST")["contract"] == "0x94be0bbA8E1E303fE998c9360B57b826F1A4f828"
    assert tok("bsc", "KGST")["decimals"] == 18
    assert tok("tron", "USDKG")["contract"] == "TXZo12qvnEVKvU2zbfuQeMXKusWyxonwEG"
    assert tok("tron", "USDKG")["decimals"] == 6
    assert tok("eth", "USDKG")["contract"] == "0xE820C06321E60d36257C666643Fa5436643445E3"
    assert all(t["source"] for n in nets.values() for t in n["tokens"])


def test_network_modes_are_separate(capsys, data_dir):
    _, out, _ = run(
        capsys, "--data-dir", str(data_dir), "--json", "--network-mode", "testnet", "networks"
    )
    ids = {n["id"] for n in json.loads(out)["networks"]}
    assert ids == {"bsc-testnet", "sepolia", "tron-nile", "tron-shasta"}
    chain_ids = {n["id"]: n["chain_id"] for n in json.loads(out)["networks"]}
    assert chain_ids["bsc-testnet"] == 97 and chain_ids["sepolia"] == 11155111
    assert (data_dir / "testnet").is_dir() and not (data_dir / "mainnet").exists()


def test_data_dir_from_environment(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("KAPCHYK_DATA_DIR", str(data_dir))
    code, _, _ = run(capsys, "networks")
    assert code == 0
    assert (data_dir / "mainnet" / "kapchyk.sqlite3").exists()


def test_usage_error_is_one_line_and_exit_2(data_dir):
    proc = subprocess.run(
        [sys.executable, "-m", "wallet.cli.main", "--data-dir", str(data_dir), "--bogus"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "--bogus" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_user_error_is_one_line_json_and_no_traceback(data_dir):
    # an unknown network mode from the environment is a user mistake
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "wallet.cli.main",
            "--data-dir",
            str(data_dir),
            "--json",
            "networks",
        ],
        capture_output=True,
        text=True,
        env={"KAPCHYK_NETWORK_MODE": "moonnet", "PATH": ""},
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["error"]["message"].startswith("unknown network mode 'moonnet'")
    assert proc.stderr.strip().startswith("error: unknown network mode")
    assert "Traceback" not in proc.stderr
