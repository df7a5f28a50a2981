"""Which days a calendar page shows: a six-week month, a week, or a fortnight's agenda."""

from __future__ import annotations

import calendar as stdlib_calendar
from datetime import date, timedelta
from enum import StrEnum


class Mode(StrEnum):
    MONTH = "month"
    WEEK = "week"
    AGENDA = "agenda"


AGENDA_DAYS = 14
MONTH_WEEKS = 6


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the week holding `day` (weekdays counted from Monday = 0)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def page_range(anchor: date, mode: Mode, first_weekday: int) -> tuple[date, date]:
    """The first day shown and the day after the last one."""
    if mode is Mode.MONTH:
        first = week_start(anchor.replace(day=1), first_weekday)
        return first, first + timedelta(weeks=MONTH_WEEKS)
    if mode is Mode.WEEK:
        first = week_start(anchor, first_weekday)
        return first, first + timedelta(weeks=1)
    return anchor, anchor + timedelta(days=AGENDA_DAYS)


def shifted(anchor: date, mode: Mode, steps: int) -> date:
    """The anchor `steps` pages later (earlier when negative); months keep the day if they can."""
    if mode is Mode.WEEK:
        return anchor + timedelta(weeks=steps)
    if mode is Mode.AGENDA:
        return anchor + timedelta(days=AGENDA_DAYS * steps)
    index = anchor.month - 1 + steps
    year, month = anchor.year + index // 12, index % 12 + 1
    return date(year, month, min(anchor.day, stdlib_calendar.monthrange(year, month)[1]))
