"""Changes read back from the phone, applied in one transaction with their new server copy."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from loyaltydesk.clock import clock
from loyaltydesk.domain.phone_sync import (
    DELETED_ON_PHONE,
    DONE_ON_PHONE,
    PHONE_DELETED,
    PHONE_DONE,
    Action,
    Decision,
)
from loyaltydesk.services import followups as followup_service
from loyaltydesk.services.customer_edits import edit_of, save_customer
from loyaltydesk.services.phone import state
from loyaltydesk.services.phone.account import PhoneSyncError
from loyaltydesk.services.phone.state import ServerCopy
from loyaltydesk.services.words import tr
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Customer, FollowUp

CONTACT_FIELDS = ("phone", "email")


def apply_followup(uuid: str, decision: Decision, copy: ServerCopy | None) -> None:
    """Complete, move or skip the follow-up, and keep the server copy that says so."""
    with db.atomic():
        f = FollowUp.get(FollowUp.uuid == uuid)
        if decision.action is Action.COMPLETE:
            followup_service.complete_followup(f.id, DONE_ON_PHONE)
        elif decision.action is Action.RESCHEDULE and decision.due is not None:
            followup_service.reschedule_followup(f.id, decision.due)
        elif decision.action is Action.SKIP:
            followup_service.skip_followup(f.id, DELETED_ON_PHONE)
        elif decision.action is Action.KEEP_APP:
            note_conflict(uuid, decision)
        if copy is None:
            state.forget("followup", [uuid])
        else:
            state.record("followup", [copy])


def moved_to(phone_value: str) -> datetime | None:
    """The moment a follow-up was moved to on the phone, from a conflict's phone value."""
    if phone_value in ("", PHONE_DONE, PHONE_DELETED):
        return None
    try:
        return datetime.fromisoformat(phone_value)
    except ValueError:  # a notice kept by an older version: its words only
        return None


def _what_phone_did(phone_value: str) -> str:
    moved = moved_to(phone_value)
    if moved is not None:
        return f"moved on the phone to {moved.astimezone(clock().local_tz()):%Y-%m-%d %H:%M}"
    return "deleted on the phone" if phone_value == PHONE_DELETED else "done on the phone"


def note_conflict(uuid: str, decision: Decision) -> None:
    """Both sides changed: say whose follow-up, and what the phone did, the app's being kept."""
    f = FollowUp.get(FollowUp.uuid == uuid)
    customer = f.customer
    who = customer.name or customer.company
    state.add_notice("conflict", f"{who} - {f.title}: {_what_phone_did(decision.phone_value)}; "
                     "LoyaltyDesk's version was kept", customer_uuid=customer.uuid,
                     followup_uuid=uuid, phone_value=decision.phone_value)


def notice_names(notice: state.Notice) -> tuple[str, str]:
    """The customer's name and the follow-up's title a notice is about ('' when gone)."""
    who = title = ""
    if notice.followup_uuid:
        f = FollowUp.get_or_none(FollowUp.uuid == notice.followup_uuid)
        if f is not None:
            title = f.title
            who = f.customer.name or f.customer.company
    elif notice.customer_uuid:
        c = Customer.get_or_none(Customer.uuid == notice.customer_uuid)
        who = "" if c is None else c.name or c.company
    return who, title


def offer_contact_edits(copy: ServerCopy, phone_values: dict[str, str], name: str) -> ServerCopy:
    """Offer a phone number or email edited on the phone as a change to accept.

    The returned copy agrees with the phone, so the same edit is offered once.
    """
    agreed = dict(copy.agreed)
    for field_name in CONTACT_FIELDS:
        new, old = phone_values.get(field_name, ""), agreed.get(field_name, "")
        if new != old:
            state.add_notice("contact_edit", f"{name}: {field_name} changed on the phone to "
                             f"{new or '(empty)'}", customer_uuid=copy.local_uuid,
                             field_name=field_name, app_value=old, phone_value=new)
            agreed[field_name] = new
    return replace(copy, agreed=agreed)


def accept_contact_edit(notice: state.Notice) -> None:
    """Take the phone's value into the customer (a normal edit, with its checks)."""
    if notice.kind != "contact_edit" or notice.field not in CONTACT_FIELDS:
        raise PhoneSyncError(tr("Only a phone number or email edited on the phone can be "
                                "accepted"))
    customer = Customer.get(Customer.uuid == notice.customer_uuid)
    with db.atomic():
        edit = edit_of(customer.id)
        details = (replace(edit.details, phone=notice.phone_value) if notice.field == "phone"
                   else replace(edit.details, email=notice.phone_value))
        save_customer(customer.id, replace(edit, details=details))
        state.close_notice(notice.id, "accepted")


def dismiss(notice: state.Notice) -> None:
    """Keep the app's value; a dismissed contact edit is sent back to the phone."""
    with db.atomic():
        if notice.kind == "contact_edit":
            copies = state.copies("customer")
            if notice.customer_uuid in copies:
                state.record("customer", [replace(copies[notice.customer_uuid], digest="")])
        state.close_notice(notice.id, "dismissed")
