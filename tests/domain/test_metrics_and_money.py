from datetime import date
from decimal import Decimal

import pytest

from loyaltydesk.domain.metrics import Sale, lifetime_value, median_days_to_second, nps, repeat_rate
from loyaltydesk.domain.money import MoneyError, format_money, parse_amount, to_cents


def test_lifetime_value_counts_the_last_three_years_only():
    today = date(2026, 3, 2)
    sales = [Sale(date(2023, 3, 2), 100_00),  # exactly three years ago: outside
             Sale(date(2023, 3, 3), 50_00), Sale(date(2026, 3, 2), 25_00),
             Sale(date(2026, 3, 3), 999_00)]  # in the future: not yet
    assert lifetime_value(sales, today) == 75_00


def test_nps_is_promoters_minus_detractors():
    assert nps([10, 9, 8, 7, 3]) == 20  # 2 promoters, 1 detractor of 5
    assert nps([]) is None


def test_repeat_rate_and_time_to_second_purchase():
    assert repeat_rate([0, 1, 2, 3]) == pytest.approx(2 / 3)
    assert median_days_to_second([(date(2026, 1, 1), date(2026, 1, 11)),
                                  (date(2026, 1, 1), date(2026, 1, 31))]) == 20


@pytest.mark.parametrize("text,cents", [("1234.50", 123450), ("1 234,50", 123450),
                                        ("1,234.50", 123450), ("12", 1200), ("0,5", 50)])
def test_amounts_are_read_as_people_write_them(text, cents):
    assert to_cents(parse_amount(text)) == cents


@pytest.mark.parametrize("text", ["", "abc", "1.2.3x", "NaN", "inf"])
def test_non_amounts_are_refused(text):
    with pytest.raises(MoneyError):
        parse_amount(text)


def test_money_never_goes_through_float():
    assert to_cents(Decimal("0.1") + Decimal("0.2")) == 30
    assert format_money(123450, "EUR") == "1,234.50 EUR"
