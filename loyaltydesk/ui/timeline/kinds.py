"""How each kind of timeline entry is named, marked and dated on screen."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor, QIcon

from loyaltydesk.built_in import shown
from loyaltydesk.clock import now
from loyaltydesk.services.timeline import EntryKind, TimelineEntry
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.icons import icon
from loyaltydesk.ui.local_time import local


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


KIND_LABELS = {
    EntryKind.STAGE: "Ladder", EntryKind.INTERACTION: "Contact", EntryKind.PURCHASE: "Purchase",
    EntryKind.SURVEY: "Survey", EntryKind.FOLLOWUP: "Follow-up", EntryKind.REFERRAL: "Referral",
    EntryKind.TESTIMONIAL: "Testimonial",
}

# What the filter offers, in the customer's words.
FILTER_LABELS = {
    EntryKind.STAGE: "Ladder moves", EntryKind.INTERACTION: "Contacts",
    EntryKind.PURCHASE: "Purchases", EntryKind.SURVEY: "Surveys",
    EntryKind.FOLLOWUP: "Follow-ups", EntryKind.REFERRAL: "Referrals",
    EntryKind.TESTIMONIAL: "Testimonials",
}

_SUBTYPE_LABELS = {
    "call": "Call", "email": "Email", "meeting": "Meeting", "visit": "Visit", "event": "Event",
    "message": "Message", "done": "Done", "skipped": "Skipped", "suggested": "Suggested",
    "contacted": "Contacted", "won": "Won", "lost": "Lost",
}

# Hues that read on light and dark backgrounds when drawn translucent behind the icon.
KIND_COLORS = {
    EntryKind.STAGE: QColor("#7c5cff"), EntryKind.INTERACTION: QColor("#2f8fdd"),
    EntryKind.PURCHASE: QColor("#2e9e5b"), EntryKind.SURVEY: QColor("#e0a100"),
    EntryKind.FOLLOWUP: QColor("#8a8f98"), EntryKind.REFERRAL: QColor("#d9480f"),
    EntryKind.TESTIMONIAL: QColor("#c2255c"),
}

# Entries that carry a day, not a moment: their time of day means nothing.
DAY_ONLY = {EntryKind.PURCHASE, EntryKind.REFERRAL, EntryKind.TESTIMONIAL}


def kind_icon(entry: TimelineEntry) -> QIcon:
    if entry.kind is EntryKind.FOLLOWUP:
        status = entry.subtype if entry.subtype in ("done", "skipped") else "open"
        return icon(f"entry-followup-{status}")
    return icon(f"entry-{entry.kind.value}")


def is_overdue(entry: TimelineEntry) -> bool:
    return entry.kind is EntryKind.FOLLOWUP and entry.subtype == "open" and entry.at < now()


def status_text(entry: TimelineEntry) -> str:
    """The kind, and the state or sort of this entry: "Follow-up · pending", "Contact · call"."""
    label = _tr(KIND_LABELS[entry.kind])
    if entry.kind is EntryKind.FOLLOWUP and entry.subtype == "open":
        return f"{label} · {_tr('Overdue') if is_overdue(entry) else _tr('Pending')}"
    if entry.kind is EntryKind.SURVEY:
        return f"{label} · {entry.subtype}/10"
    sub = _SUBTYPE_LABELS.get(entry.subtype)
    return f"{label} · {_tr(sub)}" if sub else label


def format_day(moment: datetime) -> str:
    day = local(moment)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_when(entry: TimelineEntry) -> str:
    if entry.kind in DAY_ONLY or entry.day_only:
        return format_day(entry.at)
    moment = local(entry.at)
    value = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


# counted()'s words for a number of days, as lupdate finds them
DAYS = (QT_TRANSLATE_NOOP("Timeline", "1 day"), QT_TRANSLATE_NOOP("Timeline", "%s days"))


def counted(count: int, one: str, many: str) -> str:
    """'1 day', '12 days': `many` holds %s for the locale's number."""
    return _tr(one) if count == 1 else _tr(many) % QLocale().toString(count)


def one_line(text: str) -> str:
    return " · ".join(part.strip() for part in text.splitlines() if part.strip())


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` exactly as typed: Qt would render markup found in user text."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def describe(entry: TimelineEntry) -> str:
    """The whole entry as one plain sentence, for tooltips and screen readers."""
    parts = [f"{status_text(entry)}, {format_when(entry)}: {entry.title}"]
    if entry.detail.strip():
        parts.append(entry.detail.strip())
    return "\n".join(parts)


def folded_title(entry: TimelineEntry) -> str:
    """'6 follow-ups replaced' (a folded line stands for two or more)."""
    return (QCoreApplication.translate("Timeline", "%1 follow-ups replaced")
            .replace("%1", QLocale().toString(len(entry.folded))))


def folded_cause(entry: TimelineEntry) -> str:
    """'when the sale of 12/03/2026 started “Post-sale check” again · Enter or double-click
    shows them'."""
    names = ", ".join(f"“{shown(name)}”" for name in entry.title.splitlines())
    sale = entry.restarted_by
    if sale is not None and names:
        cause = (QCoreApplication.translate("Timeline", "when the sale of %1 started %2 again")
                 .replace("%1", QLocale().toString(QDate(sale.year, sale.month, sale.day),
                                                   QLocale.FormatType.ShortFormat))
                 .replace("%2", names))
    elif names:
        cause = QCoreApplication.translate("Timeline", "when %1 started again").replace("%1", names)
    else:
        cause = QCoreApplication.translate("Timeline", "when their cadence started again")
    hint = QCoreApplication.translate("Timeline", "Enter or double-click shows them")
    return f"{cause} · {hint}"


def folded_text(entry: TimelineEntry) -> str:
    """The folded line as one sentence, for screen readers, tooltips and the search."""
    return f"{folded_title(entry)}, {format_day(entry.at)}: {folded_cause(entry)}"
