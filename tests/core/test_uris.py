from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wallet.core.addresses import evm_checksum, tron_from_id
from wallet.core.errors import InvalidAmount, InvalidUri
from wallet.core.uris import PaymentUri, build_eip681, build_tron_uri, parse_payment_uri

BSC = SimpleNamespace(kind="evm", name="BNB Chain", chain_id=56)
BSC_TESTNET = SimpleNamespace(kind="evm", name="BNB Chain Testnet", chain_id=97)
TRON = SimpleNamespace(kind="tron", name="Tron", chain_id=None)

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
        (f"ethereum:{ALICE}?value=1e999999999", "too large"),  # refused without computing it
        (f"ethereum:{ALICE}?value=1%0A", "not a number"),  # a trailing newline is not a digit
        (f"ethereum:{ALICE}?value=+1", "not a number"),
        (f"ethereum:{ALICE}?value=0x10", "not a number"),
        (f"ethereum:{ALICE}@\u0665\u0666?value=1", "chain id"),  # Arabic-Indic "56"
        (f"ethereum:{ALICE}@056", "chain id"),
        (f"ethereum:{ALICE}?value=1&%76alue=2", "'value' appears twice"),  # %76 is "v"
        (f"ethereum:{ALICE}?label=a&label=b", "'label' appears twice"),
        (f"ethereum:{KGST}@56/transfer?address={ALICE}&uint256=1&amount=5", "(amount)"),
        (f"ethereum:{KGST}@56/transfer?address=kgst.eth&uint256=1", "recipient address"),
        (f"ethereum:{ALICE}?address={KGST}", "(address)"),
        (f"ethereum:{KGST}@56/transfer?address={ALICE}&uint256=0.5", "whole number"),
        (f"tron:{BOB_TRON}?amount=1.1234567", "TRX has 6 decimal places; this amount has 7"),
        (f"tron:{BOB_TRON}?amount=-1", "plain decimal"),
        (f"tron:{BOB_TRON}?amount=1,5", "plain decimal"),
        (f"tron:{BOB_TRON}?token={USDKG_TRON}&token={USDKG_TRON}", "appears twice"),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T", "checksum"),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "checksum"),
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


def test_eip681_token_link_without_amount_and_with_zero_value():
    parsed = parse_payment_uri(f"ethereum:{KGST}@56/transfer?address={ALICE}&value=0")
    assert parsed.token == KGST and parsed.amount_units is None and not parsed.has_amount
    assert parsed.amount_for(18) is None


def test_eip681_exact_scientific_forms():
    assert parse_payment_uri(f"ethereum:{ALICE}?value=1e0").amount_units == 1
    assert parse_payment_uri(f"ethereum:{ALICE}?value=0.5e1").amount_units == 5
    assert parse_payment_uri(f"ethereum:{ALICE}?value=1E77").amount_units == 10**77
    big = parse_payment_uri(f"ethereum:{KGST}/transfer?address={ALICE}&uint256={2**256 - 1}")
    assert big.amount_units == 2**256 - 1
    with pytest.raises(InvalidUri, match="too large"):
        parse_payment_uri(f"ethereum:{ALICE}?value=1E78")


def test_uppercase_scheme_and_percent_encoded_label():
    parsed = parse_payment_uri(f"ETHEREUM:{ALICE}@56?value=7&message=%D0%90%D0%BF%D0%B0+rent")
    assert parsed.message == "Апа rent" and parsed.amount_for(18) == 7


def test_link_for_the_selected_network_is_accepted():
    uri = build_eip681(ALICE, 56, token=KGST, amount_units=10**18)
    assert parse_payment_uri(uri, BSC).amount_units == 10**18
    # a link without a chain id means "the network you are on"
    assert parse_payment_uri(f"ethereum:{ALICE}?value=1", BSC_TESTNET).chain_id is None
    assert parse_payment_uri(f"tron:{BOB_TRON}?amount=1", TRON).amount_for(6) == 1_000_000


@pytest.mark.parametrize(
    ("uri", "network", "reason"),
    [
        (
            f"ethereum:{ALICE}@56?value=1",
            BSC_TESTNET,
            "for chain 56, but you are sending on BNB Chain Testnet \\(chain 97\\)",
        ),
        (f"ethereum:{KGST}@97/transfer?address={ALICE}", BSC, "for chain 97"),
        (
            f"ethereum:{ALICE}@56?value=1",
            TRON,
            "for an EVM network \\(ethereum:, 0x…\\), but you are sending on Tron",
        ),
        (f"tron:{BOB_TRON}", BSC, "for Tron, but you are sending on BNB Chain"),
        (BOB_TRON, BSC, "this is a Tron address, but you are sending on BNB Chain"),
        (ALICE, TRON, r"this is an EVM \(0x…\) address, but you are sending on Tron"),
    ],
)
def test_link_for_another_network_is_refused(uri, network, reason):
    with pytest.raises(InvalidUri, match=reason):
        parse_payment_uri(uri, network)


def test_tron_zero_amount_is_kept_for_the_send_form_to_refuse():
    assert parse_payment_uri(f"tron:{BOB_TRON}?amount=0").amount_for(6) == 0
    assert parse_payment_uri(f"tron:{BOB_TRON}?token={USDKG_TRON}&amount=0").amount_for(6) == 0


def test_build_refuses_bad_input():
    with pytest.raises(InvalidUri, match="recipient address"):
        build_eip681(BOB_TRON, 56)
    with pytest.raises(InvalidUri, match="out of range"):
        build_eip681(ALICE, 56, amount_units=-1)
    with pytest.raises(InvalidUri, match="token contract"):
        build_tron_uri(BOB_TRON, token=KGST)


def test_eip681_with_label_and_message():
    uri = build_eip681(ALICE, 97, amount_units=5, label="Ижара", message="May & June")
    label = "%D0%98%D0%B6%D0%B0%D1%80%D0%B0"
    assert uri == f"ethereum:{ALICE}@97?value=5&label={label}&message=May%20%26%20June"
    parsed = parse_payment_uri(uri, BSC_TESTNET)
    assert (parsed.label, parsed.message, parsed.amount_for(18)) == ("Ижара", "May & June", 5)
    assert build_eip681(ALICE, 56, token=KGST) == f"ethereum:{KGST}@56/transfer?address={ALICE}"


def test_tron_uri_shapes():
    assert build_tron_uri(BOB_TRON) == f"tron:{BOB_TRON}"
    assert build_tron_uri(BOB_TRON, amount_units=1_500_000) == f"tron:{BOB_TRON}?amount=1.5"
    uri = build_tron_uri(BOB_TRON, token=USDKG_TRON, amount_units=1, message="a&b=c+d")
    assert uri == f"tron:{BOB_TRON}?token={USDKG_TRON}&amount=0.000001&message=a%26b%3Dc%2Bd"
    assert parse_payment_uri(uri).message == "a&b=c+d"
    assert parse_payment_uri(f"tron://{BOB_TRON}").recipient == BOB_TRON


# ------------------------------------------------------------------ properties
ids = st.binary(min_size=20, max_size=20).filter(lambda b: any(b))
amounts = st.one_of(st.none(), st.integers(min_value=0, max_value=2**256 - 1))


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(
    ids, ids, st.integers(min_value=1, max_value=2**63), amounts, st.booleans(), st.text(max_size=8)
)
def test_eip681_build_parse_round_trip(to, token, chain, amount, is_token, message):
    uri = build_eip681(
        evm_checksum(to),
        chain,
        token=evm_checksum(token) if is_token else None,
        amount_units=amount,
        message=message,
    )
    network = SimpleNamespace(kind="evm", name="N", chain_id=chain)
    parsed = parse_payment_uri(uri, network)
    assert parsed.message == message
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


_KEYS = st.sampled_from(
    [
        "value",
        "uint256",
        "address",
        "label",
        "message",
        "token",
        "amount",
        "gas",
        "gasPrice",
        "foo",
        "",
        "%76alue",
    ]
)
_VALUES = st.one_of(
    st.text(max_size=12),
    st.from_regex(r"\A[0-9]{1,80}(\.[0-9]{0,20})?([eE][0-9]{1,10})?\Z"),
    st.sampled_from([ALICE, ALICE.lower(), KGST, BOB_TRON, USDKG_TRON, "0", "1e999999999"]),
)
_QUERY = st.lists(st.builds(lambda k, v: f"{k}={v}", _KEYS, _VALUES), max_size=5).map("&".join)
_TARGETS = st.one_of(
    st.text(max_size=44),
    st.sampled_from([ALICE, "pay-" + ALICE, KGST + "@56/transfer", KGST + "@97/approve", BOB_TRON]),
)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(
    st.one_of(
        st.text(max_size=120),
        st.builds(lambda a, b: f"ethereum:{a}?{b}", _TARGETS, st.one_of(_QUERY, st.text())),
        st.builds(lambda a, b: f"tron:{a}?{b}", _TARGETS, st.one_of(_QUERY, st.text())),
    ),
    st.sampled_from([None, BSC, BSC_TESTNET, TRON]),
)
def test_arbitrary_text_only_raises_invalid_uri(text, network):
    try:
        parsed = parse_payment_uri(text, network)
    except InvalidUri:
        return
    # whatever is accepted is whole: a canonical recipient and a usable amount
    assert parsed.recipient in (ALICE, BOB_TRON) or parsed.recipient.startswith(("0x", "T"))
    if network is not None:
        assert parsed.kind == network.kind
    if parsed.amount_units is not None:
        assert 0 <= parsed.amount_units <= 2**256 - 1
