"""The contact calendar: month, week and agenda pages of follow-ups and logged contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk import formats
from loyaltydesk.built_in import shown
from loyaltydesk.clock import clock
from loyaltydesk.domain.followups import FollowUpError, moved_to_day
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import calendar
from loyaltydesk.services.calendar import CalendarEntry, EntryType, RhythmMark
from loyaltydesk.services.errors import USER_ERRORS
from loyaltydesk.services.followups import FollowUpRow, get_followup, reschedule_followup
from loyaltydesk.ui.calendar.agenda import AgendaTree
from loyaltydesk.ui.calendar.cells import GAP_SIGNS
from loyaltydesk.ui.calendar.day_list import DayList, MoreOn
from loyaltydesk.ui.calendar.grid import DaysGrid, DaysModel
from loyaltydesk.ui.calendar.periods import AGENDA_DAYS, MONTH_WEEKS, Mode, page_range, shifted
from loyaltydesk.ui.calendar.week_grid import WeekView
from loyaltydesk.ui.customers.undo import ServiceCommand
from loyaltydesk.ui.followups.actions import FollowUpActions
from loyaltydesk.ui.followups.formatting import day_text, tr, when_text
from loyaltydesk.ui.followups.reloader import Reloader
from loyaltydesk.ui.local_time import today
from loyaltydesk.ui.theme import HEADING, use_font
from loyaltydesk.ui.widgets.action_row import ActionRow
from loyaltydesk.ui.widgets.actions import view_action
from loyaltydesk.ui.widgets.day_watcher import DayWatcher
from loyaltydesk.ui.widgets.flow_layout import FlowLayout
from loyaltydesk.ui.widgets.marks import gap_sheet
from loyaltydesk.ui.widgets.palette_sheet import dress_with_palette

# The week's time grid shows every entry (it scrolls): the limit only guards memory.
ENTRIES_PER_CELL = {Mode.MONTH: 8, Mode.WEEK: 20_000, Mode.AGENDA: 30}
MARKS_IN_DAY_LIST = 50


def first_weekday() -> int:
    return QLocale().firstDayOfWeek().value - 1


def working_days() -> set[int]:
    return {day.value - 1 for day in QLocale().weekdays()}


def legend() -> QWidget:
    """What the month's coloured counts mean, each in its own colour and in words."""
    box = QWidget()
    box.setAccessibleName(tr("Legend"))
    row = FlowLayout(box)  # one sentence a row when they do not fit side by side
    row.setContentsMargins(4, 2, 4, 2)
    for state, text in ((GapState.RED, tr("%1 red: customers passing their longest gap that day")),
                        (GapState.AMBER, tr("%1 amber: passing their ideal gap"))):
        label = QLabel(text.replace("%1", GAP_SIGNS[state]))
        dress_with_palette(label, partial(gap_sheet, state))
        row.addWidget(label)
    return box


class CalendarView(QWidget):
    """A month or week grid with the chosen day's list beside it, or the agenda.

    It offers `selected_customer_ids()`: the customer of the entry chosen in the day's list
    or the agenda, for the window's customer actions.
    """

    selection_changed = Signal()

    def __init__(self, open_customer: Callable[[int], None],
                 show_customer_ids: Callable[[list[int]], None] = lambda _ids: None,
                 announce: Callable[[str], None] = lambda _text: None,
                 parent: QWidget | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarView")
        self._open, self._show_ids, self._announce = open_customer, show_customer_ids, announce
        self.undo_stack = undo_stack or QUndoStack(self)
        self.mode, self.anchor = Mode.MONTH, today()
        self.model = DaysModel(self)
        self.grid = DaysGrid(self.model)
        self.week = WeekView()
        self.legend = legend()
        self.day_list = DayList()
        self.agenda = AgendaTree()
        self.period = QLabel()
        use_font(self.period, HEADING, bold=True)
        self.day_title = QLabel()
        self.day_title.setTextFormat(Qt.TextFormat.PlainText)
        self.day_title.setBuddy(self.day_list)
        use_font(self.day_title, 1.0, bold=True)
        self.followup_actions = FollowUpActions(self, self.current_followup, open_customer,
                                                announce)
        self._build()
        self._wire()
        # Loaded when first shown, so building the window stays quick.
        self.reloader = Reloader(self, self.reload, stale=True)
        self.day_watcher = DayWatcher(self)  # overdue marks and today's column move at midnight
        self.day_watcher.day_changed.connect(lambda _day: self.reloader.reload_soon())

    # -- building --------------------------------------------------------------------------
    def _action(self, text: str, key: QKeySequence | str, slot, tip: str) -> QAction:
        return view_action(self, text, key, slot, tip)

    def _build(self) -> None:
        self.previous = self._action(tr("◀ &Previous"), "PgUp", lambda: self.step(-1),
                                     tr("The page before"))
        self.today_action = self._action(tr("&Today"), "T", self.go_today,
                                         tr("Back to today"))
        self.next = self._action(tr("&Next ▶"), "PgDown", lambda: self.step(1),
                                 tr("The page after"))
        self.mode_actions = QActionGroup(self)
        for mode, text, key in ((Mode.MONTH, tr("&Month"), "M"), (Mode.WEEK, tr("&Week"), "W"),
                                (Mode.AGENDA, tr("&Agenda"), "A")):
            action = self._action(text, key, lambda _=False, m=mode: self.set_mode(m),
                                  tr("Show the calendar by %1").replace("%1", mode.value))
            action.setCheckable(True)
            action.setChecked(mode is self.mode)
            action.setData(mode)
            self.mode_actions.addAction(action)
        self.show_contacts = self._toggle(tr("&Contacts"), "C", tr("Show logged contacts"))
        self.show_closed = self._toggle(tr("Done and s&kipped"), "Shift+K",
                                        tr("Show follow-ups already done or skipped"))
        top = self.toolbar = ActionRow(tr("Calendar navigation"))
        top.add_actions([self.previous, self.today_action, self.next])
        top.add_widget(self.period)
        top.push_right()
        top.add_actions(self.mode_actions.actions())
        top.add_separator()
        top.add_actions([self.show_contacts, self.show_closed])
        self.stack = QStackedWidget()
        self.stack.addWidget(self._grid_page())
        self.stack.addWidget(self.agenda)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.stack, 1)

    def _toggle(self, text: str, key: str, tip: str) -> QAction:
        action = self._action(text, key, lambda _=False: self.reload(), tip)
        action.setCheckable(True)
        action.setChecked(True)
        return action

    def _grid_page(self) -> QWidget:
        panel = QWidget()
        bar = QWidget()
        bar.setAccessibleName(tr("Follow-up actions"))
        buttons = QGridLayout(bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        for number, action in enumerate(self.followup_actions.actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            buttons.addWidget(button, number // 3, number % 3)
        hint = QLabel(tr("Drag a follow-up onto another day or hour to move it (in the week: "
                         "Alt+arrows). Edit > Undo puts it back."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.day_title, bar, self.day_list, hint):
            layout.addWidget(widget, 1 if widget is self.day_list else 0)
        month = QWidget()
        month_layout = QVBoxLayout(month)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.grid, 1)
        month_layout.addWidget(self.legend)
        self.left = QStackedWidget()
        self.left.addWidget(month)
        self.left.addWidget(self.week)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 360])
        return splitter

    def _wire(self) -> None:
        self.grid.day_chosen.connect(self._show_day)
        self.grid.day_requested.connect(self.go_to)
        self.grid.more_requested.connect(self.open_week_of)
        self.grid.activated.connect(lambda _index: self.day_list.setFocus())
        self.model.followup_dropped.connect(self.move_followup)
        self.week.canvas.move_requested.connect(self.move_followup_to)
        self.week.canvas.entry_chosen.connect(self._week_entry_chosen)
        self.week.canvas.entry_activated.connect(lambda entry: self._open_line(entry))
        self.day_list.selectionModel().currentChanged.connect(
            lambda *_: self.followup_actions.update_enabled())
        self.day_list.selectionModel().currentChanged.connect(self.selection_changed)
        self.agenda.currentItemChanged.connect(self.selection_changed)
        self.day_list.activated.connect(lambda _index: self._open_line(
            self.day_list.current_line()))
        self.agenda.currentItemChanged.connect(lambda *_: self.followup_actions.update_enabled())
        self.agenda.itemActivated.connect(lambda *_: self._open_line(self.agenda.current_line()))

    # -- what is chosen --------------------------------------------------------------------
    def current_line(self):
        return self.agenda.current_line() if self.mode is Mode.AGENDA \
            else self.day_list.current_line()

    def selected_customer_ids(self) -> list[int]:
        line = self.current_line()
        return [line.customer_id] if isinstance(line, CalendarEntry | RhythmMark) else []

    def current_followup(self) -> FollowUpRow | None:
        line = self.current_line()
        if not isinstance(line, CalendarEntry) or line.type is not EntryType.FOLLOWUP:
            return None
        try:
            return get_followup(line.id)
        except FollowUpError:  # dropped in the meantime
            return None

    def _open_line(self, line) -> None:
        if isinstance(line, CalendarEntry | RhythmMark):
            self._open(line.customer_id)
        elif isinstance(line, MoreOn) and line.marks:
            marks, _total = calendar.rhythm_marks_on(line.day, limit=100_000)
            self._show_ids([m.customer_id for m in marks])
        elif isinstance(line, MoreOn):
            self.set_mode(Mode.WEEK)
            self.go_to(line.day)
        elif isinstance(line, date):
            self.set_mode(Mode.WEEK)
            self.go_to(line)

    # -- moving around ---------------------------------------------------------------------
    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        for action in self.mode_actions.actions():
            action.setChecked(action.data() == mode)
        self.stack.setCurrentIndex(1 if mode is Mode.AGENDA else 0)
        self.reload()

    def open_week_of(self, day: date) -> None:
        """The week holding `day`, where every entry of the day has its place."""
        self.anchor = day
        self.set_mode(Mode.WEEK)

    def step(self, pages: int) -> None:
        self.go_to(shifted(self.anchor, self.mode, pages))

    def go_today(self) -> None:
        self.go_to(today())

    def go_to(self, day: date) -> None:
        self.anchor = day
        first, _end = page_range(day, self.mode, first_weekday())
        if self.mode is not Mode.AGENDA and self.model.index_of(day).isValid() \
                and self.model.day_at(self.model.index(0, 0)) == first:
            self.grid.choose(day)  # same page: only the chosen day changes
            return
        self.reload()

    # -- changes ---------------------------------------------------------------------------
    def move_followup(self, followup_id: int, day: date) -> None:
        """A follow-up dropped on a day of the month: same time of day, that day."""
        try:
            row = get_followup(followup_id)
        except FollowUpError as exc:
            self._announce(str(exc))
            return
        self.move_followup_to(followup_id, moved_to_day(row.remind_at, day, clock().local_tz()))

    def move_followup_to(self, followup_id: int, when: datetime) -> None:
        """Reschedule a follow-up (a drag, Alt+arrows), undoably from Edit > Undo."""
        try:
            row = get_followup(followup_id)
            reschedule_followup(followup_id, when)
        except USER_ERRORS as exc:
            self._announce(str(exc))
            return
        before = row.remind_at
        self.undo_stack.push(ServiceCommand(
            tr("Move “%1”").replace("%1", shown(row.title).replace("&", "&&")),
            lambda: reschedule_followup(followup_id, when),
            lambda: reschedule_followup(followup_id, before), self._announce))
        message = tr("Moved to %1").replace("%1", when_text(when))
        if when.date().weekday() not in working_days():
            message += " " + tr("(not a working day)")
        self._announce(message)

    def _week_entry_chosen(self, entry: CalendarEntry) -> None:
        """A block chosen in the week: its day's list beside shows it, and the keys act on it."""
        day = formats.local(entry.at).date()
        if day != self.anchor or self.day_list.current_line() != entry:
            self.grid.choose(day)
            self._show_day(day)
            model = self.day_list.day_model()
            row = next((r for r in range(model.rowCount()) if model.line_at(r) == entry), -1)
            if row >= 0:
                self.day_list.setCurrentIndex(model.index(row))
        self.week.show_entry(entry)
        self.followup_actions.update_enabled()

    # -- loading ---------------------------------------------------------------------------
    def _filters(self) -> dict[str, bool]:
        return {"interactions": self.show_contacts.isChecked(),
                "include_closed": self.show_closed.isChecked()}

    def reload(self) -> None:
        first, end = page_range(self.anchor, self.mode, first_weekday())
        days = calendar.days_between(first, end, per_day=ENTRIES_PER_CELL[self.mode],
                                     **self._filters())
        if self.mode is Mode.AGENDA:
            marks = {d: calendar.rhythm_marks_on(d, 5) for d, c in days.items()
                     if c.red or c.amber}
            self.agenda.show_days(first, end, days, marks, today(), working_days())
            last = first + timedelta(days=AGENDA_DAYS - 1)
            self.period.setText(f"{day_text(first)} – {day_text(last)}")
            self.followup_actions.update_enabled()
            return
        weeks = MONTH_WEEKS if self.mode is Mode.MONTH else 1
        month = self.anchor.month if self.mode is Mode.MONTH else None
        anchor = self.anchor  # a reset or newly shown grid may report its first cell as chosen
        self.model.set_days(first, weeks, days, month, today(), working_days())
        self.left.setCurrentIndex(1 if self.mode is Mode.WEEK else 0)
        if self.mode is Mode.WEEK:
            self.week.set_week(first, days, today(), working_days())
        if self.mode is Mode.MONTH:
            self.period.setText(f"{QLocale().standaloneMonthName(self.anchor.month)} "
                                f"{self.anchor.year}")
        else:
            self.period.setText(tr("Week of %1").replace("%1", day_text(first)))
        self.anchor = anchor
        self.grid.choose(anchor)
        self._show_day(anchor)

    def _show_day(self, day: date) -> None:
        self.anchor = day
        self.day_title.setText(day_text(day, long=True))
        chosen = self.day_list.current_line()
        content = calendar.entries_on(day, **self._filters())
        marks, total = calendar.rhythm_marks_on(day, MARKS_IN_DAY_LIST)
        lines: list = [*content.entries, *marks]
        if total > len(marks):
            lines.append(MoreOn(day, total - len(marks), marks=True))
        if not lines:
            lines.append(tr("Nothing on this day"))
        model = self.day_list.day_model()
        model.set_lines(lines)
        if isinstance(chosen, CalendarEntry) and model.row_of_entry(chosen.id) >= 0:
            self.day_list.setCurrentIndex(model.index(model.row_of_entry(chosen.id)))
        self.followup_actions.update_enabled()
