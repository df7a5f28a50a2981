"""People's words for money, dates and durations, in English and in French."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from loyaltydesk import formats

UK, FR, US = QLocale("en_GB"), QLocale("fr_FR"), QLocale("en_US")
NBSP = {"\u00a0", "\u202f"}


def plain_spaces(text: str) -> str:
    return "".join(" " if ch in NBSP else ch for ch in text)


@pytest.mark.parametrize(("locale", "currency", "shown"), [
    (UK, "EUR", "€1,530.99"),
    (US, "USD", "$1,530.99"),
    (UK, "GBP", "£1,530.99"),
    (FR, "EUR", "1 530,99 €"),
])
def test_money_is_written_as_the_locale_writes_it(locale, currency, shown):
    assert plain_spaces(formats.money(153099, currency, locale)) == shown


def test_money_never_goes_through_float():
    # 2**53 + 1 cents cannot be held exactly by a float
    cents = 2**53 + 1
    text = formats.money(cents, "EUR", UK)
    assert text.replace(",", "").endswith(f"{cents // 100}.{cents % 100:02d}")


def test_negative_money_has_a_minus_not_brackets():
    assert formats.money(-5, "GBP", UK) == "-£0.05"
    assert plain_spaces(formats.money(-153099, "EUR", FR)) == "-1 530,99 €"


def test_whole_units_round_half_up():
    assert formats.money(153050, "EUR", UK, decimals=False) == "€1,531"
    assert formats.money(153049, "EUR", UK, decimals=False) == "€1,530"


def test_a_currency_whose_sign_says_nothing_here_keeps_a_clear_name():
    assert formats.money(100, "CAD", UK) == "CA$1.00"
    assert formats.money(100, "CAD", QLocale("en_CA")) == "$1.00"


def test_dates_follow_the_locale():
    day = date(2026, 12, 7)
    assert formats.day(day, UK) == "07/12/2026"
    assert formats.day(day, FR, long=True) == "lundi 7 décembre 2026"
    assert formats.day(day, QLocale.c()) == "2026-12-07"
    assert formats.day(None) == formats.DASH


@pytest.mark.parametrize(("days", "words"), [
    (0.2, "less than a day"), (1, "1 day"), (5, "5 days"), (14, "2 weeks"),
    (20, "almost 3 weeks"), (21, "3 weeks"), (100, "over 3 months"), (365, "1 year"),
    (500, "over 1 year"), (700, "almost 2 years"), (730, "2 years"),
    (1816, "almost 5 years"),
])
def test_durations_read_as_people_say_them(days, words):
    assert formats.duration(days) == words


def test_duration_takes_a_timedelta():
    assert formats.duration(timedelta(days=9, hours=3)) == "9 days"


def test_ago_counts_from_the_clock(clock):
    now = clock.now()
    assert formats.ago(now) == "today"
    assert formats.ago(now - timedelta(days=1)) == "yesterday"
    assert formats.ago(now - timedelta(days=9)) == "9 days ago"
    assert formats.ago(now + timedelta(days=3)) == "in 3 days"


def test_moment_is_shown_in_local_time(clock):
    stored = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    assert formats.moment(stored, UK) == "02/03/2026 23:30"


@pytest.mark.parametrize("locale, shown", [(UK, "12.5%"), (US, "12.5%"),
                                           (FR, "12,5\u202f%"), (QLocale("de_DE"), "12,5\u202f%")])
def test_a_share_is_written_with_the_locales_percent(locale, shown):
    assert formats.percent(0.125, locale) == shown
