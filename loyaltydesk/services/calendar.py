"""The contact calendar: follow-ups, logged contacts and keep-in-touch markers, day by day.

A month of a large book holds tens of thousands of entries, so the day grouping, the first
few entries of each day and the day totals are computed by SQLite in one statement; only what
a view can show comes back to Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.followups import moved_to_day
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.followups import get_followup, reschedule_followup
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text, parse_moment


class EntryType(StrEnum):
    FOLLOWUP = "followup"
    INTERACTION = "interaction"


@dataclass(frozen=True)
class CalendarEntry:
    type: EntryType
    id: int
    customer_id: int
    customer_name: str
    at: datetime
    title: str
    kind: str  # the follow-up kind, or the interaction kind (call, email...)
    channel: str
    status: str  # open, done, skipped; "logged" for a contact
    overdue: bool = False

    @property
    def movable(self) -> bool:
        return self.type is EntryType.FOLLOWUP and self.status == "open"


@dataclass
class Day:
    """One day of the calendar: its first entries in time order, and how many there are."""

    entries: list[CalendarEntry] = field(default_factory=list)
    total: int = 0
    overdue: int = 0
    amber: int = 0  # customers turning amber that day
    red: int = 0  # customers turning red that day


@dataclass(frozen=True)
class RhythmMark:
    """A customer crossing a keep-in-touch threshold on a day (turning amber or red)."""

    day: date
    customer_id: int
    customer_name: str
    state: GapState
    ltv_cents: int


_NAME = "coalesce(nullif(c.name, ''), c.company)"
_FOLLOWUPS = f"""
SELECT 'followup' AS type, f.id, f.customer_id, {_NAME} AS name, f.remind_at AS at, f.title,
       f.kind, f.channel, f.status
FROM follow_up f JOIN customer c ON c.id = f.customer_id
WHERE f.status IN ({{statuses}}) AND f.remind_at >= :start AND f.remind_at < :end
  AND f.deleted_at IS NULL AND c.deleted_at IS NULL"""
_CONTACTS = f"""
SELECT 'interaction', i.id, i.customer_id, {_NAME}, i.occurred_at, i.summary, i.kind, i.kind,
       'logged'
FROM interaction i JOIN customer c ON c.id = i.customer_id
WHERE i.occurred_at >= :start AND i.occurred_at < :end
  AND i.deleted_at IS NULL AND c.deleted_at IS NULL"""
_DAYS = """
WITH e AS ({entries}),
d AS (SELECT e.*, date(substr(e.at, 1, 19), :offset) AS day FROM e),
r AS (SELECT d.*, row_number() OVER (PARTITION BY day ORDER BY at, type, id) AS n,
             count(*) OVER (PARTITION BY day) AS total,
             sum(type = 'followup' AND status = 'open' AND at < :now)
                 OVER (PARTITION BY day) AS overdue
      FROM d)
SELECT type, id, customer_id, name, at, title, kind, channel, status, day, total, overdue
FROM r WHERE n <= :per_day ORDER BY day, n"""


def _offset(first_day: date) -> str:
    """The local UTC offset as an SQLite date modifier (taken at the range's start: a range
    across a daylight-saving change places entries near midnight an hour off, no more)."""
    tz = clock().local_tz()
    offset = datetime.combine(first_day, time(12), tzinfo=tz).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    return f"{minutes:+d} minutes"


def _query(first_day: date, end_day: date, interactions: bool, include_closed: bool,
           per_day: int):
    tz = clock().local_tz()
    statuses = "'open', 'done', 'skipped'" if include_closed else "'open'"
    entries = _FOLLOWUPS.format(statuses=statuses)
    if interactions:
        entries += " UNION ALL " + _CONTACTS
    params = {"start": moment_text(datetime.combine(first_day, time.min, tzinfo=tz)),
              "end": moment_text(datetime.combine(end_day, time.min, tzinfo=tz)),
              "offset": _offset(first_day), "now": moment_text(now()), "per_day": per_day}
    return db.execute_sql(_DAYS.format(entries=entries), params).fetchall(), params["now"]


def days_between(first_day: date, end_day: date, *, per_day: int = 8,
                 interactions: bool = True, include_closed: bool = True) -> dict[date, Day]:
    """Each local day from `first_day` up to (not including) `end_day` that has anything:
    follow-ups on the day they remind, contacts on the day they happened, and the customers
    turning amber or red. Days keep their first `per_day` entries and their totals."""
    rows, moment = _query(first_day, end_day, interactions, include_closed, per_day)
    days: dict[date, Day] = {}
    for r in rows:
        day = days.setdefault(date.fromisoformat(r[9]), Day(total=r[10], overdue=r[11] or 0))
        overdue = r[0] == "followup" and r[8] == "open" and r[4] < moment
        day.entries.append(CalendarEntry(EntryType(r[0]), r[1], r[2], r[3] or "",
                                         parse_moment(r[4]), r[5], r[6], r[7], r[8], overdue))
    for day_key, (amber, red) in _rhythm_counts(first_day, end_day).items():
        day = days.setdefault(day_key, Day())
        day.amber, day.red = amber, red
    return days


def entries_on(day: date, *, limit: int = 500, interactions: bool = True,
               include_closed: bool = True) -> Day:
    """One day in full (up to `limit` entries), for the list beside the calendar."""
    found = days_between(day, date.fromordinal(day.toordinal() + 1), per_day=limit,
                         interactions=interactions, include_closed=include_closed)
    return found.get(day, Day())


def _rhythm_counts(first_day: date, end_day: date) -> dict[date, tuple[int, int]]:
    sql = """
    SELECT day, sum(state = 'amber'), sum(state = 'red') FROM (
        SELECT amber_on AS day, 'amber' AS state FROM customer
        WHERE amber_on >= :lo AND amber_on < :hi AND deleted_at IS NULL
        UNION ALL
        SELECT red_on, 'red' FROM customer
        WHERE red_on >= :lo AND red_on < :hi AND deleted_at IS NULL)
    GROUP BY day"""
    rows = db.execute_sql(sql, {"lo": first_day.isoformat(), "hi": end_day.isoformat()})
    return {date.fromisoformat(r[0]): (r[1], r[2]) for r in rows.fetchall()}


def rhythm_marks_on(day: date, limit: int = 50) -> tuple[list[RhythmMark], int]:
    """Customers turning red, then amber, on `day`, most valuable first; and how many."""
    sql = """
    SELECT id, coalesce(nullif(name, ''), company), state, ltv_cents, count(*) OVER () FROM (
        SELECT id, name, company, ltv_cents, 'red' AS state FROM customer
        WHERE red_on = :day AND deleted_at IS NULL
        UNION ALL
        SELECT id, name, company, ltv_cents, 'amber' FROM customer
        WHERE amber_on = :day AND deleted_at IS NULL)
    ORDER BY state = 'amber', ltv_cents DESC, id LIMIT :limit"""
    rows = db.execute_sql(sql, {"day": day.isoformat(), "limit": limit}).fetchall()
    marks = [RhythmMark(day, r[0], r[1] or "", GapState(r[2]), r[3]) for r in rows]
    return marks, rows[0][4] if rows else 0


def move_followup_to_day(followup_id: int, day: date) -> datetime:
    """Reschedule a follow-up to another day at the same local time it reminds at."""
    row = get_followup(followup_id)
    due = moved_to_day(row.remind_at, day, clock().local_tz())
    reschedule_followup(followup_id, due)
    return due
