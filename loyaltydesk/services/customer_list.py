"""The customer list: which customers match a filter, in which order, a window at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.ladder import LADDER, Stage
from loyaltydesk.domain.rhythm import NEXT_STEP_FROM, GapState
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text, parse_moment
from loyaltydesk.store.search import FTS_TABLE, match_expression
from loyaltydesk.store.today_reads import CUSTOMER_COLUMNS


class SortKey(StrEnum):
    NAME = "name"
    COMPANY = "company"
    CITY = "city"
    STAGE = "stage"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOWUP = "next_followup"
    LTV = "ltv"
    LAST_SCORE = "last_score"
    OWNER = "owner"
    PURCHASES = "purchases"
    RHYTHM = "rhythm"  # red first (longest red first), then amber, then the rest


_STAGE_RANK = "CASE c.stage " + " ".join(
    f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(LADDER)) + " END"

NEXT_STEP_STAGES = tuple(s.value for s in LADDER if s.rank >= NEXT_STEP_FROM.rank)

# The rhythm sort key compares text: "0<red day>", "1<amber day>", "2<amber day>".
_RHYTHM_RANK = ("CASE WHEN c.red_on <= '{day}' THEN '0' || c.red_on "
                "WHEN c.amber_on <= '{day}' THEN '1' || c.amber_on "
                "ELSE '2' || coalesce(c.amber_on, '') END")

_ORDER = {
    SortKey.NAME: "c.name COLLATE NOCASE",
    SortKey.COMPANY: "c.company COLLATE NOCASE",
    SortKey.CITY: "c.city COLLATE NOCASE",
    SortKey.STAGE: _STAGE_RANK,
    SortKey.LAST_CONTACT: "c.last_contact_at",
    SortKey.NEXT_FOLLOWUP: "c.next_followup_at",
    SortKey.LTV: "c.ltv_cents",
    SortKey.LAST_SCORE: "c.last_score",
    SortKey.OWNER: "nullif(c.owner, '') COLLATE NOCASE",
    SortKey.PURCHASES: "c.purchase_count",
    SortKey.RHYTHM: _RHYTHM_RANK,
}


@dataclass(frozen=True)
class CustomerFilter:
    text: str = ""
    stages: tuple[Stage, ...] = ()
    tag: str = ""
    owner: str = ""
    city: str = ""
    overdue: bool = False  # an open follow-up whose time has passed
    one_purchase_only: bool = False  # bought once, no second order yet
    ids: tuple[int, ...] = field(default=())  # a fixed set (a chart's click-through)
    trashed: bool = False
    # Losing touch: past the ideal gap (amber) and/or the maximum gap (red), as of today.
    gap_states: tuple[GapState, ...] = ()
    no_next_step: bool = False  # from the first purchase up, no open follow-up

    def is_empty(self) -> bool:
        """True when the filter lets every (untrashed) customer through."""
        return self == CustomerFilter()


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    name: str
    company: str
    city: str
    stage: Stage
    last_contact_at: datetime | None
    next_followup_at: datetime | None
    ltv_cents: int
    last_score: int | None
    purchase_count: int
    email: str
    phone: str
    owner: str
    amber_on: date | None = None
    red_on: date | None = None

    @property
    def display_name(self) -> str:
        return self.name or self.company

    def gap_state(self, today: date) -> GapState:
        if self.red_on is not None and today >= self.red_on:
            return GapState.RED
        if self.amber_on is not None and today >= self.amber_on:
            return GapState.AMBER
        return GapState.OK

    @property
    def needs_next_step(self) -> bool:
        return self.stage.value in NEXT_STEP_STAGES and self.next_followup_at is None


def local_day(at: datetime) -> date:
    return at.astimezone(clock().local_tz()).date()


def _gap_clause(states: tuple[GapState, ...], day: str) -> tuple[str, list[object]]:
    parts: list[str] = []
    params: list[object] = []
    if GapState.RED in states:
        parts.append("c.red_on <= ?")
        params.append(day)
    if GapState.AMBER in states:
        parts.append("(c.amber_on <= ? AND c.red_on > ?)")
        params.extend((day, day))
    if GapState.OK in states:
        parts.append("(c.amber_on IS NULL OR c.amber_on > ?)")
        params.append(day)
    return "(" + " OR ".join(parts) + ")", params


_STAGE_OF = {stage.value: stage for stage in Stage}


def _where(spec: CustomerFilter, at: datetime) -> tuple[list[str], list[object]]:
    clauses = ["c.deleted_at IS NOT NULL" if spec.trashed else "c.deleted_at IS NULL"]
    params: list[object] = []
    expression = match_expression(spec.text)
    if expression and spec.trashed:  # the search index leaves the trash out; it is small
        for word in spec.text.split():
            clauses.append("(" + " OR ".join(f"c.{column} LIKE ? ESCAPE '\\'" for column in
                                              ("name", "company", "email", "city")) + ")")
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.extend([f"%{escaped}%"] * 4)
    elif expression:
        clauses.append(f"c.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
        params.append(expression)
    if spec.stages:
        clauses.append(f"c.stage IN ({','.join('?' * len(spec.stages))})")
        params.extend(s.value for s in spec.stages)
    if spec.tag:
        clauses.append("c.id IN (SELECT ct.customer_id FROM customer_tag ct JOIN tag t "
                       "ON t.id = ct.tag_id WHERE t.name = ?)")
        params.append(spec.tag)
    if spec.owner:
        clauses.append("c.owner = ?")
        params.append(spec.owner)
    if spec.city:
        clauses.append("c.city = ? COLLATE NOCASE")
        params.append(spec.city)
    if spec.overdue:
        clauses.append("c.next_followup_at < ?")
        params.append(moment_text(at))
    if spec.one_purchase_only:
        clauses.append("c.purchase_count = 1")
    if spec.ids:
        clauses.append(f"c.id IN ({','.join('?' * len(spec.ids))})")
        params.extend(spec.ids)
    if spec.gap_states:
        clause, gap_params = _gap_clause(spec.gap_states, local_day(at).isoformat())
        clauses.append(clause)
        params.extend(gap_params)
    if spec.no_next_step:
        clauses.append(f"c.stage IN ({','.join('?' * len(NEXT_STEP_STAGES))}) "
                       "AND c.next_followup_at IS NULL")
        params.extend(NEXT_STEP_STAGES)
    return clauses, params


def _order_by(sort: SortKey, descending: bool, at: datetime) -> str:
    column = _ORDER[sort].format(day=local_day(at).isoformat())
    direction = "DESC" if descending else "ASC"
    if sort is SortKey.NAME:  # never NULL, and so read in order from customer_live_name
        return f"ORDER BY {column} {direction}, c.id {direction}"
    return f"ORDER BY ({column}) IS NULL, {column} {direction}, c.id {direction}"


def matching_ids(spec: CustomerFilter = CustomerFilter(), sort: SortKey = SortKey.NAME,
                 descending: bool = False, at: datetime | None = None,
                 expected: int | None = None) -> list[int]:
    """Ids of the matching customers in display order (empty values sort last).

    `expected`, the count when known, lets a large match in name order be read from the name
    index instead of sorted.
    """
    at = at or now()
    clauses, params = _where(spec, at)
    many = expected > _SORT_ALL_BELOW if expected is not None else spec.is_empty()
    hint = "INDEXED BY customer_live_name" if many and _walks_name_index(spec, sort) else ""
    sql = (f"SELECT c.id FROM customer c {hint} WHERE {' AND '.join(clauses)} "
           f"{_order_by(sort, descending, at)}")
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def _walks_name_index(spec: CustomerFilter, sort: SortKey) -> bool:
    return sort is SortKey.NAME and not spec.trashed and not spec.ids


# Above this many matches, reading the name index until a page is full beats sorting them all.
_SORT_ALL_BELOW = 4000


@dataclass(frozen=True)
class Page:
    """The first part of a list: how many match, and the first of them in order (all of them
    when sorting them all was cheap)."""

    total: int
    ids: list[int]
    exact: bool = True  # False: `total` is live_count_at_most(), see first_page

    @property
    def complete(self) -> bool:
        return len(self.ids) >= self.total


def first_page(spec: CustomerFilter = CustomerFilter(), sort: SortKey = SortKey.NAME,
               descending: bool = False, size: int = 200, at: datetime | None = None,
               estimate: bool = False) -> Page:
    """What a keystroke in the filter needs at once; matching_ids gives the rest on demand.

    With `estimate`, a list of everyone in name order takes live_count_at_most() for its
    count (read at once, where counting walks the whole book): start-up paints with it and
    counts once the window is on screen."""
    at = at or now()
    if estimate and spec.is_empty() and _walks_name_index(spec, sort):
        total = live_count_at_most()
        if total > _SORT_ALL_BELOW:
            clauses, params = _where(spec, at)
            sql = (f"SELECT c.id FROM customer c INDEXED BY customer_live_name "
                   f"WHERE {' AND '.join(clauses)} {_order_by(sort, descending, at)} LIMIT ?")
            ids = [row[0] for row in db.execute_sql(sql, [*params, size]).fetchall()]
            if len(ids) < size:  # every one of them: counted
                return Page(len(ids), ids)
            return Page(total, ids, exact=False)
    total = count(spec, at)
    if total <= _SORT_ALL_BELOW or not _walks_name_index(spec, sort):
        return Page(total, matching_ids(spec, sort, descending, at, expected=total))
    clauses, params = _where(spec, at)
    sql = (f"SELECT c.id FROM customer c INDEXED BY customer_live_name "
           f"WHERE {' AND '.join(clauses)} {_order_by(sort, descending, at)} LIMIT ?")
    return Page(total, [row[0] for row in db.execute_sql(sql, [*params, size]).fetchall()])


def count(spec: CustomerFilter = CustomerFilter(), at: datetime | None = None) -> int:
    if spec == CustomerFilter(text=spec.text) and match_expression(spec.text):
        # the search index holds exactly the customers outside the trash
        sql = f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
        return db.execute_sql(sql, [match_expression(spec.text)]).fetchone()[0]
    clauses, params = _where(spec, at or now())
    sql = f"SELECT count(*) FROM customer c WHERE {' AND '.join(clauses)}"
    return db.execute_sql(sql, params).fetchone()[0]


def live_count_at_most() -> int:
    """The customers outside the trash, never fewer: the highest id less the trash, read
    from the two ends of their indexes whatever the size of the book. It is the count itself
    unless customers were ever purged from the trash (their ids are gone)."""
    top = db.execute_sql("SELECT coalesce(max(id), 0) FROM customer").fetchone()[0]
    trashed = db.execute_sql(
        "SELECT count(*) FROM customer WHERE deleted_at IS NOT NULL").fetchone()[0]
    return top - trashed


_ROW_COLUMNS = ", ".join(CUSTOMER_COLUMNS)


def rows(ids: Sequence[int]) -> list[CustomerRow]:
    """The list's columns for these customers, in the order given."""
    found: dict[int, CustomerRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        sql = f"SELECT {_ROW_COLUMNS} FROM customer WHERE id IN ({','.join('?' * len(chunk))})"
        for r in db.execute_sql(sql, chunk).fetchall():
            found[r[0]] = row_of(r)
    return [found[i] for i in ids if i in found]


def row_of(r: Sequence) -> CustomerRow:
    """A CustomerRow from the stored columns, in the order of _ROW_COLUMNS."""
    return CustomerRow(
        r[0], r[1], r[2], r[3], _STAGE_OF[r[4]],
        parse_moment(r[5]) if r[5] else None, parse_moment(r[6]) if r[6] else None,
        r[7], r[8], r[9], r[10], r[11], r[12],
        date.fromisoformat(r[13]) if r[13] else None,
        date.fromisoformat(r[14]) if r[14] else None)


def all_cities() -> list[str]:
    """The cities of the customers not in the trash, for a filter's choices."""
    sql = ("SELECT DISTINCT city FROM customer WHERE city != '' AND deleted_at IS NULL "
           "ORDER BY city COLLATE NOCASE")
    return [row[0] for row in db.execute_sql(sql).fetchall()]
