"""What a contact sheet says, as plain text blocks; contact_sheet.py draws them into a PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from loyaltydesk.domain.money import format_money
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.services.export_data import SheetFacts


class Layout(StrEnum):
    SHEETS = "sheets"  # a page (or more) per customer
    LIST = "list"  # one line per customer, for a day's route


@dataclass(frozen=True)
class Formats:
    """How dates, moments and money read in the user's locale (the PDF writer gives Qt's)."""

    day: Callable[[date], str] = date.isoformat
    moment: Callable[[datetime], str] = lambda m: m.strftime("%Y-%m-%d %H:%M")
    money: Callable[[int, str], str] = lambda cents, currency: format_money(cents, currency)


@dataclass
class Section:
    heading: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Sheet:
    title: str
    subtitle: str
    sections: list[Section]


def _address(record: CustomerRecord) -> str:
    d = record.details
    town = " ".join(x for x in (d.postal_code, d.city) if x)
    return ", ".join(x for x in (d.street, town, d.country) if x)


def _contact(record: CustomerRecord) -> Section:
    d = record.details
    lines = [f"Email: {d.email}" if d.email else "", f"Phone: {d.phone}" if d.phone else "",
             f"Address: {_address(record)}" if _address(record) else "",
             f"Website: {d.website}" if d.website else "",
             f"Shares: {', '.join(d.tags)}" if d.tags else "",
             f"Account manager: {d.owner}" if d.owner else ""]
    return Section("Contact", [x for x in lines if x] or ["No contact details yet"])


def _figures(facts: SheetFacts, f: Formats) -> Section:
    r = facts.record
    lines = [f"Lifetime value (3 years): {f.money(r.ltv_cents, _currency(facts))}",
             f"Purchases: {r.purchase_count}"
             + (f", last on {f.day(r.last_purchase_on)}" if r.last_purchase_on else ""),
             f"Last contact: {f.moment(r.last_contact_at) if r.last_contact_at else 'never'}"]
    if facts.score:
        when, score, eleven, comment = facts.score
        lines.append(f"Last satisfaction: {score}/10 on {f.day(when.date())}")
        if eleven:
            lines.append(f"What would make it 11/10: {eleven}")
        if comment:
            lines.append(f"Comment: {comment}")
    return Section("Figures", lines)


def _currency(facts: SheetFacts) -> str:
    return facts.purchases[0][2] if facts.purchases else ""


def build_sheet(facts: SheetFacts, f: Formats) -> Sheet:
    r = facts.record
    since = f"{r.stage.label} since {f.day(r.stage_since.date())}"
    subtitle = " · ".join(x for x in (r.details.company if r.details.name else "", since) if x)
    sections = [_contact(r), _figures(facts, f)]
    sections.append(Section("Open follow-ups", [
        f"{f.moment(when)}  {title} ({channel})" for when, channel, title in facts.followups]
        or ["Nothing planned"]))
    sections.append(Section("Last purchases", [
        f"{f.day(day)}  {f.money(cents, currency)}  {what}".rstrip()
        for day, cents, currency, what in facts.purchases] or ["No purchase yet"]))
    sections.append(Section("Last contacts", [
        f"{f.moment(when)}  {kind}: {summary}" + (f" - {notes}" if notes else "")
        for when, kind, summary, notes in facts.interactions] or ["No contact logged"]))
    if r.details.notes.strip():
        sections.append(Section("Notes", [r.details.notes.strip()]))
    return Sheet(r.display_name, subtitle, sections)


LIST_COLUMNS = ("Name", "Company", "Phone", "Address", "Stage", "Next follow-up")
LIST_WIDTHS = (0.2, 0.16, 0.14, 0.26, 0.11, 0.13)  # shares of the line


def list_row(record: CustomerRecord, f: Formats) -> tuple[str, ...]:
    d = record.details
    return (record.display_name, d.company if d.name else "", d.phone, _address(record),
            record.stage.label, f.moment(record.next_followup_at) if record.next_followup_at
            else "")
