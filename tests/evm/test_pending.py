"""Pending transactions: speed-up, cancel, dropped, restart with a pending transaction."""

from __future__ import annotations

import pytest
from eth_account import Account as EthAccount

from tests.evm.conftest import NET
from tests.harness.evm import funded_accounts
from wallet.services.sender import Sender, SendRefused, SendRequest

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"


def _pending_send(world, amount=10**18):
    world.anvil.set_automine(False)
    req = SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, amount)
    quote = world.sender.quote(req)
    return world.sender.send(quote, confirmed={"new_recipient"})


def test_speed_up_replaces_the_pending_transaction(world):
    entry = _pending_send(world)
    assert entry.status == "broadcast"
    quote = world.sender.replacement_quote(str(entry.id), world.account(1), cancel=False)
    assert quote.unsigned["nonce"] == entry.nonce
    assert quote.unsigned["gasPrice"] > world.anvil.w3.eth.get_transaction(entry.txid)["gasPrice"]
    faster = world.sender.replace(quote, entry, cancel=False)
    assert faster.status == "broadcast" and faster.kind == "speedup"
    world.mine(3)
    assert world.sender.refresh(faster).status == "confirmed"
    assert world.sender.refresh(entry).status == "replaced"
    assert world.tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18


def test_cancel_sends_nothing(world):
    entry = _pending_send(world)
    quote = world.sender.replacement_quote(entry.txid, world.account(1), cancel=True)
    cancel = world.sender.replace(quote, entry, cancel=True)
    world.mine(3)
    assert world.sender.refresh(cancel).status == "confirmed"
    assert world.sender.refresh(entry).status == "replaced"
    assert world.tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_000 * 10**18


def test_only_lowest_pending_nonce_can_be_replaced(world):
    first = _pending_send(world)
    quote = world.sender.quote(
        SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, 10**18)
    )
    second = world.sender.send(quote)
    assert second.nonce == first.nonce + 1
    with pytest.raises(SendRefused, match="only the oldest pending transaction"):
        world.sender.replacement_quote(str(second.id), world.account(1), cancel=False)


def test_transaction_whose_nonce_is_used_elsewhere_is_dropped(world):
    entry = _pending_send(world)
    # the same key signs another transaction with that nonce outside this wallet (e.g. the
    # phrase is also in MetaMask) with a higher fee; the node replaces ours
    key = funded_accounts()[1].private_key
    tx = {
        "to": RECIPIENT,
        "value": 1,
        "gas": 21_000,
        "nonce": entry.nonce,
        # twice our own price: anvil replaces ours whatever its price was quoted from
        "gasPrice": world.anvil.w3.eth.get_transaction(entry.txid)["gasPrice"] * 2,
        "chainId": 97,
    }
    world.anvil.w3.eth.send_raw_transaction(EthAccount.sign_transaction(tx, key).raw_transaction)
    world.mine(3)
    final = world.sender.refresh(entry)
    assert final.status == "dropped" and "same nonce" in final.reason


def test_restart_with_pending_transaction(world, data_dir):
    entry = _pending_send(world)
    world.env.close()
    # a new process: fresh services over the same database
    from wallet.store.db import database_path, open_database

    db = open_database(database_path(data_dir, "testnet"))
    from wallet.services.chains import ChainClients

    sender = Sender(world.env.registry, db, ChainClients(world.env.registry, db), None)
    [still] = sender.refresh_pending()
    assert still.id == entry.id and still.status == "broadcast"
    world.mine(3)
    [done] = sender.refresh_pending()
    assert done.status == "confirmed"
    assert sender.journal.pending() == []


def test_signed_but_never_broadcast_is_sent_on_refresh(world):
    """A crash between journaling and broadcast leaves 'signed': refresh sends it."""
    world.anvil.set_automine(True)
    req = SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, 10**18)
    quote = world.sender.quote(req)
    raw, txid, nonce = world.sender._adapter(quote.network).sign(world.env.keys, quote)
    entry_id = world.sender.journal.record_signed(
        network_id=NET,
        sender=quote.sender,
        nonce=nonce,
        txid=txid,
        raw=raw,
        recipient=RECIPIENT,
        asset=world.kgst.contract,
        amount=10**18,
        fee_quoted=quote.fee_max,
    )
    [entry] = world.sender.refresh_pending()
    assert entry.id == entry_id and entry.status == "broadcast"
    assert world.tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18
