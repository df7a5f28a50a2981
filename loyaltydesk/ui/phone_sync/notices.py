"""What the phone changed, told in the user's language with the customer's name and local times."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from loyaltydesk import formats
from loyaltydesk.domain.phone_sync import PHONE_DELETED, PHONE_DONE
from loyaltydesk.services.phone.from_phone import moved_to, notice_names
from loyaltydesk.services.phone.state import Notice


def tr(text: str) -> str:
    return QCoreApplication.translate("PhoneSync", text)


def _conflict(notice: Notice, who: str, title: str) -> str:
    moved = moved_to(notice.phone_value)
    if moved is not None:
        text = tr("%1 - %2: moved on the phone to %3; LoyaltyDesk's version was kept")
        return text.replace("%1", who).replace("%2", title).replace("%3", formats.moment(moved))
    if notice.phone_value == PHONE_DONE:
        text = tr("%1 - %2: done on the phone; LoyaltyDesk's version was kept")
    elif notice.phone_value == PHONE_DELETED:
        text = tr("%1 - %2: deleted on the phone; LoyaltyDesk's version was kept")
    else:
        return notice.message
    return text.replace("%1", who).replace("%2", title)


def _contact_edit(notice: Notice, who: str) -> str:
    if notice.field == "phone":
        text = tr("%1: phone number changed on the phone to %2")
    elif notice.field == "email":
        text = tr("%1: email changed on the phone to %2")
    else:
        return notice.message
    return text.replace("%1", who).replace("%2", notice.phone_value or tr("(empty)"))


def notice_text(notice: Notice) -> str:
    """One line for the list under From the phone; the stored words when the entry is gone."""
    who, title = notice_names(notice)
    if not who:
        return notice.message
    if notice.kind == "conflict" and title:
        return _conflict(notice, who, title)
    if notice.kind == "contact_edit":
        return _contact_edit(notice, who)
    return notice.message
