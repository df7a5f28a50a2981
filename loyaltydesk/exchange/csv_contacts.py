"""Contacts from CSV (Google, Outlook, Thunderbird, LinkedIn, any spreadsheet) and to CSV."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from loyaltydesk.domain.contacts import ContactDetails, normalize_tag
from loyaltydesk.domain.money import format_money
from loyaltydesk.domain.personal import KeptFields, parse_day
from loyaltydesk.domain.records import CustomerRecord, IncomingContact
from loyaltydesk.exchange.csv_headers import (
    ADDRESS_TARGETS,
    ColumnTarget,
    Target,
    auto_mapping,
    header_score,
    target_for,
)
from loyaltydesk.exchange.csv_table import Table, read_table
from loyaltydesk.exchange.errors import ExchangeError, looks_like_formula
from loyaltydesk.exchange.fields import checked_contact
from loyaltydesk.exchange.words import tr

_FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")
_SYSTEM_GROUPS = {"my contacts", "mycontacts", "starred", "friends", "family", "coworkers"}


@dataclass
class CsvContacts:
    table: Table
    mapping: list[ColumnTarget]
    contacts: list[IncomingContact]
    skipped: list[str]
    bad: list[str] = field(default_factory=list)  # rows that cannot be read, with their line

    @property
    def recognised(self) -> bool:
        return any(m.target is not Target.IGNORE for m in self.mapping)


def unneutralised(cell: str) -> str:
    """Our export guards formula-looking cells with a leading quote: take it off again."""
    if cell.startswith("'") and cell[1:2] in _FORMULA_CHARS:
        return cell[1:]
    return cell


def _tags(value: str) -> list[str]:
    parts = re.split(r":::|[,;]", value)
    tags = [normalize_tag(p.lstrip("*")) for p in parts if not p.strip().startswith("*")]
    return [t for t in tags if t and t not in _SYSTEM_GROUPS]


def _address_groups(values: dict[Target, list[tuple[int, str]]]) -> list[int]:
    return sorted({rank for t in ADDRESS_TARGETS for rank, v in values[t] if v})


def _pick(values: list[tuple[int, str]], rank: int | None = None) -> str:
    chosen = [v for r, v in values if v and (rank is None or r == rank)]
    return " ".join(chosen) if rank is not None else (chosen[0] if chosen else "")


def _others(values: list[tuple[int, str]]) -> list[str]:
    """The values after the chosen one, each once."""
    chosen = [v for _, v in values]
    return [v for v in dict.fromkeys(chosen[1:]) if v != chosen[0]]


def _address(values: dict[Target, list[tuple[int, str]]], group: int) -> dict[str, str]:
    return {"street": ", ".join(v for r, v in values[Target.STREET] if r == group and v),
            "postal_code": _pick(values[Target.POSTAL_CODE], group),
            "city": _pick(values[Target.CITY], group),
            "country": _pick(values[Target.COUNTRY], group)}


def _read_day(values: dict[Target, list[tuple[int, str]]], target: Target, label: str,
              problems: list[str], day_first: bool) -> str:
    text = _pick(values[target])
    if target is Target.BIRTHDAY and not text and values[Target.BIRTH_MONTH]:
        parts = [_pick(values[t]) for t in (Target.BIRTH_YEAR, Target.BIRTH_MONTH,
                                              Target.BIRTH_DAY)]
        text = f"{parts[0] or '-'}-{parts[1].zfill(2)}-{parts[2].zfill(2)}"
        text = text if parts[0] else f"--{parts[1].zfill(2)}-{parts[2].zfill(2)}"
    try:
        return parse_day(text, day_first)
    except ValueError:
        problems.append(f"{label}: {text}")
        return ""


# A row's problems, by the field they are in (the stored notes keep the English label)
FORMULA_LABELS = {
    "name": "line {line}: the name {text} looks like a spreadsheet formula, not a name",
    "company": "line {line}: the company {text} looks like a spreadsheet formula, not a name",
}
DAY_LABELS = {
    "Birthday": "line {line}: the birthday {text} is not a day; kept in the notes",
    "Anniversary": "line {line}: the anniversary {text} is not a day; kept in the notes",
}


@dataclass
class _Row:
    details: ContactDetails
    kept: KeptFields
    source_id: str
    unreadable_days: list[str]


def _values(headers: list[str], mapping: list[ColumnTarget], cells: list[str]) -> tuple[
        dict[Target, list[tuple[int, str]]], list[str]]:
    values: dict[Target, list[tuple[int, str]]] = defaultdict(list)
    notes: list[str] = []
    for header, column, cell in zip(headers, mapping, cells, strict=True):
        cell = unneutralised(cell).strip()
        if not cell or column.target is Target.IGNORE:
            continue
        if column.target is Target.NOTE_FIELD:
            notes.append(f"{header}: {cell}")
        else:
            values[column.target].append((column.rank, cell))
    for target in (Target.EMAIL, Target.PHONE):
        values[target].sort(key=lambda item: item[0])
    return values, notes


_MONTH_FIRST_HEADERS = {"birthday", "anniversary", "birth date", "date of birth",
                        "wedding anniversary"}


def _day_first(headers: list[str], mapping: list[ColumnTarget]) -> bool:
    """Dates in a file whose day columns are not named in English are read day first."""
    named = [" ".join(h.casefold().split()) for h, m in zip(headers, mapping, strict=True)
             if m.target in (Target.BIRTHDAY, Target.ANNIVERSARY)]
    return bool(named) and not any(h in _MONTH_FIRST_HEADERS for h in named)


def _row(headers: list[str], mapping: list[ColumnTarget], cells: list[str],
         day_first: bool = False) -> _Row:
    values, notes = _values(headers, mapping, cells)
    name = _pick(values[Target.NAME]) or " ".join(
        _pick(values[t]) for t in (Target.FIRST, Target.MIDDLE, Target.LAST) if values[t])
    groups = _address_groups(values)
    address = _address(values, groups[0]) if groups else {}
    extra = [f"Email: {v}" for v in _others(values[Target.EMAIL])]
    extra += [f"Phone: {v}" for v in _others(values[Target.PHONE])]
    extra += [f"Job title: {_pick(values[Target.JOB_TITLE])}"] if values[Target.JOB_TITLE] else []
    region = _pick(values[Target.REGION], groups[0]) if groups else ""
    extra += [f"Region: {region}"] if region else []
    for group in groups[1:]:
        other = _address(values, group)
        text = ", ".join(x for x in (*other.values(), _pick(values[Target.REGION], group)) if x)
        extra += [f"Other address: {text}"] if text else []
    unreadable: list[str] = []
    kept = KeptFields(
        birthday=_read_day(values, Target.BIRTHDAY, "Birthday", unreadable, day_first),
        anniversary=_read_day(values, Target.ANNIVERSARY, "Anniversary", unreadable, day_first))
    text = "\n".join(v for _, v in values[Target.NOTES])
    details = ContactDetails(
        name=" ".join(name.split()), company=_pick(values[Target.COMPANY]),
        email=_pick(values[Target.EMAIL]), phone=_pick(values[Target.PHONE]), **address,
        website=_pick(values[Target.WEBSITE]), owner=_pick(values[Target.OWNER]),
        notes="\n".join(x for x in (text, *notes, *extra, *unreadable) if x),
        tags=[t for _, v in values[Target.TAGS] for t in _tags(v)])
    return _Row(details, kept, _pick(values[Target.SOURCE_ID]), unreadable)


def contacts_from_table(table: Table, mapping: list[ColumnTarget]) -> CsvContacts:
    """Contacts for the rows, with the columns mapped as given; rows that cannot be read are
    listed in `bad` with their line, the others are kept."""
    if len(mapping) != len(table.headers):
        raise ExchangeError(tr("the column mapping does not fit the file's columns"))
    contacts: list[IncomingContact] = []
    skipped: list[str] = []
    bad = list(table.bad)
    day_first = _day_first(table.headers, mapping)
    for number, cells in table.rows:
        row = _row(table.headers, mapping, cells, day_first)
        details = row.details
        formula = next((f for f in ("name", "company") if looks_like_formula(
            getattr(details, f))), None)
        if formula:
            bad.append(tr(FORMULA_LABELS[formula]).format(
                line=number, text=repr(getattr(details, formula)[:40])))
            continue
        if not (details.display_name() or details.email or details.phone):
            skipped.append(tr("line {line}: no name, email or phone; left out").format(
                line=number))
            continue
        contact = checked_contact(details, tr("line {line}").format(line=number))
        contact.warnings += [tr(DAY_LABELS[p.split(": ", 1)[0]]).format(
            line=number, text=repr(p.split(": ", 1)[1])) for p in row.unreadable_days]
        contact.source_id, contact.kept = row.source_id, row.kept
        contacts.append(contact)
    return CsvContacts(table, mapping, contacts, skipped, bad)


def read_csv_contacts(data: bytes, encoding: str | None = None, delimiter: str | None = None,
                      mapping: list[ColumnTarget] | None = None) -> CsvContacts:
    table = read_table(data, header_score, encoding, delimiter)
    return contacts_from_table(table, mapping or auto_mapping(table.headers))


_CALENDAR_WORDS = {"subject", "start date", "start time", "end date", "end time",
                   "all day event", "all-day event", "reminder on/off", "reminder date",
                   "betreff", "beginnt am", "endet am", "objet", "début", "fin"}
_INVOICE_WORDS = {"invoice", "invoice number", "invoice date", "amount", "total", "vat",
                  "tax", "quantity", "unit price", "price", "due date", "paid", "rechnung",
                  "betrag", "facture", "montant", "total ttc", "tva", "net", "gross"}
_PERSON_TARGETS = {Target.NAME, Target.FIRST, Target.LAST, Target.EMAIL, Target.PHONE,
                   Target.COMPANY}


def other_data(headers: list[str]) -> str:
    """Why a table is not contacts (a calendar, invoices), or "" when it may well be."""
    keys = {" ".join(h.casefold().split()) for h in headers}
    targets = {(target_for(h) or ColumnTarget(Target.IGNORE)).target for h in headers}
    if len(keys & _CALENDAR_WORDS) >= 2:
        return tr("this is a calendar saved as CSV (Subject, Start Date...), not contacts")
    if len(keys & _INVOICE_WORDS) >= 2 and not targets & {Target.NAME, Target.FIRST,
                                                            Target.LAST, Target.EMAIL}:
        return tr("this is a table of invoices or amounts, not contacts; a purchase history "
                  "imports as purchases (Holds: Purchases, or --format purchases-csv)")
    if headers and not targets & _PERSON_TARGETS and any(
            t is not Target.IGNORE for t in targets):
        return tr("no column holds a name, company, email or phone: this does not look like "
                  "contacts; map the columns by hand if it is")
    return ""


def unplaced_note(table: CsvContacts) -> list[str]:
    """A note naming the columns with data that no field takes, so they can be mapped."""
    placed = [m.target is not Target.IGNORE for m in table.mapping]
    used = [any(cells[i].strip() for _, cells in table.table.rows) for i in range(len(placed))]
    names = [h or tr("column {number}").format(number=i + 1) for i, (h, p, u) in enumerate(
        zip(table.table.headers, placed, used, strict=True)) if u and not p]
    if not names:
        return []
    if not table.recognised:
        return [tr("No column is recognised: choose what each column holds")]
    return [tr("Columns left out unless you map them: {columns}").format(
        columns=", ".join(names))]


# --- export ------------------------------------------------------------------------------

EXPORT_HEADERS = ("Name", "Company", "Email", "Phone", "Street", "Postal code", "City",
                  "Country", "Website", "Tags", "Owner", "Stage", "Stage since",
                  "Lifetime value (3 years)", "Purchases", "Last purchase", "Last contact",
                  "Next follow-up", "Last score", "Notes", "Birthday", "Anniversary", "ID")


def neutralised(cell: str) -> str:
    """A cell a spreadsheet would run as a formula starts with a quote instead."""
    return f"'{cell}" if cell.startswith(_FORMULA_CHARS) else cell


def _day(value) -> str:
    return value.isoformat()[:10] if value else ""


def customer_row(record: CustomerRecord) -> list[str]:
    d = record.details
    return [d.name, d.company, d.email, d.phone, d.street, d.postal_code, d.city, d.country,
            d.website, ", ".join(d.tags), d.owner, record.stage.label,
            _day(record.stage_since), format_money(record.ltv_cents).replace(",", ""),
            str(record.purchase_count), _day(record.last_purchase_on),
            _day(record.last_contact_at), _day(record.next_followup_at),
            "" if record.last_score is None else str(record.last_score), d.notes,
            record.kept.birthday, record.kept.anniversary, record.uuid]


def write_csv(records: Iterable[CustomerRecord]) -> bytes:
    """UTF-8 with a BOM (so spreadsheets read accents right), CRLF, a header row."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS)
    for record in records:
        writer.writerow([neutralised(c) for c in customer_row(record)])
    return out.getvalue().encode("utf-8-sig")
