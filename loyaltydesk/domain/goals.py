"""What each follow-up is for, and the event that meets that goal so it can close itself."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from loyaltydesk.domain.cadences import FollowUpKind


class Goal(StrEnum):
    SECOND_ORDER = "second_order"  # a purchase after the first
    SATISFACTION = "satisfaction"  # a survey answered
    TESTIMONIAL = "testimonial"  # a testimonial or review given
    REFERRAL = "referral"  # a referral made
    RENEWAL = "renewal"  # a renewal recorded
    CONTACT = "contact"  # any contact with the customer
    ITSELF = "itself"  # only doing the follow-up meets it (a check, a touch, a task)


GOAL_OF_KIND: dict[FollowUpKind, Goal] = {
    FollowUpKind.SECOND_ORDER: Goal.SECOND_ORDER,
    FollowUpKind.SURVEY: Goal.SATISFACTION,
    FollowUpKind.TESTIMONIAL: Goal.TESTIMONIAL,
    FollowUpKind.REFERRAL: Goal.REFERRAL,
    FollowUpKind.RENEWAL: Goal.RENEWAL,
    FollowUpKind.KEEP_IN_TOUCH: Goal.CONTACT,
    FollowUpKind.CHECK: Goal.ITSELF,
    FollowUpKind.TOUCH: Goal.ITSELF,
    FollowUpKind.RECOVERY: Goal.ITSELF,
    FollowUpKind.TASK: Goal.ITSELF,
}

# Kinds another event can close: the ones worth checking after a write.
SELF_CLOSING_KINDS: tuple[FollowUpKind, ...] = tuple(
    k for k, g in GOAL_OF_KIND.items() if g is not Goal.ITSELF)


def goal_of(kind: FollowUpKind | str) -> Goal:
    return GOAL_OF_KIND[FollowUpKind(kind)]


def kinds_closed_by(goals: Iterable[Goal]) -> tuple[FollowUpKind, ...]:
    """Kinds of follow-up an event meeting these goals may close. A follow-up closed as done
    is itself a contact, so keep-in-touch follow-ups are always among them."""
    wanted = {*goals, Goal.CONTACT}
    return tuple(k for k in SELF_CLOSING_KINDS if GOAL_OF_KIND[k] in wanted)


@dataclass(frozen=True)
class Sale:
    id: int
    day: date
    renewal: bool = False


@dataclass(frozen=True)
class CustomerFacts:
    """What a customer has done, as far as goals go (rows in the trash left out)."""

    sales: tuple[Sale, ...] = ()
    survey_days: tuple[date, ...] = ()
    testimonial_days: tuple[date, ...] = ()
    referral_days: tuple[date, ...] = ()
    contacts: tuple[datetime, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class OpenFollowUp:
    """An open follow-up as goals see it.

    `since` is the day its reason arose: the sale that started its cadence, else the day it
    was made; `made_at` is the moment it was made (a contact from then on meets it).
    """

    kind: FollowUpKind
    since: date
    made_at: datetime
    purchase_id: int | None = None


@dataclass(frozen=True)
class Meeting:
    """The event that met a goal: "second purchase on 3 Dec"."""

    goal: Goal
    what: str
    day: date
    at: datetime | None = None  # the moment, when the event has one

    def describe(self) -> str:
        return f"{self.what} on {self.day.day} {self.day:%b}"

    def closing_note(self) -> str:
        return f"Closed: {self.describe()}"


def _first(days: tuple[date, ...], since: date) -> date | None:
    after = [d for d in days if d >= since]
    return min(after) if after else None


def _second_order(item: OpenFollowUp, facts: CustomerFacts) -> Meeting | None:
    ordered = sorted(facts.sales, key=lambda s: (s.day, s.id))
    for rank, sale in enumerate(ordered[1:], start=2):
        if sale.day >= item.since:
            what = "second purchase" if rank == 2 else "new purchase"
            return Meeting(Goal.SECOND_ORDER, what, sale.day)
    return None


def _renewal(item: OpenFollowUp, facts: CustomerFacts) -> Meeting | None:
    days = tuple(s.day for s in facts.sales if s.renewal and s.id != item.purchase_id)
    day = _first(days, item.since)
    return Meeting(Goal.RENEWAL, "renewal", day) if day else None


def _contact(item: OpenFollowUp, facts: CustomerFacts) -> Meeting | None:
    after = [c for c in facts.contacts if c >= item.made_at]
    if not after:
        return None
    first = min(after)
    return Meeting(Goal.CONTACT, "contact", first.date(), first)


def _dated(goal: Goal, what: str, days: tuple[date, ...], since: date) -> Meeting | None:
    day = _first(days, since)
    return Meeting(goal, what, day) if day else None


def meeting_for(item: OpenFollowUp, facts: CustomerFacts, tz=None) -> Meeting | None:
    """The event that met this follow-up's goal, or None while the goal is still open.

    Contact moments are compared as moments and named by their day in `tz` (UTC when None).
    """
    goal = goal_of(item.kind)
    if goal is Goal.SECOND_ORDER:
        return _second_order(item, facts)
    if goal is Goal.RENEWAL:
        return _renewal(item, facts)
    if goal is Goal.SATISFACTION:
        return _dated(goal, "survey answered", facts.survey_days, item.since)
    if goal is Goal.TESTIMONIAL:
        return _dated(goal, "testimonial", facts.testimonial_days, item.since)
    if goal is Goal.REFERRAL:
        return _dated(goal, "referral", facts.referral_days, item.since)
    if goal is Goal.CONTACT:
        meeting = _contact(item, facts)
        if meeting and tz is not None and meeting.at is not None:
            return Meeting(goal, meeting.what, meeting.at.astimezone(tz).date(), meeting.at)
        return meeting
    return None
