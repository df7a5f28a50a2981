"""The stage funnel: who reached which rung when, conversion between rungs, time on each rung.

A customer "reaches" a rung the first time their stage is at or above it, so a suspect who
buys straight away passes through "prospect" on the same moment. Moves down do not undo it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from loyaltydesk.domain.ladder import LADDER, Stage

Reached = tuple[datetime | None, ...]  # one moment (or None) per rung, in ladder order


def reached_moments(moves: Iterable[tuple[datetime, Stage]]) -> Reached:
    """From a customer's stage timeline: the first moment they were at or above each rung."""
    firsts: list[datetime | None] = [None] * len(LADDER)
    for moment, stage in moves:
        for rank in range(stage.rank + 1):
            first = firsts[rank]
            if first is None or moment < first:
                firsts[rank] = moment
    return tuple(firsts)


@dataclass(frozen=True)
class Window:
    """Moments from `start` (included) to `end` (excluded); no start means since the beginning."""

    start: datetime | None
    end: datetime

    def holds(self, moment: datetime) -> bool:
        return (self.start is None or self.start <= moment) and moment < self.end


def was_on_rung(reached: Reached, rank: int, window: Window) -> bool:
    """On rung `rank` at some time in the window: reached it before the end, and had not yet
    gone past it when the window began."""
    here, above = reached[rank], reached[rank + 1]
    if here is None or here >= window.end:
        return False
    return above is None or window.start is None or above >= window.start


def moved_up(reached: Reached, rank: int, window: Window) -> bool:
    """On rung `rank` in the window and reached the next rung up within it."""
    above = reached[rank + 1]
    return was_on_rung(reached, rank, window) and above is not None and window.holds(above)


@dataclass(frozen=True)
class Step:
    """Conversion from one rung to the next over a period."""

    from_stage: Stage
    to_stage: Stage
    on_rung: int
    moved_up: int

    @property
    def rate(self) -> float | None:
        return self.moved_up / self.on_rung if self.on_rung else None


def conversion(customers: Iterable[Reached], window: Window) -> list[Step]:
    """For each step of the ladder: how many customers were on the lower rung in the window,
    and how many of them moved up within it."""
    on = [0] * (len(LADDER) - 1)
    up = [0] * (len(LADDER) - 1)
    for reached in customers:
        for rank in range(len(LADDER) - 1):
            on[rank] += was_on_rung(reached, rank, window)
            up[rank] += moved_up(reached, rank, window)
    return [Step(LADDER[r], LADDER[r + 1], on[r], up[r]) for r in range(len(LADDER) - 1)]


def days_between(earlier: datetime, later: datetime) -> int:
    """Whole days from one moment to a later one (23 hours is 0 days)."""
    return (later - earlier).days


def stay_days(reached: Reached, rank: int, window: Window) -> int | None:
    """Days spent on rung `rank` by a customer who moved up from it within the window."""
    if not moved_up(reached, rank, window):
        return None
    here, above = reached[rank], reached[rank + 1]
    assert here is not None and above is not None
    return days_between(here, above)


def stays(customers: Iterable[Reached], window: Window) -> list[dict[int, int]]:
    """For each rung but the top one: {days on the rung: how many customers}, for the stays
    that ended by moving up within the window."""
    counts: list[dict[int, int]] = [{} for _ in range(len(LADDER) - 1)]
    for reached in customers:
        for rank in range(len(LADDER) - 1):
            days = stay_days(reached, rank, window)
            if days is not None:
                counts[rank][days] = counts[rank].get(days, 0) + 1
    return counts


def longer_than_usual(days_so_far: int, usual: float | None) -> bool:
    """A customer on a rung for more days than the median stay of those who moved on."""
    return usual is not None and days_so_far > usual


def stage_counts(stages: Sequence[Stage]) -> dict[Stage, int]:
    """How many customers stand on each rung now, every rung present."""
    counts = dict.fromkeys(LADDER, 0)
    for stage in stages:
        counts[stage] += 1
    return counts
