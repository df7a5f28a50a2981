"""What exports read: customers in batches and their open follow-ups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services.customers import CustomerRecord
from loyaltydesk.store.models import Customer, CustomerTag, FollowUp, FollowUpEvent, Tag

BATCH = 500
_DETAILS = ("name", "company", "email", "phone", "street", "postal_code", "city", "country",
            "website", "owner", "notes")


def _tags(ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    query = (CustomerTag.select(CustomerTag.customer, Tag.name).join(Tag)
             .where(CustomerTag.customer.in_(list(ids))).order_by(Tag.name).tuples())
    for cid, name in query:
        found[cid].append(name)
    return found


def _record(row: Customer, tags: list[str]) -> CustomerRecord:
    return CustomerRecord(
        id=row.id, uuid=row.uuid,
        details=ContactDetails(**{f: getattr(row, f) for f in _DETAILS}, tags=tags),
        stage=Stage(row.stage), stage_since=row.stage_since, referred_by_id=row.referred_by_id,
        ideal_gap_days=row.ideal_gap_days, max_gap_days=row.max_gap_days,
        purchase_count=row.purchase_count, first_purchase_on=row.first_purchase_on,
        last_purchase_on=row.last_purchase_on, ltv_cents=row.ltv_cents,
        last_contact_at=row.last_contact_at, next_followup_at=row.next_followup_at,
        last_score=row.last_score, amber_on=row.amber_on, red_on=row.red_on,
        created_at=row.created_at, updated_at=row.updated_at, deleted_at=row.deleted_at)


def customer_records(ids: Sequence[int]) -> Iterator[CustomerRecord]:
    """The customers, in the order given, read a batch at a time."""
    for start in range(0, len(ids), BATCH):
        chunk = list(ids[start:start + BATCH])
        rows = {r.id: r for r in Customer.select().where(Customer.id.in_(chunk))}
        tags = _tags(chunk)
        for cid in chunk:
            if cid in rows:
                yield _record(rows[cid], tags.get(cid, []))


@dataclass(frozen=True)
class OpenFollowUp:
    id: int
    uuid: str
    customer_id: int
    due_at: datetime
    remind_at: datetime
    kind: FollowUpKind
    channel: Channel
    title: str
    script: str
    revision: int  # grows each time the follow-up is moved, snoozed or edited
    updated_at: datetime
    created_at: datetime


def open_followups(customer_ids: Sequence[int]) -> list[OpenFollowUp]:
    """Open follow-ups of these customers, soonest first."""
    result: list[OpenFollowUp] = []
    for start in range(0, len(customer_ids), BATCH):
        chunk = list(customer_ids[start:start + BATCH])
        revisions = (FollowUpEvent.select(FollowUpEvent.followup, pw.fn.COUNT(FollowUpEvent.id))
                     .join(FollowUp).where(FollowUp.customer.in_(chunk))
                     .group_by(FollowUpEvent.followup).tuples())
        counts = dict(revisions)
        query = FollowUp.select().where(FollowUp.customer.in_(chunk) & (FollowUp.status == "open")
                                        & FollowUp.deleted_at.is_null())
        result += [OpenFollowUp(f.id, f.uuid, f.customer_id, f.due_at, f.remind_at,
                                FollowUpKind(f.kind), Channel(f.channel), f.title, f.script,
                                max(counts.get(f.id, 1) - 1, 0), f.updated_at, f.created_at)
                   for f in query]
    return sorted(result, key=lambda f: (f.remind_at, f.id))
