"""The contact calendar: follow-ups, logged contacts and keep-in-touch markers, day by day.

A month of a large book holds tens of thousands of entries, so the day grouping, the first
few entries of each day and the day totals are computed by SQLite in one statement; only what
a view can show comes back to Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.cadences import planned_length
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
    minutes: int = 0  # how long a logged contact took, or a follow-up is planned to take

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
_STATUSES = {True: "'open', 'done', 'skipped'", False: "'open'"}
_FOLLOWUP = (f"'followup', t.id, t.customer_id, {_NAME}, t.remind_at, t.title, t.kind, "
             "t.channel, t.status, 0")
_CONTACT = (f"'interaction', t.id, t.customer_id, {_NAME}, t.occurred_at, t.summary, t.kind, "
            "t.kind, 'logged', t.effort_minutes")
_LIVE = "t.deleted_at IS NULL AND c.deleted_at IS NULL"


def _count(table: str, moment: str, where: str, overdue: str,
           params: dict) -> dict[date, tuple[int, int]]:
    """Entries per local day, counted on an index alone, less the few in the trash (or of a
    customer in the trash) found through the deleted_at indexes. `where` is written on the
    index's columns; a + before a column keeps SQLite from choosing its index.

    Rows are grouped by their UTC hour (by minute where the zone is not a whole number of
    hours off UTC), which the index gives for free, and each hour is put on its local day
    here: cheaper than a date function per row, and right across daylight-saving changes.
    """
    width = 13 if params["whole_hours"] else 16
    head = f"SELECT substr({moment}, 1, {width}), count(*), {overdue} FROM {table} WHERE"
    plus = where
    for column in ("status", moment):
        plus = plus.replace(column, f"+{column}")
    parts = ((1, f"{head} {where}"), (-1, f"{head} deleted_at > '' AND {plus}"),
             (-1, f"{head} customer_id IN (SELECT id FROM customer WHERE deleted_at > '') "
                  f"AND +deleted_at IS NULL AND {where}"))
    tz = clock().local_tz()
    counts: dict[date, tuple[int, int]] = {}
    for sign, sql in parts:
        for prefix, total, late in db.execute_sql(f"{sql} GROUP BY 1", params).fetchall():
            minute = prefix if len(prefix) == 16 else f"{prefix}:00"
            key = datetime.fromisoformat(f"{minute}:00+00:00").astimezone(tz).date()
            before = counts.get(key, (0, 0))
            counts[key] = (before[0] + sign * total, before[1] + sign * (late or 0))
    return counts


def _followups_of_day(day: date, statuses: str, pick: int, params: dict) -> list[tuple]:
    """A day's first follow-ups: chosen on the (status, remind_at) index, then read."""
    tz = clock().local_tz()
    bounds = {**params,
              "day_start": moment_text(datetime.combine(day, time.min, tzinfo=tz)),
              "day_end": moment_text(datetime.combine(day + timedelta(days=1), time.min,
                                                      tzinfo=tz)),
              "pick": pick + 4}  # a few spare, in case some of the first are in the trash
    chosen = (f"SELECT id FROM follow_up WHERE status IN ({statuses}) AND remind_at >= "
              ":day_start AND remind_at < :day_end ORDER BY remind_at, id LIMIT :pick")
    sql = (f"SELECT {_FOLLOWUP} FROM follow_up t JOIN customer c ON c.id = t.customer_id "
           f"WHERE t.id IN ({chosen}) AND {_LIVE}")
    return db.execute_sql(sql, bounds).fetchall()


def _contacts_of_day(day: date, pick: int) -> list[tuple]:
    """A day's first contacts: chosen on the (occurred_at, id) index alone, then read."""
    tz = clock().local_tz()
    bounds = {"day_start": moment_text(datetime.combine(day, time.min, tzinfo=tz)),
              "day_end": moment_text(datetime.combine(day + timedelta(days=1), time.min,
                                                      tzinfo=tz)),
              "pick": pick + 4}  # a few spare, in case some of the first are in the trash
    chosen = ("SELECT id FROM interaction WHERE occurred_at >= :day_start "
              "AND occurred_at < :day_end ORDER BY occurred_at, id LIMIT :pick")
    sql = (f"SELECT {_CONTACT} FROM interaction t JOIN customer c ON c.id = t.customer_id "
           f"WHERE t.id IN ({chosen}) AND {_LIVE}")
    return db.execute_sql(sql, bounds).fetchall()


def _whole_hours(first_day: date, end_day: date) -> bool:
    """Whether the local zone is a whole number of hours off UTC over the range."""
    tz = clock().local_tz()
    offsets = {datetime.combine(day, time(12), tzinfo=tz).utcoffset() or timedelta()
               for day in (first_day, end_day)}
    return all(offset.total_seconds() % 3600 == 0 for offset in offsets)


def days_between(first_day: date, end_day: date, *, per_day: int = 8,
                 interactions: bool = True, include_closed: bool = True) -> dict[date, Day]:
    """Each local day from `first_day` up to (not including) `end_day` that has anything:
    follow-ups on the day they remind, contacts on the day they happened, and the customers
    turning amber or red. Days keep their first `per_day` entries and their totals."""
    tz = clock().local_tz()
    # Overdue, as on the Today view: still open from a day before today.
    overdue_before = moment_text(datetime.combine(now().astimezone(tz).date(), time.min,
                                                  tzinfo=tz))
    params = {"start": moment_text(datetime.combine(first_day, time.min, tzinfo=tz)),
              "end": moment_text(datetime.combine(end_day, time.min, tzinfo=tz)),
              "whole_hours": _whole_hours(first_day, end_day), "today": overdue_before}
    statuses = _STATUSES[include_closed]
    planned = _count("follow_up", "remind_at", f"status IN ({statuses}) AND remind_at >= "
                     ":start AND remind_at < :end", "sum(status = 'open' AND remind_at < :today)",
                     params)
    days = {key: Day(total=total, overdue=late) for key, (total, late) in planned.items()
            if total > 0}
    rows = [row for key in days for row in _followups_of_day(key, statuses, per_day, params)]
    if interactions:
        contacts = _count("interaction", "occurred_at",
                          "occurred_at >= :start AND occurred_at < :end", "0", params)
        for key, (total, _late) in contacts.items():
            if total > 0:
                days.setdefault(key, Day()).total += total
                rows += _contacts_of_day(key, per_day)
    _keep_first(days, rows, per_day, overdue_before)
    for key, (amber, red) in _rhythm_counts(first_day, end_day).items():
        day = days.setdefault(key, Day())
        day.amber, day.red = amber, red
    return days


def _keep_first(days: dict[date, Day], rows: list[tuple], per_day: int,
                overdue_before: str) -> None:
    tz = clock().local_tz()
    for r in sorted(rows, key=lambda r: (r[4], r[0], r[1])):
        at = parse_moment(r[4])
        day = days.setdefault(at.astimezone(tz).date(), Day(total=1))
        if len(day.entries) < per_day:
            overdue = r[0] == "followup" and r[8] == "open" and r[4] < overdue_before
            minutes = r[9] or 0 if r[0] != "followup" else \
                int(planned_length(r[7]).total_seconds()) // 60
            day.entries.append(CalendarEntry(EntryType(r[0]), r[1], r[2], r[3] or "", at,
                                             r[5], r[6], r[7], r[8], overdue, minutes))


def entries_on(day: date, *, limit: int = 500, interactions: bool = True,
               include_closed: bool = True) -> Day:
    """One day in full (up to `limit` entries), for the list beside the calendar."""
    found = days_between(day, day + timedelta(days=1), per_day=limit,
                         interactions=interactions, include_closed=include_closed)
    return found.get(day, Day())


def _rhythm_counts(first_day: date, end_day: date) -> dict[date, tuple[int, int]]:
    """Live customers turning amber and red per day, counted on the live customers' amber and
    red indexes alone."""
    params = {"lo": first_day.isoformat(), "hi": end_day.isoformat()}
    counts: dict[date, list[int]] = {}
    for slot, (column, index) in enumerate((("amber_on", "customer_live_amber"),
                                            ("red_on", "customer_live_red"))):
        sql = f"SELECT {column}, count(*) FROM customer INDEXED BY {index} " \
              f"WHERE deleted_at IS NULL AND {column} >= :lo AND {column} < :hi GROUP BY 1"
        for day, total in db.execute_sql(sql, params).fetchall():
            counts.setdefault(date.fromisoformat(day), [0, 0])[slot] += total
    return {day: (amber, red) for day, (amber, red) in counts.items() if amber or red}


def rhythm_marks_on(day: date, limit: int = 50) -> tuple[list[RhythmMark], int]:
    """Customers turning red, then amber, on `day`, most valuable first; and how many."""
    sql = """
    SELECT id, coalesce(nullif(name, ''), company), state, ltv_cents, count(*) OVER () FROM (
        SELECT id, name, company, ltv_cents, 'red' AS state FROM customer
        INDEXED BY customer_live_red WHERE red_on = :day AND deleted_at IS NULL
        UNION ALL
        SELECT id, name, company, ltv_cents, 'amber' FROM customer
        INDEXED BY customer_live_amber WHERE amber_on = :day AND deleted_at IS NULL)
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
