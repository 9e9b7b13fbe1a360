"""Issue 16 item 13: TRX or a token sent to a Tron contract address gets the contract-recipient
warning (from getaccount's "type": "Contract"), as BNB Chain does. Real devnode."""

from __future__ import annotations

import pytest

from tests.tron.conftest import NET
from wallet.services.sender import NeedsConfirmation, SendRequest


def _quote(world, asset, to, amount):
    return world.env.sender.quote(SendRequest(world.account(1), NET, asset, to, amount))


def test_trx_to_a_contract_is_warned_and_needs_confirming(tron_world):
    w = tron_world
    quote = _quote(w, "", w.usdkg.contract, 1_000_000)
    codes = {x.code for x in quote.warnings}
    assert "contract_recipient" in codes
    with pytest.raises(NeedsConfirmation, match="smart contract"):
        w.env.sender.send(quote, confirmed=codes - {"contract_recipient"})
    before = w.client.trx_balance(w.usdkg.contract)
    entry = w.env.sender.send(quote, confirmed=codes)
    assert w.env.sender.refresh(entry).status == "confirmed"
    assert w.client.trx_balance(w.usdkg.contract) == before + 1_000_000


def test_a_token_to_another_contract_is_warned_and_a_person_is_not(tron_world):
    w = tron_world
    other = w.client.deploy(
        w.issuer_key, "TestUSDKG", ["string", "string", "uint8"], ["Other", "OTH", 6], "OTH"
    )
    to_contract = _quote(w, w.usdkg.contract, other, 1_000_000)
    assert "contract_recipient" in {x.code for x in to_contract.warnings}
    to_person = _quote(w, w.usdkg.contract, w.account(2).tron_address, 1_000_000)
    assert "contract_recipient" not in {x.code for x in to_person.warnings}
