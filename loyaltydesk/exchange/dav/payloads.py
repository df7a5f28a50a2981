"""The calendar entries and contact cards the phone reads, and what is read back from them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import vobject
from icalendar import Alarm, Calendar, Event, Todo

from loyaltydesk.domain.cadences import planned_length
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.money import format_money
from loyaltydesk.domain.phone_sync import PhoneEntry
from loyaltydesk.exchange.ical import ALARM_BEFORE, PRODID, UID_DOMAIN
from loyaltydesk.services.phone.outgoing import CustomerOut, FollowUpOut

LINK = "loyaltydesk://customer/{uuid}"


def uid(local_uuid: str) -> str:
    """The same UID the .ics export gives, so an imported file and the sync meet."""
    return f"{local_uuid}@{UID_DOMAIN}"


def href_name(local_uuid: str, suffix: str) -> str:
    return f"loyaltydesk-{local_uuid}.{suffix}"


def _description(f: FollowUpOut) -> str:
    lines = [x for x in (f.customer_name, f.customer_phone) if x]
    lines.append(f"{f.kind.replace('_', ' ').capitalize()} by {f.channel}")
    if f.script.strip():
        lines += ["", f.script.strip()]
    lines += ["", LINK.format(uuid=f.customer_uuid)]
    return "\n".join(lines)


def _alarm(summary: str, related_to_end: bool) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    # a to-do rings before it is due (its DUE), an event before it starts, as in the .ics export
    alarm.add("trigger", -ALARM_BEFORE, parameters={"RELATED": "END"} if related_to_end else {})
    return alarm


def calendar_entry(f: FollowUpOut, as_event: bool, stamp: datetime) -> bytes:
    """A VCALENDAR with one VTODO (or VEVENT) for the follow-up, with a display alarm."""
    entry = Event() if as_event else Todo()
    summary = f"{f.title} - {f.customer_name}" if f.customer_name else f.title
    start = f.due.astimezone(UTC)
    entry.add("uid", uid(f.uuid))
    entry.add("dtstamp", stamp)
    entry.add("created", f.created_at.astimezone(UTC))
    entry.add("summary", summary)
    entry.add("description", _description(f))
    entry.add("url", LINK.format(uuid=f.customer_uuid))
    entry.add("categories", [f.kind.replace("_", " ")])
    if as_event:
        entry.add("dtstart", start)
        entry.add("dtend", start + planned_length(f.channel))
        entry.add("status", "CONFIRMED")
    else:  # RFC 5545 3.8.2.3: DUE comes after DTSTART; the time it takes before it
        entry.add("dtstart", start - planned_length(f.channel))
        entry.add("due", start)
        entry.add("status", "COMPLETED" if f.status == "done" else "NEEDS-ACTION")
        if f.status == "done":
            entry.add("percent-complete", 100)
    entry.add_component(_alarm(summary, not as_event))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(entry)
    return calendar.to_ical()


def _moment(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):  # an all-day entry: its morning, in UTC
        return datetime.combine(value, time(9), UTC)
    return None


def read_entry(data: bytes | str) -> PhoneEntry:
    """The due time and completion of the entry a phone saved."""
    calendar = Calendar.from_ical(data)
    for component in calendar.walk():
        if component.name == "VTODO":
            due = component.get("due") or component.get("dtstart")
            completed = (str(component.get("status", "")).upper() == "COMPLETED"
                         or component.get("completed") is not None)
            return PhoneEntry(_moment(due.dt) if due else None, completed)
        if component.name == "VEVENT":
            start = component.get("dtstart")
            return PhoneEntry(_moment(start.dt) if start else None, False)
    raise ValueError("no VTODO or VEVENT in the entry")


def agreed_followup(f: FollowUpOut) -> dict:
    return {"due": f.due.astimezone(UTC).isoformat(), "open": f.status == "open"}


def agreed_due(agreed: dict) -> datetime | None:
    return datetime.fromisoformat(agreed["due"]) if agreed.get("due") else None


def _about(c: CustomerOut, currency: str) -> str:
    return f"LoyaltyDesk: {Stage(c.stage).label}, LTV {format_money(c.ltv_cents, currency)}"


def contact_card(c: CustomerOut, currency: str = "EUR") -> bytes:
    """A vCard 3.0 the phone shows when the customer calls: name, stage and lifetime value."""
    card = vobject.vCard()
    card.add("uid").value = uid(c.uuid)
    name = c.name or c.company
    card.add("fn").value = name
    parts = name.rsplit(" ", 1) if c.name else [""]
    card.add("n").value = vobject.vcard.Name(family=parts[-1], given=parts[0]
                                             if len(parts) > 1 else "")
    if c.company:
        card.add("org").value = [c.company]
    if c.phone:
        card.add("tel").value = c.phone
    if c.email:
        card.add("email").value = c.email
    card.add("note").value = _about(c, currency)
    card.add("title").value = _about(c, currency)
    card.add("url").value = LINK.format(uuid=c.uuid)
    return card.serialize().encode("utf-8")


def read_card(data: bytes | str) -> dict[str, str]:
    """The phone number and email a phone left on the card (the first of each)."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    card = vobject.readOne(text)
    found = {}
    for key, attr in (("phone", "tel"), ("email", "email")):
        values = card.contents.get(attr, [])
        found[key] = str(values[0].value).strip() if values else ""
    return found


def agreed_customer(c: CustomerOut) -> dict:
    return {"phone": c.phone, "email": c.email}


