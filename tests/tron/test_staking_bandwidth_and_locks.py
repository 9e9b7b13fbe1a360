"""Bandwidth from staked TRX and locked loans, through the wallet, against the real devnode.

java-tron's BandwidthProcessor pays a transaction's bytes from the stake's bandwidth, else from
the free 600 a day, else burns getTransactionFee sun a byte; DelegateResourceActuator's
``lock`` / ``lock_period`` (blocks of 3 s) keep a loan from being taken back before it expires.
"""

from __future__ import annotations

import pytest

from tests.tron.conftest import NET, PW
from wallet.services.sender import SendRequest
from wallet.services.staking import StakeRequest, StakingRefused, utc_text

TRX = 1_000_000
DAY_MS = 86_400_000


def act(world, index, action, amount=0, **fields):
    env = world.env
    env.keys.unlock(world.account(index).wallet_id, PW)
    quote = env.staking.quote(StakeRequest(world.account(index), NET, action, amount, **fields))
    entry = env.staking.send(quote)
    assert entry.status == "broadcast", entry.reason
    final = env.sender.refresh(entry)
    assert final.status == "confirmed", final.reason
    return quote, final


def send_trx(world, index, to, amount=TRX):
    world.env.keys.unlock(world.account(index).wallet_id, PW)
    quote = world.env.sender.quote(SendRequest(world.account(index), NET, "", to, amount))
    entry = world.env.sender.send(quote, confirmed={w.code for w in quote.warnings})
    final = world.env.sender.refresh(entry)
    assert final.status == "confirmed", final.reason
    info = world.client.post("/wallet/gettransactioninfobyid", {"value": final.txid})
    return quote.summary()["tron"], final, info


def test_after_staking_for_bandwidth_transfers_beyond_the_free_bandwidth_burn_no_trx(tron_world):
    w = tron_world
    to = w.account(2).tron_address
    # without a stake: the free 600 bytes a day run out and the review says TRX will burn
    burns = [send_trx(w, 1, to) for _ in range(3)]
    review, entry, info = burns[-1]
    assert review["bandwidth_burn_trx"] != "0" and review["bandwidth_from_stake"] is False
    assert info["receipt"]["net_fee"] == entry.fee_paid > 0  # it did burn, as reviewed

    act(w, 1, "stake", 20_000 * TRX, resource="bandwidth")
    ov = w.env.staking.overview(w.account(1), NET)
    assert ov.staked["bandwidth"] == 20_000 * TRX and ov.net_limit > 1_000
    assert ov.to_dict()["bandwidth_from_stake"] == ov.net_limit
    for _ in range(3):  # beyond the free daily bandwidth, paid by the stake
        review, entry, info = send_trx(w, 1, to)
        assert review["bandwidth_burn_trx"] == "0" and review["bandwidth_from_stake"] is True
        assert "net_fee" not in info["receipt"] and "fee" not in info
        assert not entry.fee_paid
    after = w.env.staking.overview(w.account(1), NET)
    assert after.net_used == 3 * info["receipt"]["net_usage"]
    assert after.free_net_left == ov.free_net_left  # the free bandwidth was not touched


def test_a_locked_loan_says_until_when_and_cannot_be_taken_back_before(tron_world):
    w = tron_world
    lender, family = 3, w.account(2).tron_address
    act(w, lender, "stake", 2_000 * TRX)
    quote, _ = act(w, lender, "lend", 1_000 * TRX, receiver=family, lock_days=7)
    now = w.env.staking.overview(w.account(lender), NET).now_ms
    assert quote.summary()["lock_days"] == 7
    assert abs(quote.locked_until_ms - (now + 7 * DAY_MS)) < 10_000
    ov = w.env.staking.overview(w.account(lender), NET)
    (loan,) = ov.loans
    assert loan.receiver == family and loan.locked == 1_000 * TRX
    assert loan.reclaimable(ov.now_ms) == 0

    before = len(w.env.sender.journal.all())
    with pytest.raises(StakingRefused) as exc:
        w.env.staking.quote(
            StakeRequest(w.account(lender), NET, "reclaim", 1_000 * TRX, receiver=family)
        )
    date = utc_text(loan.locked_until_ms)
    assert exc.value.message == (
        f"1,000 TRX of the energy you lent to {family} is locked until {date}; you can take "
        f"back 0 TRX now and the rest after {date}"
    )
    assert len(w.env.sender.journal.all()) == before  # refused before any signature

    with pytest.raises(StakingRefused) as exc:  # a shorter lock than the one running
        w.env.staking.quote(
            StakeRequest(w.account(lender), NET, "lend", TRX, receiver=family, lock_days=2)
        )
    assert exc.value.message.startswith(f"the energy you lent to {family} is already locked")
    with pytest.raises(StakingRefused) as exc:
        w.env.staking.quote(
            StakeRequest(w.account(lender), NET, "lend", TRX, receiver=family, lock_days=31)
        )
    assert exc.value.message == "a loan can be locked for 1 to 30 days on this network, not 31"

    w.client.post("/admin/warp", {"days": 7, "seconds": 10})  # the lock expires
    act(w, lender, "reclaim", 1_000 * TRX, receiver=family)
    assert not w.env.staking.overview(w.account(lender), NET).loans
