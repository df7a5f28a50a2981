"""Importing contacts: find what is already there, then add or merge in one transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from loyaltydesk.domain import contacts
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import (
    MatchReason,
    company_key,
    email_key,
    merged,
    names_close,
    phone_key,
)
from loyaltydesk.domain.ladder import Stage, StageMove
from loyaltydesk.services.customers import get_customer, record_move, tags_of
from loyaltydesk.services.events import Change
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.store.models import Customer, CustomerTag, Tag

DETAIL_FIELDS = ("name", "company", "email", "phone", "street", "postal_code", "city",
                 "country", "website", "owner", "notes")

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
class IncomingContact:
    """A contact read from a file, with where it was (for messages) and what was adjusted."""

    details: ContactDetails
    source: str  # "line 4", "card 2"
    warnings: list[str] = field(default_factory=list)


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


class _Index:
    """Every live customer's email, phone and company, to find duplicates without a query each."""

    def __init__(self) -> None:
        self.emails: dict[str, tuple[int, str]] = {}
        self.phones: dict[str, tuple[int, str]] = {}
        self.companies: dict[str, list[tuple[int, str]]] = defaultdict(list)
        rows = Customer.select(Customer.id, Customer.name, Customer.company, Customer.email,
                               Customer.phone).where(Customer.deleted_at.is_null()).tuples()
        for cid, name, company, email, phone in rows:
            self.add(cid, ContactDetails(name=name, company=company, email=email, phone=phone))

    def add(self, key: int, d: ContactDetails) -> None:
        label = d.display_name()
        if email_key(d.email):
            self.emails.setdefault(email_key(d.email), (key, label))
        if phone_key(d.phone):
            self.phones.setdefault(phone_key(d.phone), (key, label))
        if company_key(d.company) and d.name.strip():
            self.companies[company_key(d.company)].append((key, d.name))

    def find(self, d: ContactDetails) -> tuple[int, str, MatchReason] | None:
        if email_key(d.email) in self.emails:
            return (*self.emails[email_key(d.email)], MatchReason.EMAIL)
        if phone_key(d.phone) in self.phones:
            return (*self.phones[phone_key(d.phone)], MatchReason.PHONE)
        for key, name in self.companies.get(company_key(d.company), ()):
            if names_close(name, d.name):
                return key, name, MatchReason.NAME_AT_COMPANY
        return None


def plan_contacts(incoming: Sequence[IncomingContact]) -> list[PlannedContact]:
    """Each contact to add, or to merge into the customer (or earlier row) it duplicates."""
    index = _Index()
    plan: list[PlannedContact] = []
    for position, item in enumerate(incoming):
        found = index.find(item.details)
        if found is None:
            plan.append(PlannedContact(item, Action.ADD))
            index.add(-1 - position, item.details)  # negative keys: earlier rows of the file
            continue
        key, name, reason = found
        plan.append(PlannedContact(item, Action.MERGE, key if key >= 0 else -1 - key, name,
                                   reason, key < 0))
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


def _add(details: ContactDetails, reason: str) -> int:
    row = Customer.create(**{f: getattr(details, f) for f in DETAIL_FIELDS},
                          stage=Stage.SUSPECT.value)
    record_move(row.id, StageMove(None, Stage.SUSPECT, reason, True))
    _set_tags(row.id, details.tags)
    return row.id


def _merge(customer_id: int, details: ContactDetails) -> bool:
    existing = get_customer(customer_id).details
    result = contacts.cleaned(merged(existing, details))
    if result == existing:
        return False
    Customer.update(**{f: getattr(result, f) for f in DETAIL_FIELDS}).where(
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
                new_ids[position] = _add(details, f"Imported from {origin}")
                ids.append(new_ids[position])
                counts["added"] += 1
                continue
            target = new_ids.get(item.match_id) if item.match_is_new else item.match_id
            if target is None:  # it duplicates a row the user chose to skip
                new_ids[position] = target = _add(details, f"Imported from {origin}")
                counts["added"] += 1
            elif _merge(target, details):
                counts["merged"] += 1
            else:
                counts["unchanged"] += 1
            ids.append(target)
        touched(ids, Change.BULK)
        if progress is not None and not progress(len(plan), len(plan)):
            raise Cancelled("Import cancelled: nothing was changed")
    return ImportSummary(counts["added"], counts["merged"], counts["unchanged"],
                         counts["skipped"], list(dict.fromkeys(ids)))
