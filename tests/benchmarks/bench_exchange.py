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
