"""What exports read: customers in batches and their open follow-ups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.services.customers import record_of
from loyaltydesk.store.models import Customer, CustomerTag, FollowUp, FollowUpEvent, Tag
from loyaltydesk.store.queries import tuples

BATCH = 500


def _tags(ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    query = tuples(CustomerTag.select(CustomerTag.customer, Tag.name).join(Tag)
             .where(CustomerTag.customer.in_(list(ids))).order_by(Tag.name))
    for cid, name in query:
        found[cid].append(name)
    return found


def customer_records(ids: Sequence[int]) -> Iterator[CustomerRecord]:
    """The customers, in the order given, read a batch at a time."""
    for start in range(0, len(ids), BATCH):
        chunk = list(ids[start:start + BATCH])
        rows = {r.id: r for r in Customer.select().where(Customer.id.in_(chunk))}
        tags = _tags(chunk)
        for cid in chunk:
            if cid in rows:
                yield record_of(rows[cid], tags.get(cid, []))


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
        revisions = tuples(FollowUpEvent.select(FollowUpEvent.followup,
                                                pw.fn.COUNT(FollowUpEvent.id))
                     .join(FollowUp).where(FollowUp.customer.in_(chunk))
                     .group_by(FollowUpEvent.followup))
        counts = dict(revisions)
        query = FollowUp.select().where(FollowUp.customer.in_(chunk) & (FollowUp.status == "open")
                                        & FollowUp.deleted_at.is_null())
        result += [OpenFollowUp(f.id, f.uuid, f.customer_id, f.due_at, f.remind_at,
                                FollowUpKind(f.kind), Channel(f.channel), f.title, f.script,
                                max(counts.get(f.id, 1) - 1, 0), f.updated_at, f.created_at)
                   for f in query]
    return sorted(result, key=lambda f: (f.remind_at, f.id))
