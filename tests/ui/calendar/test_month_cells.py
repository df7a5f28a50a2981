"""A day of the month shows when and with whom, whole: a long name goes on a second line, and
fewer entries with '+N more' when they no longer fit; what each is about is in the tooltip."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.ui.calendar.periods import Mode
from loyaltydesk.ui.calendar.view import CalendarView
from tests.ui.layout.cut_text import cut_texts

THURSDAY = date(2026, 3, 5)
LONG_NAME = "Marie-Christine Lefebvre-Dupont de la Tour"


@pytest.fixture
def view(qtbot, data):
    widget = CalendarView(lambda _id: None, undo_stack=QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _thursday(view) -> list:
    view.set_mode(Mode.MONTH)
    view.go_to(THURSDAY)
    view.grid.viewport().repaint()
    cell = view.grid.visualRect(view.grid.days_model().index_of(THURSDAY))
    return [t for t in view.grid.painted_texts() if cell.contains(t.rect)]


def test_a_long_name_reads_whole_on_more_lines_and_the_title_is_in_the_tooltip(qtbot, clock,
                                                                              view):
    long = customers.create_customer(ContactDetails(name=LONG_NAME), stage=Stage.LOYAL)
    followups.schedule_followup(long, _at(THURSDAY, 9), "Ask for the second order")
    texts = _thursday(view)
    entry = next(t for t in texts if LONG_NAME in t.text)
    assert entry.text.endswith(LONG_NAME) and entry.wraps and not entry.is_cut()
    assert entry.rect.height() >= 2 * entry.font.pointSize()  # on more than one line
    assert not any("second order" in t.text for t in texts)
    index = view.grid.days_model().index_of(THURSDAY)
    assert "Ask for the second order" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert cut_texts(view.grid) == []


def test_a_busy_day_shows_the_entries_that_fit_and_counts_the_rest(qtbot, clock, view):
    zoé = customers.create_customer(ContactDetails(name="Zoé Dupont"), stage=Stage.LOYAL)
    for i in range(12):
        followups.schedule_followup(zoé, _at(THURSDAY, 9) + timedelta(minutes=10 * i), f"F{i}")
    texts = _thursday(view)
    shown = [t for t in texts if "Zoé Dupont" in t.text]
    more = next(t for t in texts if t.text.startswith("+"))
    assert 0 < len(shown) < 12
    assert more.text == f"+{12 - len(shown)} more ›"
    assert all(not t.is_cut() for t in texts)
    cell = view.grid.visualRect(view.grid.days_model().index_of(THURSDAY))
    assert more.rect.bottom() <= cell.bottom()


def test_squeezed_days_still_cut_nothing_they_paint(qtbot, clock, view):
    """Days too small for an entry leave it to the tooltip rather than cut it."""
    long = customers.create_customer(ContactDetails(name=LONG_NAME), stage=Stage.LOYAL)
    for i in range(3):
        followups.schedule_followup(long, _at(THURSDAY, 9, 10 * i), "Ask for the second order")
    _thursday(view)
    for width, height in ((7 * 60, 6 * 200), (7 * 200, 6 * 40), (7 * 36, 6 * 36)):
        view.grid.setFixedSize(width, height)
        qtbot.waitUntil(lambda w=width: view.grid.width() == w)
        texts = _thursday(view)
        assert texts and not any(t.is_cut() for t in texts), (width, height)
    assert cut_texts(view.grid) == []


def test_a_day_with_no_room_for_the_time_still_says_who(qapp):
    """The first entry of a narrow day gives up its time (the tooltip has it) before its
    name; later entries come whole with their time or go to '+N more'."""
    from PySide6.QtGui import QFont, QFontMetrics

    from loyaltydesk.services.calendar import CalendarEntry, EntryType
    from loyaltydesk.ui.calendar.cells import entry_label, place_entries

    def entry(i: int) -> CalendarEntry:
        return CalendarEntry(EntryType.FOLLOWUP, i, 1, "Björn Andersen", _at(THURSDAY, 9),
                             "Call", "task", "phone", "open", overdue=True)

    font = QFont(qapp.font())
    metrics = QFontMetrics(font)
    width = max(metrics.horizontalAdvance(w) for w in ("Björn", "Andersen", "09:00 !")) + 2
    line = metrics.height()
    whole = place_entries([entry(1)], 1, 10 * width, 10 * line, lambda _e: font, line + 1)
    assert [p.text for p in whole] == [entry_label(entry(1))]
    tight = place_entries([entry(1), entry(2)], 5, width, 3 * line + 2, lambda _e: font,
                          line + 1)
    assert [p.text for p in tight] == ["! Björn Andersen"]
    assert tight[0].height <= 2 * line + 1
