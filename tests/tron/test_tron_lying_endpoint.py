"""Issue 16 item 3 on Tron: a send quoted on a lying endpoint's balance is refused before
signing when a second endpoint disagrees, naming both. Real devnode behind loopback proxies."""

from __future__ import annotations

import json

import pytest

from tests.harness.proxy import FaultProxy
from tests.tron.conftest import NET, PHRASE, PW
from wallet.core.networks import Token, load_registry
from wallet.services.sender import SendRefused, SendRequest

LIE = 10**15  # a billion TRX


def _lie_about_trx(body: bytes, answer: bytes) -> bytes:
    doc = json.loads(answer)
    if isinstance(doc, dict) and "create_time" in doc:  # a getaccount answer
        doc["balance"] = LIE
    return json.dumps(doc).encode()


def test_a_tron_send_quoted_on_a_lying_endpoint_is_refused(tron_node, keyring_env):
    liar = FaultProxy(tron_node.url, rewrite=_lie_about_trx)
    honest = FaultProxy(tron_node.url, delay=0.5)
    env = keyring_env("devnet")
    token = Token("USDKG", "Test USDKG", NET, tron_node.usdkg, 6, "usdkg", "test")
    reg = load_registry("devnet").with_endpoints(NET, [liar.url, honest.url])
    env.__dict__["registry"] = reg.with_tokens([token])
    try:
        wallet, _ = env.accounts.create_hd_wallet("Test", PW, PHRASE)
        env.accounts.add_account(wallet.id)
        account = next(a for a in env.accounts.accounts() if a.index == 1)
        me = account.tron_address
        real = int(json.loads(_post(tron_node.url, "/wallet/getaccount", me))["balance"])
        to = tron_node.accounts[2][0]
        quote = env.sender.quote(SendRequest(account, NET, "", to, real + 10**6))
        assert quote.native_balance == LIE  # the quote believed the liar
        with pytest.raises(SendRefused, match="disagree") as refused:
            env.sender.send(quote, confirmed={w.code for w in quote.warnings})
        assert liar.url in refused.value.message and honest.url in refused.value.message
        assert env.sender.journal.all() == []
    finally:
        liar.stop()
        honest.stop()
        env.close()


def _post(url: str, path: str, address: str) -> bytes:
    import urllib.request

    body = json.dumps({"address": address, "visible": True}).encode()
    req = urllib.request.Request(url + path, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.read()
