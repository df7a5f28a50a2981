"""Exports read back by independent parsers: vobject, icalendar, pypdf; and round trips."""

import shutil
import subprocess
import unicodedata
from datetime import timedelta
from decimal import Decimal

import icalendar
import pytest
import vobject
from pypdf import PdfReader

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export
from loyaltydesk.exchange.ical import CalendarEntry
from loyaltydesk.exchange.importer import apply_import, preview_import
from loyaltydesk.exchange.sheet_content import Layout
from loyaltydesk.services import customers, feedback, followups
from loyaltydesk.services.export_data import customer_records
from loyaltydesk.services.imports import Cancelled
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.session import close_data, open_data

PEOPLE = [
    ContactDetails(name="Zoé Durand", company="Café Soleil", email="zoe@example.fr",
                   phone="+33 6 12 34 56 78", street="3 rue de la Paix", postal_code="69002",
                   city="Lyon", country="France", website="https://soleil.example",
                   notes="Prefers mornings; call first", tags=["craft", "local sourcing"]),
    ContactDetails(name="최유림", email="yurim@example.kr", city="Seoul"),
    ContactDetails(name="名無しの権兵衛", phone="03-1234-5678", city="東京"),
    ContactDetails(company="Globex, Inc.", email="info@globex.example", city="Lyon"),
    ContactDetails(name="Ольга Петрова", email="olga@example.ru", city="Казань"),
]


@pytest.fixture
def book(data, clock):
    ids = [customers.create_customer(p) for p in PEOPLE]
    record_purchase(ids[0], PurchaseInput(clock.now().date() - timedelta(days=30),
                                          Decimal("1200"), "EUR", "Kitchen table"))
    feedback.record_survey(ids[0], 8, eleven="Deliver on Saturdays")
    return ids


def _export(path, ids, fmt, **options):
    return export(path, ids, ExportOptions(fmt, **options))


def test_vcard_30_is_read_back_by_vobject(book, tmp_path):
    path = tmp_path / "trip.vcf"
    _export(path, book, ExportFormat.VCARD)
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == ["Zoé Durand", "최유림", "名無しの権兵衛", "Globex, Inc.",
                                           "Ольга Петрова"]
    zoe = cards[0]
    assert zoe.version.value == "3.0"
    assert zoe.email.value == "zoe@example.fr" and zoe.tel.value == "+33 6 12 34 56 78"
    assert (zoe.adr.value.city, zoe.adr.value.code) == ("Lyon", "69002")
    assert zoe.org.value == ["Café Soleil"] and zoe.note.value == "Prefers mornings; call first"
    assert zoe.categories.value == ["craft", "local sourcing"]
    assert cards[3].contents["x-abshowas"][0].value == "COMPANY"
    assert all(len(line.encode()) <= 75 for line in path.read_text().splitlines())


def test_vcard_40_on_request(book, tmp_path):
    path = tmp_path / "trip.vcf"
    _export(path, book[:1], ExportFormat.VCARD, vcard_version="4.0")
    card = vobject.readOne(path.read_text(encoding="utf-8"))
    assert card.version.value == "4.0" and card.uid.value.startswith("urn:uuid:")


@pytest.mark.parametrize("fmt", [ExportFormat.VCARD, ExportFormat.CSV])
def test_export_then_import_gives_the_same_customers(book, tmp_path, fmt):
    path = tmp_path / f"book{'.vcf' if fmt is ExportFormat.VCARD else '.csv'}"
    _export(path, book, fmt)
    before = [r.details for r in customer_records(book)]
    close_data()
    open_data(tmp_path / "elsewhere")
    summary = apply_import(preview_import(path))
    assert summary.added == len(PEOPLE)
    assert [r.details for r in customer_records(summary.customer_ids)] == before


def test_reimporting_our_own_export_doubles_no_one(book, tmp_path):
    path = tmp_path / "book.vcf"
    _export(path, book, ExportFormat.VCARD)
    summary = apply_import(preview_import(path))
    assert (summary.added, summary.unchanged) == (0, len(PEOPLE))


def test_followups_as_todos_with_alarms_and_stable_uids(book, tmp_path, clock):
    path = tmp_path / "followups.ics"
    result = _export(path, book, ExportFormat.ICS)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    todos = list(calendar.walk("VTODO"))
    assert len(todos) == result.items > 0
    first = todos[0]
    assert "Zoé Durand" in str(first["SUMMARY"]) and "+33 6 12 34 56 78" in str(
        first["DESCRIPTION"])
    assert first["DUE"].dt.tzinfo is not None
    assert [a["ACTION"] for a in first.walk("VALARM")] == ["DISPLAY"]
    uids = {str(t["UID"]) for t in todos}
    target = next(f for f in followups.followups_of(book[0]) if f.status == "open")
    followups.reschedule_followup(target.id, target.due_at + timedelta(days=2))
    _export(path, book, ExportFormat.ICS)
    again = list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VTODO"))
    assert {str(t["UID"]) for t in again} == uids  # the same entries, updated
    moved = [t for t in again if t["SEQUENCE"] > 0]
    assert len(moved) == 1 and moved[0]["DUE"].dt == (target.due_at + timedelta(days=2))


def test_followups_as_events(book, tmp_path):
    path = tmp_path / "followups.ics"
    _export(path, book, ExportFormat.ICS, calendar_entry=CalendarEntry.EVENT)
    events = list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert events and all(e["DTEND"].dt > e["DTSTART"].dt for e in events)


def _has_font_for(script: str) -> bool:
    from PySide6.QtGui import QFontDatabase
    return bool(QFontDatabase.families(getattr(QFontDatabase.WritingSystem, script)))


def _pdf_text(path):
    """Each page's words, spaced once (Qt places words apart; ligatures read as letters)."""
    reader = PdfReader(path)
    return reader, [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
                    for page in reader.pages]


def test_contact_sheets_carry_every_fact_and_non_latin_names(qapp, book, tmp_path):
    path = tmp_path / "trip.pdf"
    result = _export(path, book, ExportFormat.PDF, page_size="a4")
    reader, pages = _pdf_text(path)
    assert len(pages) == result.items == len(PEOPLE)
    zoe = pages[0]
    for fact in ("Zoé Durand", "Café Soleil", "zoe@example.fr", "+33 6 12 34 56 78",
                 "Kitchen table", "8/10", "Deliver on Saturdays", "Talking points",
                 "Prefers mornings", "Page 1 of 5"):
        assert fact in zoe, fact
    assert "Ольга Петрова" in pages[4] and "Казань" in pages[4]
    # CJK glyphs come from the system's fallback fonts, as in the app; pypdf reads their
    # words twice, so poppler's pdftotext checks them
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        for name, script in (("최유림", "Korean"), ("名無しの権兵衛", "Japanese")):
            if _has_font_for(script):
                assert name in text
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_the_list_layout_has_a_line_per_customer_on_letter(qapp, book, tmp_path):
    path = tmp_path / "route.pdf"
    _export(path, book, ExportFormat.PDF, layout=Layout.LIST, page_size="letter")
    reader, pages = _pdf_text(path)
    assert len(pages) == 1
    assert all(name in pages[0] for name in ("Zoé Durand", "Ольга Петрова", "Globex, Inc."))
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (792, 612)  # Letter, landscape


def test_a_cancelled_pdf_leaves_no_file(qapp, book, tmp_path):
    path = tmp_path / "trip.pdf"
    path.write_bytes(b"the previous export")
    with pytest.raises(Cancelled):
        export(path, book, ExportOptions(ExportFormat.PDF), progress=lambda done, total: False)
    assert path.read_bytes() == b"the previous export"
    assert list(tmp_path.glob(".*partial")) == []
