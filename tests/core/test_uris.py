from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kapchyk.core.addresses import evm_checksum, tron_from_id
from kapchyk.core.errors import InvalidAmount, InvalidUri
from kapchyk.core.uris import PaymentUri, build_eip681, build_tron_uri, parse_payment_uri

KGST = "0x94be0bbA8E1E303fE998c9360B57b826F1A4f828"
ALICE = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
USDKG_TRON = "TXZo12qvnEVKvU2zbfuQeMXKusWyxonwEG"
BOB_TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


def test_eip681_token_transfer_round_trip():
    uri = build_eip681(ALICE.lower(), 56, token=KGST, amount_units=25 * 10**18)
    assert uri == (f"ethereum:{KGST}@56/transfer?address={ALICE}&uint256=25000000000000000000")
    parsed = parse_payment_uri(uri)
    assert parsed == PaymentUri("evm", ALICE, 56, KGST, 25 * 10**18)


def test_eip681_native_with_scientific_value():
    # the EIP's own example form: value in scientific notation
    parsed = parse_payment_uri("ethereum:0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359?value=2.014e18")
    assert parsed.amount_units == 2_014_000_000_000_000_000
    assert parsed.token is None and parsed.chain_id is None


def test_eip681_pay_prefix_and_gas_hints_accepted():
    parsed = parse_payment_uri(f"ethereum:pay-{ALICE}@97?value=1&gasLimit=21000&label=Rent")
    assert (parsed.recipient, parsed.chain_id, parsed.amount_units, parsed.label) == (
        ALICE,
        97,
        1,
        "Rent",
    )


def test_bare_addresses():
    assert parse_payment_uri(ALICE.lower()).recipient == ALICE
    assert parse_payment_uri(BOB_TRON) == PaymentUri("tron", BOB_TRON)


@pytest.mark.parametrize(
    ("uri", "reason"),
    [
        ("", "empty"),
        (f"ethereum:{KGST}@56/approve?address={ALICE}&uint256=1", "only token transfers"),
        ("ethereum:kgst.eth", "ENS names are not supported"),
        ("bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "not supported"),
        (f"ethereum:{ALICE}?value=1.5", "not a whole number"),
        (f"ethereum:{ALICE}?value=-1", "not a number"),
        (f"ethereum:{ALICE}?value=1&value=2", "appears twice"),
        (f"ethereum:{ALICE}?value=1&foo=2", "does not understand (foo)"),
        (f"ethereum:{KGST}@56/transfer?uint256=1", "no recipient"),
        (f"ethereum:{KGST}@56/transfer?address={ALICE}&uint256=1&value=5", "native coin"),
        (f"ethereum:{ALICE}@0", "chain id"),
        (f"ethereum:{ALICE}@x1", "chain id"),
        ("ethereum:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92267", "checksum"),
        (f"ethereum:{ALICE}?value", "has no value"),
        (f"ethereum:{ALICE}?value=1&&label=x", "empty parameter"),
        (f"ethereum:{ALICE}?value=1e80", "too large"),
        (f"tron:{BOB_TRON}?amount=1e5", "plain decimal"),
        (f"tron:{BOB_TRON}?token=0x94be0bbA8E1E303fE998c9360B57b826F1A4f828", "EVM"),
        (f"tron:{ALICE}", "EVM"),
        (f"tron:{BOB_TRON}?memo=hi", "does not understand (memo)"),
        ("hello world", "neither an address nor a payment link"),
    ],
)
def test_refusals_say_why(uri, reason):
    with pytest.raises(InvalidUri, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_payment_uri(uri)


def test_tron_uri_round_trip_with_label():
    uri = build_tron_uri(BOB_TRON, token=USDKG_TRON, amount_units=12_500_000, label="Апа үчүн")
    parsed = parse_payment_uri(uri)
    assert parsed.token == USDKG_TRON and parsed.label == "Апа үчүн"
    assert parsed.amount_text == "12.5" and parsed.amount_for(6, "USDKG") == 12_500_000


def test_tron_amount_with_too_many_decimals_for_token_is_refused_when_resolved():
    parsed = parse_payment_uri(f"tron:{BOB_TRON}?token={USDKG_TRON}&amount=1.1234567")
    with pytest.raises(InvalidAmount, match="USDKG has 6 decimal places"):
        parsed.amount_for(6, "USDKG")


# ------------------------------------------------------------------ properties
ids = st.binary(min_size=20, max_size=20).filter(lambda b: any(b))
amounts = st.one_of(st.none(), st.integers(min_value=0, max_value=2**256 - 1))


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(ids, ids, st.integers(min_value=1, max_value=2**63), amounts, st.booleans())
def test_eip681_build_parse_round_trip(to, token, chain, amount, is_token):
    uri = build_eip681(
        evm_checksum(to),
        chain,
        token=evm_checksum(token) if is_token else None,
        amount_units=amount,
    )
    parsed = parse_payment_uri(uri)
    assert parsed.recipient == evm_checksum(to) and parsed.chain_id == chain
    assert parsed.amount_units == amount
    assert parsed.token == (evm_checksum(token) if is_token else None)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(ids, ids, amounts, st.text(max_size=20))
def test_tron_build_parse_round_trip(to, token, amount, label):
    uri = build_tron_uri(
        tron_from_id(to), token=tron_from_id(token), amount_units=amount, label=label
    )
    parsed = parse_payment_uri(uri)
    assert parsed.recipient == tron_from_id(to) and parsed.token == tron_from_id(token)
    assert parsed.amount_for(6) == amount
    assert parsed.label == label


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(
    st.one_of(
        st.text(max_size=120),
        st.builds(lambda a, b: f"ethereum:{a}?{b}", st.text(max_size=60), st.text(max_size=60)),
        st.builds(lambda a, b: f"tron:{a}?{b}", st.text(max_size=40), st.text(max_size=60)),
    )
)
def test_arbitrary_text_only_raises_invalid_uri(text):
    try:
        parse_payment_uri(text)
    except InvalidUri:
        pass
