"""Adding, editing, moving and trashing customers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from loyaltydesk.clock import now
from loyaltydesk.domain import contacts
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage, StageMove, manual_move
from loyaltydesk.domain.personal import KeptFields
from loyaltydesk.domain.records import DETAIL_FIELDS, KEPT_FIELDS, CustomerRecord
from loyaltydesk.services.events import Change
from loyaltydesk.services.unit_of_work import touched, touched_book, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.bulk import insert_rows
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text
from loyaltydesk.store.models import Customer, CustomerTag, StageChange, Tag
from loyaltydesk.store.queries import delete, tuples


class CustomerError(ValueError):
    """A customer change that cannot be saved; `fields` names what is wrong."""

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields = fields or {}


def tags_of(customer_id: int) -> list[str]:
    query = (Tag.select(Tag.name).join(CustomerTag)
             .where(CustomerTag.customer == customer_id).order_by(Tag.name))
    return [t.name for t in query]


def _record(row: Customer) -> CustomerRecord:
    return record_of(row, tags_of(row.id))


def record_of(row: Customer, tags: list[str]) -> CustomerRecord:
    """The plain record of a customer row with its tags."""
    details = ContactDetails(**{f: getattr(row, f) for f in DETAIL_FIELDS}, tags=tags)
    return CustomerRecord(
        id=row.id, uuid=row.uuid, details=details, stage=Stage(row.stage),
        stage_since=row.stage_since, referred_by_id=row.referred_by_id,
        ideal_gap_days=row.ideal_gap_days, max_gap_days=row.max_gap_days,
        purchase_count=row.purchase_count, first_purchase_on=row.first_purchase_on,
        last_purchase_on=row.last_purchase_on, ltv_cents=row.ltv_cents,
        last_contact_at=row.last_contact_at, next_followup_at=row.next_followup_at,
        last_score=row.last_score, amber_on=row.amber_on, red_on=row.red_on,
        created_at=row.created_at, updated_at=row.updated_at,
        deleted_at=row.deleted_at, kept=KeptFields(**{f: getattr(row, f) for f in KEPT_FIELDS}),
    )


def get_customer(customer_id: int) -> CustomerRecord:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise CustomerError(tr("No customer with id {id}").format(id=customer_id))
    return _record(row)


def _validated(details: ContactDetails) -> ContactDetails:
    clean = contacts.cleaned(details)
    found = contacts.problems(clean)
    if found:
        raise CustomerError("; ".join(found.values()), found)
    return clean


def _set_tags(customer_id: int, tags: Sequence[str]) -> None:
    wanted = list(dict.fromkeys(tags))
    current = set(tags_of(customer_id))
    if current == set(wanted):
        return
    delete(CustomerTag).where(CustomerTag.customer == customer_id).execute()
    for name in wanted:
        tag, _ = Tag.get_or_create(name=name)
        CustomerTag.insert(customer=customer_id, tag=tag.id).on_conflict_ignore().execute()


def record_move(customer_id: int, move: StageMove, at: datetime | None = None) -> int:
    """Write a ladder move into the timeline and the customer's current stage; returns the
    timeline entry's id."""
    return record_moves([(customer_id, move)], at)[0]


def record_moves(moves: Sequence[tuple[int, StageMove]], at: datetime | None = None) -> list[int]:
    """Write ladder moves of different customers, all made at `at` (now when None)."""
    if not moves:
        return []
    stamp = now()
    at = at or stamp
    ids = insert_rows(StageChange, [{
        "customer": cid, "from_stage": m.from_stage.value if m.from_stage else None,
        "to_stage": m.to_stage.value, "changed_at": at, "reason": m.reason,
        "automatic": m.automatic} for cid, m in moves])
    db.cursor().executemany(
        "UPDATE customer SET stage = ?, stage_since = ?, updated_at = ? WHERE id = ?",
        [(m.to_stage.value, moment_text(at), moment_text(stamp), cid) for cid, m in moves])
    return ids


def move_stages(moves: Sequence[tuple[int, Stage, str]]) -> None:
    """Manual moves of many customers at once (one each), each with the reason given."""
    if not moves:
        return
    with unit_of_work():
        ids = [cid for cid, _, _ in moves]
        current: dict[int, Stage] = {}
        for start in range(0, len(ids), 500):
            current.update((cid, Stage(stage)) for cid, stage in tuples(Customer.select(
                Customer.id, Customer.stage).where(Customer.id.in_(ids[start:start + 500]))))
        if len(current) != len(set(ids)) or len(ids) != len(set(ids)):
            raise CustomerError(tr("Each customer moves once, and must exist"))
        record_moves([(cid, manual_move(current[cid], target, reason))
                      for cid, target, reason in moves])
        touched(ids, Change.CUSTOMERS, Change.TIMELINE)


def create_customer(details: ContactDetails, stage: Stage = Stage.SUSPECT,
                    referred_by_id: int | None = None, reason: str = "") -> int:
    clean = _validated(details)
    with unit_of_work():
        row = Customer.create(**{f: getattr(clean, f) for f in DETAIL_FIELDS},
                              stage=stage.value, referred_by=referred_by_id)
        record_move(row.id, StageMove(None, stage, reason or f"Added as {stage.label}", True))
        _set_tags(row.id, clean.tags)
        touched(row.id, Change.CUSTOMERS)
    return row.id


def update_customer(customer_id: int, details: ContactDetails) -> None:
    clean = _validated(details)
    with unit_of_work():
        updated = Customer.update(**{f: getattr(clean, f) for f in DETAIL_FIELDS},
                                  updated_at=now()).where(Customer.id == customer_id).execute()
        if not updated:
            raise CustomerError(tr("No customer with id {id}").format(id=customer_id))
        _set_tags(customer_id, clean.tags)
        touched(customer_id, Change.CUSTOMERS)


def set_referrer(customer_id: int, referrer_id: int | None) -> None:
    if referrer_id == customer_id:
        raise CustomerError(tr("A customer cannot refer themselves"))
    with unit_of_work():
        Customer.update(referred_by=referrer_id, updated_at=now()).where(
            Customer.id == customer_id).execute()
        touched(customer_id, Change.CUSTOMERS, figures=False)


def set_rhythm(customer_id: int, ideal_gap_days: int | None, max_gap_days: int | None) -> None:
    for gap in (ideal_gap_days, max_gap_days):
        if gap is not None and gap < 1:
            raise CustomerError(tr("A keep-in-touch gap is at least one day"))
    if ideal_gap_days is not None and max_gap_days is not None and max_gap_days < ideal_gap_days:
        raise CustomerError(tr("The maximum gap cannot be shorter than the ideal gap"))
    with unit_of_work():
        Customer.update(ideal_gap_days=ideal_gap_days, max_gap_days=max_gap_days,
                        updated_at=now()).where(Customer.id == customer_id).execute()
        touched(customer_id, Change.CUSTOMERS)


def move_stage(customer_id: int, target: Stage, reason: str) -> None:
    """A manual move on the ladder, up or down, with the reason the user gave."""
    with unit_of_work():
        current = Stage(Customer.get_by_id(customer_id).stage)
        record_move(customer_id, manual_move(current, target, reason))
        touched(customer_id, Change.CUSTOMERS, Change.TIMELINE)


def trash_customers(customer_ids: Iterable[int]) -> list[int]:
    ids = list(customer_ids)
    with unit_of_work():
        Customer.update(deleted_at=now()).where(
            Customer.id.in_(ids) & Customer.deleted_at.is_null()).execute()
        touched(ids, Change.CUSTOMERS, figures=False)
    return ids


def restore_customers(customer_ids: Iterable[int]) -> None:
    ids = list(customer_ids)
    with unit_of_work():
        Customer.update(deleted_at=None).where(Customer.id.in_(ids)).execute()
        touched(ids, Change.CUSTOMERS, figures=False)


def trashed_customers() -> list[CustomerRecord]:
    rows = Customer.select().where(Customer.deleted_at.is_null(False)).order_by(
        Customer.deleted_at.desc())
    return [_record(r) for r in rows]


def empty_trash(customer_ids: Iterable[int] | None = None) -> int:
    """Delete for good what is in the trash (all of it, or only these customers)."""
    query = delete(Customer).where(Customer.deleted_at.is_null(False))
    if customer_ids is not None:
        query = query.where(Customer.id.in_(list(customer_ids)))
    with unit_of_work():
        removed = query.execute()
        touched_book(Change.CUSTOMERS)
    return removed


def all_tags() -> list[str]:
    return [t.name for t in Tag.select(Tag.name).order_by(Tag.name)]


def all_owners() -> list[str]:
    query = (Customer.select(Customer.owner).where(Customer.owner != "")
             .distinct().order_by(Customer.owner))
    return [r.owner for r in query]


def customer_count() -> int:
    return Customer.select().where(Customer.deleted_at.is_null()).count()
