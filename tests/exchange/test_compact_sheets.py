"""Two customers to a page, read back: every word on its page, inside it, and labelled."""

import unicodedata
from datetime import timedelta
from decimal import Decimal

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from loyaltydesk import formats
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export
from loyaltydesk.exchange.sheet_content import Layout
from loyaltydesk.services import customers
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase


@pytest.fixture(autouse=True)
def iso_dates():
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def _text(path) -> str:
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
                    for p in PdfReader(path).pages)


def test_who_looks_after_them_and_what_they_share_are_labelled(data, clock, tmp_path):
    ann = customers.create_customer(ContactDetails(name="Ann Lee"))
    omar = customers.create_customer(
        ContactDetails(name="Omar Haddad", owner="Clara Weiss", tags=["wine", "jazz"]),
        referred_by_id=ann)
    path = tmp_path / "compact.pdf"
    export(path, [omar, ann], ExportOptions(ExportFormat.PDF, layout=Layout.COMPACT))
    text = _text(path)
    for fact in ("Values and interests: jazz, wine", "Account manager: Clara Weiss",
                 "Referred by: Ann Lee"):
        assert fact in text, fact


def test_long_visit_notes_stay_whole_and_on_the_paper(data, clock, tmp_path):
    cid = customers.create_customer(ContactDetails(name="Lena Vogt", phone="+49 30 123456"))
    record_purchase(cid, PurchaseInput(formats.today() - timedelta(days=20), Decimal("100"),
                                       "EUR", "Oak shelf"))
    said = "Began with the shelf. " + " ".join(f"point{n}" for n in range(250)) + " Ended well."
    log_interaction(cid, InteractionInput(InteractionKind.VISIT, "Long visit", notes=said))
    other = customers.create_customer(ContactDetails(name="Max Brandt"))
    path = tmp_path / "compact.pdf"
    export(path, [cid, other], ExportOptions(ExportFormat.PDF, layout=Layout.COMPACT))
    assert "point249 Ended well." in _text(path)
    _all_above_the_footer(path)


def _all_above_the_footer(path) -> None:
    """Every character is drawn above its page's footer, none cut off below the paper (a cut
    word is still in the file, so its place is what shows it was cut)."""
    document = pypdfium2.PdfDocument(str(path))
    for number in range(len(document)):
        page = document[number].get_textpage()
        footer = page.search(f"Page {number + 1} of {len(document)}")
        first, count = footer.get_next()
        above = page.get_charbox(first)[3]  # the footer's top, in points from the bottom
        lows = [page.get_charbox(i)[1] for i in range(page.count_chars())
                if not first <= i < first + count and page.get_text_range(i, 1).strip()]
        assert min(lows) > above, number + 1


@pytest.mark.parametrize("layout", [Layout.SHEETS, Layout.COMPACT])
def test_notes_of_one_long_paragraph_go_on_over_the_page(data, clock, tmp_path, layout):
    notes = "First things first. " + " ".join(f"fact{n}" for n in range(1500)) + " The end."
    cid = customers.create_customer(ContactDetails(name="Nora Berg", notes=notes))
    path = tmp_path / "notes.pdf"
    export(path, [cid], ExportOptions(ExportFormat.PDF, layout=layout))
    text = _text(path)
    assert "First things first." in text and "fact1499 The end." in text
    _all_above_the_footer(path)


def _regular(name: str, clock) -> int:
    """A customer as the demo makes them: three purchases (the cadences plan the next steps),
    contacts, a survey, values and an account manager."""
    from loyaltydesk.services import feedback
    cid = customers.create_customer(ContactDetails(
        name=name, company="Vins Girard GmbH", phone="+33 6 67 12 54 02",
        email=f"{name.split()[0].lower()}@example.com", street="22 place Bellecour",
        postal_code="69002", city="Lyon", country="France", owner="Clara Weiss",
        tags=["craftsmanship", "training"]))
    for days, amount in ((200, "1338.92"), (120, "1772.08"), (30, "856.25")):
        record_purchase(cid, PurchaseInput(formats.today() - timedelta(days=days),
                                           Decimal(amount), "EUR", "Refill order"))
    for summary in ("Open house", "Shared a case story", "Quarterly review"):
        log_interaction(cid, InteractionInput(InteractionKind.MEETING, summary))
    feedback.record_survey(cid, 8, eleven="A named contact who knows our history")
    return cid


def test_two_regular_customers_share_a_page_with_what_is_planned_later(data, clock, tmp_path):
    ids = [_regular("Agnès Bonnet", clock), _regular("Hugo Martin", clock)]
    path = tmp_path / "compact.pdf"
    result = export(path, ids, ExportOptions(ExportFormat.PDF, layout=Layout.COMPACT))
    text = _text(path)
    assert result.items == 1, text
    assert text.count("Planned later: ") == 2
    assert "A named contact who knows our history" in text
