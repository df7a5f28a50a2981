"""The week's time grid with 2,000 follow-ups paints and scrolls about as fast as an empty week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tests.benchmarks import budgets
from tests.benchmarks.measures import median_ms

WEEK = date(2026, 3, 2)
ENTRIES = 2_000
# Painting every visible block costs something: at most this many empty weeks' paints.
FACTOR = 4


def _week_view(qtbot):
    from PySide6.QtGui import QUndoStack

    from loyaltydesk.ui.calendar.periods import Mode
    from loyaltydesk.ui.calendar.view import CalendarView

    view = CalendarView(lambda _id: None, undo_stack=QUndoStack())
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.set_mode(Mode.WEEK)
    view.go_to(WEEK)
    return view


def _paint_and_scroll(view) -> None:
    """Paint the hours in view, then scroll through the whole day page by page."""
    from PySide6.QtCore import QRect

    bar = view.week.scroll_area.verticalScrollBar()
    canvas, height = view.week.canvas, view.week.scroll_area.viewport().height()
    bar.setValue(0)
    while True:
        canvas.grab(QRect(0, bar.value(), canvas.width(), height))  # paints what is in view
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())


def test_a_week_of_2000_follow_ups_paints_like_an_empty_one(qtbot, data, clock):
    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.services import customers, followups

    empty = _week_view(qtbot)
    reference_ms = median_ms(lambda: _paint_and_scroll(empty))
    ids = [customers.create_customer(ContactDetails(name=f"Customer {i}")) for i in range(200)]
    start = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    for i in range(ENTRIES):
        # working days and hours, in clusters that overlap, as a busy team's week looks
        when = start + timedelta(days=i % 5, minutes=(i * 7) % (11 * 60))
        followups.schedule_followup(ids[i % len(ids)], when, f"Follow-up {i}")
    full = _week_view(qtbot)
    assert len(full.week.canvas.placed) == ENTRIES
    ours_ms = median_ms(lambda: _paint_and_scroll(full))
    budget = budgets.ratio_budget("paint and scroll a week of 2,000 follow-ups", ours_ms,
                                  reference_ms, FACTOR, note="against the same empty week")
    assert budget.passed, budget
