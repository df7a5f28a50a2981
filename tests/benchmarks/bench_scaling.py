"""The scaling table: the same figures on books of 10,000, 100,000 and 1,000,000 customers.

Each size's demo is built once (`demo --customers N --seed 1`) and kept between runs in
/tmp/loyaltydesk-bench-<size>. `LOYALTYDESK_SCALING_SIZES=10000,100000` picks the sizes. The
table, with each figure's growth from one size to the next, is printed after the run; the
budgets that hold at every size go into the budget table too.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path

import pytest

from tests.benchmarks import budgets, scaling
from tests.benchmarks.children import APP, BARE, first_paint, settings_home
from tests.benchmarks.measures import TYPED, median_ms, raw_fts_per_keystroke_ms

SIZES = [int(s) for s in os.environ.get("LOYALTYDESK_SCALING_SIZES",
                                        "10000,100000,1000000").split(",") if s.strip()]


@pytest.fixture(scope="module")
def bare_window(tmp_path_factory) -> tuple[float, int]:
    """A bare PySide6 window with an empty table: start (ms) and memory (KiB), median of 3."""
    env = settings_home(tmp_path_factory.mktemp("bare"))
    runs = [first_paint(BARE, env=env) for _ in range(3)]
    return statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs)


@pytest.fixture(params=SIZES, ids=scaling.label)
def book(request) -> tuple[int, Path]:
    size = request.param
    return size, scaling.demo_folder(size)


def test_start_memory_and_file(book, bare_window, tmp_path):
    size, folder = book
    env = settings_home(tmp_path)
    runs = [first_paint(APP, str(folder), env=env) for _ in range(3)]
    start_ms = statistics.median(t for t, _ in runs)
    memory_kib = statistics.median(m for _, m in runs)
    bare_ms, bare_kib = bare_window
    scaling.record(size, "start to first paint", start_ms, "ms", reference=bare_ms)
    scaling.record(size, "memory, list open", memory_kib / 1024, "MiB", reference=bare_kib / 1024)
    file_bytes = (folder / "loyaltydesk.sqlite3").stat().st_size
    scaling.record(size, "file size", file_bytes / 2**20, "MiB")
    scaling.record(size, "bytes per customer", file_bytes / size, "B")
    name = scaling.label(size)
    budgets.ratio_budget(f"start to first paint, {name}", start_ms, bare_ms, 2)
    budgets.ratio_budget(f"resident memory, {name}", memory_kib, bare_kib, 3, unit="KiB")


def test_database_figures(book):
    """Filter keystroke, opening a customer and the due count, as the services answer them."""
    from loyaltydesk.clock import now
    from loyaltydesk.services import customers, followups, timeline
    from loyaltydesk.services.customer_list import CustomerFilter, first_page, rows
    from loyaltydesk.services.session import close_data, open_data

    size, folder = book
    data = open_data(folder)
    try:
        def keystrokes():
            for text in TYPED:
                page = first_page(CustomerFilter(text=text))
                rows(page.ids[:60])

        filter_ms = median_ms(keystrokes) / len(TYPED)
        fts_ms = raw_fts_per_keystroke_ms(data.database_path)
        picks = random.Random(size).sample(range(1, size + 1), 15)

        def open_customers():
            for cid in picks:
                customers.get_customer(cid)
                timeline.customer_timeline(cid)

        open_ms = median_ms(open_customers, 5) / len(picks)
        due_ms = median_ms(lambda: followups.due_count(now()), 21)
    finally:
        close_data()
    name = scaling.label(size)
    scaling.record(size, "filter keystroke", filter_ms, "ms", reference=fts_ms)
    scaling.record(size, "open a customer", open_ms, "ms")
    scaling.record(size, "due count", due_ms, "ms")
    budgets.ratio_budget(f"filter keystroke, {name}", filter_ms, fts_ms, 2, 10)
    budgets.absolute_budget(f"open a customer, {name}", open_ms, 50)
    budgets.absolute_budget(f"due count (reminder tick), {name}", due_ms, 5)


def test_views_in_the_window(book, qtbot):
    """Today's first paint and reload, and Insights' first figures, in the real window."""
    from loyaltydesk.services.session import close_data, open_data
    from loyaltydesk.ui.main_window import MainWindow

    size, folder = book
    data = open_data(folder)
    try:
        window = MainWindow(data)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        today_view = window.page("today")
        started = time.perf_counter()
        window.show_page("today")
        window.repaint()
        today_ms = (time.perf_counter() - started) * 1000
        reload_ms = median_ms(today_view.reload, 7)

        insights = window.page("insights")
        started = time.perf_counter()
        window.show_page("insights")
        qtbot.waitUntil(lambda: insights.is_fresh("value"), timeout=120_000)
        insights_ms = (time.perf_counter() - started) * 1000
        qtbot.waitUntil(insights.is_ready, timeout=600_000)
        insights.loader.wait()
        # the parts once Insights has its figures: its reads no longer share the machine
        window.show_page("today")
        database_ms, changed_ms, elsewhere_ms, ui_ms = _today_parts(today_view)
        window.close()
    finally:
        close_data()
    name = scaling.label(size)
    scaling.record(size, "Today's first paint", today_ms, "ms")
    scaling.record(size, "Today's reload", reload_ms, "ms")
    scaling.record(size, "Today's reload: database", database_ms, "ms")
    scaling.record(size, "Today's reload: database, book changed", changed_ms, "ms")
    scaling.record(size, "Today's reload: database, changed by another program",
                   elsewhere_ms, "ms")
    scaling.record(size, "Today's reload: models and paint", ui_ms, "ms")
    scaling.record(size, "insights first figures", insights_ms, "ms")
    budgets.absolute_budget(f"Today's reload, database time, {name}", database_ms, 5)
    budgets.absolute_budget(f"Today's reload after a change, database time, {name}",
                            changed_ms, 5)


def _today_parts(view) -> tuple[float, float, float, float]:
    """Today's reload split: what the services read (as it is, right after this window wrote
    to the book, and after another program did: the counts are read anew), and what the
    models and the paint take. The window's writes are rolled back: the book stays as built."""
    from datetime import timedelta

    from loyaltydesk.services import today as today_lists
    from loyaltydesk.store.database import db
    from loyaltydesk.ui.local_time import start_of, today

    day = today()
    span = (day, start_of(day), start_of(day + timedelta(days=1)))
    database_ms = median_ms(lambda: today_lists.board(*span), 7)
    written = []
    for round_ in range(8):
        with db.atomic() as transaction:
            # what completing a follow-up writes: it closes, its customer has no next step
            db.execute_sql("UPDATE follow_up SET status = 'done' WHERE id = (SELECT min(id) "
                           "FROM follow_up WHERE status = 'open')")
            db.execute_sql("UPDATE customer SET next_followup_at = NULL, red_on = '2000-01-01' "
                           "WHERE id = ?", (round_ + 1,))
            started = time.perf_counter()
            today_lists.board(*span)
            written.append((time.perf_counter() - started) * 1000)
            transaction.rollback()
    changed_ms = statistics.median(written[1:])

    def elsewhere():
        today_lists.forget_counts()
        today_lists.board(*span)

    elsewhere_ms = median_ms(elsewhere, 7)
    board = today_lists.board(*span)

    def show():
        view.show_board(board)
        view.repaint()

    return database_ms, changed_ms, elsewhere_ms, median_ms(show, 7)
