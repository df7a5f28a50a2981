"""One import from file to database: which format, a preview of what would change, then apply."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from loyaltydesk.exchange.csv_contacts import (
    CsvContacts,
    contacts_from_table,
    other_data,
    read_csv_contacts,
    unplaced_note,
)
from loyaltydesk.exchange.csv_headers import ColumnTarget, mapped_by_name
from loyaltydesk.exchange.csv_table import read_table
from loyaltydesk.exchange.errors import ExchangeError, at_line
from loyaltydesk.exchange.purchases_csv import header_score as purchase_header_score
from loyaltydesk.exchange.purchases_csv import read_purchases
from loyaltydesk.exchange.textio import nul_count
from loyaltydesk.exchange.vcard import read_vcards
from loyaltydesk.exchange.words import tr
from loyaltydesk.services import imports, purchase_imports
from loyaltydesk.services.imports import (
    Action,
    Cancelled,
    ImportFailed,
    ImportSummary,
    PlannedContact,
    Progress,
)
from loyaltydesk.services.purchase_imports import PlannedPurchase, PurchaseSummary

MAX_IMPORT_BYTES = 200 * 1024 * 1024


class ImportFormat(StrEnum):
    VCARD = "vcard"
    CSV = "csv"
    PURCHASES_CSV = "purchases-csv"


# Translation context: Exchange (the window shows these words in its language)
FORMAT_LABELS = {ImportFormat.VCARD: "Contacts (vCard)", ImportFormat.CSV: "Contacts (CSV)",
                 ImportFormat.PURCHASES_CSV: "Purchases (CSV)"}


@dataclass
class ImportOptions:
    format: ImportFormat | None = None
    encoding: str | None = None
    delimiter: str | None = None
    mapping: list[ColumnTarget] | None = None  # CSV contacts: a column mapping chosen by hand
    on_duplicate: Action = Action.MERGE
    add_missing: bool = False  # purchases: add the customers no line matches
    currency: str = "EUR"
    day_first: bool | None = None
    # A CSV whose headers we do not know: an error, or (in the dialog) an empty preview
    # whose columns the user maps by hand.
    allow_unmapped: bool = False
    # CSV contacts: column header -> field name, over the automatic mapping ("--map")
    column_map: dict[str, str] = field(default_factory=dict)


# How many cards or rows of a file cannot be read
COUNT_LABELS = {"cards": "%n card(s)", "rows": "%n row(s)"}


@dataclass
class ImportPreview:
    path: Path
    format: ImportFormat
    encoding_label: str
    contacts: list[PlannedContact] = field(default_factory=list)
    purchases: list[PlannedPurchase] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was adjusted or left out, and where
    csv: CsvContacts | None = None  # the table and mapping, for the column-mapping dialog
    bad: list[str] = field(default_factory=list)  # cards or rows that cannot be read, where

    def bad_count_text(self) -> str:
        unit = "cards" if self.format is ImportFormat.VCARD else "rows"
        return tr(COUNT_LABELS[unit], len(self.bad))

    def bad_text(self, shown: int = 3) -> str:
        more = len(self.bad) - shown
        return "; ".join(self.bad[:shown]) + (tr("; and %n more", more) if more > 0 else "")

    @property
    def count(self) -> int:
        return len(self.contacts) if self.format is not ImportFormat.PURCHASES_CSV \
            else len(self.purchases)


def read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ExchangeError(tr("{file} is larger than 200 MB; is it the right file?").format(
                file=path.name))
        return path.read_bytes()
    except OSError as exc:
        raise ExchangeError(tr("{file} cannot be read: {reason}").format(
            file=path, reason=exc.strerror)) from exc


def detect_format(path: Path, data: bytes) -> ImportFormat:
    head = data[:4096].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe").upper()
    if b"BEGIN:VCALENDAR" in head or path.suffix.lower() in (".ics", ".ical", ".ifb"):
        raise ExchangeError(tr("this is a calendar (iCalendar); LoyaltyDesk exports follow-ups "
                               "as calendars but imports contacts (vCard, CSV) and purchases "
                               "(CSV)"))
    if b"BEGIN:VCARD" in head or path.suffix.lower() in (".vcf", ".vcard"):
        return ImportFormat.VCARD
    try:
        table = read_table(data[:65536], purchase_header_score)
    except ExchangeError:
        return ImportFormat.CSV
    return ImportFormat.PURCHASES_CSV if purchase_header_score(table.headers) >= 3 \
        and any("amount" in h.casefold() or "total" in h.casefold() for h in table.headers) \
        else ImportFormat.CSV


def _with_duplicates(preview: ImportPreview, on_duplicate: Action) -> None:
    for item in preview.contacts:
        if item.action is Action.MERGE and on_duplicate is not Action.MERGE:
            item.action = on_duplicate


def _csv_contacts(data: bytes, options: ImportOptions) -> CsvContacts:
    table = read_csv_contacts(data, options.encoding, options.delimiter, options.mapping)
    if options.column_map:
        mapping = mapped_by_name(table.table.headers, table.mapping, options.column_map)
        table = contacts_from_table(table.table, mapping)
        options = replace(options, mapping=mapping)
    other = other_data(table.table.headers)
    if other and not options.mapping:
        raise at_line(table.table.header_line, other)
    if not table.recognised and not options.allow_unmapped:
        raise at_line(table.table.header_line, tr(
            "no column is recognised (headers like Name, Email, Phone, Company); map the "
            "columns in File > Import or with --map \"Column=field\""))
    return table


def _halves(progress: Progress | None) -> tuple[Callable[[int, int], None] | None,
                                                Progress | None]:
    """One progress in two halves: reading the contacts (Cancelled when told to stop), then
    finding who they are."""
    if progress is None:
        return None, None
    keep_going: Progress = progress

    def reading(done: int, total: int) -> None:
        if not keep_going(done, 2 * total):
            raise Cancelled(tr("Reading cancelled: nothing was changed"))

    return reading, (lambda done, total: keep_going(total + done, 2 * total))


def _contacts_preview(path: Path, data: bytes, fmt: ImportFormat,
                      options: ImportOptions, progress: Progress | None = None) -> ImportPreview:
    reading, planning = _halves(progress)
    if fmt is ImportFormat.VCARD:
        read = read_vcards(data, options.encoding, reading)
        found, skipped, label, bad = read.contacts, read.skipped, read.encoding_label, read.bad
        table = None
    else:
        table = _csv_contacts(data, options)
        found, skipped, label, bad = (table.contacts, table.skipped,
                                      table.table.encoding_label, table.bad)
    preview = ImportPreview(path, fmt, label, imports.plan_contacts(found, planning), csv=table,
                            bad=bad)
    preview.notes = [w for c in found for w in c.warnings] + skipped
    nuls = nul_count(data, options.encoding)
    if nuls:
        preview.notes.insert(0, tr("the file holds %n NUL character(s), a sign of damage: they "
                                   "were removed", nuls))
    if table is not None:
        preview.notes[:0] = unplaced_note(table)
    _with_duplicates(preview, options.on_duplicate)
    return preview


def remap(preview: ImportPreview, mapping: list[ColumnTarget],
          on_duplicate: Action = Action.MERGE, progress: Progress | None = None) -> ImportPreview:
    """The same CSV read again with columns mapped by hand."""
    if preview.csv is None:
        raise ExchangeError(tr("only a CSV file has columns to map"))
    table = contacts_from_table(preview.csv.table, mapping)
    result = ImportPreview(preview.path, preview.format, preview.encoding_label,
                           imports.plan_contacts(table.contacts, progress), csv=table,
                           bad=table.bad)
    result.notes = unplaced_note(table) + [w for c in table.contacts for w in c.warnings] + \
        table.skipped
    _with_duplicates(result, on_duplicate)
    return result


def preview_import(path: Path, options: ImportOptions | None = None,
                   progress: Progress | None = None) -> ImportPreview:
    """Read and check the whole file and plan every change, without changing anything.

    With `progress` (done, total) -> keep going, a long read can be followed and cancelled
    (Cancelled)."""
    options = options or ImportOptions()
    data = read_file(path)
    fmt = options.format or detect_format(path, data)
    if fmt is not ImportFormat.PURCHASES_CSV:
        return _contacts_preview(path, data, fmt, options, progress)
    read = read_purchases(data, options.encoding, options.delimiter, options.currency,
                          options.day_first)
    plan = purchase_imports.plan_purchases(read.purchases)
    return ImportPreview(path, fmt, read.table.encoding_label, purchases=plan, notes=read.notes)


def apply_import(preview: ImportPreview, add_missing: bool = False,
                 progress: Progress | None = None,
                 skip_bad: bool = False) -> ImportSummary | PurchaseSummary:
    """Apply a preview in one transaction; ImportFailed or Cancelled leave the data untouched.

    A file with cards or rows that cannot be read changes nothing, unless the user chose to
    import the good ones and skip the bad (`skip_bad`).
    """
    if preview.bad and not skip_bad:
        raise ImportFailed(tr("{bad} cannot be read ({lines})").format(
            bad=preview.bad_count_text(), lines=preview.bad_text()))
    if preview.bad and not preview.contacts:
        raise ImportFailed(tr("no contact can be read ({lines})").format(
            lines=preview.bad_text()))
    if preview.format is ImportFormat.PURCHASES_CSV:
        return purchase_imports.apply_purchases(preview.purchases, shown_name(preview.path),
                                                add_missing, progress)
    return imports.apply_contacts(preview.contacts, shown_name(preview.path), progress)


def shown_name(path: Path) -> str:
    """The file's name as text to keep and show, even when it is not valid UTF-8."""
    return os.fsencode(path.name).decode("utf-8", errors="replace")
