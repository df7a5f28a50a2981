from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.services.calendar import CalendarEntry, EntryType, RhythmMark
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.ui.calendar.periods import Mode
from loyaltydesk.ui.calendar.view import CalendarView

MONDAY = date(2026, 3, 2)


@pytest.fixture
def zoé(data):
    return customers.create_customer(ContactDetails(name="Zoé Dupont"), stage=Stage.LOYAL)


@pytest.fixture
def opened():
    return []


@pytest.fixture
def said():
    return []


@pytest.fixture
def view(qtbot, data, opened, said):
    widget = CalendarView(opened.append, announce=said.append)
    qtbot.addWidget(widget)
    widget.resize(1166, 700)
    widget.show()
    return widget


def _on(day: date, hour: int = 9, minute: int = 30) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def _day_lines(view):
    model = view.day_list.day_model()
    return [model.line_at(row) for row in range(model.rowCount())]


def _drop(grid, mime, day: date) -> None:
    """What a mouse drop does: enter, move over the day's cell, release there."""
    center = QPointF(grid.visualRect(grid.days_model().index_of(day)).center())
    viewport = grid.viewport()
    actions, button = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(center.toPoint(), actions, mime, button, none),
                  QDragMoveEvent(center.toPoint(), actions, mime, button, none),
                  QDropEvent(center, actions, mime, button, none, QEvent.Type.Drop)):
        QApplication.sendEvent(viewport, event)


def test_the_month_shows_follow_ups_and_contacts_on_their_days(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, _on(MONDAY + timedelta(days=3)), "Check in")
    log_interaction(zoé, InteractionInput(InteractionKind.CALL, "Talked"))
    view.reload()
    assert view.period.text().endswith("2026") and view.grid.chosen_day() == MONDAY
    thursday = view.model.cell(view.model.index_of(MONDAY + timedelta(days=3))).content
    assert [(e.type, e.id) for e in thursday.entries] == [(EntryType.FOLLOWUP, fid)]
    monday = view.model.cell(view.model.index_of(MONDAY)).content
    assert [e.type for e in monday.entries] == [EntryType.INTERACTION]
    assert "Talked" in view.model.index_of(MONDAY).data(Qt.ItemDataRole.ToolTipRole)


def test_choosing_a_day_lists_it_beside_the_grid(qtbot, zoé, clock, view):
    followups.schedule_followup(zoé, _on(MONDAY + timedelta(days=1)), "Tuesday call")
    view.reload()
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.grid.chosen_day() == MONDAY + timedelta(days=1)
    assert [line.title for line in _day_lines(view)] == ["Tuesday call"]
    assert view.day_title.text()


def test_dragging_a_follow_up_onto_another_day_moves_it_there(qtbot, zoé, clock, view, said):
    fid = followups.schedule_followup(zoé, _on(MONDAY, 14, 15), "Call")
    view.reload()
    model = view.day_list.day_model()
    row = model.row_of_entry(fid)
    mime = model.mimeData([model.index(row)])
    _drop(view.grid, mime, MONDAY + timedelta(days=9))
    moved = followups.get_followup(fid)
    assert moved.due_at == _on(MONDAY + timedelta(days=9), 14, 15)
    assert said[-1].startswith("Moved to ") and "working day" not in said[-1]
    qtbot.waitUntil(lambda: view.model.cell(view.model.index_of(
        MONDAY + timedelta(days=9))).content is not None)


def test_dropping_on_a_weekend_says_it_is_not_a_working_day(qtbot, zoé, clock, view, said):
    fid = followups.schedule_followup(zoé, _on(MONDAY, 14, 15), "Call")
    view.reload()
    model = view.day_list.day_model()
    _drop(view.grid, model.mimeData([model.index(model.row_of_entry(fid))]),
          date(2026, 3, 7))
    assert followups.get_followup(fid).due_at == _on(date(2026, 3, 7), 14, 15)
    assert said[-1].endswith("(not a working day)")


def test_done_and_logged_entries_cannot_be_dragged(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, _on(MONDAY), "Call")
    followups.complete_followup(fid)
    view.reload()
    model = view.day_list.day_model()
    assert model.rowCount() == 1
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.mimeData([model.index(0)]) is None


def test_arrows_past_the_edge_and_page_keys_turn_the_month(qtbot, data, clock, view):
    view.grid.setFocus()
    view.grid.choose(date(2026, 3, 31))
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)  # April 7th is past the March page
    assert view.grid.chosen_day() == date(2026, 4, 7) and view.anchor.month == 4
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.anchor == date(2026, 5, 7) and view.model.cell(
        view.grid.currentIndex()).day == date(2026, 5, 7)
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    assert view.anchor == date(2026, 3, 7)
    qtbot.keyClick(view.grid, Qt.Key.Key_T)
    assert view.grid.chosen_day() == MONDAY


def test_the_week_shows_seven_days_and_the_agenda_two_weeks(qtbot, zoé, clock, view):
    followups.schedule_followup(zoé, _on(MONDAY + timedelta(days=10)), "Later call")
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_W)
    assert view.mode is Mode.WEEK and view.model.rowCount() == 1
    qtbot.keyClick(view.grid, Qt.Key.Key_A)
    assert view.mode is Mode.AGENDA and view.agenda.topLevelItemCount() == 14
    heading = view.agenda.topLevelItem(10)
    entries = [heading.child(i).data(0, Qt.ItemDataRole.UserRole)
               for i in range(heading.childCount())]
    assert [e.title for e in entries if isinstance(e, CalendarEntry)] == ["Later call"]


def test_the_agenda_marks_the_day_a_customer_turns_amber(qtbot, zoé, clock, view):
    view.set_mode(Mode.AGENDA)
    view.go_to(MONDAY + timedelta(days=28))
    heading = view.agenda.topLevelItem(3)  # 31 days after the last contact
    assert "1 amber" in heading.text(0)
    mark = heading.child(0).data(0, Qt.ItemDataRole.UserRole)
    assert isinstance(mark, RhythmMark) and mark.customer_id == zoé
    assert heading.child(0).text(0).startswith("Turns amber: Zoé Dupont")


def test_activating_an_entry_opens_its_customer(qtbot, zoé, clock, view, opened):
    followups.schedule_followup(zoé, _on(MONDAY, 15), "Call")
    view.reload()
    view.day_list.setFocus()
    view.day_list.setCurrentIndex(view.day_list.model().index(0))
    assert view.selected_customer_ids() == [zoé]
    qtbot.keyClick(view.day_list, Qt.Key.Key_Return)
    assert opened == [zoé]


def test_contacts_and_closed_follow_ups_can_be_hidden(qtbot, zoé, clock, view):
    done = followups.schedule_followup(zoé, _on(MONDAY, 11), "Done one")
    followups.complete_followup(done)
    log_interaction(zoé, InteractionInput(InteractionKind.CALL, "Talked"))
    followups.schedule_followup(zoé, _on(MONDAY, 16), "Open one")
    view.reload()
    assert len(_day_lines(view)) == 3
    view.show_contacts.trigger()
    view.show_closed.trigger()
    assert [line.title for line in _day_lines(view)] == ["Open one"]


def test_follow_up_actions_work_from_the_day_list(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, _on(MONDAY, 16), "Call")
    view.reload()
    view.day_list.setFocus()
    view.day_list.setCurrentIndex(view.day_list.model().index(0))
    assert view.followup_actions.done.isEnabled()
    view.followup_actions.snooze_menu.actions()[2].trigger()  # next week
    assert followups.get_followup(fid).remind_at == _on(date(2026, 3, 9), 9, 0)
