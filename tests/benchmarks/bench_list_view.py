"""The customer list and customer page as the user meets them: through the real widgets."""

from __future__ import annotations

import statistics
import time

from tests.benchmarks import budgets
from tests.benchmarks.bench_budgets import _customer_with_history
from tests.benchmarks.measures import TYPED, median_ms, raw_fts_per_keystroke_ms
from tests.benchmarks.measures import shown_main_window as _window


def test_a_filter_keystroke_repaints_the_list(qtbot, demo):
    """From the filter taking the text (after the typing pause) to the list painted again."""
    from loyaltydesk.services.customer_list import CustomerFilter

    view = _window(qtbot, demo).browser

    def ours():
        for text in TYPED:
            view.model.set_filter(CustomerFilter(text=text))
            view.table.viewport().repaint()

    ours_ms = median_ms(ours) / len(TYPED)
    ref_ms = raw_fts_per_keystroke_ms(demo.database_path)
    budgets.ratio_budget("filter keystroke to repainted list (widgets)", ours_ms, ref_ms, 2, 10,
                         note=f"mean over {len(TYPED)} keystrokes")


def test_scrolling_the_list_view_to_the_end(qtbot, demo):
    """Page Down from the first row to the last, each page painted: rows shown per second."""
    view = _window(qtbot, demo).browser
    table = view.table
    scrollbar = table.verticalScrollBar()
    qtbot.waitUntil(lambda: scrollbar.maximum() > 0)
    rows = view.model.rowCount()

    def ours() -> int:
        scrollbar.setValue(0)
        pages = 0
        while scrollbar.value() < scrollbar.maximum():
            scrollbar.setValue(scrollbar.value() + scrollbar.pageStep())
            table.viewport().grab()  # renders the page for certain, reading its rows
            pages += 1
        return pages

    started = time.perf_counter()
    pages = ours()
    total_ms = (time.perf_counter() - started) * 1000
    assert pages > 1000
    budgets.absolute_budget("scroll the list view page by page (per page)", total_ms / pages,
                            1000 / 60, note=f"{rows:,} rows, {pages:,.0f} pages in "
                                            f"{total_ms / 1000:.1f} s; a 60 Hz frame per page")


def test_opening_a_customer_with_500_entries_on_the_customer_page(qtbot, demo):
    from PySide6.QtWidgets import QApplication

    from loyaltydesk.store.database import db

    window = _window(qtbot, demo)
    timeline = window.browser.page.side_widget()
    with db.atomic() as transaction:
        cid = _customer_with_history(500)
        other = window.browser.model.customer_id(0)
        samples = []
        for _ in range(5):
            window.open_customer(other)
            QApplication.processEvents()
            started = time.perf_counter()
            window.open_customer(cid)
            while timeline.customer_id != cid or timeline.model.total() < 500:
                QApplication.processEvents()
                assert time.perf_counter() - started < 10, (
                    timeline.customer_id, cid, timeline.model.total())
            window.repaint()
            samples.append((time.perf_counter() - started) * 1000)
        transaction.rollback()
    budgets.absolute_budget("open a customer with 500 entries (page and timeline)",
                            statistics.median(samples), 50)
