"""What one contact sheet knows about a customer, and who is due for a visit on given days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from loyaltydesk.clock import clock
from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.metrics import RENEWAL_HORIZON_DAYS
from loyaltydesk.services.customers import CustomerRecord
from loyaltydesk.store.fields import moment_text
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


def _rungs(cid: int) -> dict[Stage, datetime]:
    rungs: dict[Stage, datetime] = {}
    for to_stage, at in (StageChange.select(StageChange.to_stage, StageChange.changed_at)
                         .where(StageChange.customer == cid)
                         .order_by(StageChange.changed_at, StageChange.id).tuples()):
        if to_stage in Stage._value2member_map_:
            rungs[Stage(to_stage)] = at
    return rungs


def _renewals(cid: int, visit: date) -> list[tuple[date, str]]:
    end = visit + timedelta(days=RENEWAL_HORIZON_DAYS)
    query = (Purchase.select(Purchase.contract_end_on, Purchase.description)
             .where((Purchase.customer == cid) & Purchase.deleted_at.is_null()
                    & Purchase.contract_end_on.between(visit, end))
             .order_by(Purchase.contract_end_on).tuples())
    return list(query)


def _asked_for_praise(cid: int) -> bool:
    asked = FollowUp.select(FollowUp.id).where(
        (FollowUp.customer == cid) & FollowUp.kind.in_(_PRAISE_KINDS)
        & FollowUp.deleted_at.is_null() & (FollowUp.status != "skipped"))
    given = Testimonial.select(Testimonial.id).where(
        (Testimonial.customer == cid) & Testimonial.deleted_at.is_null())
    return asked.exists() or given.exists()


def _referrals(cid: int) -> list[tuple[str, str, date]]:
    made = list(Referral.select(Referral.referred, Referral.referred_name, Referral.status,
                                Referral.referred_on)
                .where((Referral.referrer == cid) & Referral.deleted_at.is_null())
                .order_by(Referral.referred_on.desc(), Referral.id.desc()).tuples())
    if not made:
        return []
    known = [r[0] for r in made if r[0] is not None]
    names = {i: name or company for i, name, company in Customer.select(
        Customer.id, Customer.name, Customer.company).where(Customer.id.in_(known)).tuples()}
    return [(names.get(referred, "") or name, status, on)
            for referred, name, status, on in made]


def _referred_by(record: CustomerRecord) -> str:
    if record.referred_by_id is None:
        return ""
    row = (Customer.select(Customer.name, Customer.company)
           .where(Customer.id == record.referred_by_id).first())
    return (row.name or row.company) if row else ""


def sheet_facts(record: CustomerRecord, visit: date) -> SheetFacts:
    """The facts, with renewals counted from the day of the visit."""
    cid = record.id
    purchases = list(Purchase.select(Purchase.purchased_on, Purchase.amount_cents,
                                     Purchase.currency, Purchase.description)
                     .where((Purchase.customer == cid) & Purchase.deleted_at.is_null())
                     .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
                     .limit(LAST_PURCHASES).tuples())
    survey = (Survey.select().where((Survey.customer == cid) & Survey.deleted_at.is_null())
              .order_by(Survey.surveyed_at.desc(), Survey.id.desc()).first())
    followups = (FollowUp.select().where((FollowUp.customer == cid) & (FollowUp.status == "open")
                                         & FollowUp.deleted_at.is_null())
                 .order_by(FollowUp.remind_at, FollowUp.id))
    contacts = (Interaction.select().where((Interaction.customer == cid)
                                           & Interaction.deleted_at.is_null())
                .order_by(Interaction.occurred_at.desc()).limit(LAST_INTERACTIONS))
    return SheetFacts(
        record, _rungs(cid), purchases,
        (survey.surveyed_at, survey.score, survey.eleven, survey.comment) if survey else None,
        [PlannedFollowUp(f.remind_at, _kind(f.kind), f.channel, f.title, f.script)
         for f in followups],
        [(i.occurred_at, i.kind, i.summary, i.notes) for i in contacts],
        _renewals(cid, visit), _asked_for_praise(cid), _referrals(cid), _referred_by(record),
        purchases[0][2] if purchases else "")


def _kind(value: str) -> FollowUpKind:
    try:
        return FollowUpKind(value)
    except ValueError:
        return FollowUpKind.TASK


def _local_start(day: date) -> str:
    return moment_text(datetime.combine(day, time.min, tzinfo=clock().local_tz()))


def due_between(first: date, end: date, among: Sequence[int] | None = None) -> list[int]:
    """Customers (not in the trash) with an open follow-up due from `first` to before `end`
    (local days), by the time of their first such follow-up."""
    query = (FollowUp.select(FollowUp.customer, FollowUp.remind_at)
             .join(Customer)
             .where((FollowUp.status == "open") & FollowUp.deleted_at.is_null()
                    & Customer.deleted_at.is_null()
                    & (FollowUp.remind_at >= _local_start(first))
                    & (FollowUp.remind_at < _local_start(end)))
             .order_by(FollowUp.remind_at, FollowUp.id).tuples())
    allowed = set(among) if among is not None else None
    seen: dict[int, None] = {}
    for cid, _at in query:
        if allowed is None or cid in allowed:
            seen.setdefault(cid, None)
    return list(seen)


def visit_times(customer_ids: Sequence[int], first: date, end: date) -> dict[int, datetime]:
    """Each customer's first open follow-up due in the range: the time of the visit."""
    found: dict[int, datetime] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = list(customer_ids[start:start + 500])
        for cid, at in (FollowUp.select(FollowUp.customer, FollowUp.remind_at)
                        .where(FollowUp.customer.in_(chunk) & (FollowUp.status == "open")
                               & FollowUp.deleted_at.is_null()
                               & (FollowUp.remind_at >= _local_start(first))
                               & (FollowUp.remind_at < _local_start(end)))
                        .order_by(FollowUp.remind_at).tuples()):
            found.setdefault(cid, at)
    return found
