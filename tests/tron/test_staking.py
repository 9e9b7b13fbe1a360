"""Staking TRX for energy and lending it, against the real devnode: the "Done when" of issue 17.

Each action goes through the wallet's own build, the node's build cross-check, local signing
and the journal (StakingService → Sender.submit), as transfers do.
"""

from __future__ import annotations

import pytest

from tests.tron.conftest import NET, PW
from wallet.services.sender import SendRequest
from wallet.services.staking import StakeRequest, StakingRefused

TRX = 1_000_000
NEVER_SEEN = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"


def act(world, index, action, amount=0, receiver=""):
    env = world.env
    env.keys.unlock(world.account(index).wallet_id, PW)
    quote = env.staking.quote(
        StakeRequest(world.account(index), NET, action, amount, receiver=receiver)
    )
    entry = env.staking.send(quote)
    assert entry.status == "broadcast", entry.reason
    final = env.sender.refresh(entry)
    assert final.status == "confirmed", final.reason
    return quote, final


def send_usdkg(world, index, to, amount=1_000_000):
    quote = world.env.sender.quote(
        SendRequest(world.account(index), NET, world.usdkg.contract, to, amount)
    )
    entry = world.env.sender.send(quote, confirmed={w.code for w in quote.warnings})
    final = world.env.sender.refresh(entry)
    assert final.status == "confirmed", final.reason
    info = world.client.post("/wallet/gettransactioninfobyid", {"value": final.txid})
    return quote, final, info


def overview(world, index):
    return world.env.staking.overview(world.account(index), NET)


def test_after_staking_the_next_usdkg_transfer_burns_no_trx_for_energy(tron_world):
    w = tron_world
    payee = w.account(2).tron_address
    before = w.env.staking.overview(w.account(1), NET, payee=payee)
    assert before.energy_limit == 0 and before.transfer_energy > 10_000
    # the numbers people decide by: energy per TRX from getaccountresource, a simulated transfer
    per_trx = before.total_energy_limit / before.total_energy_weight
    assert before.energy_per_trx == pytest.approx(per_trx)
    stake = before.more_to_stake()
    assert stake == pytest.approx(before.transfer_energy / per_trx * TRX, rel=0.01)
    assert before.transfer_burn == before.transfer_energy * 100  # what it burns today, in sun

    trx_before = w.client.trx_balance(w.account(1).tron_address)
    _, entry = act(w, 1, "stake", stake)
    assert entry.kind == "stake" and entry.amount == stake
    after = overview(w, 1)
    assert after.staked["energy"] == stake
    assert after.energy_left >= before.transfer_energy
    spent = trx_before - w.client.trx_balance(w.account(1).tron_address)
    assert spent == stake + (entry.fee_paid or 0)

    review, sent, info = send_usdkg(w, 1, payee)
    tron = review.summary()["tron"]
    assert tron["paid_with_energy"] is True and tron["energy_burn_trx"] == "0"
    assert tron["energy_from_stake"] == review.unsigned["energy"]
    receipt = info["receipt"]
    assert receipt["energy_usage"] == receipt["energy_usage_total"]  # all from the stake
    assert "energy_fee" not in receipt
    assert info.get("fee", 0) == receipt.get("net_fee", 0)  # at most a bandwidth fee
    assert (sent.fee_paid or 0) == review.fee_expected


def test_lent_energy_lets_family_send_usdkg_and_taking_it_back_restores_it(tron_world):
    w = tron_world
    lender, family = w.account(3), w.account(2)
    first = overview(w, 3)
    act(w, 3, "stake", 20_000 * TRX)
    staked = overview(w, 3)
    assert staked.energy_limit > first.energy_limit
    family_before = overview(w, 2)

    act(w, 3, "lend", 20_000 * TRX, receiver=family.tron_address)
    lent = overview(w, 3)
    assert lent.energy_limit == first.energy_limit and lent.lent == 20_000 * TRX
    assert lent.lent_to == [(family.tron_address, 20_000 * TRX)]
    got = overview(w, 2)
    assert got.received == 20_000 * TRX
    assert got.energy_limit == family_before.energy_limit + staked.energy_limit

    review, _, info = send_usdkg(w, 2, w.account(1).tron_address)
    assert review.summary()["tron"]["paid_with_energy"] is True
    assert "energy_fee" not in info["receipt"]

    act(w, 3, "reclaim", 20_000 * TRX, receiver=family.tron_address)
    back = overview(w, 3)
    assert back.energy_limit == staked.energy_limit and back.lent == 0 and not back.lent_to
    assert overview(w, 2).energy_limit == family_before.energy_limit
    assert lender.tron_address == back.address


def test_an_unstake_is_withdrawable_after_the_warped_delay(tron_world):
    w = tron_world
    act(w, 0, "stake", 50 * TRX)
    quote, _ = act(w, 0, "unstake", 20 * TRX)
    pending = overview(w, 0)
    assert [u.amount for u in pending.unstaking] == [20 * TRX]
    assert pending.unstaking[0].ready_at_ms - pending.now_ms > 13 * 86_400_000
    assert quote.ready_at_ms == pytest.approx(pending.unstaking[0].ready_at_ms, abs=60_000)
    with pytest.raises(StakingRefused, match="nothing can be withdrawn yet; the next unstake"):
        w.env.staking.quote(StakeRequest(w.account(0), NET, "withdraw"))

    w.client.post("/admin/warp", {"days": 14})
    ready = overview(w, 0)
    assert ready.withdrawable == 20 * TRX
    balance = w.client.trx_balance(w.account(0).tron_address)
    _, entry = act(w, 0, "withdraw")
    assert entry.amount == 20 * TRX
    assert w.client.trx_balance(w.account(0).tron_address) == balance + 20 * TRX - (
        entry.fee_paid or 0
    )
    assert overview(w, 0).unstaking == []


@pytest.mark.parametrize(
    ("action", "amount", "receiver", "message"),
    [
        ("stake", TRX - 1, "", "you can stake no less than 1 TRX"),
        ("stake", 10**18, "", "you are staking 1,000,000,000,000 TRX but this account has"),
        ("lend", TRX // 2, "family", "you can lend no less than 1 TRX of staked energy"),
        ("lend", 2 * TRX, "usdkg", "is a smart contract; energy can be lent only to an ordinary"),
        ("lend", 2 * TRX, NEVER_SEEN, f"{NEVER_SEEN} has never been activated"),
        ("lend", 10**15, "family", "you can lend at most"),
        ("unstake", 10**15, "", "staked for energy that is not lent out; you cannot unstake"),
        ("reclaim", TRX, "family", "you lent 0 TRX of energy to"),
        ("cancel", 0, "", "there are no waiting unstakes to cancel"),
    ],
)
def test_each_refusal_has_its_message_before_any_signature(
    tron_world, action, amount, receiver, message
):
    w = tron_world
    receiver = {"family": w.account(1).tron_address, "usdkg": w.usdkg.contract}.get(
        receiver, receiver
    )
    journal_before = len(w.env.sender.journal.all())
    w.env.keys.lock(w.account(2).wallet_id)  # locked: a signature could not even be attempted
    with pytest.raises(StakingRefused, match=message):
        w.env.staking.quote(StakeRequest(w.account(2), NET, action, amount, receiver=receiver))
    assert len(w.env.sender.journal.all()) == journal_before


def test_a_33rd_waiting_unstake_is_refused_before_signing(tron_world):
    w = tron_world
    act(w, 1, "stake", 40 * TRX)
    for _ in range(32):
        act(w, 1, "unstake", TRX)
    assert overview(w, 1).unstakes_left == 0
    with pytest.raises(StakingRefused, match="32 unstakes are already waiting, the most Tron"):
        w.env.staking.quote(StakeRequest(w.account(1), NET, "unstake", TRX))
    _, entry = act(w, 1, "cancel")
    assert entry.kind == "cancel_unstakes" and overview(w, 1).unstaking == []
