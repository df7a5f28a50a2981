"""Importing contacts: find what is already there, then add or merge in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from loyaltydesk.domain import contacts
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import ContactIndex, MatchReason, source_key
from loyaltydesk.domain.records import IncomingContact
from loyaltydesk.domain.words import Words, english, translated
from loyaltydesk.services import import_writes
from loyaltydesk.services.cadences import schedule_birthdays
from loyaltydesk.services.events import Change
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.store.models import ContactSource, Customer
from loyaltydesk.store.queries import tuples

# Called with (done, total) while an import runs; returning False cancels it.
Progress = Callable[[int, int], bool]


def tr(text: str, count: int = -1) -> str:
    """What an import says to people, in their language (the context named below)."""
    return translated("ImportSummary", text, count)


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

    def describe(self, words: Words = english) -> str:
        parts = [words(SUMMARY_LABELS["added"], self.added),
                 words(SUMMARY_LABELS["merged"], self.merged)]
        if self.unchanged:
            parts.append(words(SUMMARY_LABELS["unchanged"], self.unchanged))
        if self.skipped:
            parts.append(words(SUMMARY_LABELS["skipped"], self.skipped))
        return ", ".join(parts)


# Translation context: ImportSummary
SUMMARY_LABELS = {
    "added": "%n added", "merged": "%n merged into existing customers",
    "unchanged": "%n already up to date", "skipped": "%n skipped",
}


def _known() -> ContactIndex:
    """Every live customer's ids, email, phone and company, read once for the whole file."""
    index = ContactIndex()
    rows = tuples(Customer.select(Customer.id, Customer.uuid, Customer.name, Customer.company,
                                  Customer.email, Customer.phone).where(
        Customer.deleted_at.is_null()))
    sources: dict[int, list[str]] = {}
    for cid, key in tuples(ContactSource.select(ContactSource.customer, ContactSource.source_key)
                           .join(Customer).where(Customer.deleted_at.is_null())):
        sources.setdefault(cid, []).append(key)
    for cid, uuid, name, company, email, phone in rows:
        index.add(cid, ContactDetails(name=name, company=company, email=email, phone=phone),
                  [uuid, *sources.get(cid, ())])
    return index


def plan_contacts(incoming: Sequence[IncomingContact],
                  progress: Progress | None = None) -> list[PlannedContact]:
    """Each contact to add, or to merge into the customer (or earlier row) it duplicates.

    With `progress`, reports every 200 contacts; Cancelled when it says to stop."""
    index = _known()
    plan: list[PlannedContact] = []
    for position, item in enumerate(incoming):
        if progress is not None and position % 200 == 0 and \
                not progress(position, len(incoming)):
            raise Cancelled(tr("Reading cancelled: nothing was changed"))
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
        raise ImportFailed(tr("{where}: {problems}").format(where=item.source,
                                                            problems="; ".join(found.values())))
    return clean


def apply_contacts(plan: Sequence[PlannedContact], origin: str,
                   progress: Progress | None = None) -> ImportSummary:
    """Add and merge as planned, all in one transaction: an error or a cancel changes nothing."""
    counts = {"added": 0, "merged": 0, "unchanged": 0, "skipped": 0}
    chosen: list[import_writes.Target] = []  # in the order of the plan
    targets = import_writes.loaded(p.match_id for p in plan if p.action is Action.MERGE
                                   and not p.match_is_new and p.match_id is not None)
    taken = import_writes.known_sources(source_key(p.incoming.source_id) for p in plan)
    new: dict[int, import_writes.Target] = {}  # plan position -> customer added for it
    with unit_of_work():
        for position, item in enumerate(plan):
            if progress is not None and position % 50 == 0 and not progress(position, len(plan)):
                raise Cancelled(tr("Import cancelled: nothing was changed"))
            if item.action is Action.SKIP:
                counts["skipped"] += 1
                continue
            details = _check(item.incoming)
            target = None
            if item.action is Action.MERGE and item.match_id is not None:
                target = new.get(item.match_id) if item.match_is_new else \
                    targets.get(item.match_id)
            if target is None:  # a new contact, or one duplicating a row left out
                new[position] = target = import_writes.new_target(item.incoming, details)
                import_writes.remember(target, item.incoming.source_id, taken)
                counts["added"] += 1
            else:
                changed = import_writes.merge_into(target, item.incoming, details)
                remembered = import_writes.remember(target, item.incoming.source_id, taken)
                counts["merged" if changed or remembered else "unchanged"] += 1
            chosen.append(target)
        import_writes.write(dict.fromkeys(chosen), f"Imported from {origin}")
        # every target has its id once written
        ids = [t.customer_id for t in chosen if t.customer_id is not None]
        schedule_birthdays(list(dict.fromkeys(ids)))
        touched(ids, Change.BULK)
        if progress is not None and not progress(len(plan), len(plan)):
            raise Cancelled(tr("Import cancelled: nothing was changed"))
    return ImportSummary(counts["added"], counts["merged"], counts["unchanged"],
                         counts["skipped"], list(dict.fromkeys(ids)))
