"""The devnode's Stake 2.0 follows java-tron: each rule proven against the running node.

Texts and shapes: java-tron's actuators (actuator/src/main/java/org/tron/core/actuator/
FreezeBalanceV2Actuator.java, UnfreezeBalanceV2Actuator.java, DelegateResourceActuator.java,
UnDelegateResourceActuator.java, WithdrawExpireUnfreezeActuator.java) and servlets
(framework/src/main/java/org/tron/core/services/http/GetCanDelegatedMaxSizeServlet.java,
GetAvailableUnfreezeCountServlet.java, GetCanWithdrawUnfreezeAmountServlet.java) at
tronprotocol/java-tron 1e35f79a.
"""

from __future__ import annotations

from wallet.core.addresses import to_evm

TRX = 1_000_000
NEW_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


def key(devnode, i):
    return bytes.fromhex(devnode.accounts[i][1])


def addr(devnode, i):
    return devnode.accounts[i][0]


def do(client, devnode, i, path, **fields):
    """Build ``path`` on the node for account ``i``, sign, broadcast; the transaction info."""
    tx = client.post(
        f"/wallet/{path}", {"owner_address": addr(devnode, i), "visible": True, **fields}
    )
    assert "Error" not in tx, tx
    return client.wait_info(client.sign_and_broadcast(tx, key(devnode, i)))


def build_error(client, devnode, i, path, **fields):
    out = client.post(
        f"/wallet/{path}", {"owner_address": addr(devnode, i), "visible": True, **fields}
    )
    prefix = "class org.tron.core.exception.ContractValidateException : "
    assert out["Error"].startswith(prefix), out
    return out["Error"].removeprefix(prefix)


def resource(client, address):
    return client.post("/wallet/getaccountresource", {"address": address, "visible": True})


def account(client, address):
    return client.post("/wallet/getaccount", {"address": address, "visible": True})


def transfer_usdkg(client, devnode, i, usdkg, to_index):
    return client.trigger(
        key(devnode, i),
        usdkg,
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(addr(devnode, to_index)), 1],
    )


def test_staking_gives_energy_by_the_network_ratio_and_pays_a_transfer(devnode, client, usdkg):
    before = client.trx_balance(addr(devnode, 3))
    info = do(client, devnode, 3, "freezebalancev2", frozen_balance=20_000 * TRX, resource="ENERGY")
    assert info["receipt"].get("net_usage")  # bandwidth only: the stake itself is not a fee
    assert client.trx_balance(addr(devnode, 3)) == before - 20_000 * TRX - info.get("fee", 0)
    r = resource(client, addr(devnode, 3))
    assert r["EnergyLimit"] == 20_000 * r["TotalEnergyLimit"] // r["TotalEnergyWeight"]
    acct = account(client, addr(devnode, 3))
    assert {"type": "ENERGY", "amount": 20_000 * TRX} in acct["frozenV2"]
    client.trigger(  # account 3 needs USDKG to spend its energy on
        key(devnode, 0),
        usdkg,
        "transfer(address,uint256)",
        ["address", "uint256"],
        [to_evm(addr(devnode, 3)), 10**6],
    )
    sent = transfer_usdkg(client, devnode, 3, usdkg, 2)
    assert sent["receipt"]["energy_usage"] == sent["receipt"]["energy_usage_total"]
    assert "energy_fee" not in sent["receipt"]
    used = resource(client, addr(devnode, 3))["EnergyUsed"]
    assert used == sent["receipt"]["energy_usage_total"]
    # usage recovers linearly over 24 h: half of it after 12 h, none after a day
    client.post("/admin/warp", {"seconds": 12 * 3600})
    assert abs(resource(client, addr(devnode, 3)).get("EnergyUsed", 0) - used / 2) <= 1
    client.post("/admin/warp", {"seconds": 12 * 3600})
    assert "EnergyUsed" not in resource(client, addr(devnode, 3))


def test_refusals_have_java_trons_texts(devnode, client, usdkg):
    assert (
        build_error(
            client, devnode, 4, "freezebalancev2", frozen_balance=TRX - 1, resource="ENERGY"
        )
        == "frozenBalance must be greater than or equal to 1 TRX"
    )
    assert build_error(
        client, devnode, 4, "freezebalancev2", frozen_balance=10**18, resource="ENERGY"
    ) == ("frozenBalance must be less than or equal to accountBalance")
    assert (
        build_error(
            client, devnode, 4, "unfreezebalancev2", unfreeze_balance=TRX, resource="ENERGY"
        )
        == "no frozenBalance(Energy)"
    )
    assert build_error(client, devnode, 4, "withdrawexpireunfreeze") == (
        "no unFreeze balance to withdraw "
    )
    assert build_error(client, devnode, 4, "cancelallunfreezev2") == "No unfreezeV2 list to cancel"
    do(client, devnode, 4, "freezebalancev2", frozen_balance=5 * TRX, resource="ENERGY")
    lend = {"resource": "ENERGY", "balance": 2 * TRX}
    assert (
        build_error(client, devnode, 4, "delegateresource", receiver_address=usdkg, **lend)
        == "Do not allow delegate resources to contract addresses"
    )
    assert build_error(
        client, devnode, 4, "delegateresource", receiver_address=NEW_ADDRESS, **lend
    ) == (f"Account[{NEW_ADDRESS}] not exists")
    assert build_error(
        client,
        devnode,
        4,
        "delegateresource",
        receiver_address=addr(devnode, 5),
        balance=6 * TRX,
        resource="ENERGY",
    ) == ("delegateBalance must be less than or equal to available FreezeEnergyV2 balance")
    assert build_error(
        client,
        devnode,
        4,
        "delegateresource",
        receiver_address=addr(devnode, 5),
        balance=TRX // 2,
        resource="ENERGY",
    ) == ("delegateBalance must be greater than or equal to 1 TRX")
    assert build_error(
        client, devnode, 4, "unfreezebalancev2", unfreeze_balance=6 * TRX, resource="ENERGY"
    ) == (f"Invalid unfreeze_balance, [{6 * TRX}] is error")
    # a refused build changed nothing
    assert {"type": "ENERGY", "amount": 5 * TRX} in account(client, addr(devnode, 4))["frozenV2"]


def test_lent_energy_moves_to_the_receiver_and_back(devnode, client, usdkg):
    do(client, devnode, 6, "freezebalancev2", frozen_balance=30_000 * TRX, resource="ENERGY")
    limit = resource(client, addr(devnode, 6))["EnergyLimit"]
    max_size = client.post(
        "/wallet/getcandelegatedmaxsize",
        {"owner_address": addr(devnode, 6), "type": 1, "visible": True},
    )
    assert max_size == {"max_size": 30_000 * TRX}
    do(
        client,
        devnode,
        6,
        "delegateresource",
        receiver_address=addr(devnode, 2),
        balance=30_000 * TRX,
        resource="ENERGY",
    )
    assert "EnergyLimit" not in resource(client, addr(devnode, 6))
    assert resource(client, addr(devnode, 2))["EnergyLimit"] == limit
    lent = client.post(
        "/wallet/getdelegatedresourcev2",
        {"fromAddress": addr(devnode, 6), "toAddress": addr(devnode, 2), "visible": True},
    )
    assert lent["delegatedResource"][0]["frozen_balance_for_energy"] == 30_000 * TRX
    owner = account(client, addr(devnode, 6))
    assert owner["account_resource"]["delegated_frozenV2_balance_for_energy"] == 30_000 * TRX
    sent = transfer_usdkg(client, devnode, 2, usdkg, 1)
    assert "energy_fee" not in sent["receipt"]
    do(
        client,
        devnode,
        6,
        "undelegateresource",
        receiver_address=addr(devnode, 2),
        balance=30_000 * TRX,
        resource="ENERGY",
    )
    assert resource(client, addr(devnode, 6))["EnergyLimit"] == limit
    assert "EnergyLimit" not in resource(client, addr(devnode, 2))


def test_an_unstake_is_withdrawable_after_the_delay(devnode, client):
    do(client, devnode, 7, "freezebalancev2", frozen_balance=10 * TRX, resource="ENERGY")
    count = client.post(
        "/wallet/getavailableunfreezecount", {"owner_address": addr(devnode, 7), "visible": True}
    )
    assert count == {"count": 32}
    do(client, devnode, 7, "unfreezebalancev2", unfreeze_balance=4 * TRX, resource="ENERGY")
    pending = account(client, addr(devnode, 7))["unfrozenV2"]
    assert pending[0]["type"] == "ENERGY" and pending[0]["unfreeze_amount"] == 4 * TRX
    body = {"owner_address": addr(devnode, 7), "visible": True}
    assert client.post("/wallet/getcanwithdrawunfreezeamount", body) == {}
    assert build_error(client, devnode, 7, "withdrawexpireunfreeze") == (
        "no unFreeze balance to withdraw "
    )
    later = {**body, "timestamp": pending[0]["unfreeze_expire_time"]}
    assert client.post("/wallet/getcanwithdrawunfreezeamount", later) == {"amount": 4 * TRX}
    client.post("/admin/warp", {"days": 14})
    assert client.post("/wallet/getcanwithdrawunfreezeamount", body) == {"amount": 4 * TRX}
    before = client.trx_balance(addr(devnode, 7))
    info = do(client, devnode, 7, "withdrawexpireunfreeze")
    assert info["withdraw_expire_amount"] == 4 * TRX
    assert client.trx_balance(addr(devnode, 7)) == before + 4 * TRX - info.get("fee", 0)
    assert "unfrozenV2" not in account(client, addr(devnode, 7))


def test_cancel_puts_pending_unstakes_back_and_state_survives_a_restart(devnode, client):
    do(client, devnode, 8, "freezebalancev2", frozen_balance=10 * TRX, resource="ENERGY")
    for _ in range(2):
        do(client, devnode, 8, "unfreezebalancev2", unfreeze_balance=TRX, resource="ENERGY")
    info = do(client, devnode, 8, "cancelallunfreezev2")
    assert info["cancel_unfreezeV2_amount"]["ENERGY"] == 2 * TRX
    assert {"type": "ENERGY", "amount": 10 * TRX} in account(client, addr(devnode, 8))["frozenV2"]
    devnode.save()
    copy = type(devnode.chain)(devnode.engine)
    copy.load(devnode.state_file)
    assert copy.staking.dump() == devnode.chain.staking.dump()
    assert copy.time_offset_ms == devnode.chain.time_offset_ms


def test_at_most_32_unstakes_wait_at_once(devnode, client):
    do(client, devnode, 9, "freezebalancev2", frozen_balance=40 * TRX, resource="ENERGY")
    for _ in range(32):
        do(client, devnode, 9, "unfreezebalancev2", unfreeze_balance=TRX, resource="ENERGY")
    body = {"owner_address": addr(devnode, 9), "visible": True}
    assert client.post("/wallet/getavailableunfreezecount", body) == {}  # 0 left: absent
    assert build_error(
        client, devnode, 9, "unfreezebalancev2", unfreeze_balance=TRX, resource="ENERGY"
    ) == ("Invalid unfreeze operation, unfreezing times is over limit")
