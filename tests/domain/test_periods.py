"""Reporting periods and the weeks or months a chart over time is cut into."""

from datetime import date

import pytest

from loyaltydesk.domain.periods import (
    Bucket,
    BucketSize,
    PeriodError,
    PeriodKey,
    bucket_from_key,
    bucket_of,
    bucket_size,
    buckets,
    last_months,
    period_for,
)

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("key,start", [
    ("30d", date(2026, 2, 1)),  # 1 February to 2 March, both included: 30 days
    ("90d", date(2025, 12, 3)),
    ("12m", date(2025, 3, 3)),
    ("3y", date(2023, 3, 3)),
])
def test_periods_end_today_and_count_their_days_back(key, start):
    period = period_for(key, TODAY)
    assert period.start == start and period.end == TODAY


def test_thirty_days_holds_exactly_thirty_days():
    period = period_for(PeriodKey.DAYS_30, TODAY)
    days = (period.end - period.start).days + 1
    assert days == 30
    assert period.contains(date(2026, 2, 1)) and not period.contains(date(2026, 1, 31))
    assert not period.contains(date(2026, 3, 3))


def test_all_time_has_no_start():
    period = period_for("all", TODAY)
    assert period.start is None and period.contains(date(1990, 1, 1))


def test_an_unknown_period_is_refused_with_the_choices():
    with pytest.raises(PeriodError, match="30d, 90d, 12m, 3y, all"):
        period_for("week", TODAY)


def test_short_periods_go_by_week_long_ones_by_month():
    assert bucket_size(date(2025, 12, 3), TODAY) is BucketSize.WEEK  # 89 days apart
    assert bucket_size(date(2025, 3, 3), TODAY) is BucketSize.MONTH


def test_weeks_start_on_monday_and_carry_their_iso_number():
    # 1 March 2026 is a Sunday in ISO week 9
    assert bucket_of(date(2026, 3, 1), BucketSize.WEEK) == Bucket(
        "2026-W09", date(2026, 2, 23), date(2026, 3, 1))
    # 1 January 2026 is a Thursday in ISO week 1
    assert bucket_of(date(2026, 1, 1), BucketSize.WEEK).key == "2026-W01"


def test_months_of_a_period_include_the_partial_ends():
    found = buckets(date(2025, 11, 15), date(2026, 2, 3), BucketSize.MONTH)
    assert [b.key for b in found] == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert found[0].start == date(2025, 11, 1) and found[-1].end == date(2026, 2, 28)


def test_thirty_six_months_end_with_the_current_one():
    months = last_months(TODAY, 36)
    assert len(months) == 36
    assert months[0].key == "2023-04" and months[-1].key == "2026-03"


def test_a_bucket_is_found_again_from_its_key():
    assert bucket_from_key("2026-W09") == Bucket("2026-W09", date(2026, 2, 23), date(2026, 3, 1))
    assert bucket_from_key("2024-02") == Bucket("2024-02", date(2024, 2, 1), date(2024, 2, 29))
    with pytest.raises(PeriodError):
        bucket_from_key("2026-13")
    with pytest.raises(PeriodError):
        bucket_from_key("soon")
