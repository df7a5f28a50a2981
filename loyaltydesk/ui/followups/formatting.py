"""Follow-up moments, kinds and channels as the user reads them, in local time and locale."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from loyaltydesk import formats
from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.ui.local_time import local, today


def tr(text: str) -> str:
    return QCoreApplication.translate("followups", text)


KIND_LABELS = {
    FollowUpKind.CHECK: "Post-sale check", FollowUpKind.TOUCH: "Touch",
    FollowUpKind.SURVEY: "Survey", FollowUpKind.SECOND_ORDER: "Second order",
    FollowUpKind.TESTIMONIAL: "Testimonial", FollowUpKind.REFERRAL: "Referral",
    FollowUpKind.RENEWAL: "Renewal", FollowUpKind.RECOVERY: "Recovery",
    FollowUpKind.KEEP_IN_TOUCH: "Keep in touch", FollowUpKind.TASK: "Task",
}
CHANNEL_LABELS = {
    Channel.PHONE: "Phone", Channel.EMAIL: "Email", Channel.MEETING: "Meeting",
    Channel.VISIT: "Visit", Channel.MESSAGE: "Message",
}


def entries_text(count: int) -> str:
    """'1 entry', '3 entries': what a day of the calendar holds."""
    return QCoreApplication.translate("followups", "%n entr(ies)", None, count)


def kind_label(kind: str) -> str:
    try:
        return tr(KIND_LABELS[FollowUpKind(kind)])
    except ValueError:
        return kind.replace("_", " ").capitalize()


def channel_label(channel: str) -> str:
    try:
        return tr(CHANNEL_LABELS[Channel(channel)])
    except ValueError:
        return channel.replace("_", " ").capitalize()


def day_text(day: date, long: bool = False) -> str:
    return formats.day(day, long=long)


def time_text(moment: datetime) -> str:
    return formats.time(moment)


def when_text(moment: datetime) -> str:
    """'Today 09:30', 'Yesterday 09:30', 'Tomorrow 09:30', else the short date and time."""
    day, current = local(moment).date(), today()
    names = {current: tr("Today"), current - timedelta(days=1): tr("Yesterday"),
             current + timedelta(days=1): tr("Tomorrow")}
    return f"{names.get(day) or day_text(day)} {time_text(moment)}"


def late_text(moment: datetime) -> str:
    """How long ago a follow-up fell due, in days ('3 days late'), or '' when due today."""
    days = (today() - local(moment).date()).days
    if days <= 0:
        return ""
    return tr("%1 late").replace("%1", formats.duration(days))  # '3 weeks late'
