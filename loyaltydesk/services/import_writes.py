"""Writing a contact import: the customers' final state worked out in memory, then written
in batches, so the time grows with the rows and not with what they share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from loyaltydesk.clock import now
from loyaltydesk.domain import contacts
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import folded, merged, source_key
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.personal import KeptFields, merged_kept
from loyaltydesk.domain.records import DETAIL_FIELDS, KEPT_FIELDS, IncomingContact
from loyaltydesk.services.export_data import customer_records
from loyaltydesk.store.database import db
from loyaltydesk.store.models import (
    ContactSource,
    Customer,
    CustomerTag,
    StageChange,
    Tag,
    new_uuid,
)
from loyaltydesk.store.queries import tuples

BATCH = 200


@dataclass(eq=False)  # each one is a customer of its own, even when alike
class Target:
    """One customer an import writes: its state now, and what it was when loaded."""

    uuid: str
    details: ContactDetails
    kept: KeptFields
    customer_id: int | None = None  # None for a customer this import adds
    tags_before: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)  # source keys to remember
    changed: bool = False


def loaded(customer_ids: Iterable[int]) -> dict[int, Target]:
    """The existing customers an import merges into, read a batch at a time."""
    return {r.id: Target(r.uuid, r.details, r.kept, r.id, set(r.details.tags))
            for r in customer_records(sorted(set(customer_ids)))}


def known_sources(keys: Iterable[str]) -> set[str]:
    wanted = sorted({k for k in keys if k})
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(k for (k,) in tuples(ContactSource.select(ContactSource.source_key).where(
            ContactSource.source_key.in_(chunk))))
    return found


def new_target(item: IncomingContact, details: ContactDetails) -> Target:
    return Target(new_uuid(), details, item.kept, changed=True)


def remember(target: Target, source_id: str, taken: set[str]) -> bool:
    """Keep the file's id for the contact (unless it is ours or already someone's)."""
    key = source_key(source_id)
    if not key or key == target.uuid or key in taken:
        return False
    taken.add(key)
    target.sources.append(key)
    return True


def merge_into(target: Target, item: IncomingContact, details: ContactDetails) -> bool:
    """Complete the target with the contact; True when that changed it."""
    # the structured name comes along when the name we keep is the one it spells (ours, or
    # the one this contact fills in)
    name = merged(target.details, details).name
    kept, notes = merged_kept(target.kept, item.kept, folded(name) == folded(details.name))
    incoming = replace(details, notes="\n".join(x for x in (details.notes, *notes) if x))
    result = contacts.cleaned(merged(target.details, incoming))
    if result == target.details and kept == target.kept:
        return False
    target.details, target.kept, target.changed = result, kept, True
    return True


def _columns(target: Target) -> dict:
    return {**{f: getattr(target.details, f) for f in DETAIL_FIELDS},
            **{f: getattr(target.kept, f) for f in KEPT_FIELDS}}


def _chunks(items: Sequence, size: int = BATCH) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _insert_rows(model, rows: list[dict], or_ignore: bool = False) -> None:
    """One prepared INSERT run for many rows: building SQL per row would cost more than
    writing it. Values go through each field's own conversion, as a model save does."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if not f.primary_key]
    defaults = {f.name: f.default for f in fields if f.name not in rows[0]}
    sql = (f'INSERT {"OR IGNORE " if or_ignore else ""}INTO "{model._meta.table_name}" '
           f'({", ".join(chr(34) + f.column_name + chr(34) for f in fields)}) '
           f'VALUES ({", ".join("?" for _ in fields)})')

    def value(row: dict, f) -> object:
        if f.name in row:
            return f.db_value(row[f.name])
        default = defaults[f.name]
        return f.db_value(default() if callable(default) else default)

    db.cursor().executemany(sql, [[value(row, f) for f in fields] for row in rows])


def _insert_new(targets: list[Target], reason: str) -> None:
    moment = now()
    _insert_rows(Customer, [{**_columns(t), "uuid": t.uuid, "stage": Stage.SUSPECT.value,
                             "stage_since": moment, "created_at": moment,
                             "updated_at": moment} for t in targets])
    for chunk in _chunks(targets, 500):
        ids = dict(tuples(Customer.select(Customer.uuid, Customer.id).where(
            Customer.uuid.in_([t.uuid for t in chunk]))))
        for t in chunk:
            t.customer_id = ids[t.uuid]
    _insert_rows(StageChange, [{"uuid": new_uuid(), "created_at": moment, "updated_at": moment,
                                "customer": t.customer_id, "from_stage": None,
                                "to_stage": Stage.SUSPECT.value, "changed_at": moment,
                                "reason": reason, "automatic": True} for t in targets])


def _update_changed(targets: list[Target]) -> None:
    for t in targets:
        Customer.update(**_columns(t)).where(Customer.id == t.customer_id).execute()


def _tag_ids(names: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    wanted = sorted(names)
    for chunk in _chunks(wanted, 500):
        found.update(tuples(Tag.select(Tag.name, Tag.id).where(Tag.name.in_(list(chunk)))))
    for name in wanted:
        if name not in found:
            found[name] = Tag.create(name=name).id
    return found


def _write_tags(targets: list[Target]) -> None:
    links = [(t.customer_id, name) for t in targets for name in t.details.tags
             if name not in t.tags_before]
    if not links:
        return
    ids = _tag_ids({name for _, name in links})
    _insert_rows(CustomerTag, [{"customer": cid, "tag": ids[name]} for cid, name in links],
                 or_ignore=True)


def _write_sources(targets: list[Target]) -> None:
    _insert_rows(ContactSource, [{"customer": t.customer_id, "source_key": key}
                                 for t in targets for key in t.sources], or_ignore=True)


def write(targets: Iterable[Target], reason: str) -> None:
    """Insert the new customers, update the changed ones, add their tags and source ids."""
    chosen = list(targets)
    added = [t for t in chosen if t.customer_id is None]
    _update_changed([t for t in chosen if t.customer_id is not None and t.changed])
    _insert_new(added, reason)
    _write_tags([t for t in chosen if t.changed])
    _write_sources([t for t in chosen if t.sources])
