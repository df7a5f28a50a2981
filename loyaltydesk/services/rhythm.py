"""The relationship rhythm: gaps by stage and tag, losing touch, and planning the next step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.followups import working_day_due
from loyaltydesk.domain.ladder import LADDER, Stage
from loyaltydesk.domain.rhythm import (
    FALLBACK_RHYTHM,
    NEXT_STEP_FROM,
    GapDates,
    GapState,
    Rhythm,
    RhythmError,
    gap_dates,
    gap_state,
    resolve,
)
from loyaltydesk.services import figures
from loyaltydesk.services.events import Change
from loyaltydesk.services.unit_of_work import Book, touched, touched_book, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store import tallies
from loyaltydesk.store.database import current_path, db
from loyaltydesk.store.models import (
    Customer,
    CustomerTag,
    FollowUp,
    FollowUpEvent,
    StageRhythm,
    Tag,
)

NEXT_STEP_STAGES = tuple(s.value for s in LADDER if s.rank >= NEXT_STEP_FROM.rank)


@dataclass(frozen=True)
class CustomerRhythm:
    rhythm: Rhythm
    source: str  # "customer", "tag <name>" or "stage"
    last_contact: date
    state: GapState
    amber_on: date
    red_on: date


def _local_day(moment: datetime) -> date:
    return moment.astimezone(clock().local_tz()).date()


def rhythm_of(customer_id: int) -> CustomerRhythm:
    """The gaps that apply to a customer, where they come from, and where the customer is."""
    row = Customer.get_by_id(customer_id)
    tags = [(t.name, Rhythm(t.ideal_gap_days, t.max_gap_days)) for t in
            Tag.select().join(CustomerTag).where((CustomerTag.customer == customer_id)
                                                 & Tag.ideal_gap_days.is_null(False))
            if t.ideal_gap_days is not None and t.max_gap_days is not None]
    stage_row = StageRhythm.get_or_none(StageRhythm.stage == row.stage)
    stage = Rhythm(stage_row.ideal_gap_days, stage_row.max_gap_days) if stage_row \
        else Rhythm(*FALLBACK_RHYTHM)
    rhythm = resolve((row.ideal_gap_days, row.max_gap_days), [r for _, r in tags], stage)
    if row.ideal_gap_days is not None or row.max_gap_days is not None:
        source = "customer"
    elif tags:
        source = "tag " + min(tags, key=lambda t: t[1].ideal_days)[0]
    else:
        source = "stage"
    last = _local_day(row.last_contact_at or row.created_at)
    dates = gap_dates(last, rhythm)
    return CustomerRhythm(rhythm, source, last, gap_state(figures.today(), dates),
                          dates.amber_on, dates.red_on)


def set_stage_rhythm(stage: Stage, ideal_days: int, max_days: int) -> None:
    Rhythm(ideal_days, max_days)  # validates
    with unit_of_work():
        StageRhythm.insert(stage=stage.value, ideal_gap_days=ideal_days,
                           max_gap_days=max_days).on_conflict_replace().execute()
        touched_book(Change.BULK, book=Book.RHYTHM)


def set_tag_rhythm(tag: str, ideal_days: int | None, max_days: int | None) -> None:
    """Give a tag its own gaps (both), or clear them (both None)."""
    if (ideal_days is None) != (max_days is None):
        raise RhythmError(tr("A tag's rhythm needs both an ideal and a maximum gap"))
    if ideal_days is not None and max_days is not None:
        Rhythm(ideal_days, max_days)
    with unit_of_work():
        updated = Tag.update(ideal_gap_days=ideal_days, max_gap_days=max_days).where(
            Tag.name == tag).execute()
        if not updated:
            raise RhythmError(tr("No tag named {tag}").format(tag=repr(tag)))
        touched_book(Change.BULK, book=Book.RHYTHM)


def plan_next_step(customer_id: int) -> int:
    """One keystroke: a keep-in-touch follow-up at the ideal gap (never a second one)."""
    existing = FollowUp.select(FollowUp.id).where(
        (FollowUp.customer == customer_id) & (FollowUp.status == "open")
        & FollowUp.deleted_at.is_null()).order_by(FollowUp.remind_at).first()
    if existing is not None:
        return existing.id
    current = rhythm_of(customer_id)
    tz = clock().local_tz()
    day = max(current.amber_on - timedelta(days=1), figures.today() + timedelta(days=1))
    due = working_day_due(day, tz)
    with unit_of_work():
        followup = FollowUp.create(customer=customer_id, due_at=due, remind_at=due,
                                   kind=FollowUpKind.KEEP_IN_TOUCH.value,
                                   channel=Channel.PHONE.value, title="Keep in touch",
                                   script="How are things going? Anything new we can help with?")
        FollowUpEvent.create(followup=followup.id, action="scheduled", at=now(),
                             detail=f"Next step, keeping a {current.rhythm.ideal_days}-day rhythm")
        touched(customer_id, Change.FOLLOWUPS, Change.TIMELINE, Change.CUSTOMERS)
    return followup.id


@dataclass(frozen=True)
class RhythmCounts:
    amber: int
    red: int
    no_next_step: int


_last_counts: list[tuple[tuple[object, ...], RhythmCounts]] = []


def counts(as_of: date | None = None) -> RhythmCounts:
    """How many customers are amber, red, or without a next step.

    The status bar and Today ask on every refresh: the counts are kept by the connection as
    the book changes (store.tallies), read anew when the day turns or another program
    writes. A reader's connection keeps them until anything is written to the book.
    """
    day = (as_of or figures.today()).isoformat()
    kept = tallies.rhythm_counts(day, _STAGES, _count_all)
    if kept is not None:  # kept by this connection as the book changes
        red, amber, unplanned = kept
        return RhythmCounts(amber=amber, red=red, no_next_step=unplanned)
    key = (day, *book_state())
    if _last_counts and _last_counts[0][0] == key:
        return _last_counts[0][1]
    found = _count(day)
    _last_counts[:] = [(key, found)]
    return found


def count_elsewhere(day: date) -> RhythmCounts:
    """The counts on `day` read from the indexes, kept nowhere: what a worker thread's
    connection reads for the window's, which keeps them with keep_counts."""
    return _count(day.isoformat())


def watch_counts() -> int | None:
    """Before counting elsewhere: from now on this connection notes its writes that move
    the counts; the stamp for keep_counts."""
    return tallies.rhythm_watch(_STAGES)


def keep_counts(day: date, stamp: int | None, found: RhythmCounts) -> bool:
    """Keep counts read elsewhere since watch_counts gave `stamp` when the book has not
    moved meanwhile (then counts() answers from them at once); False when it has."""
    return tallies.keep_rhythm_counts(day.isoformat(), stamp,
                                      (found.red, found.amber, found.no_next_step))


def forget_counts() -> None:
    """Drop the kept counts: the next ask reads them from the book."""
    _last_counts.clear()
    tallies.forget()


def book_state() -> tuple[object, ...]:
    """Changes whenever the book may have: another connection's commit moves data_version,
    this connection's writes move total_changes."""
    version = db.execute_sql("PRAGMA data_version").fetchone()[0]
    changes = db.execute_sql("SELECT total_changes()").fetchone()[0]
    return current_path(), id(db.connection()), version, changes


# Each question reads the index made for it (schema steps 10 and 11): SQLite's planner, without
# statistics, would take the trash's index and read every customer.
_RED = "deleted_at IS NULL AND red_on <= :day"
_AMBER = "deleted_at IS NULL AND amber_on <= :day AND red_on > :day"
_STAGES = ", ".join(f"'{stage}'" for stage in NEXT_STEP_STAGES)  # the ladder's own names
_UNPLANNED = f"deleted_at IS NULL AND next_followup_at IS NULL AND stage IN ({_STAGES})"
# Reading the matches through their own index costs a look-up in the table and a place in a
# sort for each, about a hundred times an entry of the value index walked in order; a walk
# meets `limit` matches after about limit x book / matching entries. So the matches are read
# and sorted only while matching² <= _SORT_AT_MOST x limit x book: a few red among many, not
# thousands of them for a page of thirty (that read a hundred milliseconds at 100,000).
_SORT_AT_MOST = 0.01


def _scalar(sql: str, params: Mapping[str, object]) -> int:
    return db.execute_sql(sql, params).fetchone()[0]


def _count(day: str) -> RhythmCounts:
    at = {"day": day}
    return RhythmCounts(
        amber=_scalar(f"SELECT count(*) FROM customer INDEXED BY customer_live_amber "
                      f"WHERE {_AMBER}", at),
        red=_scalar(f"SELECT count(*) FROM customer INDEXED BY customer_live_red WHERE {_RED}",
                    at),
        no_next_step=_scalar(f"SELECT count(*) FROM customer INDEXED BY customer_unplanned "
                             f"WHERE {_UNPLANNED}", at))


def _count_all(day: str) -> tuple[int, int, int]:
    found = _count(day)
    return found.red, found.amber, found.no_next_step


def _book_size() -> int:
    """About how many customers the book holds (the trash and gaps in the ids too): the
    highest id, read from the end of the table at once."""
    return _scalar("SELECT coalesce(max(id), 0) FROM customer", {})


def _most_valuable(where: str, own_index: str, matching: int, day: str,
                   limit: int | None) -> list[int]:
    """Ids of live customers meeting `where`, the most valuable first (then by id)."""
    small = limit is None or matching * matching <= _SORT_AT_MOST * limit * _book_size()
    index = own_index if small else "customer_live_value"
    sql = (f"SELECT id FROM customer INDEXED BY {index} WHERE {where} "
           "ORDER BY ltv_cents DESC, id LIMIT :limit")
    return [row[0] for row in db.execute_sql(sql, {"day": day, "limit": limit or -1})]


def losing_touch(limit: int | None = 200,
                 as_of: date | None = None) -> list[tuple[int, GapState]]:
    """Customers past their ideal gap: red first, then amber, the most valuable first.

    Few of them are read through the red or amber index and sorted; many, by walking the
    live customers down their value until the page is full, so a book of a million answers
    as fast as a small one."""
    on = as_of or figures.today()
    day, known = on.isoformat(), counts(on)
    found = [(cid, GapState.RED)
             for cid in _most_valuable(_RED, "customer_live_red", known.red, day, limit)]
    left = None if not limit else limit - len(found)
    if left == 0:
        return found
    return found + [(cid, GapState.AMBER) for cid in
                    _most_valuable(_AMBER, "customer_live_amber", known.amber, day, left)]


def without_next_step(limit: int | None = None) -> list[int]:
    """From the first purchase up, customers with no open follow-up, most valuable first."""
    sql = (f"SELECT id FROM customer INDEXED BY customer_unplanned WHERE {_UNPLANNED} "
           "ORDER BY ltv_cents DESC, id LIMIT :limit")
    return [row[0] for row in db.execute_sql(sql, {"limit": limit or -1})]


def states(customer_ids: list[int], as_of: date | None = None) -> dict[int, GapState]:
    """The gap state of each of these customers, from their stored amber and red days."""
    today_ = as_of or figures.today()
    result: dict[int, GapState] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = customer_ids[start:start + 500]
        # plain SQL: building a statement of 500 parameters through the ORM costs more than
        # the read itself
        rows = db.execute_sql("SELECT id, amber_on, red_on FROM customer WHERE id IN "
                              f"({', '.join('?' * len(chunk))})", chunk)
        for cid, amber_on, red_on in rows:
            if amber_on is None:
                result[cid] = GapState.OK
            else:
                result[cid] = gap_state(today_, GapDates(date.fromisoformat(amber_on),
                                                         date.fromisoformat(red_on)))
    return result
