"""Per-customer and book-wide loyalty figures, computed from plain values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

PROMOTER_MIN = 9
DETRACTOR_MAX = 6
LTV_YEARS = 3  # lifetime value counts the sales of the last three years


@dataclass(frozen=True)
class Sale:
    on: date
    cents: int


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def ltv_window(today: date, years: int = LTV_YEARS) -> tuple[date, date]:
    """(after, until): a sale counts when after < its day <= until; the day exactly `years`
    back is out, today is in, a future-dated sale is out."""
    return years_before(today, years), today


def lifetime_value(sales: Iterable[Sale], today: date, years: int = LTV_YEARS) -> int:
    """Revenue in cents over the last `years` years, today included, future sales excluded."""
    after, until = ltv_window(today, years)
    return sum(s.cents for s in sales if after < s.on <= until)


def days_since(moment: datetime | None, now: datetime) -> int | None:
    if moment is None:
        return None
    return (now.date() - moment.date()).days if moment <= now else 0


def nps(scores: Sequence[int]) -> int | None:
    """Net Promoter Score: % promoters (9-10) minus % detractors (0-6), rounded; None if none."""
    if not scores:
        return None
    promoters = sum(1 for s in scores if s >= PROMOTER_MIN)
    detractors = sum(1 for s in scores if s <= DETRACTOR_MAX)
    return round(100 * (promoters - detractors) / len(scores))


def is_promoter(score: int) -> bool:
    return score >= PROMOTER_MIN


def is_detractor(score: int) -> bool:
    return score <= DETRACTOR_MAX


def repeat_rate(purchase_counts: Sequence[int]) -> float | None:
    """Share of buying customers who bought at least twice."""
    buyers = [n for n in purchase_counts if n >= 1]
    if not buyers:
        return None
    return sum(1 for n in buyers if n >= 2) / len(buyers)


def median_days_to_second(first_and_second: Iterable[tuple[date, date]]) -> float | None:
    from statistics import median  # a figure of insights: opening a book skips it

    gaps = [(second - first).days for first, second in first_and_second]
    return median(gaps) if gaps else None


def score_group(score: int) -> str:
    """'promoter' (9-10), 'passive' (7-8) or 'detractor' (0-6)."""
    if is_promoter(score):
        return "promoter"
    return "detractor" if is_detractor(score) else "passive"


def nps_from_counts(promoters: int, passives: int, detractors: int) -> int | None:
    """The NPS of a set of answers given as counts per group (the same rounding as `nps`)."""
    total = promoters + passives + detractors
    if not total:
        return None
    return round(100 * (promoters - detractors) / total)


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide."""
    return part / whole if whole else None


def median_from_counts(counts: Mapping[int, int]) -> float | None:
    """The median of values given as {value: how many times}; None when there are none."""
    total = sum(n for n in counts.values() if n > 0)
    if not total:
        return None
    middle = [(total - 1) // 2, total // 2]  # the one or two middle positions, 0-based
    found: list[int] = []
    seen = 0
    for value in sorted(counts):
        seen += max(counts[value], 0)
        while middle and middle[0] < seen:
            found.append(value)
            middle.pop(0)
    return (found[0] + found[1]) / 2


# High maintenance: much effort logged in the last twelve months for little revenue.
EFFORT_YEARS = 1
HIGH_MAINTENANCE_MIN_MINUTES = 240
HIGH_MAINTENANCE_MAX_CENTS_PER_HOUR = 50_00


def cents_per_hour(revenue_cents: int, effort_minutes: int) -> int | None:
    """Revenue for each hour of logged effort, rounded down to the cent; None without effort."""
    if effort_minutes <= 0:
        return None
    return revenue_cents * 60 // effort_minutes


def is_high_maintenance(effort_minutes: int, revenue_cents: int) -> bool:
    """At least four hours of effort that brought less than 50.00 an hour."""
    return (effort_minutes >= HIGH_MAINTENANCE_MIN_MINUTES
            and revenue_cents * 60 < HIGH_MAINTENANCE_MAX_CENTS_PER_HOUR * effort_minutes)


RENEWAL_HORIZON_DAYS = 90


def renewal_is_near(contract_end: date, today: date,
                    horizon_days: int = RENEWAL_HORIZON_DAYS) -> bool:
    """A contract ending between today and `horizon_days` days from now, both included."""
    return 0 <= (contract_end - today).days <= horizon_days
