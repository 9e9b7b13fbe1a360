"""`kapchyk stake …`, `kapchyk lend …` and `kapchyk devnet warp` against a running devnet."""

from __future__ import annotations

from tests.keys.cli_helpers import run_cli
from tests.tron.conftest import CLI_NET as NET
from tests.tron.conftest import PW
from wallet.services.staking import utc_text


def test_stake_unstake_warp_withdraw_and_refusals(data_dir, cli_devnet):
    net, w = cli_devnet
    me = w["accounts"][0]["tron"]
    net.fund(me)
    usdkg = next(t["contract"] for t in net.deployment["tokens"] if t["symbol"] == "USDKG")
    _, before = run_cli(data_dir, "stake", "status", *NET, mode="devnet")
    assert before["address"] == me and before["energy_limit"] == 0
    assert before["transfer_energy"] > 10_000 and before["stake_for_one_transfer_a_day_trx"]

    _, staked = run_cli(
        data_dir, "stake", "add", "1000", *NET, "--yes", passwords=[PW], mode="devnet"
    )
    assert staked["transaction"]["kind"] == "stake"
    assert staked["transaction"]["status"] in ("broadcast", "confirmed")
    _, after = run_cli(data_dir, "stake", "status", *NET, mode="devnet")
    assert after["staked_energy_trx"] == "1,000" and after["energy_limit"] > 0

    proc, refused = run_cli(
        data_dir, "lend", "give", "10", "--to", usdkg, *NET, "--yes",
        passwords=[PW], mode="devnet", check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    assert (
        "is a smart contract; energy can be lent only to an ordinary account"
        in (refused["error"]["message"])
    )
    proc, refused = run_cli(
        data_dir, "stake", "add", "0.5", *NET, "--yes", passwords=[PW], mode="devnet",
        check=False,
    )  # fmt: skip
    assert refused["error"]["message"] == "you can stake no less than 1 TRX"

    _, unstaked = run_cli(
        data_dir, "stake", "unstake", "100", *NET, "--yes", passwords=[PW], mode="devnet"
    )
    assert unstaked["quote"]["ready_at_ms"]
    _, warped = run_cli(data_dir, "devnet", "warp", "--days", "14", mode="devnet")
    assert warped["result"] is True
    _, ready = run_cli(data_dir, "stake", "status", *NET, mode="devnet")
    assert ready["withdrawable_trx"] == "100"
    _, withdrawn = run_cli(
        data_dir, "stake", "withdraw", *NET, "--yes", passwords=[PW], mode="devnet"
    )
    assert withdrawn["quote"]["amount_trx"] == "100"
    _, done = run_cli(data_dir, "stake", "status", *NET, mode="devnet")
    assert done["unstaking"] == [] and done["staked_energy_trx"] == "900"
    assert done["bandwidth_from_stake"] == 0 and done["free_bandwidth"] == 600

    # a locked loan: its date said before signing, taking it back refused until then
    family = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"
    net.fund(family)  # from this same account (the devnode's issuer): its energy pays
    run_cli(data_dir, "devnet", "warp", "--days", "1", mode="devnet")  # energy recovers
    proc, lent = run_cli(
        data_dir, "lend", "give", "100", "--to", family, "--lock-days", "5", *NET, "--yes",
        passwords=[PW], mode="devnet",
    )  # fmt: skip
    until = lent["quote"]["locked_until_ms"]
    assert lent["quote"]["lock_days"] == 5 and until
    date = utc_text(until)
    assert (
        f"locked for 5 days: your family can count on it for 5 days; you cannot take it "
        f"back before {date}" in proc.stderr
    )
    _, listed = run_cli(data_dir, "lend", "list", *NET, mode="devnet")
    loan = listed["loans"][0]
    assert loan["locked_trx"] == "100" and loan["reclaimable_trx"] == "0"
    # the quote counts the lock from the next 3-s slot (the devnode's blocks come sooner)
    assert until - 3_000 <= loan["locked_until_ms"] < until + 60_000
    proc, refused = run_cli(
        data_dir, "lend", "take-back", "100", "--to", family, *NET, "--yes",
        passwords=[PW], mode="devnet", check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    locked = utc_text(loan["locked_until_ms"])
    assert f"is locked until {locked}; you can take back 0 TRX now" in (refused["error"]["message"])
    run_cli(data_dir, "devnet", "warp", "--days", "5", mode="devnet")
    _, back = run_cli(
        data_dir, "lend", "take-back", "100", "--to", family, *NET, "--yes",
        passwords=[PW], mode="devnet",
    )  # fmt: skip
    assert back["transaction"]["kind"] == "reclaim"
