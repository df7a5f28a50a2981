"""The week as a time grid: blocks at their hour, side by side, dragged (or Alt+arrows) to
another day or time, and the move undone."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QToolTip

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.services.calendar import EntryType
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.ui.calendar.day_list import MoreOn
from loyaltydesk.ui.calendar.periods import Mode
from loyaltydesk.ui.calendar.view import CalendarView
from loyaltydesk.ui.calendar.week_layout import place_week

THURSDAY = date(2026, 3, 5)


@pytest.fixture
def zoé(data):
    return customers.create_customer(ContactDetails(name="Zoé Dupont"), stage=Stage.LOYAL)


@pytest.fixture
def view(qtbot, data):
    widget = CalendarView(lambda _id: None, undo_stack=QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _week(view, day=THURSDAY):
    view.set_mode(Mode.WEEK)
    view.go_to(day)
    return view.week.canvas


def _block(canvas, title):
    return next(p for p in canvas.placed if p.entry.title == title)


def test_thursdays_ten_follow_ups_sit_at_their_hours(qtbot, zoé, clock, view):
    for i in range(10):
        followups.schedule_followup(zoé, _at(THURSDAY, 8) + timedelta(minutes=45 * i),
                                    f"Call {i}")
    log_interaction(zoé, InteractionInput(InteractionKind.CALL, "Called",
                                          _at(date(2026, 3, 2), 9, 30)))
    canvas = _week(view)
    assert view.left.currentWidget() is view.week
    planned = [p for p in canvas.placed if p.entry.type is EntryType.FOLLOWUP]
    assert [(p.day, p.start) for p in planned] == [(3, 480 + 45 * i) for i in range(10)]
    [called] = [p for p in canvas.placed if p.entry.type is EntryType.INTERACTION]
    assert (called.day, called.start, called.entry.status) == (0, 570, "logged")
    rect = canvas.block_rect(planned[2])
    assert canvas.at(rect.center().toPoint()) == planned[2]
    # the working morning is in view, the night is a scroll away
    assert view.week.scroll_area.verticalScrollBar().value() == pytest.approx(canvas.y_of(480),
                                                                              abs=8)


def test_overlapping_blocks_stand_side_by_side(qtbot, zoé, clock, view):
    for title, minute in (("A", 0), ("B", 10), ("C", 20), ("D", 40)):
        followups.schedule_followup(zoé, _at(THURSDAY, 10, minute), title)
    canvas = _week(view)
    lanes = {p.entry.title: (p.lane, p.lanes) for p in canvas.placed}
    assert lanes == {"A": (0, 3), "B": (1, 3), "C": (2, 3), "D": (0, 3)}
    a, b = canvas.block_rect(_block(canvas, "A")), canvas.block_rect(_block(canvas, "B"))
    assert a.right() <= b.left() and a.top() < b.top() < a.bottom()


def test_every_entry_of_a_busy_day_is_placed_and_reachable(qtbot, zoé, clock, view):
    for i in range(124):
        followups.schedule_followup(zoé, _at(THURSDAY, 9) + timedelta(minutes=i), f"F{i}")
    canvas = _week(view)
    assert len(canvas.placed) == 124
    canvas.setFocus()
    seen = set()
    for _ in range(130):
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
        seen.add(canvas.chosen.title)
    assert len(seen) == 124


def test_drag_a_block_to_friday_then_undo(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, _at(THURSDAY, 10), "Survey")
    canvas = _week(view)
    placed = _block(canvas, "Survey")
    start = canvas.block_rect(placed).center().toPoint()
    view.week.scroll_area.ensureVisible(start.x(), start.y() + 200)
    target = canvas.point_of(4, 14 * 60 + 30) + (start - canvas.point_of(3, 600))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + (target - start) / 2)
    qtbot.mouseMove(canvas, target)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)
    moved = followups.get_followup(fid).remind_at
    assert moved == _at(date(2026, 3, 6), 14, 30)
    assert view.undo_stack.undoText() == "Move “Survey”"
    view.undo_stack.undo()
    assert followups.get_followup(fid).remind_at == _at(THURSDAY, 10)
    view.undo_stack.redo()
    assert followups.get_followup(fid).remind_at == moved


def test_alt_arrows_move_the_chosen_block_without_a_mouse(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, _at(THURSDAY, 10), "Survey")
    canvas = _week(view)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # chooses the first block
    assert canvas.chosen.id == fid and view.current_followup().id == fid
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert followups.get_followup(fid).remind_at == _at(date(2026, 3, 6), 10)
    qtbot.waitUntil(lambda: canvas.chosen is not None and canvas.chosen.at.day == 6)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert followups.get_followup(fid).remind_at == _at(date(2026, 3, 6), 10, 15)
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert followups.get_followup(fid).remind_at == _at(THURSDAY, 10)


def test_the_agendas_more_line_opens_a_week_showing_them_all(qtbot, zoé, clock, view):
    for i in range(40):
        followups.schedule_followup(zoé, _at(THURSDAY, 9) + timedelta(minutes=5 * i), f"F{i}")
    view.set_mode(Mode.AGENDA)
    view.go_to(date(2026, 3, 2))
    heading = view.agenda.topLevelItem(3)
    more = heading.child(heading.childCount() - 1)
    assert isinstance(more.data(0, Qt.ItemDataRole.UserRole), MoreOn)
    view.agenda.setCurrentItem(more)
    view.agenda.itemActivated.emit(more, 0)
    assert view.mode is Mode.WEEK and len(view.week.canvas.placed) == 40


def test_lanes_of_a_chain_of_overlaps_are_one_group():
    from loyaltydesk.services.calendar import CalendarEntry

    def entry(i, minute):
        return CalendarEntry(EntryType.FOLLOWUP, i, 1, "Zoé", _at(THURSDAY, 9, minute), "t",
                             "task", "phone", "open")

    placed = place_week(date(2026, 3, 2), [entry(1, 0), entry(2, 20), entry(3, 40),
                                           entry(4, 45)])
    assert [(p.lane, p.lanes) for p in placed] == [(0, 3), (1, 3), (0, 3), (2, 3)]


def test_past_midnight_the_week_moves_today_and_marks_overdue(qtbot, zoé, clock, view):
    followups.schedule_followup(zoé, _at(date(2026, 3, 2), 15), "Call")
    canvas = _week(view, date(2026, 3, 2))
    assert canvas.today == date(2026, 3, 2) and not canvas.placed[0].entry.overdue
    clock.advance(timedelta(days=1))
    assert view.day_watcher.check()
    qtbot.waitUntil(lambda: canvas.today == date(2026, 3, 3))
    assert canvas.placed[0].entry.overdue


def test_a_months_more_link_opens_that_day_in_the_week(qtbot, zoé, clock, view):
    for i in range(30):
        followups.schedule_followup(zoé, _at(THURSDAY, 9) + timedelta(minutes=10 * i), f"F{i}")
    view.set_mode(Mode.MONTH)
    view.go_to(THURSDAY)
    view.grid.viewport().repaint()
    rect = view.grid.itemDelegate().more_rects[THURSDAY]
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.mode is Mode.WEEK and len(view.week.canvas.placed) == 30
    assert view.anchor == THURSDAY


def test_going_back_from_the_week_to_the_month_keeps_the_chosen_day(qtbot, zoé, clock, view):
    _week(view, date(2026, 4, 1))
    view.set_mode(Mode.MONTH)
    assert view.anchor == date(2026, 4, 1) and view.grid.chosen_day() == date(2026, 4, 1)
    assert view.legend.findChildren(type(view.period))[0].text().startswith("▲ red")


def test_a_logged_contact_takes_its_length_and_a_follow_up_half_an_hour(qtbot, zoé, clock,
                                                                       view):
    log_interaction(zoé, InteractionInput(InteractionKind.MEETING, "Visit at the workshop",
                                          _at(THURSDAY, 10), effort_minutes=90))
    followups.schedule_followup(zoé, _at(THURSDAY, 14), "Call back")
    canvas = _week(view)
    visit = _block(canvas, "Visit at the workshop")
    call = _block(canvas, "Call back")
    assert (visit.start, visit.end) == (600, 690)
    assert (call.start, call.end) == (840, 870)
    height = canvas.block_rect(visit).height()
    assert height == pytest.approx(canvas.y_of(90) - 2, abs=1)


def test_hovering_a_narrow_block_tells_it_whole(qtbot, zoé, clock, view):
    for i in range(6):  # six side by side: too narrow for their words
        followups.schedule_followup(zoé, _at(THURSDAY, 10, i), f"Ask about order {i}")
    canvas = _week(view)
    block = _block(canvas, "Ask about order 4")
    rect = canvas.block_rect(block).toRect()
    view.week.scroll_area.ensureVisible(rect.center().x(), rect.center().y())
    help_event = QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                            canvas.mapToGlobal(rect.center()))
    QApplication.sendEvent(canvas, help_event)
    assert QToolTip.isVisible()
    assert "Zoé Dupont: Ask about order 4" in QToolTip.text() and "Thu" in QToolTip.text()
    nothing = QPoint(canvas.width() - 5, 5)  # midnight on Sunday: no block
    assert canvas.at(nothing) is None


def test_blocks_follow_a_new_week_and_a_new_palette(qtbot, zoé, clock, view):
    from loyaltydesk.ui import theme

    followups.schedule_followup(zoé, _at(THURSDAY, 10), "Survey")
    canvas = _week(view)
    canvas.grab()
    [(kind, _alpha)] = canvas._layers(canvas.palette()).fills
    light = canvas._layers(canvas.palette()).colors[kind]
    canvas.setPalette(theme.palette_for(not theme.is_dark(canvas.palette())))
    canvas.grab()
    assert canvas._layers(canvas.palette()).colors[kind] != light
    followups.schedule_followup(zoé, _at(THURSDAY, 14), "Call back")
    view.reload()
    canvas.grab()
    worded = {entry.title for entry, _rect in canvas._layers(canvas.palette()).worded}
    assert worded == {"Survey", "Call back"}


def test_a_follow_up_is_drawn_as_long_as_it_is_planned_to_take(qtbot, zoé, clock, view):
    """A visit is planned for an hour and a half, a meeting an hour, a call half an hour: the
    week draws each that long, and two that overlap sit side by side."""
    from loyaltydesk.domain.cadences import Channel

    followups.schedule_followup(zoé, _at(THURSDAY, 10), "Visit the shop", channel=Channel.VISIT)
    followups.schedule_followup(zoé, _at(THURSDAY, 14), "Meet the buyer",
                                channel=Channel.MEETING)
    followups.schedule_followup(zoé, _at(THURSDAY, 11), "Call after", channel=Channel.PHONE)
    canvas = _week(view)
    visit, meeting, call = (_block(canvas, t) for t in
                            ("Visit the shop", "Meet the buyer", "Call after"))
    assert (visit.start, visit.end) == (10 * 60, 11 * 60 + 30)
    assert (meeting.start, meeting.end) == (14 * 60, 15 * 60)
    assert (call.start, call.end) == (11 * 60, 11 * 60 + 30)
    assert visit.lanes == call.lanes == 2 and visit.lane != call.lane  # the call overlaps it
    assert meeting.lanes == 1


def test_a_block_says_as_much_as_it_has_room_for_whole(qtbot, zoé, clock, view):
    """A long block says when, who and what; a block too short for that says who; three
    side by side say what fits, never an elided word (the tooltip has it all)."""
    from loyaltydesk.domain.cadences import Channel
    from tests.ui.layout.cut_text import cut_texts

    followups.schedule_followup(zoé, _at(THURSDAY, 8), "Ask for the second order",
                                channel=Channel.VISIT)
    for minute in (0, 5, 10):
        followups.schedule_followup(zoé, _at(THURSDAY, 14, minute),
                                    "Ask for a testimonial or a review", channel=Channel.PHONE)
    canvas = _week(view)
    canvas.grab()
    painted = canvas.painted_texts()
    blocks = [t for t in painted if "Zoé" in t.text]
    assert any("Ask for the second order" in t.text for t in blocks)
    assert not any("testimonial" in t.text for t in blocks)
    assert blocks and not any(t.is_cut() for t in painted)
    assert cut_texts(canvas) == []
