"""Rules for a follow-up's life: when it is due, snoozing, rescheduling, completing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from loyaltydesk.domain.cadences import DEFAULT_DUE_TIME, to_working_day


class Status(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class Snooze(StrEnum):
    ONE_HOUR = "one_hour"
    TOMORROW_MORNING = "tomorrow_morning"
    NEXT_WEEK = "next_week"


class FollowUpError(ValueError):
    """A change a follow-up's state does not allow."""


MORNING = time(9, 0)


@dataclass(frozen=True)
class FollowUpState:
    status: Status
    due_at: datetime
    snoozed_until: datetime | None = None

    @property
    def remind_at(self) -> datetime:
        """The moment the follow-up should be raised: its snooze end, else its due time."""
        return self.snoozed_until or self.due_at


def is_due(state: FollowUpState, now: datetime) -> bool:
    return state.status is Status.OPEN and state.remind_at <= now


def is_overdue(state: FollowUpState, now: datetime, tz: tzinfo) -> bool:
    """Open and due before the start of today (local time)."""
    start_of_today = datetime.combine(now.astimezone(tz).date(), time.min, tzinfo=tz)
    return state.status is Status.OPEN and state.remind_at < start_of_today


def snooze_until(choice: Snooze, now: datetime, tz: tzinfo) -> datetime:
    local = now.astimezone(tz)
    if choice is Snooze.ONE_HOUR:
        return now + timedelta(hours=1)
    if choice is Snooze.TOMORROW_MORNING:
        return datetime.combine(local.date() + timedelta(days=1), MORNING, tzinfo=tz)
    monday = local.date() + timedelta(days=7 - local.weekday())
    return datetime.combine(monday, MORNING, tzinfo=tz)


def check_snooze(state: FollowUpState, until: datetime, now: datetime) -> None:
    if state.status is not Status.OPEN:
        raise FollowUpError("Only an open follow-up can be snoozed")
    if until <= now:
        raise FollowUpError("A snooze must end in the future")


def check_open(state: FollowUpState, action: str) -> None:
    if state.status is not Status.OPEN:
        raise FollowUpError(f"Only an open follow-up can be {action}")


def check_skip_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise FollowUpError("Skipping a follow-up needs a reason")
    return reason


def moved_to_day(due_at: datetime, day: date, tz: tzinfo) -> datetime:
    """Reschedule to another day, keeping the local time of day it had."""
    local_time = due_at.astimezone(tz).time() if due_at else DEFAULT_DUE_TIME
    return datetime.combine(day, local_time, tzinfo=tz)


def working_day_due(day: date, tz: tzinfo, at: time = DEFAULT_DUE_TIME) -> datetime:
    return datetime.combine(to_working_day(day), at, tzinfo=tz)
