"""Start-up's counts of a big book (the list's exact count, the status bar's red, amber and
no next step) are read on the job runner's thread after the first paint, and arrive."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtWidgets import QToolButton

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customer_list, customers, rhythm
from loyaltydesk.store.database import db
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.widgets.first_paint import after_first_paint
from tests.ui.customers.conftest import add


def _book(monkeypatch, clock) -> list[int]:
    """226 customers whose count read at once says 230 (four purged from the trash); one
    red loyal customer with no next step."""
    monkeypatch.setattr(customer_list, "_SORT_ALL_BELOW", 3)
    ids = [add(f"Name {i:03d}") for i in range(229)]
    ids.append(add("Lou", Stage.LOYAL))
    customers.trash_customers(ids[-5:-1])
    customers.empty_trash()
    clock.advance(timedelta(days=61))
    return ids


def _window(qtbot, data) -> MainWindow:
    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def _busy(window: MainWindow) -> threading.Event:
    """Holds the runner of the window's reads until the event is set: what it is asked
    waits."""
    release = threading.Event()
    window.reads.start(lambda _progress: release.wait(30), error_text=None)
    return release


def test_the_first_paint_does_not_wait_for_the_counts_and_they_arrive(
        qtbot, data, clock, monkeypatch):
    _book(monkeypatch, clock)
    window = _window(qtbot, data)
    release = _busy(window)
    painted: list[bool] = []
    after_first_paint(window.browser.table.viewport(), lambda: painted.append(True))
    losing = window.findChild(QToolButton, "losing_touch_count")
    no_step = window.findChild(QToolButton, "no_next_step_count")
    window.show()
    try:
        qtbot.waitUntil(lambda: bool(painted) and losing.parent().counting())
        qtbot.wait(50)  # turns of the event loop after the paint: nothing counts here
        model = window.browser.model
        assert model.estimated() and model.rowCount() == 230  # what was read at once
        assert losing.text() == no_step.text() == ""
    finally:
        release.set()
    qtbot.waitUntil(lambda: not model.estimated() and no_step.text() != "")
    assert model.rowCount() == 226 == customers.customer_count()
    assert window.browser.filter_bar.count_label.text() == "226 customers"
    assert losing.text() == "1 red · 0 amber"
    assert no_step.text() == "1 with no next step"
    window.reads.finish()


def test_the_counts_found_elsewhere_are_kept_and_follow_the_next_writes(
        qtbot, data, clock, monkeypatch):
    ids = _book(monkeypatch, clock)
    window = _window(qtbot, data)
    no_step = window.findChild(QToolButton, "no_next_step_count")
    window.show()
    qtbot.waitUntil(lambda: no_step.text() == "1 with no next step")
    reads: list[str] = []
    db.connection().set_trace_callback(reads.append)
    try:
        assert rhythm.counts().no_next_step == 1
        customers.move_stage(ids[0], Stage.CLIENT, "Signed")  # one more with no next step
        assert rhythm.counts().no_next_step == 2
    finally:
        db.connection().set_trace_callback(None)
    assert not [sql for sql in reads if "INDEXED BY customer_unplanned" in sql]
    window.reads.finish()


def test_a_write_while_they_are_counted_has_them_counted_again(
        qtbot, data, clock, monkeypatch):
    ids = _book(monkeypatch, clock)
    window = _window(qtbot, data)
    release = _busy(window)
    no_step = window.findChild(QToolButton, "no_next_step_count")
    window.show()
    try:
        qtbot.waitUntil(lambda: no_step.parent().counting())
        assert window.browser.model.estimated()
    finally:
        release.set()
    customers.move_stage(ids[0], Stage.CLIENT, "Signed")  # before the counts come back
    qtbot.waitUntil(lambda: no_step.text() != "")
    assert no_step.text() == "2 with no next step"
    assert rhythm.counts().no_next_step == 2
    window.reads.finish()
