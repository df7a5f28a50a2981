"""What goes to the phone: follow-ups for the calendar and customers for the address book."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime

from loyaltydesk.services.phone.account import CustomerFilter
from loyaltydesk.store.dav_models import DavItem
from loyaltydesk.store.models import Customer, CustomerTag, FollowUp, Tag
from loyaltydesk.store.queries import tuples

BATCH = 500


@dataclass(frozen=True)
class FollowUpOut:
    uuid: str
    title: str
    script: str
    kind: str
    channel: str
    due: datetime
    status: str  # open, done, skipped; "gone" once trashed with its customer or alone
    created_at: datetime
    customer_uuid: str
    customer_name: str
    customer_phone: str


@dataclass(frozen=True)
class CustomerOut:
    uuid: str
    name: str
    company: str
    phone: str
    email: str
    stage: str
    ltv_cents: int


def digest(record: FollowUpOut | CustomerOut, *extra: object) -> str:
    """A short fingerprint of what the phone shows, to send only what changed."""
    text = json.dumps([asdict(record), *extra], default=str, sort_keys=True)
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _synced_uuids(kind: str) -> list[str]:
    return [u for (u,) in tuples(DavItem.select(DavItem.local_uuid).where(DavItem.kind == kind))]


def _followup(f: FollowUp, c: Customer) -> FollowUpOut:
    gone = f.deleted_at is not None or c.deleted_at is not None
    return FollowUpOut(f.uuid, f.title, f.script, f.kind, f.channel, f.remind_at,
                       "gone" if gone else f.status, f.created_at, c.uuid,
                       c.name or c.company, c.phone)


def _followup_query():
    return FollowUp.select(FollowUp, Customer).join(Customer)


def followups() -> Iterator[FollowUpOut]:
    """Open follow-ups of customers outside the trash, and every one already on the phone."""
    seen: set[str] = set()
    query = _followup_query().where((FollowUp.status == "open") & FollowUp.deleted_at.is_null()
                                    & Customer.deleted_at.is_null()).order_by(FollowUp.id)
    for f in query:
        seen.add(f.uuid)
        yield _followup(f, f.customer)
    synced = [u for u in _synced_uuids("followup") if u not in seen]
    for start in range(0, len(synced), BATCH):
        for f in _followup_query().where(FollowUp.uuid.in_(synced[start:start + BATCH])):
            yield _followup(f, f.customer)


def followup_by_uuid(uuid: str) -> FollowUpOut | None:
    f = _followup_query().where(FollowUp.uuid == uuid).first()
    return None if f is None else _followup(f, f.customer)


def _customer(c: Customer) -> CustomerOut:
    return CustomerOut(c.uuid, c.name, c.company, c.phone, c.email, c.stage, c.ltv_cents)


def _customer_query(chosen: CustomerFilter):
    query = Customer.select().where(Customer.deleted_at.is_null())
    if chosen.with_open_followup:
        query = query.where(Customer.next_followup_at.is_null(False))
    if chosen.stage:
        query = query.where(Customer.stage == chosen.stage)
    if chosen.tag:
        tagged = (CustomerTag.select(CustomerTag.customer).join(Tag)
                  .where(Tag.name == chosen.tag))
        query = query.where(Customer.id.in_(tagged))
    return query


def customers(chosen: CustomerFilter) -> Iterator[CustomerOut]:
    """The customers the filter picks, outside the trash."""
    for c in _customer_query(chosen).order_by(Customer.id):
        yield _customer(c)


def customer_by_uuid(uuid: str) -> CustomerOut | None:
    c = Customer.get_or_none(Customer.uuid == uuid)
    return None if c is None else _customer(c)
