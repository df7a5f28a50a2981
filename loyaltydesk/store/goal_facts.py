"""Reading what goals need from a database, and closing follow-ups whose goal was met.

Plain SQL on the given database, so the services and a schema migration share it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

import peewee as pw

from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.goals import (
    SELF_CLOSING_KINDS,
    CustomerFacts,
    Goal,
    Meeting,
    OpenFollowUp,
    Sale,
    goal_of,
    kinds_closed_by,
    meeting_for,
)
from loyaltydesk.store.fields import moment_text, parse_moment

CHUNK = 500


@dataclass(frozen=True)
class MetFollowUp:
    followup_id: int
    customer_id: int
    meeting: Meeting


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


def _open_rows(database: pw.Database | pw.DatabaseProxy, customer_ids: list[int] | None,
               kinds: tuple[FollowUpKind, ...] = SELF_CLOSING_KINDS) -> list[tuple]:
    values = [k.value for k in kinds]
    sql = ("SELECT f.id, f.customer_id, f.kind, f.created_at, f.purchase_id, p.purchased_on "
           "FROM follow_up f LEFT JOIN purchase p ON p.id = f.purchase_id "
           f"WHERE +f.status = 'open' AND +f.deleted_at IS NULL AND f.kind IN ({_marks(values)})")
    if customer_ids is None:
        return database.execute_sql(sql, values).fetchall()
    rows: list[tuple] = []
    for chunk in _chunks(customer_ids):
        rows += database.execute_sql(f"{sql} AND f.customer_id IN ({_marks(chunk)})",
                                     [*values, *chunk]).fetchall()
    return rows


def open_followups(database: pw.Database | pw.DatabaseProxy, tz: tzinfo,
                   customer_ids: list[int] | None = None,
                   kinds: tuple[FollowUpKind, ...] = SELF_CLOSING_KINDS,
                   ) -> list[tuple[int, int, OpenFollowUp]]:
    """(follow-up id, customer id, what goals see) of every open follow-up of these kinds
    (by default, every kind another event could close)."""
    result = []
    for fid, cid, kind, created, purchase_id, purchased_on in _open_rows(database, customer_ids,
                                                                         kinds):
        made_at = parse_moment(created)
        since = date.fromisoformat(purchased_on) if purchased_on else \
            made_at.astimezone(tz).date()
        result.append((fid, cid, OpenFollowUp(kind, since, made_at, purchase_id)))
    return result


# The unary + keeps SQLite off the deleted_at and status indexes, which would read every row
# of a large book, and on the customer's own index.
_FACT_QUERIES = {
    "sales": "SELECT customer_id, id, purchased_on, is_renewal FROM purchase "
             "WHERE +deleted_at IS NULL AND customer_id IN ({})",
    "surveys": "SELECT customer_id, surveyed_at FROM survey "
               "WHERE +deleted_at IS NULL AND customer_id IN ({})",
    "testimonials": "SELECT customer_id, given_on FROM testimonial "
                    "WHERE +deleted_at IS NULL AND customer_id IN ({})",
    "referrals": "SELECT referrer_id, referred_on FROM referral "
                 "WHERE +deleted_at IS NULL AND referrer_id IN ({})",
    "contacts": "SELECT customer_id, occurred_at FROM interaction "
                "WHERE +deleted_at IS NULL AND customer_id IN ({0}) "
                "UNION ALL SELECT customer_id, completed_at FROM follow_up "
                "WHERE +status = 'done' AND +deleted_at IS NULL AND completed_at IS NOT NULL "
                "AND customer_id IN ({0})",
}


# Which facts each goal is judged on.
_PARTS_OF_GOAL = {Goal.SECOND_ORDER: "sales", Goal.RENEWAL: "sales", Goal.SATISFACTION: "surveys",
                  Goal.TESTIMONIAL: "testimonials", Goal.REFERRAL: "referrals",
                  Goal.CONTACT: "contacts"}


def facts_of(database: pw.Database | pw.DatabaseProxy, customer_ids: Iterable[int], tz: tzinfo,
             goals: Iterable[Goal] | None = None) -> dict[int, CustomerFacts]:
    """What these customers did, as far as these goals (all when None) are judged on it;
    the facts no such goal needs are left empty."""
    ids = sorted(set(customer_ids))
    parts: dict[str, dict[int, list]] = {k: defaultdict(list) for k in _FACT_QUERIES}
    wanted = set(_FACT_QUERIES) if goals is None else {
        _PARTS_OF_GOAL[g] for g in goals if g in _PARTS_OF_GOAL}
    for chunk in _chunks(ids):
        for name, sql in _FACT_QUERIES.items():
            if name not in wanted:
                continue
            params = chunk * 2 if name == "contacts" else chunk
            for row in database.execute_sql(sql.format(_marks(chunk)), params):
                parts[name][row[0]].append(_fact(name, row, tz))
    return {cid: CustomerFacts(
        sales=tuple(parts["sales"][cid]), survey_days=tuple(parts["surveys"][cid]),
        testimonial_days=tuple(parts["testimonials"][cid]),
        referral_days=tuple(parts["referrals"][cid]), contacts=tuple(parts["contacts"][cid]),
    ) for cid in ids}


def _fact(name: str, row: tuple, tz: tzinfo):
    if name == "sales":
        return Sale(row[1], date.fromisoformat(row[2]), bool(row[3]))
    if name == "surveys":
        return parse_moment(row[1]).astimezone(tz).date()
    if name == "contacts":
        return parse_moment(row[1])
    return date.fromisoformat(row[1])


def met_followups(database: pw.Database | pw.DatabaseProxy, tz: tzinfo,
                  customer_ids: Iterable[int] | None = None,
                  goals: Iterable[Goal] | None = None) -> list[MetFollowUp]:
    """Open follow-ups whose goal is already met, with the event that met each; only those
    an event meeting `goals` could close, when given."""
    wanted = None if customer_ids is None else sorted(set(customer_ids))
    kinds = SELF_CLOSING_KINDS if goals is None else kinds_closed_by(goals)
    candidates = open_followups(database, tz, wanted, kinds)
    facts = facts_of(database, {cid for _, cid, _ in candidates}, tz,
                     {goal_of(item.kind) for _, _, item in candidates})
    found = []
    for fid, cid, item in candidates:
        meeting = meeting_for(item, facts[cid], tz)
        if meeting is not None:
            found.append(MetFollowUp(fid, cid, meeting))
    return found


def _closed_at(meeting: Meeting, now: datetime, tz: tzinfo) -> datetime:
    at = meeting.at or datetime.combine(meeting.day, time(12), tzinfo=tz)
    return min(at, now)


def close_met(database: pw.Database | pw.DatabaseProxy, tz: tzinfo, now: datetime,
              customer_ids: Iterable[int] | None = None,
              goals: Iterable[Goal] | None = None) -> list[MetFollowUp]:
    """Close as done every open follow-up whose goal is met, naming the event that met it;
    only those an event meeting `goals` (the goals the caller's write may have met) could
    close, when given.

    A follow-up closed this way counts as a contact, which may meet a keep-in-touch goal in
    turn: repeat until nothing more closes. Runs inside the caller's transaction.
    """
    wanted = None if customer_ids is None else list(customer_ids)
    closed: list[MetFollowUp] = []
    for _ in range(3):
        met = met_followups(database, tz, wanted, goals)
        if not met:
            break
        stamp = moment_text(now)
        database.cursor().executemany(
            "UPDATE follow_up SET status = 'done', outcome = ?, completed_at = ?, "
            "updated_at = ? WHERE id = ?",
            [(m.meeting.closing_note(), moment_text(_closed_at(m.meeting, now, tz)), stamp,
              m.followup_id) for m in met])
        database.cursor().executemany(
            "INSERT INTO follow_up_event (uuid, created_at, updated_at, followup_id, action, "
            "at, detail) VALUES (?, ?, ?, ?, 'done', ?, ?)",
            [(uuid.uuid4().bytes, stamp, stamp, m.followup_id, stamp, m.meeting.closing_note())
             for m in met])
        closed += met
        if wanted is None:
            wanted = sorted({m.customer_id for m in met})
    return closed
