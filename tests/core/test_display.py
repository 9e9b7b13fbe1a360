"""Amounts people read: gas coins shortened (never up), money rounded, fees priced."""

from decimal import Decimal

from wallet.core.display import coin_amount, free_transfers, money_amount, priced


def test_gas_coins_show_at_most_six_decimals_rounded_down():
    # the issue's own example: 9,999.998224022232216912 BNB
    assert coin_amount(9_999_998_224_022_232_216_912, 18) == "9,999.998224"
    assert coin_amount(999_999_999_999_999_999, 18) == "0.999999"  # never rounds up to 1
    assert coin_amount(122_104_711_688_400, 18) == "0.000122"
    assert coin_amount(1_500_000, 6) == "1.5"  # TRX: six decimals are all it has


def test_tiny_gas_amounts_stay_visible():
    assert coin_amount(41, 18) == "0.000000000000000041"
    assert coin_amount(43_210_000_000, 18) == "0.000000043"


def test_money_has_two_decimals_and_keeps_tiny_fees_visible():
    assert money_amount(Decimal("107087.35000")) == "107,087.35"
    assert money_amount(Decimal("1500")) == "1,500.00"
    assert money_amount(Decimal("0.004321")) == "0.0043"
    assert money_amount(Decimal("1234.5"), group_sep="\u00a0", decimal_sep=",") == "1\u00a0234,50"
    assert money_amount(Decimal(0)) == "0.00"


def test_fee_reads_money_first_then_coin():
    assert priced("0.000116 BNB", "0.05 som") == "≈ 0.05 som (0.000116 BNB)"
    assert priced("0.000116 BNB", None) == "0.000116 BNB"


def test_free_transfers_from_energy_and_bandwidth():
    assert free_transfers(0, 600) == (0, 2)  # the daily free bandwidth: two TRX transfers
    assert free_transfers(70_000, 600) == (1, 2)
    assert free_transfers(200_000, 300) == (0, 1)  # energy but too little bandwidth


def test_plain_decimal_is_exact_without_exponent_or_trailing_zeros():
    from wallet.core.display import plain_decimal

    assert plain_decimal(Decimal("87.4500")) == "87.45"
    assert plain_decimal(Decimal("1500")) == "1500"
    assert plain_decimal(Decimal("1E+3")) == "1000"
    assert plain_decimal(Decimal("0.00000001")) == "0.00000001"
