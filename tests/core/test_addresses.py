from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kapchyk.core import addresses as a
from kapchyk.core.errors import InvalidAddress

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
    ],
)
def test_errors_name_the_problem(text, net, message):
    with pytest.raises(InvalidAddress, match=message):
        a.validate(text, net)


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
        a.validate(text, net)
    except InvalidAddress:
        pass


@given(st.binary(min_size=20, max_size=20).filter(any), st.integers(0, 33), st.data())
def test_a_single_typo_in_a_tron_address_is_caught(ident, pos, data):
    good = a.tron_from_id(ident)
    ch = data.draw(st.sampled_from([c for c in a.B58_ALPHABET if c != good[pos]]))
    typo = good[:pos] + ch + good[pos + 1 :]
    with pytest.raises(InvalidAddress):
        a.validate(typo, TRON)
