"""One export: which customers, which format, written whole or not at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from loyaltydesk.domain.words import Words, english
from loyaltydesk.exchange.csv_contacts import write_csv
from loyaltydesk.exchange.ical import CalendarEntry, write_calendar
from loyaltydesk.exchange.sheet_content import Layout, RouteOrder, Visit
from loyaltydesk.exchange.targets import check_target, write_private
from loyaltydesk.exchange.vcard_writer import write_vcards
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
from loyaltydesk.services.export_data import customer_records, open_followups
from loyaltydesk.services.imports import Progress
from loyaltydesk.store.database import current_path


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
    # PDF: the header naming the day and the filter, the days of the visits, the route's order
    title: str = ""
    subtitle: str = ""
    visit: Visit | None = None
    route_order: RouteOrder = RouteOrder.PLACE


@dataclass(frozen=True)
class ExportResult:
    path: Path
    customers: int
    items: int  # cards, rows, calendar entries or pages

    def describe(self, fmt: ExportFormat, words: Words = english) -> str:
        """'1 page for 1 customer written to …', '12 rows for 12 customers written to …'."""
        return words(EXPORT_RESULT_LABELS["written"], -1).format(
            items=words(EXPORT_RESULT_LABELS[fmt.value], self.items),
            customers=words(EXPORT_RESULT_LABELS["customers"], self.customers), path=self.path)


# Translation context: ExportResult
EXPORT_RESULT_LABELS = {
    "pdf": "%n page(s)", "csv": "%n row(s)", "vcard": "%n card(s)", "ics": "%n follow-up(s)",
    "customers": "%n customer(s)", "written": "{items} for {customers} written to {path}",
}


def ids_for(spec: CustomerFilter) -> list[int]:
    return matching_ids(spec)


def describe_filter(spec: CustomerFilter) -> str:
    """The filter in a line, for a sheet's header: 'Stage: Loyal · City: Lyon'."""
    parts = [f"Search: {spec.text}" if spec.text else "",
             "Stage: " + ", ".join(s.label for s in spec.stages) if spec.stages else "",
             f"Tag: {spec.tag}" if spec.tag else "", f"Owner: {spec.owner}" if spec.owner else "",
             f"City: {spec.city}" if spec.city else "",
             "Overdue follow-up" if spec.overdue else "",
             "Bought once" if spec.one_purchase_only else "",
             f"{len(spec.ids)} chosen customers" if spec.ids else ""]
    return " · ".join(p for p in parts if p)


def _write_atomically(path: Path, data: bytes) -> None:
    write_private(path, data)


def _check_target(path: Path) -> None:
    book = current_path()
    check_target(path, book.parent if book is not None else None)


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
            writer = ContactSheetWriter(page_size_named(options.page_size), title=options.title)
            pages = writer.write(path, records, options.layout, progress, visit=options.visit,
                                 order=options.route_order, subtitle=options.subtitle)
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
