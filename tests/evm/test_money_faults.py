"""Faults that lose money, reproduced on the real anvil (issue 16, items 1–3)."""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest

from tests.evm.conftest import NET, PHRASE, PW, make_env
from tests.harness.proxy import FaultProxy
from wallet.services.sender import SendRefused, SendRequest

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"


def _kgst_send(world, amount=10**18):
    req = SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, amount)
    return world.sender.send(world.sender.quote(req), confirmed={"new_recipient"})


def test_speed_up_keeps_the_original_pending_until_one_confirms(world):
    """Item 1: the node drops the replaced transaction; following it rebroadcasts it and the node
    answers "replacement transaction underpriced". That is not a failure of the original: both
    stay pending until one is mined, then the other is "replaced"."""
    world.anvil.set_automine(False)
    original = _kgst_send(world)
    quote = world.sender.replacement_quote(str(original.id), world.account(1), cancel=False)
    faster = world.sender.replace(quote, original, cancel=False)
    states = {e.id: e.status for e in world.sender.refresh_pending()}
    assert states == {original.id: "broadcast", faster.id: "broadcast"}
    world.mine(3)
    states = {e.id: e.status for e in world.sender.refresh_pending()}
    assert states == {original.id: "replaced", faster.id: "confirmed"}
    assert world.sender.journal.get(original.id).reason.startswith("replaced by")
    assert world.tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18


def test_a_nonce_refused_at_broadcast_is_used_by_the_next_send(world):
    """Item 2: a send refused at broadcast ("insufficient funds": the balance moved after the
    quote) never reached the node, so its nonce is free: the next send must use it, or it and
    every later send wait forever behind the gap."""
    account = world.account(1)
    sender_address = account.address_for("evm")
    native = SendRequest(account, NET, "", RECIPIENT, 10**18)
    quote = world.sender.quote(native)
    world.anvil.rpc("anvil_setBalance", sender_address, hex(10**15))  # the balance moved
    refused = world.sender.send(quote, confirmed={"new_recipient"})
    assert refused.status == "failed" and "enough" in refused.reason
    world.anvil.rpc("anvil_setBalance", sender_address, hex(10 * 10**18))
    before = world.anvil.w3.eth.get_balance(RECIPIENT)
    retry = world.sender.send(world.sender.quote(native), confirmed={"new_recipient"})
    assert retry.nonce == refused.nonce
    world.mine(3)
    assert world.sender.refresh(retry).status == "confirmed"
    assert world.anvil.w3.eth.get_balance(RECIPIENT) == before + 10**18


# ---------------------------------------------------------------- item 3: a lying endpoint
LIE = 2**200


def _lie_about_balances(body: bytes, answer: bytes) -> bytes:
    """What a lying node does: every native balance it reports is 2^200 wei, both through
    eth_getBalance and through Multicall3's getEthBalance inside aggregate3."""
    from eth_abi import decode, encode

    from wallet.chains.evm import selector

    requests, responses = json.loads(body), json.loads(answer)
    pairs = zip(
        *((requests, responses) if isinstance(requests, list) else ([requests], [responses])),
        strict=True,
    )
    for rq, rs in pairs:
        if "result" not in rs:
            continue
        if rq["method"] == "eth_getBalance":
            rs["result"] = hex(LIE)
        data = rq["params"][0].get("data", "") if rq["method"] == "eth_call" else ""
        if data.startswith("0x" + selector("aggregate3((address,bool,bytes)[])").hex()):
            (inner,) = decode(["(address,bool,bytes)[]"], bytes.fromhex(data[10:]))
            (results,) = decode(["(bool,bytes)[]"], bytes.fromhex(rs["result"][2:]))
            results = [
                (
                    ok,
                    LIE.to_bytes(32, "big")
                    if call[:4] == selector("getEthBalance(address)")
                    else r,
                )
                for (_, _, call), (ok, r) in zip(inner, results, strict=True)
            ]
            rs["result"] = "0x" + encode(["(bool,bytes)[]"], [results]).hex()
    return json.dumps(responses).encode()


@contextmanager
def _lying_env(anvil, test_tokens, keyring_env, **env_args):
    """A fast endpoint that lies about balances, listed first, and an honest (slower) one."""
    liar = FaultProxy(anvil.url, rewrite=_lie_about_balances)
    honest = FaultProxy(anvil.url, delay=0.5)
    env = make_env(keyring_env, honest.url, test_tokens, extra_urls=[liar.url], **env_args)
    try:
        yield env, liar
    finally:
        liar.stop()
        honest.stop()
        env.close()


@pytest.fixture
def lying(anvil, test_tokens, keyring_env):
    with _lying_env(anvil, test_tokens, keyring_env) as (env, liar):
        env.accounts.create_hd_wallet("Test", PW, PHRASE)
        env.accounts.add_account(env.accounts.wallets()[0].id)
        yield env, liar


@pytest.fixture
def jumped(anvil, test_tokens, keyring_env):
    """An account whose balance an honest node read and cached; then the liar comes first."""
    honest_env = make_env(keyring_env, anvil.url, test_tokens)
    honest_env.accounts.add_watch_only("Till", RECIPIENT)
    [account] = honest_env.accounts.accounts()
    honest_env.portfolio.refresh_network(NET, [account])
    honest_env.close()
    with _lying_env(anvil, test_tokens, keyring_env, keys=honest_env.keys) as (env, _):
        yield env, account


def test_a_send_quoted_on_a_lying_endpoint_is_refused_naming_it(lying, anvil):
    env, liar = lying
    account = next(a for a in env.accounts.accounts() if a.index == 1)
    real = anvil.w3.eth.get_balance(account.address_for("evm"))
    quote = env.sender.quote(SendRequest(account, NET, "", RECIPIENT, real * 2))
    assert quote.native_balance == LIE  # the quote believed the liar...
    with pytest.raises(SendRefused, match="disagree") as refused:
        env.sender.send(quote, confirmed={"new_recipient"})
    assert liar.url in refused.value.message  # ...the send names it, and signs nothing
    assert env.sender.journal.all() == []
    assert anvil.w3.eth.get_balance(account.address_for("evm")) == real


def test_an_implausible_balance_jump_is_shown_unverified_and_not_cached(jumped, anvil):
    env, account = jumped
    rows = env.portfolio.refresh_network(NET, [account])
    [native] = [r for r in rows if r.asset == ""]
    assert native.amount == LIE and native.verified is False
    [kgst] = [r for r in rows if r.symbol == "KGST"]
    assert kgst.verified is True
    [cached] = [r for r in env.portfolio.cached([account]) if r.network_id == NET and r.asset == ""]
    assert cached.amount == anvil.w3.eth.get_balance(RECIPIENT)  # the last confirmed balance


def test_gui_says_an_unconfirmed_balance_jump_and_shows_the_last_confirmed(qtbot, jumped):
    from wallet.gui.main_window import MainWindow

    env, _ = jumped
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.refresh()
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=60_000)
    assert "no second node confirms it" in window.status.currentMessage()
    shown = [window.table.item(r, 2).text() for r in range(window.table.rowCount())]
    assert not any(len(text.replace(",", "")) > 40 for text in shown)  # not 2^200 wei
    window.deleteLater()
