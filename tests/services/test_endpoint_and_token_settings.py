"""Endpoints and tokens the user adds, removes, hides and shows: the services the CLI and the
GUI's settings share, on real SQLite and a real anvil."""

from __future__ import annotations

import pytest

from tests.evm.conftest import NET
from tests.tron.conftest import NET as TRON_NET
from wallet.core.errors import InvalidAddress
from wallet.devnet.contracts import deploy
from wallet.services.endpoint_settings import (
    EndpointError,
    EndpointSettings,
    check_endpoint_url,
)
from wallet.services.environment import Environment
from wallet.services.token_settings import TokenSettings, TokenSettingsError


@pytest.fixture
def mainnet(data_dir):
    env = Environment(data_dir, "mainnet")
    yield env
    env.close()


@pytest.mark.parametrize(
    "url",
    ["ftp://node", "http://", "https:///path", "node.example:8545", "http://a b", "http://h:x/"],
)
def test_endpoint_urls_must_be_http_or_https_with_a_host(url):
    with pytest.raises(EndpointError, match="http:// or https:// URL"):
        check_endpoint_url(url)


def test_endpoint_url_is_trimmed():
    assert check_endpoint_url(" https://node.example:8545/rpc/ ") == "https://node.example:8545/rpc"


def test_add_and_remove_endpoint_applies_at_once_and_persists(mainnet, data_dir):
    ep = EndpointSettings(mainnet)
    ep.add("bsc", "http://127.0.0.1:1/")
    assert mainnet.registry.network("bsc").endpoints[-1] == "http://127.0.0.1:1"
    assert ep.list("bsc")[-1].added_by_user and not ep.list("bsc")[0].added_by_user
    again = Environment(data_dir, "mainnet")
    assert "http://127.0.0.1:1" in again.registry.network("bsc").endpoints
    again.close()
    with pytest.raises(EndpointError, match="built-in endpoints stay"):
        ep.remove("bsc", "https://bsc-dataseed.bnbchain.org")
    ep.remove("bsc", "http://127.0.0.1:1")
    assert "http://127.0.0.1:1" not in mainnet.registry.network("bsc").endpoints


def test_probe_reports_height_latency_and_chain_or_the_error(world, anvil_factory):
    ep = EndpointSettings(world.env)
    good = ep.probe(NET, world.anvil.url)
    assert good.ok and good.chain_id == 97 and good.block == world.anvil.w3.eth.block_number
    assert good.ms is not None and good.ms >= 0
    other = anvil_factory(chain_id=1)
    wrong = ep.probe(NET, other.url)
    assert not wrong.ok and "serves another chain (chain id 1)" in wrong.error.message
    dead = ep.probe(NET, "http://127.0.0.1:9")
    assert not dead.ok and dead.error.message
    # probing remembers nothing: the wallet keeps using the node it used
    assert world.env.registry.network(NET).endpoints == (world.anvil.url,)


def test_add_token_by_contract_reads_it_from_the_chain(world):
    contract = deploy(
        world.anvil.w3, "TestUSDKG", "Som Dollar", "SOMD", 6, sender=world.tokens.issuer
    )
    tokens = TokenSettings(world.env)
    found = tokens.lookup(NET, contract.lower())
    assert (found.symbol, found.name, found.decimals, found.contract) == (
        "SOMD",
        "Som Dollar",
        6,
        contract,
    )
    assert world.env.registry.tokens(NET)[-1].symbol == "USDKG"  # lookup writes nothing
    tokens.save(found)
    assert world.env.registry.token(NET, "SOMD").user_added
    rows = world.env.portfolio.cached([world.account(1)])
    assert "SOMD" in {r.symbol for r in rows}
    not_a_token = world.account(2).evm_address
    with pytest.raises(Exception, match="there is no contract"):
        tokens.lookup(NET, not_a_token)
    with pytest.raises(InvalidAddress):
        tokens.lookup(NET, "0x1234")


def test_adding_a_known_token_keeps_what_the_wallet_knows_about_it(world):
    tokens = TokenSettings(world.env)
    tokens.set_visible(NET, world.kgst.contract, False)
    again = tokens.add(NET, world.kgst.contract)
    assert again.issuer_controls == "kgst" and not again.user_added and again.visible_by_default


def test_hide_and_show_tokens_persist(mainnet, data_dir):
    tokens = TokenSettings(mainnet)
    kgst = mainnet.registry.token("bsc", "KGST")
    tokens.set_visible("bsc", kgst.contract, False)
    assert not mainnet.registry.token("bsc", "KGST").visible_by_default
    assert [t.symbol for t in mainnet.registry.tokens("bsc")] == ["KGST"]  # order kept
    eth = Environment(data_dir, "mainnet")
    assert not eth.registry.token("bsc", "KGST").visible_by_default
    jpyc = eth.registry.token("eth", "JPYC")
    assert not jpyc.visible_by_default
    TokenSettings(eth).set_visible("eth", jpyc.contract, True)
    eth.close()
    third = Environment(data_dir, "mainnet")
    assert third.registry.token("eth", "JPYC").visible_by_default
    assert not third.registry.token("bsc", "KGST").visible_by_default
    third.close()
    with pytest.raises(TokenSettingsError, match="add it first"):
        tokens.set_visible("bsc", "0x90F79bf6EB2c4f870365E785982E1f101E93b906", False)


def test_hidden_user_token_leaves_balances(world):
    contract = deploy(
        world.anvil.w3, "TestUSDKG", "Som Dollar", "SOMD", 6, sender=world.tokens.issuer
    )
    tokens = TokenSettings(world.env)
    tokens.add(NET, contract)
    tokens.set_visible(NET, contract, False)
    assert "SOMD" not in {r.symbol for r in world.env.portfolio.cached([world.account(1)])}
    (hidden,) = world.env.db.execute(
        "SELECT hidden FROM custom_tokens WHERE contract = ?", (contract,)
    ).fetchone()
    assert hidden == 1


def test_add_trc20_token_on_the_tron_devnode(tron_world):
    from wallet.devnet.tron.client import DevnodeClient

    key = tron_world.issuer_key
    client = DevnodeClient(tron_world.node.url)
    contract = client.deploy(
        key, "TestUSDKG", ["string", "string", "uint8"], ["Som Dollar", "SOMD", 6], "SOMD"
    )
    token = TokenSettings(tron_world.env).add(TRON_NET, contract)
    assert (token.symbol, token.decimals, token.contract) == ("SOMD", 6, contract)
    assert tron_world.env.registry.token(TRON_NET, "SOMD").user_added


def test_cli_token_hide_and_show(data_dir, capsys):
    import json

    from wallet.cli.main import main as cli_main

    base = ["--data-dir", str(data_dir), "--network-mode", "mainnet", "--json"]
    assert cli_main([*base, "token", "hide", "--network", "bsc", "KGST"]) == 0
    assert json.loads(capsys.readouterr().out)["visible"] is False
    assert cli_main([*base, "networks"]) == 0
    bsc = next(n for n in json.loads(capsys.readouterr().out)["networks"] if n["id"] == "bsc")
    assert [t["visible"] for t in bsc["tokens"]] == [False]
    assert cli_main([*base, "token", "show", "--network", "bsc", "KGST"]) == 0
    assert json.loads(capsys.readouterr().out)["visible"] is True
