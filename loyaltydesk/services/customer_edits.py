"""Saving what the customer page holds (details, referrer, rhythm) as one user action."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def add_customer(edit: CustomerEdit, stage: Stage = Stage.SUSPECT) -> int:
    """A new customer with everything the page holds, in one transaction."""
    _check(edit, None)
    with unit_of_work():
        customer_id = customers.create_customer(edit.details, stage, edit.referred_by_id)
        if (edit.ideal_gap_days, edit.max_gap_days) != (None, None):
            customers.set_rhythm(customer_id, edit.ideal_gap_days, edit.max_gap_days)
    return customer_id
