"""Contact sheets written by a process of their own read exactly as those written here: the
same book, clock, language and locale; a cancel or a failure leaves no file and is told."""

from __future__ import annotations

import multiprocessing
import shutil
import unicodedata
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange import sheets_apart
from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export
from loyaltydesk.exchange.sheet_content import Layout
from loyaltydesk.services import customers, encryption
from loyaltydesk.services.imports import Cancelled
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.session import open_data
from loyaltydesk.store import cipher, database


def _pages(path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in PdfReader(path).pages]


def _book(clock) -> list[int]:
    ids = []
    for n, (name, city) in enumerate([("Zoé Durand", "Lyon"), ("Agnès Andersen", "Genève"),
                                      ("Kenji Sato", "Québec")]):
        cid = customers.create_customer(ContactDetails(name=name, city=city))
        record_purchase(cid, PurchaseInput(date(2026, 3, 2 + n), Decimal("1530.99"), "EUR",
                                           f"Order {n}"))
        log_interaction(cid, InteractionInput(InteractionKind.MEETING, f"Visit {n}"))
        ids.append(cid)
    clock.advance(timedelta(days=40))  # the second order is due to be asked for
    return ids


def test_sheets_written_apart_read_as_those_written_here(data, clock, tmp_path):
    ids = _book(clock)
    for layout in (Layout.SHEETS, Layout.LIST):
        here, apart = tmp_path / f"here-{layout}.pdf", tmp_path / f"apart-{layout}.pdf"
        options = ExportOptions(ExportFormat.PDF, layout=layout, title="Trip to Lyon")
        expected = export(here, ids, options)
        steps: list[tuple[int, int]] = []

        def step(done: int, total: int, steps=steps) -> bool:
            steps.append((done, total))
            return True

        result = sheets_apart.write_apart(apart, ids, options, step)
        assert (result.path, result.customers, result.items) == (apart, 3, expected.items)
        assert _pages(apart) == _pages(here)
        if layout is Layout.SHEETS:
            done = [d for d, _ in steps]  # the other process's progress, passed on in order
            assert steps and done == sorted(done) and {t for _, t in steps} == {2 * len(ids)}
    text = " ".join(_pages(tmp_path / "apart-sheets.pdf"))
    assert "Zoé Durand" in text and "€1,530.99" in text and "Talking points" in text
    assert multiprocessing.active_children() == []


def test_the_other_process_writes_in_the_window_s_language(data, clock, french, tmp_path):
    ids = _book(clock)
    sheets_apart.write_apart(tmp_path / "fr.pdf", ids, ExportOptions(ExportFormat.PDF))
    text = " ".join(_pages(tmp_path / "fr.pdf"))
    assert "Fiches de contact" in text and "Points à aborder" in text
    assert "1 530,99 €" in text and "Talking points" not in text


def test_a_cancel_stops_the_other_process_and_leaves_no_file(data, clock, tmp_path):
    ids = _book(clock)
    target = tmp_path / "out" / "sheets.pdf"
    target.parent.mkdir()
    asked: list[int] = []

    def stop_at_once(done: int, total: int) -> bool:
        asked.append(done)
        return False

    with pytest.raises(Cancelled, match="no file was written"):
        sheets_apart.write_apart(target, ids, ExportOptions(ExportFormat.PDF), stop_at_once)
    assert asked  # the cancel came from the progress, not from an error
    assert list(target.parent.iterdir()) == []  # neither the file nor a partial one
    assert multiprocessing.active_children() == []


def test_a_failure_in_the_other_process_is_told_and_writes_nothing(data, clock, tmp_path):
    ids = _book(clock)
    shutil.move(data.folder, tmp_path / "moved")  # the book is gone from where it was opened
    target = tmp_path / "sheets.pdf"
    with pytest.raises(sheets_apart.SheetWriterFailed, match="^No LoyaltyDesk data in") as told:
        sheets_apart.write_apart(target, ids, ExportOptions(ExportFormat.PDF))
    assert "\n" not in str(told.value)  # one line, not a traceback
    assert not target.exists()


def test_the_window_writes_many_sheets_apart_and_a_few_here(data, clock, tmp_path, monkeypatch):
    """Below the threshold the sheets are written here, at once; from it, apart."""
    ids = _book(clock)
    writers: set[int] = set()  # how many other processes were at work at each step

    def note(done: int, total: int) -> bool:
        writers.add(len(multiprocessing.active_children()))
        return True

    sheets_apart.export_from_window(tmp_path / "few.pdf", ids, ExportOptions(ExportFormat.PDF),
                                    note)
    assert writers == {0}
    writers.clear()
    monkeypatch.setattr(sheets_apart, "APART_FROM", len(ids))
    sheets_apart.export_from_window(tmp_path / "many.pdf", ids,
                                    ExportOptions(ExportFormat.PDF), note)
    assert writers == {1}
    assert _pages(tmp_path / "many.pdf") == _pages(tmp_path / "few.pdf")


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_the_other_process_reads_an_encrypted_book(data, clock, tmp_path):
    ids = _book(clock)
    database.close()
    encryption.encrypt(data.folder, "correct horse")
    open_data(data.folder, passphrase="correct horse")
    sheets_apart.write_apart(tmp_path / "locked.pdf", ids, ExportOptions(ExportFormat.PDF))
    assert "Agnès Andersen" in " ".join(_pages(tmp_path / "locked.pdf"))
