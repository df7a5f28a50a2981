"""The contact-sheet budget: a PDF for 1,000 customers of the 100k demo, under 20 s."""

from __future__ import annotations

import time


def test_contact_sheet_pdf_for_1000_customers(demo, tmp_path, qapp):
    from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export
    from loyaltydesk.services.customer_list import SortKey, matching_ids
    from tests.benchmarks import budgets

    ids = matching_ids(sort=SortKey.LTV, descending=True)[:1000]  # the richest histories
    calls = []
    started = time.perf_counter()
    result = export(tmp_path / "sheets.pdf", ids, ExportOptions(ExportFormat.PDF),
                    progress=lambda done, total: calls.append(done) or True)
    elapsed = (time.perf_counter() - started) * 1000
    assert result.customers == 1000 and calls
    budgets.absolute_budget("contact-sheet PDF for 1,000 customers", elapsed, 20_000,
                            note=f"{result.items} pages, "
                                 f"{(tmp_path / 'sheets.pdf').stat().st_size // 1024} KiB")


def _folded(name: str, value: str) -> str:
    line = f"{name}:{value}"
    return "\r\n ".join(line[i:i + 74] for i in range(0, len(line), 74))


def _big_vcard(megabytes: float) -> bytes:
    """One card with a long folded photo and note, as phones export them (about `megabytes`)."""
    import base64
    import random

    size = int(megabytes * 1_000_000)
    photo = base64.b64encode(random.Random(7).randbytes(int(size * 0.5))).decode()
    note = "A long note about the client, folded as vCard 3.0 folds it. " * (size // 200)
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\n"
            + _folded("PHOTO;ENCODING=b;TYPE=JPEG", photo) + "\r\n"
            + _folded("NOTE", note) + "\r\nEND:VCARD\r\n").encode()


def _quoted_printable_vcard(megabytes: float) -> bytes:
    import quopri

    size = int(megabytes * 1_000_000)
    text = ("Adresse très longue à Lyon, près du marché. " * (size // 50)).encode("utf-8")
    body = quopri.encodestring(text).replace(b"\n", b"\r\n")
    return (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Long Note\r\n"
            b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:" + body + b"\r\nEND:VCARD\r\n")


def _best_ms(run, rounds: int = 3) -> float:
    best = None
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        elapsed = (time.perf_counter() - started) * 1000
        best = elapsed if best is None else min(best, elapsed)
    return best


def test_reading_a_3_mb_vcard_against_vobject():
    import vobject

    from loyaltydesk.exchange.vcard_cards import read_cards
    from tests.benchmarks import budgets

    data = _big_vcard(3)
    ours = _best_ms(lambda: read_cards(data))
    reference = _best_ms(lambda: list(vobject.readComponents(data.decode("utf-8"))))
    result = budgets.ratio_budget("reading a 3 MB vCard (long folded lines)", ours, reference,
                                  3, note="reference: vobject's own parse of the same file")
    assert result.passed


def test_quoted_printable_vcard_reading_grows_linearly():
    from loyaltydesk.exchange.vcard_cards import read_cards
    from tests.benchmarks import budgets

    small, large = _quoted_printable_vcard(1.5), _quoted_printable_vcard(3)
    small_ms = _best_ms(lambda: read_cards(small))
    large_ms = _best_ms(lambda: read_cards(large))
    result = budgets.ratio_budget("reading a 3 MB quoted-printable vCard", large_ms, small_ms,
                                  3, note="reference: the same at half the size (linear: 2x)")
    assert result.passed
