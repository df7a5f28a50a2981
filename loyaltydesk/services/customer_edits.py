"""Saving what the customer page holds (details, referrer, rhythm) as one user action."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, fields, replace

from loyaltydesk.domain import contacts
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.services.customers import CustomerError
from loyaltydesk.services.unit_of_work import unit_of_work


@dataclass(frozen=True)
class CustomerEdit:
    """Everything the customer page edits, so a save or an undo restores all of it at once."""

    details: ContactDetails = field(default_factory=ContactDetails)
    referred_by_id: int | None = None
    ideal_gap_days: int | None = None
    max_gap_days: int | None = None


def edit_of(customer_id: int) -> CustomerEdit:
    """The editable state of a customer as stored now."""
    record = customers.get_customer(customer_id)
    return CustomerEdit(record.details, record.referred_by_id, record.ideal_gap_days,
                        record.max_gap_days)


def problems(edit: CustomerEdit, customer_id: int | None = None) -> dict[str, str]:
    """Field name -> what is wrong; empty when the edit can be saved."""
    found = contacts.problems(contacts.cleaned(edit.details))
    if customer_id is not None and edit.referred_by_id == customer_id:
        found["referred_by"] = "A customer cannot refer themselves"
    ideal, most = edit.ideal_gap_days, edit.max_gap_days
    if any(gap is not None and gap < 1 for gap in (ideal, most)):
        found["rhythm"] = "A keep-in-touch gap is at least one day"
    elif ideal is not None and most is not None and most < ideal:
        found["rhythm"] = "The maximum gap cannot be shorter than the ideal gap"
    return found


def _check(edit: CustomerEdit, customer_id: int | None) -> None:
    found = problems(edit, customer_id)
    if found:
        raise CustomerError("; ".join(found.values()), found)


def save_customer(customer_id: int, edit: CustomerEdit) -> None:
    """Write the whole edit in one transaction; nothing is written if any part is wrong."""
    _check(edit, customer_id)
    before = customers.get_customer(customer_id)
    with unit_of_work():
        customers.update_customer(customer_id, edit.details)
        if before.referred_by_id != edit.referred_by_id:
            customers.set_referrer(customer_id, edit.referred_by_id)
        if (before.ideal_gap_days, before.max_gap_days) != (edit.ideal_gap_days,
                                                             edit.max_gap_days):
            customers.set_rhythm(customer_id, edit.ideal_gap_days, edit.max_gap_days)


# Saving only what the person changed ---------------------------------------------------------

DETAIL_FIELDS = tuple(f.name for f in fields(ContactDetails))
EDIT_FIELDS = (*DETAIL_FIELDS, "referred_by", "rhythm")


def _value(edit: CustomerEdit, name: str) -> object:
    if name == "referred_by":
        return edit.referred_by_id
    if name == "rhythm":
        return (edit.ideal_gap_days, edit.max_gap_days)
    return getattr(contacts.cleaned(edit.details), name)


def _with(edit: CustomerEdit, source: CustomerEdit, names: Collection[str]) -> CustomerEdit:
    """`edit` with the fields `names` taken from `source`."""
    details = replace(edit.details, **{n: getattr(source.details, n) for n in names
                                       if n in DETAIL_FIELDS})
    result = replace(edit, details=details)
    if "referred_by" in names:
        result = replace(result, referred_by_id=source.referred_by_id)
    if "rhythm" in names:
        result = replace(result, ideal_gap_days=source.ideal_gap_days,
                         max_gap_days=source.max_gap_days)
    return result


def changed_fields(loaded: CustomerEdit, edited: CustomerEdit) -> list[str]:
    """The fields the person changed in the form since it was loaded."""
    return [n for n in EDIT_FIELDS if _value(loaded, n) != _value(edited, n)]


@dataclass(frozen=True)
class Conflict:
    """A field the person changed that was also changed elsewhere since the form was loaded."""

    field: str
    loaded: object  # as the form was loaded
    stored: object  # as it is stored now
    mine: object  # as the person typed it


class EditConflict(CustomerError):
    """Some changed fields were changed elsewhere meanwhile: nothing was saved, ask first."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        names = ", ".join(c.field for c in conflicts)
        super().__init__(f"Changed elsewhere since the form was opened: {names}")
        self.conflicts = conflicts


@dataclass(frozen=True)
class SavedChanges:
    before: CustomerEdit  # as stored right before the save (what undo brings back)
    after: CustomerEdit  # as stored by the save
    fields: tuple[str, ...]  # the fields written


def save_changes(customer_id: int, loaded: CustomerEdit, edited: CustomerEdit, *,
                 keep_mine: Collection[str] = (),
                 keep_stored: Collection[str] = ()) -> SavedChanges:
    """Write only the fields changed since `loaded`, over what is stored now, in one
    transaction. A changed field also changed elsewhere meanwhile raises EditConflict (nothing
    written) unless the person chose: `keep_mine` writes theirs, `keep_stored` leaves it.
    """
    _check(edited, customer_id)
    with unit_of_work():
        stored = edit_of(customer_id)
        changed = [n for n in changed_fields(loaded, edited) if n not in keep_stored]
        found = [Conflict(n, _value(loaded, n), _value(stored, n), _value(edited, n))
                 for n in changed if n not in keep_mine
                 and _value(stored, n) not in (_value(loaded, n), _value(edited, n))]
        if found:
            raise EditConflict(found)
        merged = _with(stored, edited, changed)
        if changed:
            save_customer(customer_id, merged)
    return SavedChanges(stored, merged, tuple(changed))


def add_customer(edit: CustomerEdit, stage: Stage = Stage.SUSPECT) -> int:
    """A new customer with everything the page holds, in one transaction."""
    _check(edit, None)
    with unit_of_work():
        customer_id = customers.create_customer(edit.details, stage, edit.referred_by_id)
        if (edit.ideal_gap_days, edit.max_gap_days) != (None, None):
            customers.set_rhythm(customer_id, edit.ideal_gap_days, edit.max_gap_days)
    return customer_id
