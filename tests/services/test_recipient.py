"""The recipient field's rules (shared by the send dialog and the CLI), on real SQLite."""

from __future__ import annotations

import pytest

from wallet.core.uris import build_eip681, build_tron_uri
from wallet.services.environment import Environment
from wallet.services.recipient import RecipientError, interpret

ALICE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
TRON = "TPL66VK2gCXNCD7EJg9pgJRfqcRazjhUZY"


@pytest.fixture
def env(data_dir):
    env = Environment(data_dir, "mainnet")
    yield env
    env.close()


def _net(env, network_id):
    return env.registry.network(network_id)


def test_contact_name_and_plain_address(env):
    env.address_book.add("bsc", ALICE, "Mama")
    r = interpret(env.registry, env.address_book, _net(env, "bsc"), " mama ")
    assert (r.address, r.label, r.network_id) == (ALICE, "Mama", "bsc")
    r = interpret(env.registry, env.address_book, _net(env, "bsc"), ALICE.lower())
    assert r.address == ALICE and r.amount is None and r.asset is None


def test_errors_name_the_network(env):
    with pytest.raises(RecipientError, match="Tron") as exc:
        interpret(env.registry, env.address_book, _net(env, "bsc"), TRON)
    assert "BNB" in exc.value.message or "EVM" in exc.value.message
    with pytest.raises(RecipientError, match="enter the recipient"):
        interpret(env.registry, env.address_book, _net(env, "bsc"), "  ")


def test_link_chooses_network_token_and_amount(env):
    kgst = env.registry.token("bsc", "KGST")
    link = build_eip681(ALICE, chain_id=56, token=kgst.contract, amount_units=5 * 10**18)
    # pasted while Tron is selected: the link moves the send to BNB Chain and KGST
    r = interpret(env.registry, env.address_book, _net(env, "tron"), link)
    assert (r.network_id, r.asset, r.amount, r.address) == ("bsc", kgst.contract, 5 * 10**18, ALICE)
    usdkg = env.registry.token("tron", "USDKG")
    r = interpret(
        env.registry,
        env.address_book,
        _net(env, "bsc"),
        build_tron_uri(TRON, token=usdkg.contract, amount_units=12_500_000),
    )
    assert (r.network_id, r.asset, r.amount) == ("tron", usdkg.contract, 12_500_000)


def test_link_for_another_chain_or_unknown_token_is_refused(env):
    with pytest.raises(RecipientError, match="chain id 97"):
        interpret(
            env.registry, env.address_book, _net(env, "bsc"), build_eip681(ALICE, chain_id=97)
        )
    unknown = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
    with pytest.raises(RecipientError, match="not known on BNB"):
        interpret(
            env.registry,
            env.address_book,
            _net(env, "bsc"),
            build_eip681(ALICE, chain_id=56, token=unknown, amount_units=1),
        )
