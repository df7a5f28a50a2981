"""Each PRODUCT.md budget, measured on the 100k demo against a reference of the same run."""

from __future__ import annotations

import sqlite3
import statistics
from datetime import timedelta

from tests.benchmarks import budgets
from tests.benchmarks.children import APP, BARE, first_paint, settings_home
from tests.benchmarks.measures import TYPED, raw_fts_per_keystroke_ms
from tests.benchmarks.measures import median_ms as _median_ms


def test_start_to_first_painted_window_and_memory(demo_folder, tmp_path):
    env = settings_home(tmp_path)
    bare = [first_paint(BARE, env=env) for _ in range(3)]
    app = [first_paint(APP, str(demo_folder), env=env) for _ in range(3)]
    bare_ms = statistics.median(t for t, _ in bare)
    app_ms = statistics.median(t for t, _ in app)
    budgets.ratio_budget("start to first painted main window", app_ms, bare_ms, 3)
    bare_kib = statistics.median(m for _, m in bare)
    app_kib = statistics.median(m for _, m in app)
    budgets.ratio_budget("resident memory, list open", app_kib, bare_kib, 3, unit="KiB")


def test_filter_keystroke_against_raw_fts(demo, benchmark):
    from loyaltydesk.services.customer_list import CustomerFilter, first_page, rows

    def ours():
        for text in TYPED:
            page = first_page(CustomerFilter(text=text))
            rows(page.ids[:60])

    ours_ms = _median_ms(ours) / len(TYPED)
    ref_ms = raw_fts_per_keystroke_ms(demo.database_path)
    benchmark.pedantic(ours, rounds=1)
    budgets.ratio_budget("filter keystroke to updated list", ours_ms, ref_ms, 2, 10,
                         note=f"mean over {len(TYPED)} keystrokes")


def test_reminder_tick_due_query(demo):
    from loyaltydesk.clock import now
    from loyaltydesk.services import followups

    followups.mark_notified([f.id for f in followups.pending_notices(limit=100_000)])
    later = now() + timedelta(minutes=1)
    tick_ms = _median_ms(lambda: (followups.pending_notices(later), followups.due_count(later)),
                         rounds=21)
    budgets.absolute_budget("due follow-ups query (reminder tick)", tick_ms, 5)


def test_open_a_customer_with_500_timeline_entries(demo):
    from loyaltydesk.services import customers, timeline
    from loyaltydesk.store.database import db

    with db.atomic() as transaction:
        cid = _customer_with_history(500)
        open_ms = _median_ms(lambda: (customers.get_customer(cid),
                                      timeline.customer_timeline(cid)))
        transaction.rollback()
    budgets.absolute_budget("open a customer with 500 timeline entries", open_ms, 50)


def _customer_with_history(entries: int) -> int:
    from datetime import date
    from decimal import Decimal

    from loyaltydesk.clock import now
    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.services import customers, feedback, followups
    from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
    from loyaltydesk.services.purchases import PurchaseInput, record_purchase

    cid = customers.create_customer(ContactDetails(name="Long History"))
    for i in range(entries // 4):  # four kinds of entry, plus the stage changes
        log_interaction(cid, InteractionInput(InteractionKind.CALL, f"Call {i}"))
        record_purchase(cid, PurchaseInput(date(2024, 1, 1) + timedelta(days=i), Decimal(10)))
        feedback.record_survey(cid, 8)
        followups.schedule_followup(cid, now() + timedelta(days=i), f"Touch {i}")
    return cid


def test_scroll_the_list_top_to_bottom(demo):
    """Every row of the list fetched a window at a time, as scrolling to the end does; the
    reference is raw sqlite3 reading the same windows in the same order."""
    from loyaltydesk.services.customer_list import _ROW_COLUMNS, count, matching_ids, rows

    raw = sqlite3.connect(demo.database_path)
    window = 200

    def ours():
        ids = matching_ids(expected=count())
        for start in range(0, len(ids), window):
            rows(ids[start:start + window])

    def reference():
        ids = [r[0] for r in raw.execute(
            "SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id")]
        for start in range(0, len(ids), window):
            chunk = ids[start:start + window]
            raw.execute(f"SELECT {_ROW_COLUMNS} FROM customer WHERE id IN "
                        f"({','.join('?' * len(chunk))})", chunk).fetchall()

    ours_ms, ref_ms = _median_ms(ours, 3), _median_ms(reference, 3)
    budgets.ratio_budget("scroll the whole list (100k rows)", ours_ms, ref_ms, 3,
                         note=f"{100_000 / (ours_ms / 1000):,.0f} rows/s")
