"""Importing contacts: find what is already there, then add or merge in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from loyaltydesk.domain import contacts
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import ContactIndex, MatchReason, folded, merged, source_key
from loyaltydesk.domain.ladder import Stage, StageMove
from loyaltydesk.domain.personal import merged_kept
from loyaltydesk.domain.records import DETAIL_FIELDS, KEPT_FIELDS, IncomingContact
from loyaltydesk.services.cadences import schedule_birthdays
from loyaltydesk.services.customers import get_customer, record_move, tags_of
from loyaltydesk.services.events import Change
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.store.models import ContactSource, Customer, CustomerTag, Tag

# Called with (done, total) while an import runs; returning False cancels it.
Progress = Callable[[int, int], bool]


class ImportFailed(ValueError):
    """An import that cannot be applied; nothing was changed."""


class Cancelled(Exception):
    """The user cancelled a long import or export; nothing was changed or written."""


class Action(StrEnum):
    ADD = "add"  # a new customer
    MERGE = "merge"  # completes the matching customer
    SKIP = "skip"  # left out


@dataclass
class PlannedContact:
    incoming: IncomingContact
    action: Action
    match_id: int | None = None  # the existing customer it duplicates
    match_name: str = ""
    reason: MatchReason | None = None
    match_is_new: bool = False  # it duplicates a contact earlier in the same file


@dataclass(frozen=True)
class ImportSummary:
    added: int
    merged: int
    unchanged: int
    skipped: int
    customer_ids: list[int]

    def describe(self) -> str:
        parts = [f"{self.added} added", f"{self.merged} merged into existing customers"]
        if self.unchanged:
            parts.append(f"{self.unchanged} already up to date")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        return ", ".join(parts)


def _known() -> ContactIndex:
    """Every live customer's ids, email, phone and company, read once for the whole file."""
    index = ContactIndex()
    rows = Customer.select(Customer.id, Customer.uuid, Customer.name, Customer.company,
                           Customer.email, Customer.phone).where(
        Customer.deleted_at.is_null()).tuples()
    sources: dict[int, list[str]] = {}
    for cid, key in ContactSource.select(ContactSource.customer, ContactSource.source_key).join(
            Customer).where(Customer.deleted_at.is_null()).tuples():
        sources.setdefault(cid, []).append(key)
    for cid, uuid, name, company, email, phone in rows:
        index.add(cid, ContactDetails(name=name, company=company, email=email, phone=phone),
                  [uuid, *sources.get(cid, ())])
    return index


def plan_contacts(incoming: Sequence[IncomingContact]) -> list[PlannedContact]:
    """Each contact to add, or to merge into the customer (or earlier row) it duplicates."""
    index = _known()
    plan: list[PlannedContact] = []
    for position, item in enumerate(incoming):
        found = index.find(item.details, item.source_id)
        if found is None:
            plan.append(PlannedContact(item, Action.ADD))
            index.add(-1 - position, item.details, [item.source_id])  # negative: this file
            continue
        key, reason = found
        # what it says also points at the same customer: "Ann" then "Ann Lee" at her phone
        index.add(key, item.details, [item.source_id])
        plan.append(PlannedContact(item, Action.MERGE, key if key >= 0 else -1 - key,
                                   index.labels[key], reason, key < 0))
    return plan


def _check(item: IncomingContact) -> ContactDetails:
    clean = contacts.cleaned(item.details)
    found = contacts.problems(clean)
    if found:
        raise ImportFailed(f"{item.source}: {'; '.join(found.values())}")
    return clean


def _set_tags(customer_id: int, tags: Sequence[str]) -> None:
    wanted = [t for t in dict.fromkeys(tags) if t not in tags_of(customer_id)]
    for name in wanted:
        tag, _ = Tag.get_or_create(name=name)
        CustomerTag.insert(customer=customer_id, tag=tag.id).on_conflict_ignore().execute()


def _remember_source(customer_id: int, uuid: str, source_id: str) -> bool:
    key = source_key(source_id)
    if not key or key == uuid or ContactSource.select().where(
            ContactSource.source_key == key).exists():
        return False
    ContactSource.create(customer=customer_id, source_key=key)
    return True


def _add(item: IncomingContact, details: ContactDetails, reason: str) -> int:
    row = Customer.create(**{f: getattr(details, f) for f in DETAIL_FIELDS},
                          **{f: getattr(item.kept, f) for f in KEPT_FIELDS},
                          stage=Stage.SUSPECT.value)
    record_move(row.id, StageMove(None, Stage.SUSPECT, reason, True))
    _set_tags(row.id, details.tags)
    _remember_source(row.id, row.uuid, item.source_id)
    return row.id


def _merge(customer_id: int, item: IncomingContact, details: ContactDetails) -> bool:
    record = get_customer(customer_id)
    existing = record.details
    kept, notes = merged_kept(record.kept, item.kept,
                              folded(existing.name) == folded(details.name))
    incoming = replace(details, notes="\n".join(x for x in (details.notes, *notes) if x))
    result = contacts.cleaned(merged(existing, incoming))
    remembered = _remember_source(customer_id, record.uuid, item.source_id)
    if result == existing and kept == record.kept:
        return remembered
    Customer.update(**{f: getattr(result, f) for f in DETAIL_FIELDS},
                    **{f: getattr(kept, f) for f in KEPT_FIELDS}).where(
        Customer.id == customer_id).execute()
    _set_tags(customer_id, result.tags)
    return True


def apply_contacts(plan: Sequence[PlannedContact], origin: str,
                   progress: Progress | None = None) -> ImportSummary:
    """Add and merge as planned, all in one transaction: an error or a cancel changes nothing."""
    counts = {"added": 0, "merged": 0, "unchanged": 0, "skipped": 0}
    ids: list[int] = []
    new_ids: dict[int, int] = {}  # plan position -> customer added for it
    with unit_of_work():
        for position, item in enumerate(plan):
            if progress is not None and position % 50 == 0 and not progress(position, len(plan)):
                raise Cancelled("Import cancelled: nothing was changed")
            if item.action is Action.SKIP:
                counts["skipped"] += 1
                continue
            details = _check(item.incoming)
            if item.action is Action.ADD or item.match_id is None:
                new_ids[position] = _add(item.incoming, details, f"Imported from {origin}")
                ids.append(new_ids[position])
                counts["added"] += 1
                continue
            target = new_ids.get(item.match_id) if item.match_is_new else item.match_id
            if target is None:  # it duplicates a row the user chose to skip
                new_ids[position] = target = _add(item.incoming, details,
                                                  f"Imported from {origin}")
                counts["added"] += 1
            elif _merge(target, item.incoming, details):
                counts["merged"] += 1
            else:
                counts["unchanged"] += 1
            ids.append(target)
        schedule_birthdays(list(dict.fromkeys(ids)))
        touched(ids, Change.BULK)
        if progress is not None and not progress(len(plan), len(plan)):
            raise Cancelled("Import cancelled: nothing was changed")
    return ImportSummary(counts["added"], counts["merged"], counts["unchanged"],
                         counts["skipped"], list(dict.fromkeys(ids)))
