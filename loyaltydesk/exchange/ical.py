"""Open follow-ups as an iCalendar file for phone and desktop calendars.

Each follow-up keeps one UID (its own stable id), and its SEQUENCE grows each time it is
moved or snoozed, so importing a newer export updates the calendar entry instead of adding
a second one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from icalendar import Alarm, Calendar, Event, Todo

from loyaltydesk import __version__
from loyaltydesk.clock import now
from loyaltydesk.domain.cadences import planned_length
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.services.export_data import OpenFollowUp

UID_DOMAIN = "loyaltydesk.app"
ALARM_BEFORE = timedelta(minutes=15)
PRODID = f"-//LoyaltyDesk//LoyaltyDesk {__version__}//EN"


class CalendarEntry(StrEnum):
    TODO = "todo"  # a to-do with a due time: the follow-up is a task to tick off
    EVENT = "event"  # an appointment as long as planned: shows in every calendar's day view


def followup_uid(followup: OpenFollowUp) -> str:
    return f"{followup.uuid}@{UID_DOMAIN}"


def _description(followup: OpenFollowUp, customer: CustomerRecord | None) -> str:
    lines = []
    if customer is not None:
        d = customer.details
        lines.append(" - ".join(x for x in (d.name, d.company) if x))
        lines += [x for x in (d.phone, d.email) if x]
    lines.append(f"{followup.kind.value.replace('_', ' ').capitalize()} by "
                 f"{followup.channel.value}")
    if followup.script.strip():
        lines += ["", followup.script.strip()]
    return "\n".join(lines)


def _alarm(summary: str, related_to_end: bool) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    # a to-do rings before it is due (its DUE), an event before it starts
    alarm.add("trigger", -ALARM_BEFORE,
              parameters={"RELATED": "END"} if related_to_end else {})
    return alarm


def _entry(followup: OpenFollowUp, customer: CustomerRecord | None, kind: CalendarEntry,
           stamp: datetime) -> Event | Todo:
    entry = Todo() if kind is CalendarEntry.TODO else Event()
    who = customer.display_name if customer else ""
    summary = f"{followup.title} - {who}" if who else followup.title
    entry.add("uid", followup_uid(followup))
    entry.add("dtstamp", stamp)
    entry.add("created", followup.created_at.astimezone(UTC))
    entry.add("last-modified", followup.updated_at.astimezone(UTC))
    entry.add("sequence", followup.revision)
    entry.add("summary", summary)
    entry.add("description", _description(followup, customer))
    entry.add("categories", [followup.kind.value.replace("_", " ")])
    start = followup.remind_at.astimezone(UTC)
    if kind is CalendarEntry.TODO:
        # RFC 5545 3.8.2.3: DUE comes after DTSTART. Due when the follow-up is (or when a
        # snooze moved it), with the half hour before it to do it.
        due = max(followup.due_at, followup.remind_at).astimezone(UTC)
        entry.add("dtstart", due - planned_length(followup.channel))
        entry.add("due", due)
        entry.add("status", "NEEDS-ACTION")
    else:
        entry.add("dtstart", start)
        entry.add("dtend", start + planned_length(followup.channel))
        entry.add("status", "CONFIRMED")
        entry.add("transp", "OPAQUE")
    entry.add_component(_alarm(summary, kind is CalendarEntry.TODO))
    return entry


def write_calendar(followups: Iterable[OpenFollowUp], customers: dict[int, CustomerRecord],
                   kind: CalendarEntry = CalendarEntry.TODO) -> bytes:
    """A VCALENDAR with one VTODO (or VEVENT) and a display alarm per open follow-up."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "LoyaltyDesk follow-ups")
    stamp = now().astimezone(UTC).replace(microsecond=0)
    for followup in followups:
        calendar.add_component(_entry(followup, customers.get(followup.customer_id), kind,
                                      stamp))
    return calendar.to_ical()
