"""What to do with a follow-up the phone changed: complete, move, skip, or keep the app's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

DELETED_ON_PHONE = "Deleted on the phone"
DONE_ON_PHONE = "Done on the phone"
# What the phone did, as kept with a notice: one of these, or the ISO moment it moved to
PHONE_DONE = "done"
PHONE_DELETED = "deleted"
FROM_PHONE = "from the phone"  # a sync's progress while it takes in the phone's changes


@dataclass(frozen=True)
class PhoneEntry:
    """The fields of a follow-up a phone may change, as read back from the server."""

    due: datetime | None
    completed: bool


class Action(StrEnum):
    NOTHING = "nothing"  # the phone changed nothing the app tracks
    COMPLETE = "complete"
    RESCHEDULE = "reschedule"
    SKIP = "skip"
    KEEP_APP = "keep_app"  # both sides changed: the app's version goes back to the phone


@dataclass(frozen=True)
class Decision:
    action: Action
    due: datetime | None = None
    shown: str = ""  # what the phone did, for the notice when the app's version is kept
    phone_value: str = ""  # the same, for the machine: PHONE_DONE, PHONE_DELETED or a moment


def _what_phone_did(agreed_due: datetime | None, phone: PhoneEntry | None) -> str:
    if phone is None:
        return "deleted on the phone"
    if phone.completed:
        return "done on the phone"
    if phone.due is not None and phone.due != agreed_due:
        return f"moved on the phone to {phone.due.isoformat()}"
    return ""


def _phone_value(agreed_due: datetime | None, phone: PhoneEntry | None) -> str:
    if phone is None:
        return PHONE_DELETED
    if phone.completed:
        return PHONE_DONE
    if phone.due is not None and phone.due != agreed_due:
        return phone.due.astimezone(UTC).isoformat()
    return ""


def decide(agreed_due: datetime | None, agreed_open: bool, app_changed: bool, app_open: bool,
           phone: PhoneEntry | None) -> Decision:
    """The app's answer to a phone change; `phone` is None when the phone deleted the entry."""
    shown = _what_phone_did(agreed_due, phone)
    if not shown or not agreed_open:
        return Decision(Action.NOTHING)
    if app_changed or not app_open:
        return Decision(Action.KEEP_APP, shown=shown,
                        phone_value=_phone_value(agreed_due, phone))
    if phone is None:
        return Decision(Action.SKIP)
    if phone.completed:
        return Decision(Action.COMPLETE)
    return Decision(Action.RESCHEDULE, due=phone.due)
