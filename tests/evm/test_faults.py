"""Endpoint faults for real: a closed port, a slow node, a node of another chain, HTTP 429."""

from __future__ import annotations

import time

import pytest

from tests.evm.conftest import NET, PHRASE, PW, make_env
from tests.harness.proxy import FaultProxy, dead_url
from wallet.chains.errors import Offline
from wallet.services.sender import SendRequest

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"


@pytest.fixture
def faulty(anvil, anvil_factory, test_tokens, keyring_env):
    other_chain = anvil_factory(chain_id=56)  # a real node, but of BNB Chain mainnet's id
    slow = FaultProxy(anvil.url, delay=0.3)
    urls = [dead_url(), other_chain.url, slow.url]
    env = make_env(keyring_env, slow.url, test_tokens, extra_urls=urls[:2])
    env.accounts.create_hd_wallet("Test", PW, PHRASE)
    env.accounts.add_account(env.accounts.wallets()[0].id)
    yield env, slow
    slow.stop()
    env.close()


def test_refresh_and_send_succeed_with_dead_wrong_chain_and_slow_endpoints(faulty, test_tokens):
    env, slow = faulty
    accounts = env.accounts.accounts()
    rows = env.portfolio.refresh_network(NET, accounts)
    assert any(r.symbol == "KGST" and r.amount == 1_000_000 * 10**18 for r in rows)
    pool = env.clients.get(NET).pool
    deadline = time.monotonic() + 15  # the survey waits 1.5 s; a probe still running then (a
    while time.monotonic() < deadline:  # loaded machine) finishes in the background
        status = {s["url"]: s for s in pool.status()}
        if "unchecked" not in {s["state"] for s in status.values()}:
            break
        time.sleep(0.1)
    states = sorted(s["state"] for s in status.values())
    assert states == ["down", "ok", "wrong chain"]
    assert any(s["reported_chain"] == "chain id 56" for s in status.values())
    account = next(a for a in accounts if a.index == 1)
    quote = env.sender.quote(SendRequest(account, NET, test_tokens.kgst_address, RECIPIENT, 10**18))
    entry = env.sender.send(quote, confirmed={"new_recipient"})
    assert entry.status == "broadcast"
    assert test_tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18
    # the good endpoint is remembered for next time
    from wallet.store.settings import get_setting

    assert get_setting(env.db, f"endpoint.last_good.{NET}") == slow.url


def test_rate_limited_endpoint_is_backed_off_with_retry_after(anvil, test_tokens, keyring_env):
    limited = FaultProxy(anvil.url, status=429, headers={"Retry-After": "30"})
    env = make_env(keyring_env, anvil.url, test_tokens, extra_urls=[limited.url])
    try:
        env.accounts.create_hd_wallet("Test", PW, PHRASE)
        client = env.clients.get(NET)
        assert client.block_number() >= 0
        [lim] = [e for e in client.pool.endpoints if e.url == limited.url]
        assert lim.last_error == "rate limited (HTTP 429)"
        assert lim.down_until - __import__("time").monotonic() > 25
        before = limited.requests
        client.block_number()
        assert limited.requests == before  # backed off: not asked again
    finally:
        limited.stop()
        env.close()


def test_all_endpoints_dead_is_a_clear_offline_state_and_nothing_is_lost(
    anvil, test_tokens, keyring_env
):
    env = make_env(keyring_env, anvil.url, test_tokens)
    env.accounts.create_hd_wallet("Test", PW, PHRASE)
    account = env.accounts.accounts()[0]
    env.portfolio.refresh_network(NET, [account])
    quote = env.sender.quote(SendRequest(account, NET, test_tokens.kgst_address, RECIPIENT, 10**18))
    # every node goes away before sending: a clear error, nothing signed or journaled
    dead = make_env(keyring_env, dead_url(), test_tokens, keys=env.keys)
    with pytest.raises(Offline, match="cannot reach BNB Chain Testnet"):
        dead.sender.send(quote, confirmed={"new_recipient"})
    assert dead.sender.journal.all() == []
    with pytest.raises(Offline, match="cannot reach BNB Chain Testnet"):
        dead.portfolio.refresh_network(NET, [account])
    cached = dead.portfolio.cached([account])
    assert any(r.symbol == "KGST" and r.amount == 1_000_000 * 10**18 for r in cached)
    dead.close()

    # the node answers reads but every broadcast fails: the signed transaction stays journaled
    no_broadcast = FaultProxy(anvil.url, fail_methods=("eth_sendRawTransaction",))
    flaky = make_env(keyring_env, no_broadcast.url, test_tokens, keys=env.keys)
    entry = flaky.sender.send(quote, confirmed={"new_recipient"})
    assert entry.status == "signed" and "not broadcast yet" in entry.reason
    assert test_tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_000 * 10**18
    no_broadcast.stop()
    flaky.close()
    # back online: the journaled transaction is sent, once
    [sent] = env.sender.refresh_pending()
    assert sent.id == entry.id and sent.status == "broadcast"
    assert test_tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18
    env.sender.refresh_pending()
    assert test_tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18
    env.close()


# ---------------------------------------------------------------- issue 16, items 4–6
def _error_page_except_identity(body: bytes, answer: bytes) -> bytes:
    """A broken node behind a load balancer: chain id and block number are answered honestly,
    every other call gets HTTP 200 with a JSON-RPC -32603 error carrying a 100 KB HTML page."""
    import json

    requests = json.loads(body)
    batch = isinstance(requests, list)
    out = []
    for rq in requests if batch else [requests]:
        if rq["method"] in ("eth_chainId", "eth_blockNumber"):
            return answer
        page = "<html><body>" + "upstream error " * 7000 + "</body></html>"
        out.append({"jsonrpc": "2.0", "id": rq["id"], "error": {"code": -32603, "message": page}})
    return json.dumps(out if batch else out[0]).encode()


def test_json_rpc_error_pages_fail_over_and_do_not_mean_no_multicall(
    anvil, test_tokens, keyring_env
):
    broken = FaultProxy(anvil.url, rewrite=_error_page_except_identity)
    env = make_env(keyring_env, anvil.url, test_tokens, extra_urls=[broken.url])
    try:
        env.accounts.create_hd_wallet("Test", PW, PHRASE)
        env.accounts.add_account(env.accounts.wallets()[0].id)
        client = env.clients.get(NET)
        client.pool._preferred = broken.url  # the broken node was the last good one
        accounts = env.accounts.accounts()
        rows = env.portfolio.refresh_network(NET, accounts)
        assert any(r.symbol == "KGST" and r.amount == 1_000_000 * 10**18 for r in rows)
        assert client._multicall_absent is False
        account = next(a for a in accounts if a.index == 1)
        quote = env.sender.quote(
            SendRequest(account, NET, test_tokens.kgst_address, RECIPIENT, 10**18)
        )
        assert env.sender.send(quote, confirmed={"new_recipient"}).status == "broadcast"
        assert test_tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18
        [ep] = [e for e in client.pool.endpoints if e.url == broken.url]
        assert ep.last_error in ("answered with an error page", "")
    finally:
        broken.stop()
        env.close()


def test_the_fastest_healthy_endpoint_is_used_not_a_slow_one(anvil, test_tokens, keyring_env):
    """[refused, slow, honest]: the slow node answers, but every call must not go to it."""
    slow = FaultProxy(anvil.url, delay=2.0)
    env = make_env(keyring_env, anvil.url, test_tokens, extra_urls=[dead_url(), slow.url])
    try:
        env.accounts.create_hd_wallet("Test", PW, PHRASE)
        env.accounts.add_account(env.accounts.wallets()[0].id)
        account = next(a for a in env.accounts.accounts() if a.index == 1)
        env.portfolio.refresh_network(NET, [account])
        quote = env.sender.quote(
            SendRequest(account, NET, test_tokens.kgst_address, RECIPIENT, 10**18)
        )
        assert env.sender.send(quote, confirmed={"new_recipient"}).status == "broadcast"
        assert test_tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18
        # the slow node was asked only who it is, its height, and (as the second opinion
        # before signing) the sender's balance and nonce: no read, estimate or broadcast
        import json

        asked = {m["method"] for b in slow.bodies for m in _as_list(json.loads(b))}
        assert asked <= {
            "eth_chainId",
            "eth_blockNumber",
            "eth_getBalance",
            "eth_getTransactionCount",
        }
        from wallet.store.settings import get_setting

        assert get_setting(env.db, f"endpoint.last_good.{NET}") == anvil.url
    finally:
        slow.stop()
        env.close()


def _as_list(message):
    return message if isinstance(message, list) else [message]
