"""Reporting periods (the last 30 days, 12 months...) and the weeks or months inside them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from loyaltydesk.domain.metrics import years_before


class PeriodKey(StrEnum):
    DAYS_30 = "30d"
    DAYS_90 = "90d"
    MONTHS_12 = "12m"
    YEARS_3 = "3y"
    ALL = "all"


# Translation context: Periods (the window and the command line show them in their language)
PERIOD_LABELS: dict[PeriodKey, str] = {
    PeriodKey.DAYS_30: "Last 30 days",
    PeriodKey.DAYS_90: "Last 90 days",
    PeriodKey.MONTHS_12: "Last 12 months",
    PeriodKey.YEARS_3: "Last 3 years",
    PeriodKey.ALL: "All time",
}


class PeriodError(ValueError):
    """A period that does not exist."""


@dataclass(frozen=True)
class Period:
    """Calendar days from `start` to `end`, both included; no start means since the beginning."""

    key: PeriodKey
    start: date | None
    end: date

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and day <= self.end


def period_for(key: PeriodKey | str, today: date) -> Period:
    """The period ending today: 30 days is today and the 29 before it; 12 months starts the
    day after the same date a year ago (as the three-year lifetime value does)."""
    try:
        key = PeriodKey(key)
    except ValueError as exc:
        choices = ", ".join(k.value for k in PeriodKey)
        raise PeriodError(f"Unknown period {key!r}; expected one of: {choices}") from exc
    if key is PeriodKey.ALL:
        return Period(key, None, today)
    if key in (PeriodKey.DAYS_30, PeriodKey.DAYS_90):
        days = 30 if key is PeriodKey.DAYS_30 else 90
        return Period(key, today - timedelta(days=days - 1), today)
    years = 1 if key is PeriodKey.MONTHS_12 else 3
    return Period(key, years_before(today, years) + timedelta(days=1), today)


class BucketSize(StrEnum):
    WEEK = "week"
    MONTH = "month"


WEEKS_UP_TO_DAYS = 92  # a period this short is shown week by week, a longer one by month


@dataclass(frozen=True)
class Bucket:
    """One bar of a chart over time: a week (from Monday) or a calendar month."""

    key: str  # "2026-03" for a month, "2026-W10" for an ISO week
    start: date
    end: date  # included


def bucket_size(start: date, end: date) -> BucketSize:
    return BucketSize.WEEK if (end - start).days < WEEKS_UP_TO_DAYS else BucketSize.MONTH


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def bucket_of(day: date, size: BucketSize) -> Bucket:
    if size is BucketSize.MONTH:
        first = month_start(day)
        return Bucket(f"{first:%Y-%m}", first, next_month(first) - timedelta(days=1))
    monday = day - timedelta(days=day.weekday())
    year, week, _ = monday.isocalendar()
    return Bucket(f"{year}-W{week:02d}", monday, monday + timedelta(days=6))


def buckets(start: date, end: date, size: BucketSize | None = None) -> list[Bucket]:
    """Every week or month touching start..end, oldest first (the first and last may be
    partly outside the range)."""
    size = size or bucket_size(start, end)
    found: list[Bucket] = []
    day = start
    while day <= end:
        bucket = bucket_of(day, size)
        found.append(bucket)
        day = bucket.end + timedelta(days=1)
    return found


def last_months(today: date, count: int) -> list[Bucket]:
    """The `count` calendar months ending with today's month, oldest first."""
    first = month_start(today)
    for _ in range(count - 1):
        first = month_start(first - timedelta(days=1))
    return buckets(first, today, BucketSize.MONTH)


def bucket_from_key(key: str) -> Bucket:
    """The week ("2026-W10") or month ("2026-03") a bucket key names."""
    try:
        if "-W" in key:
            year, week = key.split("-W")
            return bucket_of(date.fromisocalendar(int(year), int(week), 1), BucketSize.WEEK)
        year, month = key.split("-")
        return bucket_of(date(int(year), int(month), 1), BucketSize.MONTH)
    except ValueError as exc:
        raise PeriodError(f"{key!r} names no week or month") from exc
