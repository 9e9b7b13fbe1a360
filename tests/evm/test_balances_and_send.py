from __future__ import annotations

import pytest

from tests.evm.conftest import NET
from wallet.chains.evm_provider import REQUESTS
from wallet.services.sender import NeedsConfirmation, SendRefused, SendRequest

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"  # anvil account 3 (a wallet account)
STRANGER = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"  # anvil account 4


def test_balances_in_one_request_and_cached(world):
    accounts = world.env.accounts.accounts()
    portfolio = world.env.portfolio
    portfolio.refresh_network(NET, accounts)  # first call also checks the chain id
    before = REQUESTS.count
    rows = portfolio.refresh_network(NET, accounts)
    assert REQUESTS.count - before == 1
    got = {(r.owner, r.symbol): r.amount for r in rows}
    a1 = world.account(1).evm_address
    assert got[(a1, "KGST")] == 1_000_000 * 10**18
    assert got[(a1, "USDKG")] == 1_000_000 * 10**6
    assert got[(a1, "tBNB")] == 10_000 * 10**18
    cached = {(r.owner, r.symbol): (r.amount, r.block) for r in portfolio.cached(accounts)}
    assert cached[(a1, "KGST")][0] == 1_000_000 * 10**18 and cached[(a1, "KGST")][1] >= 1


def _send(world, asset, amount, to=RECIPIENT, account=1, confirm=("new_recipient",)):
    req = SendRequest(world.account(account), NET, asset, to, amount)
    quote = world.sender.quote(req)
    entry = world.sender.send(quote, confirmed=set(confirm))
    return quote, entry


def test_kgst_send_moves_balance_and_confirms(world):
    kgst = world.tokens.kgst
    a1 = world.account(1).evm_address
    quote, entry = _send(world, world.kgst.contract, 25 * 10**18)
    assert quote.fee_max > 0 and quote.recipient_gets == 25 * 10**18
    assert [w.code for w in quote.warnings] == ["new_recipient"]
    assert entry.status == "broadcast"
    assert kgst.functions.balanceOf(RECIPIENT).call() == 1_000_025 * 10**18
    assert kgst.functions.balanceOf(a1).call() == 999_975 * 10**18
    world.mine(3)
    final = world.sender.refresh(entry)
    assert final.status == "confirmed" and final.fee_paid and final.fee_paid <= quote.fee_max


def test_bnb_send(world):
    w3 = world.anvil.w3
    before = w3.eth.get_balance(STRANGER)
    quote, entry = _send(world, "", 10**17, to=STRANGER)
    assert quote.unsigned["gas"] == 21_000
    assert w3.eth.get_balance(STRANGER) - before == 10**17
    world.mine(3)
    assert world.sender.refresh(entry).status == "confirmed"


def test_second_send_is_not_new_and_nonces_increase(world):
    _, first = _send(world, world.kgst.contract, 10**18)
    quote = world.sender.quote(
        SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, 10**18)
    )
    assert quote.warnings == []  # paid before: no "new recipient" warning
    second = world.sender.send(quote)
    assert second.nonce == first.nonce + 1


def test_warnings_must_be_confirmed(world):
    quote = world.sender.quote(
        SendRequest(world.account(1), NET, world.kgst.contract, STRANGER, 10**18)
    )
    with pytest.raises(NeedsConfirmation, match="never paid this address"):
        world.sender.send(quote)


@pytest.mark.parametrize(
    ("to", "amount", "asset", "message"),
    [
        (
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
            1,
            "kgst",
            "this is a Tron address, but you are sending on BNB Chain Testnet",
        ),
        ("0x0000000000000000000000000000000000000000", 1, "kgst", "zero address"),
        ("KGST-CONTRACT", 1, "kgst", "contract's own address"),
        (
            RECIPIENT,
            2_000_000 * 10**18,
            "kgst",
            "you are sending 2,000,000 KGST but this account has 1,000,000 KGST",
        ),
        (RECIPIENT, 0, "kgst", "more than zero"),
        ("0x90F79bf6EB2c4f870365E785982E1f101E93b907", 1, "kgst", "checksum"),
    ],
)
def test_refusals(world, to, amount, asset, message):
    contract = world.kgst.contract
    to = contract if to == "KGST-CONTRACT" else to
    with pytest.raises(SendRefused, match=message):
        world.sender.quote(SendRequest(world.account(1), NET, contract, to, amount))


def test_no_gas_coin_is_refused_with_amounts(world):
    # account 2 of the wallet gets KGST but has its BNB sent away
    w3 = world.anvil.w3
    a2 = world.account(2).evm_address
    w3.provider.make_request("anvil_setBalance", [a2, "0x0"])
    with pytest.raises(SendRefused, match=r"you need 0\.0\d+ tBNB for the network fee; you have 0"):
        world.sender.quote(
            SendRequest(world.account(2), NET, world.kgst.contract, RECIPIENT, 10**18)
        )


def test_issuer_controls(world):
    kgst, usdkg, issuer = world.tokens.kgst, world.tokens.usdkg, world.tokens.issuer
    a1 = world.account(1).evm_address

    def quote(asset, to=RECIPIENT, amount=10**6):
        return world.sender.quote(SendRequest(world.account(1), NET, asset, to, amount))

    kgst.functions.pause().transact({"from": issuer})
    with pytest.raises(SendRefused, match="the issuer has paused KGST"):
        quote(world.kgst.contract)
    kgst.functions.unpause().transact({"from": issuer})
    kgst.functions.freeze(RECIPIENT).transact({"from": issuer})
    with pytest.raises(SendRefused, match="recipient's address is frozen by the issuer of KGST"):
        quote(world.kgst.contract)
    kgst.functions.freeze(a1).transact({"from": issuer})
    with pytest.raises(SendRefused, match="your address is frozen"):
        quote(world.kgst.contract)

    usdkg.functions.addBlackList(RECIPIENT).transact({"from": issuer})
    q = quote(world.usdkg.contract)
    assert "recipient_blacklisted" in [w.code for w in q.warnings]
    assert "can never be moved" in next(
        w.message for w in q.warnings if w.code == "recipient_blacklisted"
    )
    usdkg.functions.setParams(20, 5 * 10**6).transact({"from": issuer})
    q = quote(world.usdkg.contract, amount=1_000 * 10**6)
    assert q.recipient_gets == 1_000 * 10**6 - 2 * 10**6  # 20 bp of 1000 = 2 USDKG
    q = quote(world.usdkg.contract, amount=100_000 * 10**6)
    assert q.recipient_gets == 100_000 * 10**6 - 5 * 10**6  # capped by maximumFee
    usdkg.functions.addBlackList(a1).transact({"from": issuer})
    with pytest.raises(SendRefused, match="your address is blacklisted by the issuer of USDKG"):
        quote(world.usdkg.contract)


def test_contract_recipient_and_lookalike_warnings(world):
    q = world.sender.quote(
        SendRequest(world.account(1), NET, world.kgst.contract, world.usdkg.contract, 10**15)
    )
    assert "contract_recipient" in [w.code for w in q.warnings]
    with pytest.raises(SendRefused, match="contract that does not accept tBNB"):
        world.sender.quote(SendRequest(world.account(1), NET, "", world.usdkg.contract, 10**15))
    world.env.address_book.add(NET, STRANGER, "Mom")
    lookalike = STRANGER[:6] + "0" * 32 + STRANGER[-4:]
    q = world.sender.quote(SendRequest(world.account(1), NET, "", lookalike.lower(), 10**15))
    warning = next(w for w in q.warnings if w.code == "lookalike")
    assert "looks like Mom" in warning.message
    marks = warning.details["recipient_marks"]
    assert any(d for _, d in marks) and not any(d for _, d in marks[:6])
    # by name from the address book, no lookalike and not "new"
    q = world.sender.quote(SendRequest(world.account(1), NET, "", "Mom", 10**15))
    assert q.recipient == STRANGER and q.warnings == []


def test_watch_only_cannot_send(world):
    watch = world.env.accounts.add_watch_only("Till", STRANGER)
    acct = world.env.accounts.accounts(watch.id)[0]
    with pytest.raises(SendRefused, match="watch-only"):
        world.sender.quote(SendRequest(acct, NET, "", RECIPIENT, 1))


def test_revert_is_shown_failed_with_reason(world):
    req = SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, 10**18)
    quote = world.sender.quote(req)
    world.tokens.kgst.functions.pause().transact({"from": world.tokens.issuer})
    entry = world.sender.send(quote, confirmed={"new_recipient"})
    final = world.sender.refresh(entry)
    assert final.status == "failed"
    assert "paused" in final.reason


def test_max_leaves_the_fee_and_sends_exactly_that(world):
    w3 = world.anvil.w3
    acct = world.account(2)
    kgst_max = world.sender.max_amount(acct, NET, world.kgst.contract, STRANGER)
    assert kgst_max == 1_000_000 * 10**18  # a token: the whole balance
    native_max = world.sender.max_amount(acct, NET, "", STRANGER)
    quote, entry = _send(world, "", native_max, to=STRANGER, account=2)
    assert native_max == quote.native_balance - quote.fee_max  # the fee is left
    world.mine(3)
    final = world.sender.refresh(entry)
    assert final.status == "confirmed"
    # all that is left is the part of the reserved fee the transfer did not burn
    assert w3.eth.get_balance(acct.evm_address) == quote.fee_max - final.fee_paid


def test_a_quote_is_sent_at_most_once(world):
    kgst = world.tokens.kgst
    before = kgst.functions.balanceOf(STRANGER).call()
    quote = world.sender.quote(SendRequest(world.account(1), NET, world.kgst.contract, STRANGER, 7))
    world.sender.send(quote, confirmed={"new_recipient"})
    with pytest.raises(SendRefused, match="already sent"):
        world.sender.send(quote, confirmed={"new_recipient"})
    assert kgst.functions.balanceOf(STRANGER).call() - before == 7
