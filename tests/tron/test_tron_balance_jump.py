"""Issue 16 item 3 on Tron: a TRX or TRC-20 balance that jumps implausibly from the cached one is
shown as unverified (and not cached) until a second endpoint confirms it — the same service code
as on EVM (``Portfolio._unconfirmed_jumps`` → ``TronClient.balances_everywhere``). A jump that a
second node confirms is shown and cached; a lying node's is not. The real devnode, behind
loopback proxies where one must lie."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.harness.proxy import FaultProxy
from tests.keys.cli_helpers import run_cli
from tests.tron.conftest import NET
from wallet.core import addresses
from wallet.core.networks import Token, load_registry
from wallet.devnet.launcher import start_devnet
from wallet.devnet.tron import funded_keys
from wallet.devnet.tron.client import DevnodeClient

LIE = 10**18  # a trillion TRX (sun), or a trillion USDKG (6 decimals)
DEPOSIT_TRX = 1_800_000 * 10**6  # more than a million TRX into an empty account: a "jump"
MINT_USDKG = 10_000_000 * 10**6
BALANCE_OF = "70a08231"  # balanceOf(address)


def _liar(*, trx: bool = False, token: bool = False):
    """A node that lies about TRX balances and/or TRC-20 balanceOf answers, everything else
    answered honestly: in the one-request balance checker's output (a deployless
    triggerconstantcontract: block, then per owner its TRX and its USDKG — the one token here —
    then the failed-reads bitmap), in getaccount and in single balanceOf calls."""

    def rewrite(body: bytes, answer: bytes) -> bytes:
        request, doc = json.loads(body or b"{}"), json.loads(answer)
        if not isinstance(doc, dict):
            return answer
        data = str(request.get("data", ""))
        if data and not request.get("contract_address") and doc.get("constant_result"):
            doc["constant_result"] = [_lie_in_checker(doc["constant_result"][0], trx, token)]
        elif trx and "address" in request and "contract_address" not in request:
            doc["balance"] = LIE  # getaccount (and getaccountresource, where it is ignored)
        if token and data.startswith(BALANCE_OF):
            doc["constant_result"] = [LIE.to_bytes(32, "big").hex()]
        return json.dumps(doc).encode()

    return rewrite


def _lie_in_checker(output: str, trx: bool, token: bool) -> str:
    words = [output[i : i + 64] for i in range(0, len(output), 64)]
    n = next(n for n in range(len(words)) if 1 + n + (n + 255) // 256 == len(words))
    lie = LIE.to_bytes(32, "big").hex()
    for i in range(1, n + 1):  # values: (TRX, USDKG) per owner
        if (trx and i % 2 == 1) or (token and i % 2 == 0):
            words[i] = lie
    return "".join(words)


def _fresh_address() -> str:
    return addresses.tron_from_id(os.urandom(20))


def _env(keyring_env, urls: list[str], usdkg: str, **env_args):
    env = keyring_env("devnet", **env_args)
    token = Token("USDKG", "Test USDKG", NET, usdkg, 6, "usdkg", "test")
    reg = load_registry("devnet").with_endpoints(NET, urls)
    env.__dict__["registry"] = reg.with_tokens([token])
    return env


def _deposit_trx(node, to: str, first_key: int) -> None:
    """DEPOSIT_TRX into ``to`` from two pre-funded accounts (each holds a million TRX)."""
    client = DevnodeClient(node.url)
    for key in funded_keys(first_key + 2)[first_key:]:
        client.send_trx(key, to, DEPOSIT_TRX // 2)


def _mint_usdkg(url: str, contract: str, to: str) -> None:
    DevnodeClient(url).trigger(
        funded_keys(1)[0],
        contract,
        "mint(address,uint256)",
        ["address", "uint256"],
        [addresses.to_evm(to), MINT_USDKG],
    )


def _amounts(rows) -> dict[str, tuple[int | None, bool]]:
    return {r.symbol: (r.amount, r.verified) for r in rows if r.network_id == NET}


def test_tron_jumps_a_second_node_confirms_are_shown_and_cached(tron_node, keyring_env):
    second = FaultProxy(tron_node.url)  # another honest node
    env = _env(keyring_env, [tron_node.url, second.url], tron_node.usdkg)
    try:
        me = _fresh_address()
        env.accounts.add_watch_only("Till", me)
        [account] = env.accounts.accounts()
        assert _amounts(env.portfolio.refresh_network(NET, [account])) == {
            "TRX": (0, True),
            "USDKG": (0, True),
        }
        _deposit_trx(tron_node, me, first_key=5)
        _mint_usdkg(tron_node.url, tron_node.usdkg, me)
        asked = second.requests

        rows = env.portfolio.refresh_network(NET, [account])
        expected = {"TRX": (DEPOSIT_TRX, True), "USDKG": (MINT_USDKG, True)}
        assert _amounts(rows) == expected
        assert _amounts(env.portfolio.cached([account])) == expected
        assert second.requests > asked  # the second node was asked to confirm
    finally:
        second.stop()
        env.close()


def test_cli_shows_a_lying_tron_node_s_trx_jump_unverified_and_a_confirmed_one_plainly(data_dir):
    net = start_devnet(data_dir, bsc_port=0, tron_port=0, block_time=0.3)
    liar = FaultProxy(net.tron_url, rewrite=_liar(trx=True))
    honest = FaultProxy(net.tron_url, delay=0.5)  # slower: the liar is asked first
    try:
        me = _fresh_address()
        run_cli(data_dir, "wallet", "watch", "--label", "Till", me, mode="devnet")
        run_cli(data_dir, "balance", "--network", "devnet-tron", mode="devnet")  # caches 0, 0
        devnet_file = data_dir / "devnet" / "devnet.json"
        doc = json.loads(devnet_file.read_text())
        [usdkg] = [t["contract"] for t in doc["tokens"] if t["network"] == "devnet-tron"]
        _mint_usdkg(net.tron_url, usdkg, me)  # a real jump, which both nodes report
        doc["endpoints"]["devnet-tron"] = [liar.url, honest.url]
        devnet_file.write_text(json.dumps(doc))

        proc = subprocess.run(
            [sys.executable, "-m", "wallet.cli.main", "balance", "--network", "devnet-tron"],
            capture_output=True,
            text=True,
            timeout=120,
            env=dict(os.environ, KAPCHYK_DATA_DIR=str(data_dir), KAPCHYK_NETWORK_MODE="devnet"),
        )
        assert proc.returncode == 0, proc.stderr
        trx = [ln for ln in proc.stdout.splitlines() if " TRX" in ln]
        usdkg_lines = [ln for ln in proc.stdout.splitlines() if " USDKG" in ln]
        assert len(trx) == 1 and "(unverified: no second node confirms this jump)" in trx[0]
        assert len(usdkg_lines) == 1 and "10,000,000" in usdkg_lines[0]
        assert "unverified" not in usdkg_lines[0]
        _, cached = run_cli(
            data_dir, "balance", "--network", "devnet-tron", "--cached", mode="devnet"
        )
        units = {b["symbol"]: b["base_units"] for b in cached["balances"]}
        assert units == {"TRX": "0", "USDKG": str(MINT_USDKG)}  # the lie was not cached
    finally:
        liar.stop()
        honest.stop()
        net.stop()


def test_gui_says_a_lying_tron_node_s_token_jump_and_shows_the_confirmed_trx(
    qtbot, tron_node, keyring_env
):
    from wallet.gui.i18n import amount_text
    from wallet.gui.main_window import MainWindow

    me = _fresh_address()
    honest_env = _env(keyring_env, [tron_node.url], tron_node.usdkg)
    honest_env.accounts.add_watch_only("Till", me)
    [account] = honest_env.accounts.accounts()
    honest_env.portfolio.refresh_network(NET, [account])  # caches 0 TRX, 0 USDKG
    honest_env.close()
    _deposit_trx(tron_node, me, first_key=7)  # a real jump, which both nodes report

    liar = FaultProxy(tron_node.url, rewrite=_liar(token=True))
    honest = FaultProxy(tron_node.url, delay=0.5)
    env = _env(keyring_env, [liar.url, honest.url], tron_node.usdkg, keys=honest_env.keys)
    try:
        window = MainWindow(env)
        qtbot.addWidget(window)
        window.refresh()
        qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=60_000)
        assert "Local Tron devnet jumped far from the last one and no second node confirms it" in (
            window.status.currentMessage()
        )
        shown = {
            window.table.item(r, 1).text(): window.table.item(r, 2).text()
            for r in range(window.table.rowCount())
        }
        assert shown["USDKG"] == amount_text(0, 6)  # the last confirmed, not a trillion
        assert shown["TRX"] == amount_text(DEPOSIT_TRX, 6)  # confirmed by the second node
        window.deleteLater()
    finally:
        liar.stop()
        honest.stop()
        env.close()
