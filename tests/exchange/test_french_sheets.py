"""The contact sheet in French: its headings, the ladder, the words of the book's built-in
follow-ups and the contacts' kinds read French; names and notes stay as typed."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from decimal import Decimal

from pypdf import PdfReader

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export
from loyaltydesk.services import customers
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase


def _text(path) -> str:
    return " ".join(unicodedata.normalize("NFKC", " ".join(
        page.extract_text() for page in PdfReader(path).pages)).split())


def test_a_french_sheet_reads_french_and_keeps_what_was_typed(data, clock, french, tmp_path):
    cid = customers.create_customer(ContactDetails(name="Zoé Durand", city="Lyon"))
    record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("1530.99"), "EUR",
                                       "Table de cuisine"))
    log_interaction(cid, InteractionInput(InteractionKind.MEETING, "Visite de l’atelier"))
    clock.advance(timedelta(hours=2))
    path = tmp_path / "zoe.pdf"
    export(path, [cid], ExportOptions(ExportFormat.PDF))
    text = _text(path)
    assert "Fiches de contact" in text and "Points à aborder" in text
    assert "Suspect" in text and "Premier achat" in text and "Valeur confirmée" in text
    assert "En contact : dernier contact" in text
    assert "Vérifier que la livraison s’est bien passée" in text  # a built-in step, in French
    assert "Tout est-il arrivé comme promis" in text
    assert "Rendez-vous" in text and "Visite de l’atelier" in text  # the kind; typed words
    assert "1 530,99 €" in text and "Table de cuisine" in text
    for english in ("Check the delivery went well", "In touch", "First purchase", "Meeting",
                    "Talking points", "Value confirmed"):
        assert english not in text, english


def test_a_long_french_label_takes_the_room_it_needs(data, clock, french, tmp_path):
    """'Values and interests' wraps in French: the next row starts below it, never over it."""
    import pypdfium2

    cid = customers.create_customer(ContactDetails(name="Zoé Durand", tags=["bio", "atelier"],
                                                   owner="Marc"))
    path = tmp_path / "zoe.pdf"
    export(path, [cid], ExportOptions(ExportFormat.PDF))
    page = pypdfium2.PdfDocument(str(path))[0]
    text = page.get_textpage()

    def boxes(word: str) -> list[tuple[float, float, float, float]]:
        found = text.search(word).get_next()
        assert found is not None, word
        start, count = found
        return [text.get_charbox(i) for i in range(start, start + count)]

    label_bottom = min(box[1] for box in boxes("intérêt"))  # the label's last line
    next_top = max(box[3] for box in boxes("Chargé de clientèle"))
    assert next_top < label_bottom  # PDF y grows upwards: the next row is wholly below
