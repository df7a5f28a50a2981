"""The user's clock in the views: local moments, what "today" is, and Qt's dates and times.

Edits show minutes, so a moment goes into Qt and comes back to the minute.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime

from loyaltydesk.clock import clock, now


def local(moment: datetime) -> datetime:
    """`moment` on the user's wall clock."""
    return moment.astimezone(clock().local_tz())


def local_now() -> datetime:
    return local(now())


def today() -> date:
    """The user's date, in their timezone (the injectable clock's)."""
    return local_now().date()


def start_of(day: date) -> datetime:
    """Midnight at the start of `day`, local time."""
    return datetime.combine(day, time.min, tzinfo=clock().local_tz())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """The wall-clock time of `moment` in the user's timezone, to the minute, as edits show it."""
    shown = local(moment)
    return QDateTime(to_qdate(shown.date()), QTime(shown.hour, shown.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    """A date and time the user picked, read as local time."""
    day, moment = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute(),
                    tzinfo=clock().local_tz())
