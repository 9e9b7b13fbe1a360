from __future__ import annotations

import ast
import inspect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wallet.core import amounts, uris
from wallet.core.amounts import (
    MAX_UINT256,
    format_amount,
    format_plain,
    parse_amount,
    to_decimal,
)
from wallet.core.errors import InvalidAmount


@pytest.mark.parametrize(
    ("text", "decimals", "expected"),
    [
        ("1", 6, 1_000_000),
        ("1.5", 6, 1_500_000),
        (".5", 6, 500_000),
        ("5.", 6, 5_000_000),
        ("1,5", 6, 1_500_000),
        ("0,25", 18, 25 * 10**16),
        ("0,125", 6, 125_000),  # leading zero: the comma can only be a decimal comma
        ("1 000,50", 6, 1_000_500_000),
        ("1\u00a0000\u00a0000", 0, 1_000_000),
        ("12\u202f345,6", 2, 1_234_560),
        ("1,000.50", 6, 1_000_500_000),
        ("1,234,567.000001", 6, 1_234_567_000_001),
        ("0.000001", 6, 1),
        ("0.000000000000000001", 18, 1),
        ("  42  ", 0, 42),
        ("1 000,500", 6, 1_000_500_000),  # space grouping present: the comma is decimal
        ("1234,500", 6, 1_234_500_000),  # four digits before it: not a thousands comma
        ("1,0000", 6, 1_000_000),
        ("1\u2009234\u2009567,89", 2, 123_456_789),  # thin space (U+2009) grouping
        ("1  000", 0, 1000),  # doubled space from a copy-paste counts as one
        ("00012.5", 1, 125),
        ("0" * 200 + "1", 0, 1),  # leading zeros never count towards "too large"
    ],
)
def test_parse_valid(text, decimals, expected):
    assert parse_amount(text, decimals) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "enter an amount"),
        ("   ", "enter an amount"),
        ("-1", "cannot be negative"),
        ("\u22121", "cannot be negative"),
        ("+1", "without a + sign"),
        ("1e6", "without an exponent"),
        ("1.5E3", "without an exponent"),
        ("NaN", "is not a number"),
        ("inf", "is not a number"),
        ("1,000", "ambiguous"),
        ("12,345", "ambiguous"),
        ("1,000,000", "ambiguous"),
        ("1.2.3", "more than one decimal point"),
        ("1,2,3", "more than one decimal comma"),
        ("1 00", "groups of three digits"),
        ("1 000.5 1", "spaces can only separate groups"),
        ("1,00.5", "groups of three digits"),
        ("1.000,50", "a comma after the decimal point"),
        ("1 0000", "groups of three digits"),
        ("1,000 000", "spaces can only separate groups of three digits before the decimal"),
        ("1,5 000", "spaces can only separate groups of three digits before the decimal"),
        ("12a", "character 3 ('a') is not allowed"),
        ("1\t000", r"character 2 ('\t') is not allowed"),
        ("\uff11\uff12", "character 1 ('\uff11') is not allowed"),  # full-width digits
        ("٣", "character 1 ('٣') is not allowed"),  # Arabic-Indic digit: never a digit here
        ("1e-6", "without an exponent"),
        ("Infinity", "is not a number"),
        ("-inf", "cannot be negative"),
        ("1" * 5000, "too large"),  # beyond Python's int/str digit limit: still our error
        (",", "is not a number"),
        ("1.1234567", "USDKG has 6 decimal places; this amount has 7"),
        ("12$", "character 3 ('$') is not allowed"),
        ("0", "more than zero"),
        ("0.000", "more than zero"),
        (".", "is not a number"),
        (str(2**256), "too large"),
    ],
)
def test_parse_errors_name_the_problem(text, message):
    with pytest.raises(InvalidAmount, match=re.escape(message)):
        parse_amount(text, 6, symbol="USDKG")


def test_error_names_the_field():
    with pytest.raises(InvalidAmount, match=r"^fee limit: "):
        parse_amount("-3", 6, field="fee limit")


def test_zero_decimal_token_refuses_fraction():
    with pytest.raises(InvalidAmount, match="no decimal places"):
        parse_amount("1.5", 0, symbol="NFT")


def test_zero_allowed_on_request():
    assert parse_amount("0", 6, allow_zero=True) == 0


def test_uint256_bound_is_inclusive():
    assert parse_amount(str(MAX_UINT256), 0) == MAX_UINT256


def test_format_grouping_and_locale():
    assert format_amount(1_234_500_000, 6) == "1,234.5"
    assert format_amount(12_345 * 10**18, 18, group_sep="\u00a0", decimal_sep=",") == "12\u00a0345"
    assert format_amount(1, 18) == "0.000000000000000001"
    assert format_amount(1_999_999, 6, max_decimals=2) == "1.99"  # rounds down, never up
    assert format_amount(5 * 10**6, 6, min_decimals=2) == "5.00"
    assert format_amount(0, 6) == "0"
    assert format_plain(1_000_500_000, 6) == "1000.5"


@pytest.mark.parametrize("module", [amounts, uris])
def test_module_never_uses_float(module):
    tree = ast.parse(inspect.getsource(module))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    attrs = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    floats = [
        n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, float)
    ]
    true_division = [
        n for n in ast.walk(tree) if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div)
    ]
    assert "float" not in names and "float" not in attrs and not floats and not true_division


# ------------------------------------------------------------------ properties
units = st.integers(min_value=1, max_value=MAX_UINT256)
decimals = st.integers(min_value=0, max_value=36)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(
    units,
    decimals,
    st.booleans(),
    st.sampled_from(
        [(",", "."), ("\u00a0", ","), (" ", ","), ("\u202f", ","), ("\u2009", "."), ("", ".")]
    ),
)
def test_format_then_parse_round_trips(value, dec, grouping, seps):
    group_sep, decimal_sep = seps
    text = format_amount(
        value, dec, grouping=grouping, group_sep=group_sep, decimal_sep=decimal_sep
    )
    try:
        parsed = parse_amount(text, dec)
    except InvalidAmount as exc:
        # The one documented refusal: text like "1,000" or "1,234,567" reads both as grouping
        # and as a decimal comma. Everything the formatter writes in other shapes parses back.
        assert "ambiguous" in exc.message
        assert re.fullmatch(r"[1-9][0-9]{0,2}(,[0-9]{3})+", text)
        return
    assert parsed == value
    assert parse_amount(format_plain(value, dec), dec) == value
    assert parse_amount(format(to_decimal(value, dec), "f"), dec) == value


_AMOUNTISH = st.text(
    "0123456789.,-+eE \u00a0\u202f\u2009\u2212",
    max_size=30,
)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(st.one_of(st.text(max_size=40), _AMOUNTISH), decimals)
def test_arbitrary_text_only_raises_invalid_amount(text, dec):
    try:
        result = parse_amount(text, dec)
    except InvalidAmount as exc:
        assert exc.message.startswith("amount: ")
    else:
        assert isinstance(result, int) and 0 < result <= MAX_UINT256


@given(st.from_regex(r"\A[0-9]{1,30}(\.[0-9]{1,18})?\Z"))
def test_plain_decimal_text_parses_exactly(text):
    whole, _, frac = text.partition(".")
    expected = int(whole) * 10**18 + int(frac.ljust(18, "0") or "0")
    if expected == 0:
        return
    assert parse_amount(text, 18) == expected


def test_zero_decimal_token_whole_number():
    assert parse_amount("1 000", 0, symbol="NFT") == 1000


def test_symbol_defaults_to_this_token():
    with pytest.raises(InvalidAmount, match="this token has 2 decimal places; this amount has 3"):
        parse_amount("1.234", 2)


def test_amount_that_is_exactly_too_large_by_one_unit():
    text = format_plain(MAX_UINT256, 18)
    assert parse_amount(text, 18) == MAX_UINT256
    with pytest.raises(InvalidAmount, match="too large"):
        parse_amount(format_plain(MAX_UINT256 + 1, 18), 18)


def test_programmer_error_for_impossible_decimals():
    with pytest.raises(ValueError, match="decimals"):
        parse_amount("1", 78)


def test_format_locales_and_negative():
    ru = {"group_sep": "\u00a0", "decimal_sep": ","}
    assert format_amount(1_000_500_000, 6, **ru) == "1\u00a0000,5"
    assert parse_amount(format_amount(1_000_500_000, 6, **ru), 6) == 1_000_500_000
    assert format_amount(-1_500_000, 6) == "-1.5"
    assert format_amount(123, 0) == "123"
    assert format_amount(10**24, 18, grouping=False) == "1000000"
    assert format_amount(10**24, 18) == "1,000,000"
    assert format_amount(1, 18, max_decimals=4) == "0"
    assert format_amount(1, 18, max_decimals=4, min_decimals=2) == "0.00"


def test_to_decimal_is_exact_beyond_28_digits():
    value = to_decimal(MAX_UINT256, 18)
    assert str(value) == format_plain(MAX_UINT256, 18)
    assert str(to_decimal(1, 18)) == "1E-18"
    assert to_decimal(1, 18) * 10**18 == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0" * 4300 + "1", 10**18),  # issue 16 item 7: over Python's int() digit limit
        ("0" * 5000 + "1.5", 15 * 10**17),
        ("0" + " 000" * 2000 + " 001", 10**18),
        ("0" * 10_000, None),  # zero: the documented "more than zero"
        ("1" * 5000, None),  # too large
        ("0." + "0" * 5000 + "1", None),  # too many decimal places
    ],
)
def test_very_long_amounts_parse_or_get_the_documented_error(text, expected):
    if expected is not None:
        assert parse_amount(text, 18) == expected
        return
    with pytest.raises(InvalidAmount) as refused:
        parse_amount(text, 18)
    assert refused.value.message.startswith("amount: ")


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=4000, max_value=9000), st.text("0123456789.", max_size=8))
def test_long_zero_padded_texts_only_raise_invalid_amount(zeros, tail):
    try:
        assert 0 < parse_amount("0" * zeros + tail, 18) <= MAX_UINT256
    except InvalidAmount as exc:
        assert exc.message.startswith("amount: ")
