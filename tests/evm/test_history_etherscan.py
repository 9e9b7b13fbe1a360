"""BNB Chain / Ethereum history through Etherscan's V2 API, against a local server that answers
in Etherscan's documented format from the real anvil's logs (tests/harness/etherscan.py:
docs.etherscan.io/api-reference/endpoint/tokentx and /resources/common-error-messages), with
the API key in the real Secret Service."""

from __future__ import annotations

import json
import secrets
from dataclasses import replace

import pytest

from tests.evm.conftest import NET, PHRASE, PW, make_env
from tests.harness import etherscan
from tests.harness.proxy import FaultProxy
from wallet.chains.evm_provider import REQUESTS
from wallet.core.networks import Registry
from wallet.keys.api_keys import set_api_key
from wallet.keys.keyring_store import KeyringStore
from wallet.services import history_etherscan
from wallet.services.history_etherscan import ExplorerKeyRefused, ExplorerRateLimited
from wallet.services.history_trongrid import IndexerError

WATCHED = "0x000000000000000000000000000000000000dEaD"
KEY = "GOOD-KEY"


@pytest.fixture
def explorer(anvil, test_tokens, keyring_env):
    server = etherscan.EtherscanServer(anvil.w3, anvil.chain_id, api_key=KEY)
    env = make_env(keyring_env, anvil.url, test_tokens)
    reg = env.registry
    nets = [
        replace(n, history_api={**n.history_api, "url": server.url}) if n.id == NET else n
        for n in reg.networks
    ]
    env.__dict__["registry"] = Registry(reg.mode, nets, reg.tokens())
    env.server, env.anvil, env.tokens = server, anvil, test_tokens
    yield env
    server.stop()
    env.close()


def _mint(env, n, to=WATCHED, base=1, per_block=10):
    """``n`` KGST transfers to ``to``, ``per_block`` to a block (few blocks: the shared anvil's
    clock must not run ahead of the wall clock, a block being at least a second)."""
    kgst, anvil = env.tokens.kgst, env.anvil
    anvil.set_automine(False)
    try:
        for i in range(n):
            kgst.functions.mint(to, (base + i) * 10**18).transact(
                {"from": env.tokens.issuer, "gas": 200_000}
            )
            if (i + 1) % per_block == 0:
                anvil.mine(1)
        anvil.mine(1)
    finally:
        anvil.set_automine(True)


def _kgst_rows(env, account=WATCHED):
    return [t for t in env.history.rows(NET, account, include_dust=True)]


def test_watch_only_account_gets_its_whole_history_then_only_what_is_new(explorer):
    env = explorer
    _mint(env, 200)
    set_api_key(env.keys.vault.store, NET, KEY)
    env.accounts.add_watch_only("Shop", WATCHED)
    before = REQUESTS.count
    assert env.history.sync(NET, [WATCHED]) == 200
    assert REQUESTS.count - before <= 5
    rows = _kgst_rows(env)
    assert sorted(t.amount for t in rows) == [(1 + i) * 10**18 for i in range(200)]
    assert all(t.direction == "in" and t.block and t.timestamp for t in rows)
    head = env.anvil.w3.eth.block_number
    _mint(env, 1, base=500)
    env.server.requests.clear()
    assert env.history.sync(NET, [WATCHED]) == 1
    asked = [q for q in env.server.requests if q.get("contractaddress") == env.tokens.kgst_address]
    assert [q["startblock"] for q in asked] == [str(head + 1)]  # only blocks not yet read
    assert 500 * 10**18 in [t.amount for t in _kgst_rows(env)]


def test_full_pages_continue_from_the_last_block_within_the_result_window(explorer, monkeypatch):
    env = explorer
    env.server.window = 100  # a small result window: page × offset may not pass it
    monkeypatch.setattr(history_etherscan, "PAGE", 40)
    _mint(env, 130)
    set_api_key(env.keys.vault.store, NET, KEY)
    assert env.history.sync(NET, [WATCHED]) == 130
    asked = [q for q in env.server.requests if q.get("contractaddress") == env.tokens.kgst_address]
    assert len(asked) >= 4 and all(int(q["page"]) * int(q["offset"]) <= 100 for q in asked)
    starts = [int(q["startblock"]) for q in asked]
    assert starts == sorted(starts) and starts[0] == 0


def test_rate_limit_is_reported_and_nothing_is_lost(explorer):
    env = explorer
    _mint(env, 3)
    set_api_key(env.keys.vault.store, NET, KEY)
    env.server.rate_limited = 1
    with pytest.raises(ExplorerRateLimited, match="limiting requests; try again in a minute"):
        env.history.sync(NET, [WATCHED])
    assert _kgst_rows(env) == []
    assert env.history.sync(NET, [WATCHED]) == 3  # the next try reads everything


def test_invalid_key_names_where_to_fix_it(explorer):
    env = explorer
    set_api_key(env.keys.vault.store, NET, "WRONG-KEY")
    with pytest.raises(ExplorerKeyRefused) as err:
        env.history.sync(NET, [WATCHED])
    assert "Settings" in err.value.message and "kapchyk endpoints api-key" in err.value.message
    assert "WRONG-KEY" not in str(err.value)  # a secret never goes into a message


def test_no_transactions_found_is_an_empty_history_not_an_error(explorer):
    env = explorer
    set_api_key(env.keys.vault.store, NET, KEY)
    assert env.history.sync(NET, ["0x000000000000000000000000000000000000bEEF"]) == 0
    assert any(
        q.get("action") == "tokentx" for q in env.server.requests
    )  # it asked, and was told "No transactions found"


def test_the_result_window_error_and_an_unsupported_chain_are_explained(explorer, monkeypatch):
    env = explorer
    set_api_key(env.keys.vault.store, NET, KEY)
    env.server.window = 10
    with pytest.raises(IndexerError, match="Result window is too large"):
        env.history.sync(NET, [WATCHED])
    env.server.window, env.server.chain_id = 10_000, 1
    with pytest.raises(IndexerError, match="unsupported chainid"):
        env.history.sync(NET, [WATCHED])


def _refuse_logs(body: bytes, answer: bytes) -> bytes:
    """BNB Chain's public nodes refuse eth_getLogs; anvil serves it, so a proxy answers as they
    do (a JSON-RPC error saying the method is not served)."""
    req = json.loads(body)
    if isinstance(req, dict) and req.get("method") == "eth_getLogs":
        error = {
            "code": -32601,
            "message": "the method eth_getLogs does not exist/is not available",
        }
        return json.dumps({"jsonrpc": "2.0", "id": req["id"], "error": error}).encode()
    return answer


def test_without_a_key_node_logs_are_used_where_the_node_serves_them(explorer):
    env = explorer
    _mint(env, 4)
    assert env.history.sync(NET, [WATCHED]) == 4  # anvil answers eth_getLogs
    assert env.server.requests == [] and env.history.notices.get(NET) is None


def test_without_a_key_or_logs_the_own_sends_and_how_to_get_a_key(anvil, test_tokens, keyring_env):
    proxy = FaultProxy(anvil.url, rewrite=_refuse_logs)
    try:
        env = make_env(keyring_env, proxy.url, test_tokens)
        wallet, _ = env.accounts.create_hd_wallet("Test", PW, PHRASE)
        env.accounts.add_account(wallet.id)
        me = next(a for a in env.accounts.accounts() if a.index == 1)
        from wallet.services.sender import SendRequest

        kgst = env.registry.token(NET, "KGST")
        quote = env.sender.quote(SendRequest(me, NET, kgst.contract, WATCHED, 5 * 10**18))
        entry = env.sender.send(quote, confirmed={"new_recipient"})
        anvil.mine(3)
        assert env.sender.refresh(entry).status == "confirmed"
        env.history.sync(NET, [me.evm_address])
        rows = env.history.rows(NET, me.evm_address)
        assert [(t.txid, t.direction, t.amount) for t in rows] == [(entry.txid, "out", 5 * 10**18)]
        cursors = env.db.execute(
            "SELECT DISTINCT next_block FROM history_cursor WHERE account = ?", (me.evm_address,)
        )
        assert [r[0] for r in cursors] == [0]  # a key added later still reads everything
        text = env.history.notice_text(NET)
        assert "etherscan.io/myapikey" in text and "kapchyk endpoints api-key" in text
        calls = proxy.requests
        env.history.sync(NET, [me.evm_address])
        assert proxy.requests - calls <= 2  # the refusal is remembered: no second probe
        env.close()
    finally:
        proxy.stop()


def test_cli_saves_the_etherscan_key_in_the_keyring(data_dir, secret_service):
    from tests.keys.cli_helpers import run_cli
    from wallet.keys.api_keys import get_api_key
    from wallet.keys.manager import keyring_service

    _, out = run_cli(
        data_dir, "endpoints", "api-key", "--network", "bsc", stdin="MY-ETHERSCAN-KEY\n"
    )
    assert out == {"network": "bsc", "api_key": "set"}
    store = KeyringStore(keyring_service("mainnet"), secret_service.backend())
    assert get_api_key(store, "bsc") == "MY-ETHERSCAN-KEY"
    for path in data_dir.rglob("*"):  # never in a file of the wallet
        if path.is_file():
            assert b"MY-ETHERSCAN-KEY" not in path.read_bytes(), path


def test_a_key_added_later_reads_the_history_from_the_beginning(explorer):
    env = explorer
    _mint(env, 2)
    env.history.sync(NET, [WATCHED])  # no key yet: node logs, cursor after the head
    assert env.server.requests == []
    set_api_key(env.keys.vault.store, NET, KEY)
    env.history.sync(NET, [WATCHED])
    asked = [q for q in env.server.requests if q.get("contractaddress") == env.tokens.kgst_address]
    assert [q["startblock"] for q in asked] == ["0"]  # the explorer reads everything
    assert len(_kgst_rows(env)) == 2  # and nothing twice


def test_bnb_moved_by_normal_transactions_is_in_the_history(explorer):
    """txlist: BNB received and sent show as the gas coin's transfers (asset ""); a transaction
    that reverted moved nothing and is left out. The watched address is a fresh one that anvil
    lets the test send from (anvil_impersonateAccount), so it can send and fail for real."""
    env = explorer
    w3, payer = env.anvil.w3, env.tokens.issuer
    shop = "0x" + secrets.token_hex(20)
    shop = w3.to_checksum_address(shop)
    env.anvil.rpc("anvil_impersonateAccount", shop)
    try:
        w3.eth.send_transaction({"from": payer, "to": shop, "value": 10**18})
        w3.eth.send_transaction({"from": shop, "to": payer, "value": 25 * 10**16})
        reverted = w3.eth.send_transaction(  # the token contract takes no BNB: it reverts
            {"from": shop, "to": env.tokens.kgst_address, "value": 5 * 10**17, "gas": 100_000}
        )
        assert w3.eth.get_transaction_receipt(reverted)["status"] == 0
    finally:
        env.anvil.rpc("anvil_stopImpersonatingAccount", shop)
    set_api_key(env.keys.vault.store, NET, KEY)
    env.accounts.add_watch_only("Shop", shop)
    env.history.sync(NET, [shop])
    coin = sorted(
        (t.direction, t.amount, t.counterparty)
        for t in env.history.rows(NET, shop, include_dust=True)
        if t.asset == ""
    )
    assert coin == [("in", 10**18, payer), ("out", 25 * 10**16, payer)]
    asked = [q for q in env.server.requests if q.get("action") == "txlist"]
    assert asked and all(q["address"] == shop for q in asked)
