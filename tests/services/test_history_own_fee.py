"""A USDKG send by the token's owner (the devnet demo wallet issues the test tokens) logs two
transfers: the payment and the fee coming back to the owner. History shows one row, the send,
on a real anvil with the project's test USDKG (transfer fee on)."""

from __future__ import annotations

from tests.evm.conftest import NET, PW
from wallet.services.sender import SendRequest

FRIEND = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955"


def test_own_fee_row_is_folded_into_the_send(world):
    owner = world.account(0)
    usdkg = world.tokens.usdkg
    assert owner.evm_address == world.tokens.issuer  # the token's owner is our account
    usdkg.functions.setParams(20, 5 * 10**6).transact({"from": world.tokens.issuer})
    try:
        world.env.keys.unlock(owner.wallet_id, PW)
        quote = world.sender.quote(
            SendRequest(owner, NET, world.usdkg.contract, FRIEND, 100 * 10**6)
        )
        entry = world.sender.send(quote, confirmed={w.code for w in quote.warnings})
        world.mine(2)
        receipt = world.anvil.w3.eth.get_transaction_receipt(entry.txid)
        assert len(receipt["logs"]) == 2  # the payment and the fee to the owner
        world.env.history.sync(NET, [owner.evm_address])
        rows = [t for t in world.env.history.rows(NET, owner.evm_address) if t.txid == entry.txid]
        assert [(t.direction, t.counterparty) for t in rows] == [("out", FRIEND)]
    finally:
        usdkg.functions.setParams(0, 0).transact({"from": world.tokens.issuer})
