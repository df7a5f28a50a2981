from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import customers, followups, rhythm
from loyaltydesk.services.interactions import InteractionKind
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.dialogs.feedback import SurveyDialog
from loyaltydesk.ui.followups.small_dialogs import SkipDialog, WhenDialog
from loyaltydesk.ui.today.view import TodayView


@pytest.fixture
def zoé(data):
    return customers.create_customer(ContactDetails(name="Zoé Dupont"))


@pytest.fixture
def opened():
    return []


@pytest.fixture
def view(qtbot, data, opened):
    widget = TodayView(opened.append)
    qtbot.addWidget(widget)
    widget.resize(1166, 700)
    widget.show()
    return widget


def _titles(model):
    return [model.followup_at(row).title for row in range(model.rowCount())]


def _choose(qtbot, table, row=0):
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.waitUntil(table.hasFocus)


def test_overdue_and_due_today_are_listed_apart_and_later_days_not_at_all(
        qtbot, zoé, clock, qtmodeltester):
    followups.schedule_followup(zoé, clock.now() - timedelta(days=2), "From Saturday")
    followups.schedule_followup(zoé, clock.now() + timedelta(hours=5), "This afternoon")
    followups.schedule_followup(zoé, clock.now() + timedelta(days=1), "Tomorrow")
    widget = TodayView(lambda _id: None)
    qtbot.addWidget(widget)
    widget.reload()
    assert _titles(widget.overdue_model) == ["From Saturday"]
    assert _titles(widget.today_model) == ["This afternoon"]
    assert widget.overdue_label.text() == "Overd&ue (1)"
    assert "2 days late" in widget.overdue_model.index(0, 0).data()
    qtmodeltester.check(widget.overdue_model)
    qtmodeltester.check(widget.losing_model)


def test_done_opens_a_prefilled_contact_log_and_the_contact_lands_on_the_timeline(
        qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, clock.now(), "Check the delivery went well",
                                      kind=FollowUpKind.CHECK, channel=Channel.EMAIL,
                                      script="Did everything arrive?")
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_D)
    dialog = view.followup_actions.dialog
    assert isinstance(dialog, LogInteractionDialog)
    assert dialog.summary_edit.text() == "Check the delivery went well"
    assert dialog.kind.value() == InteractionKind.EMAIL
    assert dialog.answers.value() == fid
    assert dialog.script.text() == "Did everything arrive?"
    qtbot.keyClicks(dialog.notes, "All arrived, they love it")
    dialog.effort.setValue(10)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert followups.get_followup(fid).status == "done"
    logged = [e for e in customer_timeline(zoé) if e.kind is EntryKind.INTERACTION]
    assert [(e.title, e.subtype) for e in logged] == [("Check the delivery went well", "email")]
    qtbot.waitUntil(lambda: view.today_model.rowCount() == 0)


def test_done_on_a_survey_asks_for_the_score_first(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, clock.now(), "Satisfaction",
                                      kind=FollowUpKind.SURVEY)
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_D)
    dialog = view.followup_actions.dialog
    assert isinstance(dialog, SurveyDialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert ok.text() == "Record and mark done" and dialog.answers.value() == fid
    ok.click()
    assert dialog.error_label.isVisible() and followups.get_followup(fid).status == "open"
    dialog.score.setValue(9)
    qtbot.keyClicks(dialog.eleven, "Deliver on Saturdays")
    ok.click()
    assert followups.get_followup(fid).status == "done"
    assert customers.get_customer(zoé).last_score == 9
    kinds = {f.kind for f in followups.followups_of(zoé) if f.status == "open"}
    assert FollowUpKind.TESTIMONIAL in kinds  # a promoter is asked for a testimonial


def test_snoozing_an_hour_moves_the_reminder_and_it_comes_back_then(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, clock.now() - timedelta(minutes=5), "Call")
    followups.mark_notified([fid])
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_S)
    assert view.followup_actions.snooze_menu.isVisible()
    view.followup_actions.snooze_menu.actions()[0].trigger()  # 1 hour
    assert followups.get_followup(fid).remind_at == clock.now() + timedelta(hours=1)
    assert followups.pending_notices() == []
    clock.advance(timedelta(hours=1))
    assert [f.id for f in followups.pending_notices()] == [fid]


def test_snoozing_until_tomorrow_morning_takes_it_off_today(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, clock.now(), "Call")
    view.reload()
    _choose(qtbot, view.due_today)
    view.followup_actions.snooze_menu.actions()[1].trigger()
    assert followups.get_followup(fid).remind_at.isoformat() == "2026-03-03T09:00:00+00:00"
    qtbot.waitUntil(lambda: view.today_model.rowCount() == 0)


def test_skipping_needs_a_reason(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, clock.now(), "Call")
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_K)
    dialog = view.followup_actions.dialog
    assert isinstance(dialog, SkipDialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    ok.click()
    assert dialog.error.isVisible() and followups.get_followup(fid).status == "open"
    qtbot.keyClicks(dialog.reason.lineEdit(), "They are on holiday")
    ok.click()
    row = followups.get_followup(fid)
    assert (row.status, row.outcome) == ("skipped", "They are on holiday")
    qtbot.waitUntil(view.due_today.hasFocus)  # the next key acts on the list again


def test_rescheduling_picks_a_new_date_and_time(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, clock.now(), "Call")
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_R)
    dialog = view.followup_actions.dialog
    assert isinstance(dialog, WhenDialog)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(3))
    expected = dialog.chosen()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert followups.get_followup(fid).due_at == expected
    assert expected.date().isoformat() == "2026-03-05"


def test_enter_or_o_opens_the_customer(qtbot, zoé, clock, view, opened):
    followups.schedule_followup(zoé, clock.now(), "Call")
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_O)
    qtbot.keyClick(view.due_today, Qt.Key.Key_Return)
    assert opened == [zoé, zoé]


def test_losing_touch_lists_red_before_amber_and_a_logged_call_clears_it_at_once(
        qtbot, data, clock, view):
    red = customers.create_customer(ContactDetails(name="Red Rita"), stage=Stage.LOYAL)
    clock.advance(timedelta(days=30))
    amber = customers.create_customer(ContactDetails(name="Amber Anna"), stage=Stage.LOYAL)
    clock.advance(timedelta(days=35))
    assert rhythm.losing_touch() == [(red, GapState.RED), (amber, GapState.AMBER)]
    view.reload()
    lines = [view.losing_model.line_at(r) for r in range(view.losing_model.rowCount())]
    assert [(line.customer.id, line.gap) for line in lines] == [(red, GapState.RED),
                                                                (amber, GapState.AMBER)]
    assert view.losing_model.index(0, 0).data() == "Red"
    _choose(qtbot, view.losing)
    qtbot.keyClick(view.losing, Qt.Key.Key_L)
    dialog = view.followup_actions.dialog
    assert isinstance(dialog, LogInteractionDialog) and dialog.followup is None
    qtbot.keyClicks(dialog.summary_edit, "Caught up on the phone")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: view.losing_model.rowCount() == 1)
    assert view.losing_model.line_at(0).customer.id == amber


def test_plan_next_step_is_one_key_and_the_customer_leaves_the_list(qtbot, data, clock, view):
    cid = customers.create_customer(ContactDetails(name="Nina"), stage=Stage.FIRST_PURCHASE)
    view.reload()
    assert view.unplanned_model.line_at(0).customer.id == cid
    _choose(qtbot, view.unplanned)
    qtbot.keyClick(view.unplanned, Qt.Key.Key_P)
    planned = [f for f in followups.followups_of(cid) if f.status == "open"]
    assert [f.kind for f in planned] == [FollowUpKind.KEEP_IN_TOUCH]
    qtbot.waitUntil(lambda: view.unplanned_model.rowCount() == 0)
    qtbot.keyClick(view.unplanned, Qt.Key.Key_P)  # nothing chosen any more: nothing happens
    assert len([f for f in followups.followups_of(cid) if f.status == "open"]) == 1


def test_after_midnight_what_was_due_today_is_overdue(qtbot, zoé, clock, view):
    followups.schedule_followup(zoé, clock.now() + timedelta(hours=2), "Call")
    view.reload()
    assert view.today_model.rowCount() == 1
    clock.advance(timedelta(days=1))
    view.check_day()
    qtbot.waitUntil(lambda: (view.overdue_model.rowCount(), view.today_model.rowCount())
                    == (1, 0))


def test_the_keys_work_as_soon_as_today_is_shown(qtbot, zoé, clock):
    followups.schedule_followup(zoé, clock.now(), "Call")
    widget = TodayView(lambda _id: None)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.due_today.hasFocus)
    assert widget.current_followup().title == "Call" and widget.followup_actions.done.isEnabled()
    qtbot.keyClick(widget.due_today, Qt.Key.Key_D)
    assert isinstance(widget.followup_actions.dialog, LogInteractionDialog)


def test_ctrl_enter_saves_the_done_dialog(qtbot, zoé, clock, view):
    fid = followups.schedule_followup(zoé, clock.now(), "Call back")
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_D)
    dialog = view.followup_actions.dialog
    assert isinstance(dialog, LogInteractionDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert followups.get_followup(fid).status == "done"


def _ctrl_enter(qtbot, dialog, field) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_enter_saves_the_skip_and_reschedule_dialogs_too(qtbot, zoé, clock, view):
    skipped = followups.schedule_followup(zoé, clock.now(), "Call")
    moved = followups.schedule_followup(zoé, clock.now() + timedelta(minutes=5), "Write")
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_K)
    skip = view.followup_actions.dialog
    assert isinstance(skip, SkipDialog)
    qtbot.keyClicks(skip.reason.lineEdit(), "They are on holiday")
    _ctrl_enter(qtbot, skip, skip.reason.lineEdit())
    assert followups.get_followup(skipped).status == "skipped"
    view.reload()
    _choose(qtbot, view.due_today)
    qtbot.keyClick(view.due_today, Qt.Key.Key_R)
    when = view.followup_actions.dialog
    assert isinstance(when, WhenDialog)
    when.when.setDateTime(when.when.dateTime().addDays(3))
    expected = when.chosen()
    _ctrl_enter(qtbot, when, when.when)
    assert followups.get_followup(moved).due_at == expected


def test_only_the_list_worked_in_shows_a_selected_row(qtbot, data, clock, view):
    for name, stage in (("Ann", Stage.CLIENT), ("Bob", Stage.LOYAL)):
        cid = customers.create_customer(ContactDetails(name=name), stage=stage)
        followups.schedule_followup(cid, clock.now() - timedelta(days=3), f"Call {name}")
        followups.schedule_followup(cid, clock.now(), f"Visit {name}")
    view.reload()
    tables = (view.overdue, view.due_today, view.losing, view.unplanned)

    def highlighted():
        return [t for t in tables if t.selectionModel().hasSelection()]

    assert len(highlighted()) <= 1
    _choose(qtbot, view.due_today)
    assert highlighted() == [view.due_today]
    view.reload()
    assert highlighted() == [view.due_today]
    if view.unplanned_model.rowCount():
        _choose(qtbot, view.unplanned)
        assert highlighted() == [view.unplanned]


def test_empty_lists_say_why_they_are_empty(qtbot, data, clock, view):
    from loyaltydesk.ui.widgets.empty_state import EmptyState

    view.reload()
    states = {state.parentWidget().parentWidget(): state for state in view.findChildren(EmptyState)}
    assert states[view.overdue].isVisible()
    assert states[view.overdue].text.text() == "Nothing overdue."
    assert states[view.due_today].text.text() == "Nothing more is due today."
    cid = customers.create_customer(ContactDetails(name="Zoé"))
    followups.schedule_followup(cid, clock.now(), "Call")
    view.reload()
    assert not states[view.due_today].isVisible()


def test_with_nothing_more_due_today_the_calendar_is_one_click_away(qtbot, data, clock):
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.show_page("today")
    view = window.page("today")
    view.reload()
    empty = view.nothing_due
    qtbot.waitUntil(empty.isVisible)
    assert empty.button.isVisible()
    assert empty.button.text() == "See what comes next in the calendar"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.page("calendar")


def test_a_long_list_shows_a_page_and_reads_the_next_as_it_is_scrolled(qtbot, zoé, clock,
                                                                        view, qtmodeltester):
    from loyaltydesk.services.today import PAGE

    for n in range(PAGE + 5):
        followups.schedule_followup(zoé, clock.now() - timedelta(days=1, minutes=n),
                                    f"Overdue {n}")
    view.reload()
    model = view.overdue_model
    assert model.rowCount() == PAGE and model.canFetchMore()
    assert view.overdue_label.text() == f"Overd&ue ({PAGE + 5})"
    view.overdue.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE + 5)
    assert not model.canFetchMore()
    assert _titles(model) == [f"Overdue {n}" for n in reversed(range(PAGE + 5))]
    qtmodeltester.check(model)


def test_a_short_window_keeps_rows_of_every_list_in_view_and_scrolls_the_page(qtbot, data):
    """Large fonts on a small screen put the lists one under the other: each keeps four rows
    in view and the page scrolls, instead of each list shrinking to a row or two."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QScrollArea

    from loyaltydesk.ui.today.view import LEAST_ROWS

    app = QApplication.instance()
    original = QFont(app.font())
    large = QFont(original)
    large.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(large)
    try:
        widget = TodayView(lambda _id: None)
        qtbot.addWidget(widget)
        widget.resize(700, 600)
        widget.show()
        qtbot.waitUntil(lambda: widget.splitter.orientation() == Qt.Orientation.Vertical)
        area = widget.findChild(QScrollArea)
        qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
        for table in (widget.overdue, widget.due_today, widget.losing, widget.unplanned):
            row = table.verticalHeader().defaultSectionSize()
            assert table.viewport().height() >= LEAST_ROWS * row, table.accessibleName()
    finally:
        app.setFont(original)
