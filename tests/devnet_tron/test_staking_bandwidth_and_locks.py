"""Bandwidth from staked TRX and locked loans on the devnode, against java-tron's rules.

Bandwidth: chainbase/src/main/java/org/tron/core/db/BandwidthProcessor.java (``consume``:
useAccountNet, then useFreeNet, then useTransactionFee; ``calculateGlobalNetLimitV2``: staked /
1 TRX × TotalNetLimit / TotalNetWeight) and ResourceProcessor (usage recovers over 24 h).
Locks: actuator/.../DelegateResourceActuator.java (lock_period in 3 s blocks, 0 → 3 days, at
most getMaxDelegateLockPeriod) and UnDelegateResourceActuator.java (a lock counts only once
expired), DelegatedResourceStore.unLockExpireResource, Wallet.getDelegatedResourceV2 — at
tronprotocol/java-tron 1e35f79a.
"""

from __future__ import annotations

from tests.devnet_tron.test_staking_rules import account, addr, build_error, do, key, resource

TRX = 1_000_000
DAY = 86_400


def test_staked_bandwidth_pays_before_the_free_bandwidth_and_burns_no_trx(devnode, client):
    do(client, devnode, 1, "freezebalancev2", frozen_balance=20_000 * TRX, resource="BANDWIDTH")
    r = resource(client, addr(devnode, 1))
    assert r["NetLimit"] == int(20_000 * (r["TotalNetLimit"] / r["TotalNetWeight"]))
    assert r["NetLimit"] > 3 * 600  # more than three days of free bandwidth
    free_used = r["freeNetUsed"]  # by the stake itself, paid before the stake existed
    before = client.trx_balance(addr(devnode, 1))
    infos = [client.send_trx(key(devnode, 1), addr(devnode, 2), TRX) for _ in range(5)]
    used = sum(i["receipt"]["net_usage"] for i in infos)
    assert used > 600  # beyond the free daily bandwidth…
    assert all("net_fee" not in i["receipt"] and "fee" not in i for i in infos)  # …no TRX burned
    assert client.trx_balance(addr(devnode, 1)) == before - 5 * TRX
    r = resource(client, addr(devnode, 1))
    assert r["NetUsed"] == used and r["freeNetUsed"] == free_used  # the stake paid, not the free
    assert account(client, addr(devnode, 1))["net_usage"] == used
    client.post("/admin/warp", {"seconds": DAY // 2})
    assert abs(resource(client, addr(devnode, 1))["NetUsed"] - used / 2) <= 1
    client.post("/admin/warp", {"seconds": DAY // 2})
    assert "NetUsed" not in resource(client, addr(devnode, 1))


def test_without_a_stake_bandwidth_beyond_the_free_600_burns_trx(devnode, client):
    infos = [client.send_trx(key(devnode, 3), addr(devnode, 2), TRX) for _ in range(4)]
    assert "net_fee" not in infos[0]["receipt"]
    burned = [i for i in infos if "net_fee" in i["receipt"]]
    assert burned, infos
    size = burned[0]["receipt"]["net_fee"] // 1_000  # getTransactionFee sun per byte
    assert 200 < size < 400


def test_a_locked_loan_cannot_be_taken_back_before_it_expires(devnode, client):
    do(client, devnode, 4, "freezebalancev2", frozen_balance=1_000 * TRX, resource="ENERGY")
    lend = {"receiver_address": addr(devnode, 5), "resource": "ENERGY", "visible": True}
    top = 864_000
    assert build_error(
        client,
        devnode,
        4,
        "delegateresource",
        balance=10 * TRX,
        lock=True,
        lock_period=top + 1,
        **lend,
    ) == (f"The lock period of delegate resource cannot be less than 0 and cannot exceed {top}!")
    do(client, devnode, 4, "delegateresource", balance=300 * TRX, **lend)  # unlocked
    info = do(
        client,
        devnode,
        4,
        "delegateresource",
        balance=500 * TRX,
        lock=True,
        lock_period=2 * 28_800,
        **lend,
    )
    locked_at = info["blockTimeStamp"]
    got = client.post(
        "/wallet/getdelegatedresourcev2",
        {"fromAddress": addr(devnode, 4), "toAddress": addr(devnode, 5), "visible": True},
    )["delegatedResource"]
    assert (
        got[0]["frozen_balance_for_energy"] == 300 * TRX and "expire_time_for_energy" not in got[0]
    )
    assert got[1]["frozen_balance_for_energy"] == 500 * TRX
    assert abs(got[1]["expire_time_for_energy"] - (locked_at + 2 * DAY * 1000)) <= 3_000
    # a shorter lock than what remains of the last one is refused
    text = build_error(
        client,
        devnode,
        4,
        "delegateresource",
        balance=10 * TRX,
        lock=True,
        lock_period=28_800,
        **lend,
    )
    assert text.startswith("The lock period for ENERGY this time cannot be less than the remaining")
    # only the unlocked 300 TRX can be taken back now
    assert build_error(client, devnode, 4, "undelegateresource", balance=301 * TRX, **lend) == (
        f"insufficient delegateFrozenBalance(Energy), request={301 * TRX}, "
        f"unlock_balance={300 * TRX}"
    )
    do(client, devnode, 4, "undelegateresource", balance=300 * TRX, **lend)
    assert build_error(client, devnode, 4, "undelegateresource", balance=TRX, **lend) == (
        f"insufficient delegateFrozenBalance(Energy), request={TRX}, unlock_balance=0"
    )
    client.post("/admin/warp", {"seconds": 2 * DAY + 6})  # the devnet time warp ends the lock
    do(client, devnode, 4, "undelegateresource", balance=500 * TRX, **lend)
    assert "EnergyLimit" not in resource(client, addr(devnode, 5))
    assert {"type": "ENERGY", "amount": 1_000 * TRX} in account(client, addr(devnode, 4))[
        "frozenV2"
    ]


def test_a_lock_without_a_period_lasts_three_days_and_survives_a_restart(devnode, client):
    do(client, devnode, 6, "freezebalancev2", frozen_balance=100 * TRX, resource="ENERGY")
    lend = {"receiver_address": addr(devnode, 7), "resource": "ENERGY", "visible": True}
    info = do(client, devnode, 6, "delegateresource", balance=100 * TRX, lock=True, **lend)
    got = client.post(
        "/wallet/getdelegatedresourcev2",
        {"fromAddress": addr(devnode, 6), "toAddress": addr(devnode, 7), "visible": True},
    )["delegatedResource"]
    assert (
        abs(got[0]["expire_time_for_energy"] - (info["blockTimeStamp"] + 3 * DAY * 1000)) <= 3_000
    )
    devnode.save()
    copy = type(devnode.chain)(devnode.engine)
    copy.load(devnode.state_file)
    assert copy.staking.locks == devnode.chain.staking.locks
