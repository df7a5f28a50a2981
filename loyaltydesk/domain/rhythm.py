"""Keep-in-touch rhythm: how long a customer may go without contact, and how late they are."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from loyaltydesk.domain.ladder import Stage

# (ideal gap, maximum gap) in days: a loyal client is touched more often than a suspect.
DEFAULT_STAGE_RHYTHM: dict[Stage, tuple[int, int]] = {
    Stage.SUSPECT: (90, 180),
    Stage.PROSPECT: (21, 45),
    Stage.FIRST_PURCHASE: (14, 30),
    Stage.VALUE_CONFIRMED: (21, 45),
    Stage.LOYAL: (30, 60),
    Stage.CLIENT: (30, 60),
    Stage.PARTNER: (45, 90),
}

# The gaps of a stage with no stored rhythm of its own.
FALLBACK_RHYTHM = (30, 60)

# A gap of exactly the ideal (or maximum) days is still fine; this many days more turns
# amber (or red).
DAYS_PAST_GAP = 1


# Of several tags' gaps, the tightest applies (SQL has an aggregate of the same name).
TAG_GAP_RULE = min


# From this rung up a customer should always have a next step planned.
NEXT_STEP_FROM = Stage.FIRST_PURCHASE


class RhythmError(ValueError):
    """Gaps that make no sense together."""


class GapState(StrEnum):
    OK = "ok"
    AMBER = "amber"  # past the ideal gap
    RED = "red"  # past the maximum gap


@dataclass(frozen=True)
class Rhythm:
    ideal_days: int
    max_days: int

    def __post_init__(self) -> None:
        if self.ideal_days < 1 or self.max_days < self.ideal_days:
            raise RhythmError("The ideal gap must be at least a day and at most the maximum gap")


def resolve(override: tuple[int | None, int | None], tag_rhythms: Iterable[Rhythm],
            stage_default: Rhythm) -> Rhythm:
    """The customer's own gaps, else the tightest of their tags', else their stage's."""
    tags = list(tag_rhythms)
    base = stage_default
    if tags:
        base = Rhythm(TAG_GAP_RULE(t.ideal_days for t in tags),
                      TAG_GAP_RULE(t.max_days for t in tags))
    ideal = override[0] if override[0] is not None else base.ideal_days
    most = override[1] if override[1] is not None else max(base.max_days, ideal)
    return Rhythm(ideal, max(most, ideal))


@dataclass(frozen=True)
class GapDates:
    amber_on: date  # the first day the customer shows amber
    red_on: date  # the first day the customer shows red


def gap_dates(last_contact: date, rhythm: Rhythm) -> GapDates:
    """A gap of exactly the ideal days is still fine; one day more turns amber."""
    return GapDates(last_contact + timedelta(days=rhythm.ideal_days + DAYS_PAST_GAP),
                    last_contact + timedelta(days=rhythm.max_days + DAYS_PAST_GAP))


def gap_state(today: date, dates: GapDates) -> GapState:
    if today >= dates.red_on:
        return GapState.RED
    if today >= dates.amber_on:
        return GapState.AMBER
    return GapState.OK


def needs_next_step(stage: Stage, has_open_followup: bool) -> bool:
    """From the first purchase up, a customer with nothing planned is about to be forgotten."""
    return stage.rank >= NEXT_STEP_FROM.rank and not has_open_followup
