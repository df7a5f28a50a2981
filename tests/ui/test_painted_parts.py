"""What the painted views draw, a screen reader reads: the ladder's rungs, the pipeline's cards,
the calendar's days and blocks, the charts' bars, each as an accessible child of its widget."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QUndoStack
from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.ui.calendar.periods import Mode
from loyaltydesk.ui.calendar.view import CalendarView
from loyaltydesk.ui.insights.chart import Bar, BarChart
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.timeline import TimelineView

NAME = QAccessible.Text.Name
THURSDAY = date(2026, 3, 5)


def spoken(widget: QWidget) -> list[str]:
    """The names of the widget's accessible children, as a screen reader gets them."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return [interface.child(i).text(NAME) for i in range(interface.childCount())]


def focused_child(widget: QWidget) -> str:
    child = QAccessible.queryAccessibleInterface(widget).focusChild()
    return child.text(NAME) if child is not None else ""


def test_the_ladder_reads_each_rung_the_current_one_and_when_it_was_reached(qtbot, data, clock):
    cid = customers.create_customer(ContactDetails(name="Agnès Andersen"), stage=Stage.SUSPECT)
    clock.advance(timedelta(days=10))
    customers.move_stage(cid, Stage.FIRST_PURCHASE, "Bought the starter kit")
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    view.show_customer(cid)
    interface = QAccessible.queryAccessibleInterface(view.ladder)
    assert interface.role() == QAccessible.Role.List
    assert interface.text(NAME) == "Stage ladder"
    rungs = spoken(view.ladder)
    assert len(rungs) == 7
    assert rungs[0] == "Suspect, reached 02/03/2026"
    assert rungs[1] == "Prospect, not reached yet"
    assert rungs[2] == "First purchase, now, reached 12/03/2026"
    assert focused_child(view.ladder) == rungs[2]
    third = interface.child(2)
    assert interface.indexOfChild(third) == 2 and third.parent() is interface
    assert third.role() == QAccessible.Role.ListItem
    assert third.text(QAccessible.Text.Description)  # what the rung means
    # a point on the third rung answers with that rung, as a screen reader's pointer asks
    centre = view.ladder.mapToGlobal(view.ladder.rung_rect(2).center())
    assert interface.childAt(centre.x(), centre.y()).text(NAME) == rungs[2]
    assert interface.child(2).rect().contains(centre)


def test_a_pipeline_card_reads_its_name_rung_and_markers(qtbot, data, clock):
    customers.create_customer(ContactDetails(name="Agnès Andersen"), stage=Stage.FIRST_PURCHASE)
    clock.advance(timedelta(days=91))
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    window.show_page("pipeline")
    board = window.page("pipeline")
    qtbot.waitUntil(lambda: not board.is_loading() and not board._dirty)
    view = board.columns[Stage.FIRST_PURCHASE].view
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.text(NAME) == "First purchase cards"
    cards = [text for text in spoken(view) if text.startswith("Agnès")]
    assert cards == ["Agnès Andersen, 91 days on First purchase, stuck: too long on this rung, "
                     "red: past the longest gap between contacts, no next step planned"]


def _calendar(qtbot) -> CalendarView:
    view = CalendarView(lambda _id: None, undo_stack=QUndoStack())
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    return view


def test_the_weeks_blocks_read_in_time_order_and_the_chosen_one_has_focus(qtbot, data, clock):
    zoé = customers.create_customer(ContactDetails(name="Zoé Dupont"), stage=Stage.LOYAL)
    for hour, title in ((14, "Ask for a referral"), (9, "Check the delivery")):
        followups.schedule_followup(zoé, datetime(2026, 3, 5, hour, tzinfo=UTC), title)
    view = _calendar(qtbot)
    view.set_mode(Mode.WEEK)
    view.go_to(THURSDAY)
    canvas = view.week.canvas
    blocks = spoken(canvas)
    assert blocks[0].startswith("Thu 5 Mar 09:00, Zoé Dupont: Check the delivery, ")
    assert blocks[1].startswith("Thu 5 Mar 14:00, Zoé Dupont: Ask for a referral, ")
    assert blocks[0].endswith(", planned")
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert focused_child(canvas) == blocks[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert focused_child(canvas) == blocks[1]
    days = spoken(view.week.lane)
    assert days[3] == "Thu 5 Mar" and len(days) == 7


def test_the_month_grid_reads_each_day_and_what_it_holds(qtbot, data, clock):
    zoé = customers.create_customer(ContactDetails(name="Zoé Dupont"), stage=Stage.LOYAL)
    followups.schedule_followup(zoé, datetime(2026, 3, 5, 9, tzinfo=UTC), "Check the delivery")
    view = _calendar(qtbot)
    view.set_mode(Mode.MONTH)
    view.go_to(THURSDAY)
    days = spoken(view.grid)
    assert "Thursday, 5 March 2026, 1 entry" in days


def test_a_charts_bars_read_as_sentences_and_the_keyboard_moves_the_focus(qtbot):
    chart = BarChart("Revenue by month")
    qtbot.addWidget(chart)
    chart.resize(400, 220)
    chart.set_bars([Bar("Jan", 10, "€10", "January: €10 from 2 customers"),
                    Bar("Feb", 30, "€30", "February: €30 from 3 customers")])
    chart.show()
    qtbot.waitExposed(chart)
    assert QAccessible.queryAccessibleInterface(chart).role() == QAccessible.Role.Chart
    assert spoken(chart) == ["January: €10 from 2 customers", "February: €30 from 3 customers"]
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert focused_child(chart) == "February: €30 from 3 customers"
    chart.set_bars([])
    assert spoken(chart) == []


def test_a_days_red_and_amber_counts_differ_in_shape_not_only_in_colour(qtbot, data, clock):
    from loyaltydesk.domain.rhythm import GapState
    from loyaltydesk.ui.calendar.cells import gap_count_text

    red, amber = gap_count_text(GapState.RED, 2), gap_count_text(GapState.AMBER, 2)
    assert red != amber and red.endswith(" 2") and amber.endswith(" 2")
    view = _calendar(qtbot)
    legend = [label.text() for label in view.legend.findChildren(type(view.period))]
    assert legend[0].startswith(red[0] + " red") and legend[1].startswith(amber[0] + " amber")


def test_a_narrow_days_head_keeps_the_red_count_first_and_never_overlaps_its_number():
    from loyaltydesk.domain.rhythm import GapState
    from loyaltydesk.ui.calendar.cells import COUNT_SPACING, fitting_counts

    def advance(text: str) -> int:
        return 10 * len(text)

    counts = [(GapState.RED, 14), (GapState.AMBER, 49)]
    assert fitting_counts(counts, 100, advance) == [
        (GapState.RED, "▲ 14"), (GapState.AMBER, "● 49")]
    assert fitting_counts(counts, 60 + COUNT_SPACING, advance) == [
        (GapState.RED, "▲14"), (GapState.AMBER, "●49")]
    assert fitting_counts(counts, 40, advance) == [(GapState.RED, "▲ 14")]
    assert fitting_counts(counts, 30, advance) == [(GapState.RED, "▲14")]
    assert fitting_counts(counts, 20, advance) == []
    assert fitting_counts([(GapState.RED, 0), (GapState.AMBER, 3)], 30, advance) == [
        (GapState.AMBER, "● 3")]


def test_a_days_tooltip_says_its_counts_in_words(qtbot, data, clock):
    from loyaltydesk.services.calendar import Day
    from loyaltydesk.ui.calendar.grid import tooltip

    day = Day(red=3, amber=12)
    assert tooltip(day) == "▲ 3 turning red · ● 12 turning amber"
