"""What one contact sheet knows about a customer, and who is due for a visit on given days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peewee import fn

from loyaltydesk.clock import clock
from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.metrics import RENEWAL_HORIZON_DAYS
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.store.fields import moment_text, parse_moment
from loyaltydesk.store.models import (
    Customer,
    FollowUp,
    Interaction,
    Purchase,
    Referral,
    StageChange,
    Survey,
    Testimonial,
)
from loyaltydesk.store.queries import tuples

LAST_PURCHASES = 5
LAST_INTERACTIONS = 5
_PRAISE_KINDS = (FollowUpKind.TESTIMONIAL.value, FollowUpKind.REFERRAL.value)


@dataclass(frozen=True)
class PlannedFollowUp:
    due_at: datetime
    kind: FollowUpKind
    channel: str
    title: str
    script: str  # what to ask


@dataclass(frozen=True)
class SheetFacts:
    """Everything one contact sheet shows about a customer."""

    record: CustomerRecord
    rungs: dict[Stage, datetime]  # the last time each rung was reached
    purchases: list[tuple[date, int, str, str]]  # day, cents, currency, what
    score: tuple[datetime, int, str, str] | None  # when, score, 11/10 answer, comment
    followups: list[PlannedFollowUp]  # open, soonest first
    interactions: list[tuple[datetime, str, str, str]]  # when, kind, summary, notes
    renewals: list[tuple[date, str]]  # contract end within the horizon, what
    asked_for_praise: bool  # a testimonial or referral was asked for, given or made
    referrals: list[tuple[str, str, date]]  # name, status, on
    referred_by: str
    currency: str


def _live(model):
    """Not in the trash, said so that SQLite keeps to the customer index: nearly every row has
    no deleted_at, so its own index would walk the whole table."""
    return fn.IFNULL(model.deleted_at, "") == ""


def _grouped(rows, ids: Sequence[int]) -> dict[int, list[tuple]]:
    """Rows whose first value is a customer id, in their order, by customer."""
    found: dict[int, list[tuple]] = {cid: [] for cid in ids}
    for row in rows:
        found[row[0]].append(row[1:])
    return found


def _rungs(ids: Sequence[int]) -> dict[int, dict[Stage, datetime]]:
    rungs: dict[int, dict[Stage, datetime]] = {cid: {} for cid in ids}
    for cid, to_stage, at in tuples(StageChange.select(StageChange.customer, StageChange.to_stage,
                                                 StageChange.changed_at)
                              .where(StageChange.customer.in_(ids))
                              .order_by(StageChange.changed_at, StageChange.id)):
        if to_stage in Stage._value2member_map_:
            rungs[cid][Stage(to_stage)] = at  # the last time wins
    return rungs


def _praised(ids: Sequence[int]) -> set[int]:
    """Customers asked for a testimonial or referral (not skipped), or who gave one."""
    asked = tuples(FollowUp.select(FollowUp.customer, FollowUp.kind, FollowUp.status).where(
        FollowUp.customer.in_(ids) & _live(FollowUp)))
    given = tuples(Testimonial.select(Testimonial.customer).where(
        Testimonial.customer.in_(ids) & _live(Testimonial)))
    return ({cid for cid, kind, status in asked if kind in _PRAISE_KINDS and status != "skipped"}
            | {cid for (cid,) in given})


def _names(ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {i: name or company for i, name, company in tuples(Customer.select(
        Customer.id, Customer.name, Customer.company).where(Customer.id.in_(list(ids))))}


def _referrals(ids: Sequence[int]) -> dict[int, list[tuple[str, str, date]]]:
    made = list(tuples(Referral.select(Referral.referrer, Referral.referred, Referral.referred_name,
                                Referral.status, Referral.referred_on)
                .where(Referral.referrer.in_(ids) & _live(Referral))
                .order_by(Referral.referred_on.desc(), Referral.id.desc())))
    names = _names({r[1] for r in made if r[1] is not None})
    return _grouped([(cid, names.get(referred, "") or name, status, on)
                     for cid, referred, name, status, on in made], ids)


def _purchases(ids: Sequence[int]) -> dict[int, list[tuple]]:
    return _grouped(tuples(Purchase.select(Purchase.customer, Purchase.purchased_on,
                                    Purchase.amount_cents, Purchase.currency,
                                    Purchase.description, Purchase.contract_end_on)
                    .where(Purchase.customer.in_(ids) & _live(Purchase))
                    .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())), ids)


def _surveys(ids: Sequence[int]) -> dict[int, list[tuple]]:
    return _grouped(tuples(Survey.select(Survey.customer, Survey.surveyed_at, Survey.score,
                                  Survey.eleven, Survey.comment)
                    .where(Survey.customer.in_(ids) & _live(Survey))
                    .order_by(Survey.surveyed_at.desc(), Survey.id.desc())), ids)


def _open_followups(ids: Sequence[int]) -> dict[int, list[tuple]]:
    rows = tuples(FollowUp.select(FollowUp.customer, FollowUp.remind_at, FollowUp.id, FollowUp.kind,
                            FollowUp.channel, FollowUp.title, FollowUp.script, FollowUp.status)
            .where(FollowUp.customer.in_(ids) & _live(FollowUp)))
    # sorted here: an ORDER BY would lead SQLite to the (status, remind_at) index instead
    chosen = sorted((row for row in rows if row[-1] == "open"), key=lambda row: row[1:3])
    return _grouped([(row[0], row[1], *row[3:7]) for row in chosen], ids)


def _interactions(ids: Sequence[int]) -> dict[int, list[tuple]]:
    """The last few contacts of each customer, picked by SQLite on the (customer, occurred_at)
    index: a customer with years of history brings five rows, not all of them."""
    ranked = (Interaction.select(Interaction.customer, Interaction.occurred_at, Interaction.kind,
                                 Interaction.summary, Interaction.notes,
                                 fn.ROW_NUMBER().over(partition_by=[Interaction.customer],
                                                      order_by=[Interaction.occurred_at.desc(),
                                                                Interaction.id.desc()])
                                 .alias("n"))
              .where(Interaction.customer.in_(ids) & _live(Interaction)))
    rows = tuples(Interaction.select(ranked.c.customer_id, ranked.c.occurred_at, ranked.c.kind,
                               ranked.c.summary, ranked.c.notes)
            .from_(ranked).where(ranked.c.n <= LAST_INTERACTIONS)
            .order_by(ranked.c.customer_id, ranked.c.n))
    return _grouped([(cid, parse_moment(at) if isinstance(at, str) else at, kind, summary,
                      notes) for cid, at, kind, summary, notes in rows], ids)


def sheets_facts(records: Sequence[CustomerRecord], visit: date) -> list[SheetFacts]:
    """The facts of these customers, read a table at a time; renewals count from the visit."""
    ids = [r.id for r in records]
    rungs, praised, referrals = _rungs(ids), _praised(ids), _referrals(ids)
    purchases, surveys = _purchases(ids), _surveys(ids)
    followups, contacts = _open_followups(ids), _interactions(ids)
    referrers = _names({r.referred_by_id for r in records if r.referred_by_id is not None})
    horizon = visit + timedelta(days=RENEWAL_HORIZON_DAYS)
    result = []
    for r in records:
        bought = purchases[r.id]
        result.append(SheetFacts(
            r, rungs[r.id], [row[:4] for row in bought[:LAST_PURCHASES]],
            surveys[r.id][0] if surveys[r.id] else None,
            [PlannedFollowUp(at, _kind(kind), channel, title, script)
             for at, kind, channel, title, script in followups[r.id]],
            contacts[r.id],
            sorted((row[4], row[3]) for row in bought
                   if row[4] is not None and visit <= row[4] <= horizon),
            r.id in praised, referrals[r.id],
            "" if r.referred_by_id is None else referrers.get(r.referred_by_id, ""),
            bought[0][2] if bought else ""))
    return result


def sheet_facts(record: CustomerRecord, visit: date) -> SheetFacts:
    """One customer's facts."""
    return sheets_facts([record], visit)[0]


def _kind(value: str) -> FollowUpKind:
    try:
        return FollowUpKind(value)
    except ValueError:
        return FollowUpKind.TASK


def _local_start(day: date) -> str:
    return moment_text(datetime.combine(day, time.min, tzinfo=clock().local_tz()))


def due_between(first: date | None, end: date, among: Sequence[int] | None = None
                ) -> list[int]:
    """Customers (not in the trash) with an open follow-up due from `first` (None: any time
    before, overdue included) to before `end` (local days), by the time of the first one."""
    query = tuples(FollowUp.select(FollowUp.customer, FollowUp.remind_at)
             .join(Customer)
             .where((FollowUp.status == "open") & _live(FollowUp) & _live(Customer)
                    & (FollowUp.remind_at >= (_local_start(first) if first else ""))
                    & (FollowUp.remind_at < _local_start(end)))
             .order_by(FollowUp.remind_at, FollowUp.id))
    allowed = set(among) if among is not None else None
    seen: dict[int, None] = {}
    for cid, _at in query:
        if allowed is None or cid in allowed:
            seen.setdefault(cid, None)
    return list(seen)
