"""Contacts from CSV (Google, Outlook, Thunderbird, LinkedIn, any spreadsheet) and to CSV."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from loyaltydesk.domain.contacts import ContactDetails, normalize_tag
from loyaltydesk.domain.money import format_money
from loyaltydesk.domain.records import CustomerRecord, IncomingContact
from loyaltydesk.exchange.csv_headers import (
    ADDRESS_TARGETS,
    ColumnTarget,
    Target,
    auto_mapping,
    header_score,
)
from loyaltydesk.exchange.csv_table import Table, read_table
from loyaltydesk.exchange.errors import ExchangeError, at_line, looks_like_formula
from loyaltydesk.exchange.fields import checked_contact

_FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")
_SYSTEM_GROUPS = {"my contacts", "mycontacts", "starred", "friends", "family", "coworkers"}


@dataclass
class CsvContacts:
    table: Table
    mapping: list[ColumnTarget]
    contacts: list[IncomingContact]
    skipped: list[str]

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


def _address_group(values: dict[Target, list[tuple[int, str]]]) -> int | None:
    groups = sorted({rank for t in ADDRESS_TARGETS for rank, v in values[t] if v})
    return groups[0] if groups else None


def _pick(values: list[tuple[int, str]], rank: int | None = None) -> str:
    chosen = [v for r, v in values if v and (rank is None or r == rank)]
    return " ".join(chosen) if rank is not None else (chosen[0] if chosen else "")


def _others(values: list[tuple[int, str]]) -> list[str]:
    """The values after the chosen one, each once."""
    chosen = [v for _, v in values]
    return [v for v in dict.fromkeys(chosen[1:]) if v != chosen[0]]


def _details(headers: list[str], mapping: list[ColumnTarget], cells: list[str]) -> tuple[
        ContactDetails, list[str]]:
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
    name = _pick(values[Target.NAME]) or " ".join(
        _pick(values[t]) for t in (Target.FIRST, Target.MIDDLE, Target.LAST) if values[t])
    group = _address_group(values)
    street = ", ".join(v for r, v in values[Target.STREET] if r == group and v)
    extra = [f"Email: {v}" for v in _others(values[Target.EMAIL])]
    extra += [f"Phone: {v}" for v in _others(values[Target.PHONE])]
    extra += [f"Job title: {_pick(values[Target.JOB_TITLE])}"] if values[Target.JOB_TITLE] else []
    region = _pick(values[Target.REGION], group) if group is not None else ""
    extra += [f"Region: {region}"] if region else []
    text = "\n".join(v for _, v in values[Target.NOTES])
    details = ContactDetails(
        name=" ".join(name.split()), company=_pick(values[Target.COMPANY]),
        email=_pick(values[Target.EMAIL]), phone=_pick(values[Target.PHONE]), street=street,
        postal_code=_pick(values[Target.POSTAL_CODE], group) if group is not None else "",
        city=_pick(values[Target.CITY], group) if group is not None else "",
        country=_pick(values[Target.COUNTRY], group) if group is not None else "",
        website=_pick(values[Target.WEBSITE]), owner=_pick(values[Target.OWNER]),
        notes="\n".join(x for x in (text, *notes, *extra) if x),
        tags=[t for _, v in values[Target.TAGS] for t in _tags(v)])
    return details, [f for f in ("name", "company") if getattr(details, f)]


def contacts_from_table(table: Table, mapping: list[ColumnTarget]) -> CsvContacts:
    """Contacts for the rows, with the columns mapped as given; ExchangeError names the line."""
    if len(mapping) != len(table.headers):
        raise ExchangeError("the column mapping does not fit the file's columns")
    contacts: list[IncomingContact] = []
    skipped: list[str] = []
    for number, cells in table.rows:
        details, named = _details(table.headers, mapping, cells)
        for field in named:
            value = getattr(details, field)
            if looks_like_formula(value):
                raise at_line(number, f"the {field} {value[:40]!r} looks like a spreadsheet "
                              "formula, not a name")
        if not (details.display_name() or details.email or details.phone):
            skipped.append(f"line {number}: no name, email or phone; left out")
            continue
        contacts.append(checked_contact(details, f"line {number}"))
    return CsvContacts(table, mapping, contacts, skipped)


def read_csv_contacts(data: bytes, encoding: str | None = None, delimiter: str | None = None,
                      mapping: list[ColumnTarget] | None = None) -> CsvContacts:
    table = read_table(data, header_score, encoding, delimiter)
    return contacts_from_table(table, mapping or auto_mapping(table.headers))


# --- export ------------------------------------------------------------------------------

EXPORT_HEADERS = ("Name", "Company", "Email", "Phone", "Street", "Postal code", "City",
                  "Country", "Website", "Tags", "Owner", "Stage", "Stage since",
                  "Lifetime value (3 years)", "Purchases", "Last purchase", "Last contact",
                  "Next follow-up", "Last score", "Notes", "ID")


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
            "" if record.last_score is None else str(record.last_score), d.notes, record.uuid]


def write_csv(records: Iterable[CustomerRecord]) -> bytes:
    """UTF-8 with a BOM (so spreadsheets read accents right), CRLF, a header row."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS)
    for record in records:
        writer.writerow([neutralised(c) for c in customer_row(record)])
    return out.getvalue().encode("utf-8-sig")
