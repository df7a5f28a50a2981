"""One export: which customers, which format, written whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from loyaltydesk.exchange.csv_contacts import write_csv
from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.exchange.ical import CalendarEntry, write_calendar
from loyaltydesk.exchange.sheet_content import Layout
from loyaltydesk.exchange.vcard import write_vcards
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
from loyaltydesk.services.export_data import customer_records, open_followups
from loyaltydesk.services.imports import Progress


class ExportFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    VCARD = "vcard"
    ICS = "ics"


SUFFIXES = {ExportFormat.PDF: ".pdf", ExportFormat.CSV: ".csv", ExportFormat.VCARD: ".vcf",
            ExportFormat.ICS: ".ics"}
FORMAT_LABELS = {ExportFormat.PDF: "Contact sheets (PDF)", ExportFormat.CSV: "Spreadsheet (CSV)",
                 ExportFormat.VCARD: "Address book (vCard)",
                 ExportFormat.ICS: "Follow-ups calendar (iCalendar)"}


@dataclass
class ExportOptions:
    format: ExportFormat
    vcard_version: str = "3.0"
    calendar_entry: CalendarEntry = CalendarEntry.TODO
    layout: Layout = Layout.SHEETS
    page_size: str | None = None  # "a4" or "letter"; None follows the locale


@dataclass(frozen=True)
class ExportResult:
    path: Path
    customers: int
    items: int  # cards, rows, calendar entries or pages

    def describe(self, fmt: ExportFormat) -> str:
        """'1 page for 1 customer written to …', '12 rows for 12 customers written to …'."""
        unit = {ExportFormat.PDF: ("page", "pages"), ExportFormat.CSV: ("row", "rows"),
                ExportFormat.VCARD: ("card", "cards"),
                ExportFormat.ICS: ("follow-up", "follow-ups")}[fmt]
        who = "customer" if self.customers == 1 else "customers"
        return (f"{self.items:,} {unit[self.items != 1]} for {self.customers:,} {who} "
                f"written to {self.path}")


def ids_for(spec: CustomerFilter) -> list[int]:
    return matching_ids(spec)


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.partial")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise ExchangeError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise ExchangeError(f"the folder {path.parent} does not exist")


def export(path: Path, customer_ids: Sequence[int], options: ExportOptions,
           progress: Progress | None = None) -> ExportResult:
    """Write the file for these customers; a cancel or an error leaves no file behind."""
    _check_target(path)
    records = list(customer_records(customer_ids))
    if options.format is ExportFormat.PDF:
        from loyaltydesk.exchange.contact_sheet import (
            ContactSheetWriter,
            page_size_named,
            release_gui_application,
        )
        try:
            writer = ContactSheetWriter(page_size_named(options.page_size))
            pages = writer.write(path, records, options.layout, progress)
        finally:
            release_gui_application()
        return ExportResult(path, len(records), pages)
    if options.format is ExportFormat.ICS:
        followups = open_followups([r.id for r in records])
        data = write_calendar(followups, {r.id: r for r in records}, options.calendar_entry)
        _write_atomically(path, data)
        return ExportResult(path, len(records), len(followups))
    if options.format is ExportFormat.VCARD:
        _write_atomically(path, write_vcards(records, options.vcard_version))
    else:
        _write_atomically(path, write_csv(records))
    return ExportResult(path, len(records), len(records))
