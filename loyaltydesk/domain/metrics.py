"""Per-customer and book-wide loyalty figures, computed from plain values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from statistics import median

PROMOTER_MIN = 9
DETRACTOR_MAX = 6


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


def lifetime_value(sales: Iterable[Sale], today: date, years: int = 3) -> int:
    """Revenue in cents over the last `years` years, today included, future sales excluded."""
    start = years_before(today, years)
    return sum(s.cents for s in sales if start < s.on <= today)


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
    gaps = [(second - first).days for first, second in first_and_second]
    return median(gaps) if gaps else None
