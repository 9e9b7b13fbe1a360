"""Faults that lose money, reproduced on the real anvil (issue 16, items 1–3)."""

from __future__ import annotations

from tests.evm.conftest import NET
from wallet.services.sender import SendRequest

RECIPIENT = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"


def _kgst_send(world, amount=10**18):
    req = SendRequest(world.account(1), NET, world.kgst.contract, RECIPIENT, amount)
    return world.sender.send(world.sender.quote(req), confirmed={"new_recipient"})


def test_speed_up_keeps_the_original_pending_until_one_confirms(world):
    """Item 1: the node drops the replaced transaction; following it rebroadcasts it and the node
    answers "replacement transaction underpriced". That is not a failure of the original: both
    stay pending until one is mined, then the other is "replaced"."""
    world.anvil.set_automine(False)
    original = _kgst_send(world)
    quote = world.sender.replacement_quote(str(original.id), world.account(1), cancel=False)
    faster = world.sender.replace(quote, original, cancel=False)
    states = {e.id: e.status for e in world.sender.refresh_pending()}
    assert states == {original.id: "broadcast", faster.id: "broadcast"}
    world.mine(3)
    states = {e.id: e.status for e in world.sender.refresh_pending()}
    assert states == {original.id: "replaced", faster.id: "confirmed"}
    assert world.sender.journal.get(original.id).reason.startswith("replaced by")
    assert world.tokens.kgst.functions.balanceOf(RECIPIENT).call() == 1_000_001 * 10**18


def test_a_nonce_refused_at_broadcast_is_used_by_the_next_send(world):
    """Item 2: a send refused at broadcast ("insufficient funds": the balance moved after the
    quote) never reached the node, so its nonce is free: the next send must use it, or it and
    every later send wait forever behind the gap."""
    account = world.account(1)
    sender_address = account.address_for("evm")
    native = SendRequest(account, NET, "", RECIPIENT, 10**18)
    quote = world.sender.quote(native)
    world.anvil.rpc("anvil_setBalance", sender_address, hex(10**15))  # the balance moved
    refused = world.sender.send(quote, confirmed={"new_recipient"})
    assert refused.status == "failed" and "enough" in refused.reason
    world.anvil.rpc("anvil_setBalance", sender_address, hex(10 * 10**18))
    before = world.anvil.w3.eth.get_balance(RECIPIENT)
    retry = world.sender.send(world.sender.quote(native), confirmed={"new_recipient"})
    assert retry.nonce == refused.nonce
    world.mine(3)
    assert world.sender.refresh(retry).status == "confirmed"
    assert world.anvil.w3.eth.get_balance(RECIPIENT) == before + 10**18
