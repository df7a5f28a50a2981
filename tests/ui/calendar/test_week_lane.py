"""The week's lane above the hours: a day's name and who turns red or amber read whole in a
narrow column (large fonts), one block under the other, and the lane grows to hold them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication

from loyaltydesk.services.calendar import Day
from loyaltydesk.ui.calendar.week_grid import WeekView

MONDAY = date(2026, 3, 2)


def _week(qtbot, width: int) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    days = {MONDAY + timedelta(days=n): Day(red=12, amber=134) for n in range(7)}
    view.set_week(MONDAY, days, MONDAY, set(range(5)))
    view.resize(width, 500)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(3):
        QApplication.processEvents()
    return view


def _blocks(lane, offset: int):
    room = int(lane._column_width()) - 8
    return room, lane._rows(MONDAY + timedelta(days=offset), room)


def test_narrow_days_stack_their_words_without_overlap(qtbot):
    wide_week, narrow_week = _week(qtbot, 1600), _week(qtbot, 640)
    wide, narrow = wide_week.lane, narrow_week.lane
    assert narrow.height() > wide.height()  # the lane grew for the stacked words
    for offset in range(7):
        room, rows = _blocks(narrow, offset)
        for number, (rect, _font, _color, _text) in enumerate(rows):
            assert rect.left() >= 0 and rect.right() <= room  # within the day's column
            assert rect.bottom() < narrow.height()  # within the lane
            for other, *_ in rows[number + 1:]:
                assert not rect.intersects(other)


def test_wide_days_keep_red_and_amber_on_one_line(qtbot):
    week = _week(qtbot, 1800)
    lane = week.lane
    _room, rows = _blocks(lane, 0)
    name, red, amber = (rect for rect, *_ in rows)
    assert red.top() == amber.top() and red.right() < amber.left()
    assert name.bottom() < red.top()
