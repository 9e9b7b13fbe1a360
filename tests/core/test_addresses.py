from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wallet.core import addresses as a
from wallet.core.errors import InvalidAddress

BSC = SimpleNamespace(kind="evm", name="BNB Chain")
TRON = SimpleNamespace(kind="tron", name="Tron")
USDT_TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
USDT_TRON_HEX = "41a614f803b6fd780986a42c78ec9c7f77e6ded13c"

# EIP-55's own test vectors
EIP55 = [
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
]


# EIP-55's all-caps and all-lower examples: valid as they are (no checksum to check)
EIP55_SAME_CASE = [
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
    "0xde709f2102306220921060314715629080e2fb77",
    "0x27b1fdb04752bbc536007a920d24acb045561c26",
]


@pytest.mark.parametrize("addr", EIP55_SAME_CASE)
def test_eip55_same_case_vectors_are_accepted_and_checksummed(addr):
    canonical = a.validate(addr, BSC)
    assert canonical.lower() == addr.lower()
    assert canonical == a.evm_checksum(bytes.fromhex(addr[2:]))


@pytest.mark.parametrize("addr", EIP55)
def test_eip55_vectors(addr):
    assert a.evm_checksum(bytes.fromhex(addr[2:])) == addr
    assert a.validate(addr, BSC) == addr
    assert a.validate(addr.lower(), BSC) == addr
    assert a.validate("0x" + addr[2:].upper(), BSC) == addr


def test_tron_conversions():
    assert a.tron_to_hex(USDT_TRON) == USDT_TRON_HEX
    assert a.to_tron(USDT_TRON_HEX) == USDT_TRON
    assert a.to_tron("0x" + USDT_TRON_HEX[2:]) == USDT_TRON
    assert a.account_id(USDT_TRON).hex() == USDT_TRON_HEX[2:]
    assert a.to_evm(USDT_TRON) == a.evm_checksum(bytes.fromhex(USDT_TRON_HEX[2:]))
    assert a.validate(USDT_TRON, TRON) == USDT_TRON


@pytest.mark.parametrize(
    ("text", "net", "message"),
    [
        ("", BSC, "empty"),
        (USDT_TRON, BSC, "this is a Tron address, but you are sending on BNB Chain"),
        (EIP55[0], TRON, r"this is an EVM \(0x…\) address, but you are sending on Tron"),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", BSC, "checksum .* does not match"),
        (
            "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae",
            BSC,
            "40 hex digits after 0x; this one has 39",
        ),
        ("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg", BSC, "character 42 \\('g'\\) is not a hex"),
        ("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", BSC, "starts with 0x"),
        ("0x" + "0" * 40, BSC, "zero address"),
        ("0x5aAeb6053F3E94C9b9A0 9f33669435E7Ef1BeAed", BSC, "space"),
        (
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T",
            TRON,
            "checksum of this Tron address does not match",
        ),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6", TRON, "34 characters; this one has 33"),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj0t", TRON, "character 33 \\('0'\\).*never used"),
        ("XR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", TRON, "starts with T"),
        ("   ", BSC, "empty"),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t\nx", TRON, "space or line break"),
        ("0X5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", TRON, "EVM .* sending on Tron"),
        (USDT_TRON_HEX, TRON, "starts with T; this one starts with '4'"),
        (USDT_TRON_HEX, BSC, "starts with 0x; this one starts with '41'"),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t1", TRON, "34 characters; this one has 35"),
        (
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjL-6t",
            TRON,
            r"character 32 \('-'\) cannot appear in a "
            "Tron address$",
        ),  # no hint for characters that are not lookalikes of base58 ones
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6I", TRON, r"\('I'\).*0, O, I and l are never used"),
        ("Tzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", TRON, "this is not a Tron address"),
        ("T" + "1" * 33, TRON, "this is not a Tron address"),
        ("T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb", TRON, "zero address"),
        ("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00", BSC, "this one has 42"),
        ("0x", BSC, "this one has 0"),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6tx", BSC, "starts with 0x"),  # broken Tron: no claim
    ],
)
def test_errors_name_the_problem(text, net, message):
    with pytest.raises(InvalidAddress, match=message):
        a.validate(text, net)


def test_error_messages_name_the_network():
    nile = SimpleNamespace(kind="tron", name="Tron Nile")
    with pytest.raises(InvalidAddress, match="a Tron Nile address has 34 characters"):
        a.validate("TR7N", nile)
    eth = SimpleNamespace(kind="evm", name="Ethereum")
    with pytest.raises(InvalidAddress, match="an? Ethereum address|Ethereum address has 40"):
        a.validate("0x1234", eth)


def test_canonical_spelling_is_returned():
    assert a.validate("  " + EIP55[0].lower() + "\n", BSC) == EIP55[0]
    assert a.validate("0X" + EIP55[0][2:], BSC) == EIP55[0]


def test_account_id_refuses_garbage_and_conversions_check_length():
    with pytest.raises(InvalidAddress):
        a.account_id("0x1234")
    with pytest.raises(InvalidAddress):
        a.to_tron("hello")
    with pytest.raises(ValueError, match="20 bytes"):
        a.evm_checksum(bytes(19))
    with pytest.raises(ValueError, match="20 bytes"):
        a.tron_from_id(bytes(21))
    assert a.is_tron_address(USDT_TRON) and not a.is_tron_address(EIP55[0])
    assert a.is_evm_address(EIP55[0].lower()) and not a.is_evm_address(USDT_TRON)


def test_base58_keeps_leading_zero_bytes():
    for data in (b"", b"\0", b"\0\0\x01", bytes(5) + b"\xff"):
        assert a.b58decode(a.b58encode(data)) == data
    with pytest.raises(ValueError, match="0"):
        a.b58decode("0OIl")


def test_zero_address_allowed_only_on_request():
    assert a.validate("0x" + "0" * 40, BSC, allow_zero=True) == "0x" + "0" * 40


def test_same_account_across_spellings():
    assert a.same_account(USDT_TRON, USDT_TRON_HEX)
    assert not a.same_account(USDT_TRON, EIP55[0])


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(st.binary(min_size=20, max_size=20))
def test_round_trips_for_every_account_id(ident):
    evm, tron = a.evm_checksum(ident), a.tron_from_id(ident)
    assert len(tron) == 34 and tron.startswith("T")
    assert a.account_id(evm) == a.account_id(tron) == ident
    assert a.to_tron(evm) == tron and a.to_evm(tron) == evm
    if any(ident):
        assert a.validate(evm.lower(), BSC) == evm
        assert a.validate(tron, TRON) == tron


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(st.text(max_size=50), st.sampled_from([BSC, TRON]))
def test_arbitrary_text_only_raises_invalid_address(text, net):
    try:
        canonical = a.validate(text, net)
    except InvalidAddress as exc:
        assert exc.message  # a message for the user, never an empty one
        return
    assert a.validate(canonical, net) == canonical


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(
    st.one_of(
        st.builds(lambda s: "0x" + s, st.text("0123456789abcdefABCDEFxg ", max_size=44)),
        st.builds(lambda s: "T" + s, st.text(a.B58_ALPHABET + "0OIl", max_size=36)),
    ),
    st.sampled_from([BSC, TRON]),
)
def test_address_shaped_text_only_raises_invalid_address(text, net):
    try:
        canonical = a.validate(text, net)
    except InvalidAddress:
        return
    assert a.account_id(canonical) == a.account_id(text)


@given(st.binary(min_size=20, max_size=20), st.data())
def test_a_single_case_flip_breaks_the_eip55_checksum(ident, data):
    good = a.evm_checksum(ident)
    letters = [i for i, c in enumerate(good) if i >= 2 and c.isalpha()]
    if len(letters) < 2 or not any(ident):
        return  # flipping the only letter gives an all-lower/upper spelling, which is unchecked
    i = data.draw(st.sampled_from(letters))
    typo = good[:i] + good[i].swapcase() + good[i + 1 :]
    with pytest.raises(InvalidAddress, match="checksum"):
        a.validate(typo, BSC)


@given(st.binary(min_size=20, max_size=20).filter(any), st.integers(0, 33), st.data())
def test_a_single_typo_in_a_tron_address_is_caught(ident, pos, data):
    good = a.tron_from_id(ident)
    ch = data.draw(st.sampled_from([c for c in a.B58_ALPHABET if c != good[pos]]))
    typo = good[:pos] + ch + good[pos + 1 :]
    with pytest.raises(InvalidAddress):
        a.validate(typo, TRON)
