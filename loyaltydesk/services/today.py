"""Today's lists: what is overdue or due today, who is losing touch, who has no next step.

Each list is read a page at a time, the ids from the list's own index first and the rows of a
page after: the view shows a screenful, and its title the whole count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.followups import Status
from loyaltydesk.domain.rhythm import GapDates, GapState, gap_state
from loyaltydesk.services import rhythm
from loyaltydesk.services.customer_list import CustomerRow, row_of
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.store import tallies, today_reads
from loyaltydesk.store.fields import moment_text, parse_moment

PAGE = 30  # rows read at once: a screenful and some


@dataclass(frozen=True)
class CustomerLine:
    customer: CustomerRow
    gap: GapState | None


@dataclass(frozen=True)
class DueLine:
    followup: FollowUpRow
    gap: GapState  # of its customer


@dataclass(frozen=True)
class TodayBoard:
    """The first page of each list, its rows, and each list's count."""

    day: date
    start: datetime  # the day's first moment
    end: datetime  # the next day's first moment
    overdue: list[int]  # follow-up ids
    due_today: list[int]
    losing: list[int]  # customer ids, red first, then amber
    unplanned: list[int]
    overdue_total: int
    today_total: int
    counts: rhythm.RhythmCounts
    due_lines: dict[int, DueLine]  # the rows of the first pages
    customer_lines: dict[int, CustomerLine]


def board(day: date, start: datetime, end: datetime, first: int = PAGE) -> TodayBoard:
    """Everything Today shows at once: a page of each list (`first` rows) and the counts."""
    lo, mid, hi = today_reads.EARLIEST, moment_text(start), moment_text(end)
    overdue, due_today = today_reads.due_ids(lo, mid, first), today_reads.due_ids(mid, hi, first)
    losing, unplanned = losing_ids(day, first), unplanned_ids(first)
    overdue_total, today_total = due_counts(mid, hi)
    return TodayBoard(day, start, end, overdue, due_today, losing, unplanned,
                      overdue_total, today_total, rhythm.counts(day),
                      due_lines(overdue + due_today, day), customer_lines(losing + unplanned, day))


_last_counts: list[tuple[tuple[object, ...], tuple[int, int]]] = []


def due_counts(start: str, end: str) -> tuple[int, int]:
    """Open follow-ups due before the day (stored moment `start`), and within it.

    Today asks at every reload: the counts before each bound are kept by the connection as
    the book changes (store.tallies), so a reload reads no index range as long as the book.
    A reader's connection keeps the answer until the day or the book changes."""
    before_day = tallies.due_before(start, today_reads.due_count)
    before_end = tallies.due_before(end, today_reads.due_count)
    if before_day is not None and before_end is not None:
        return before_day, before_end - before_day
    key = (start, end, *rhythm.book_state())
    if _last_counts and _last_counts[0][0] == key:
        return _last_counts[0][1]
    found = (today_reads.due_count(today_reads.EARLIEST, start),
             today_reads.due_count(start, end))
    _last_counts[:] = [(key, found)]
    return found


def forget_counts() -> None:
    """Drop the counts kept for Today (the next board reads them, as after any write)."""
    _last_counts.clear()
    rhythm.forget_counts()


def overdue_ids(start: datetime, limit: int) -> list[int]:
    """Open follow-ups whose reminder came before the day, oldest first."""
    return today_reads.due_ids(today_reads.EARLIEST, moment_text(start), limit)


def due_today_ids(start: datetime, end: datetime, limit: int) -> list[int]:
    return today_reads.due_ids(moment_text(start), moment_text(end), limit)


def losing_ids(day: date, limit: int) -> list[int]:
    return [cid for cid, _state in rhythm.losing_touch(limit=limit, as_of=day)]


def unplanned_ids(limit: int) -> list[int]:
    return rhythm.without_next_step(limit=limit)


_KINDS = {k.value: k for k in FollowUpKind}
_CHANNELS = {c.value: c for c in Channel}
_STATUSES = {s.value: s for s in Status}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _gap(day: date, amber_on: str | None, red_on: str | None) -> GapState:
    amber, red = _day(amber_on), _day(red_on)
    if amber is None or red is None:  # figures not computed yet
        return GapState.OK
    return gap_state(day, GapDates(amber, red))


def _moment(text: str | None) -> datetime | None:
    return parse_moment(text) if text else None


def due_lines(ids: Sequence[int], day: date) -> dict[int, DueLine]:
    """These follow-ups with their customer's keep-in-touch state on `day`, by id."""
    lines = {}
    for (fid, cid, name, company, due, remind, kind, channel, title, script, status, snoozed,
         notified, completed, outcome, amber_on, red_on) in today_reads.followup_rows(ids):
        row = FollowUpRow(fid, cid, name or company, parse_moment(due), parse_moment(remind),
                          _KINDS.get(kind) or FollowUpKind(kind),
                          _CHANNELS.get(channel) or Channel(channel), title, script,
                          _STATUSES.get(status) or Status(status),
                          _moment(snoozed), _moment(notified), _moment(completed), outcome)
        lines[fid] = DueLine(row, _gap(day, amber_on, red_on))
    return lines


def customer_lines(ids: Sequence[int], day: date) -> dict[int, CustomerLine]:
    """These customers' rows with their keep-in-touch state on `day`, by id."""
    lines = {}
    for stored in today_reads.customer_rows(ids):
        row = row_of(stored)
        lines[row.id] = CustomerLine(row, row.gap_state(day))
    return lines
