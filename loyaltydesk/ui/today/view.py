"""The Today view: what is due or overdue, who is losing touch, and who has no next step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QObject,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.built_in import shown
from loyaltydesk.services import followups, rhythm
from loyaltydesk.services import today as today_lists
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.followups.actions import FollowUpActions
from loyaltydesk.ui.followups.formatting import day_text, when_text
from loyaltydesk.ui.followups.reloader import Reloader
from loyaltydesk.ui.local_time import start_of, today
from loyaltydesk.ui.theme import TITLE, use_font
from loyaltydesk.ui.today.models import CustomerLine, CustomerTableModel, FollowUpTableModel, _Table
from loyaltydesk.ui.widgets.action_row import ActionRow
from loyaltydesk.ui.widgets.actions import view_action
from loyaltydesk.ui.widgets.empty_state import EmptyState
from loyaltydesk.ui.widgets.need_splitter import NeedSplitter
from loyaltydesk.ui.widgets.table_width import comfortable_width
from loyaltydesk.ui.widgets.tall_panel import TallPanel

SHOWN = 1000  # rows per list; the section title gives the full count


_Model = TypeVar("_Model", bound=QAbstractItemModel)


def _model(table: QTableView, kind: type[_Model]) -> _Model:
    """The model of one of the view's lists, as the list it is."""
    model = table.model()
    assert isinstance(model, kind)
    return model


def _fixed(text: str) -> Callable[[], str]:
    return lambda: text


# Rows each list keeps in view when the window is short (large fonts, French, a small
# screen): the lists go one under the other and the page scrolls, rather than each list
# shrinking to a row or two.
LEAST_ROWS = 4


class _List(QTableView):
    def minimumSizeHint(self) -> QSize:  # Qt's name
        hint = super().minimumSizeHint()
        rows = self.verticalHeader().defaultSectionSize() * LEAST_ROWS
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(hint.width(), max(hint.height(), height))


def _table(model, name: str, stretch: int) -> QTableView:
    table = _List()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    # Sized to the rows read once per reload (_fit_columns), not at every change of the
    # current row: sizing to contents on each layout read every row's text again and again.
    header.setResizeContentsPrecision(0)  # the rows on screen
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setProperty("point_columns", list(model.POINT))
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _fit_columns(table: QTableView) -> None:
    """Each column but the stretched one as wide as its header and the rows read so far."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Interactive:
            table.resizeColumnToContents(column)


def _section(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    use_font(label, 1.0, bold=True)  # a font, not a style sheet: it follows the palette
    return label


class TodayView(QWidget):
    """Due follow-ups on the left, customers needing a contact or a plan on the right.

    It offers `selected_customer_ids()`, so the window's customer actions (log a contact,
    record a purchase...) act on the customer of the row chosen last.
    """

    selection_changed = Signal()

    def __init__(self, open_customer: Callable[[int], None],
                 announce: Callable[[str], None] = lambda _text: None,
                 parent: QWidget | None = None,
                 show_calendar: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TodayView")
        self._open, self._announce = open_customer, announce
        self.overdue_model, self.today_model = FollowUpTableModel(self), FollowUpTableModel(self)
        self.losing_model, self.unplanned_model = CustomerTableModel(self), CustomerTableModel(self)
        self.overdue = _table(self.overdue_model, self.tr("Overdue follow-ups"), 2)
        self.due_today = _table(self.today_model, self.tr("Follow-ups due today"), 2)
        self.losing = _table(self.losing_model, self.tr("Customers losing touch"), 1)
        self.unplanned = _table(self.unplanned_model, self.tr("Customers with no next step"), 1)
        self._followup_table, self._customer_table = self.overdue, self.losing
        for table, words in (
                (self.overdue, self.tr("Nothing overdue.")),
                (self.losing, self.tr("Nobody is losing touch: every customer has been "
                                      "contacted within their ideal gap.")),
                (self.unplanned, self.tr("Every customer from the first purchase up has a "
                                         "next step planned."))):
            EmptyState(table, _fixed(words))
        # nothing more today: what comes next is in the calendar
        self.nothing_due = EmptyState(self.due_today, _fixed(self.tr("Nothing more is due today.")),
                                      self.tr("See what comes next in the calendar"),
                                      show_calendar)
        self._last_table = self.overdue
        self.heading = QLabel()
        use_font(self.heading, TITLE, bold=True)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self._day = today()
        self._build()
        # Loaded when first shown, so building the window stays quick.
        self.reloader = Reloader(self, self.reload, stale=True)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        left, right = QWidget(), QWidget()
        left.setObjectName("followups_panel")
        right.setObjectName("customers_panel")
        self.followup_actions = FollowUpActions(left, self.current_followup, self._open,
                                                self._announce, self._popup_point)
        self.overdue_label = _section("", self.overdue)
        self.today_label = _section("", self.due_today)
        self.followup_bar = self._toolbar(self.followup_actions.actions,
                                          self.tr("Follow-up actions"))
        self._fill(left, self.followup_bar,
                   self.overdue_label, self.overdue, self.today_label, self.due_today)
        self.log_contact = self._customer_action(right, self.tr("&Log contact…"), "L",
                                                 self.log_contact_with_current,
                                                 self.tr("Log a call, email or meeting"))
        self.plan_next = self._customer_action(right, self.tr("&Plan next step"), "P",
                                               self.plan_next_step_for_current,
                                               self.tr("Schedule a keep-in-touch follow-up"))
        self.open_customer = self._customer_action(right, self.tr("&Open customer"), "O",
                                                   self.open_current_customer,
                                                   self.tr("Show the customer's page"))
        self.losing_label = _section("", self.losing)
        self.unplanned_label = _section("", self.unplanned)
        self._fill(right, self._toolbar([self.log_contact, self.plan_next, self.open_customer],
                                        self.tr("Customer actions")),
                   self.losing_label, self.losing, self.unplanned_label, self.unplanned)
        # each side as wide as its columns need, the rest mostly to the follow-ups' titles
        splitter = self.splitter = NeedSplitter(
            [lambda: max(comfortable_width(self.overdue), comfortable_width(self.due_today)),
             lambda: max(comfortable_width(self.losing), comfortable_width(self.unplanned))],
            [3, 2])
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(TallPanel(splitter), 1)
        self._wire()

    @staticmethod
    def _fill(panel: QWidget, *widgets: QWidget) -> None:
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)

    @staticmethod
    def _toolbar(actions: list[QAction], name: str) -> ActionRow:
        bar = ActionRow(name)  # wraps rather than hide an action at large fonts
        bar.add_actions(actions)
        return bar

    def _customer_action(self, host: QWidget, text: str, key: str, slot, tip: str) -> QAction:
        return view_action(host, text, key, slot, tip)

    def _wire(self) -> None:
        for table in (self.overdue, self.due_today, self.losing, self.unplanned):
            table.installEventFilter(self)
            table.selectionModel().currentChanged.connect(self._update_actions)
            table.selectionModel().currentChanged.connect(self.selection_changed)
            table.activated.connect(lambda index, t=table: self._activated(t, index.row()))

    def _prefer_filled(self) -> None:
        """Act on a list that has rows, unless the user is working in one already."""
        if not self._followup_table.hasFocus() and self._followup_table.model().rowCount() == 0:
            self._followup_table = self.due_today if self.overdue_model.rowCount() == 0 \
                else self.overdue
        if not self._customer_table.hasFocus() and self._customer_table.model().rowCount() == 0:
            self._customer_table = self.unplanned if self.losing_model.rowCount() == 0 \
                else self.losing

    def showEvent(self, event) -> None:  # Qt's name
        super().showEvent(event)
        if self.focusWidget() is None or not self.isAncestorOf(self.focusWidget()):
            self._followup_table.setFocus()  # the keys work at once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTableView):
            if watched in (self.overdue, self.due_today):
                self._followup_table = watched
            elif watched in (self.losing, self.unplanned):
                self._customer_table = watched
            if watched is not self._last_table:
                self._last_table = watched
                self.selection_changed.emit()
            self._highlight_only(watched)
            self._update_actions()
        return super().eventFilter(watched, event)

    def _highlight_only(self, chosen: QTableView) -> None:
        """One row is shown selected, in the list worked in last; the others keep their
        place (their current row) without a highlight."""
        for table in (self.overdue, self.due_today, self.losing, self.unplanned):
            if table is chosen:
                index = table.currentIndex()
                if index.isValid():
                    table.selectionModel().select(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
            else:
                table.selectionModel().clearSelection()

    # -- what is chosen --------------------------------------------------------------------
    def current_followup(self) -> FollowUpRow | None:
        table = self._followup_table
        return _model(table, FollowUpTableModel).followup_at(table.currentIndex().row())

    def selected_customer_ids(self) -> list[int]:
        entry = _model(self._last_table, _Table).row_at(self._last_table.currentIndex().row())
        if entry is None:
            return []
        return [entry.customer_id if isinstance(entry, FollowUpRow) else entry.customer.id]

    def current_customer(self) -> CustomerLine | None:
        table = self._customer_table
        return _model(table, CustomerTableModel).line_at(table.currentIndex().row())

    def _popup_point(self) -> QPoint:
        table = self._followup_table
        rect = table.visualRect(table.currentIndex())
        return table.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid() else QPoint())

    def _update_actions(self, *_args) -> None:
        self.followup_actions.update_enabled()
        has_customer = self.current_customer() is not None
        for action in (self.log_contact, self.plan_next, self.open_customer):
            action.setEnabled(has_customer)

    def _activated(self, table: QTableView, row: int) -> None:
        entry = _model(table, _Table).row_at(row)
        if entry is not None:
            self._open(entry.customer_id if isinstance(entry, FollowUpRow) else entry.customer.id)

    # -- customer actions ------------------------------------------------------------------
    def log_contact_with_current(self) -> None:
        line = self.current_customer()
        if line is None:
            return
        self.followup_actions.show_dialog(LogInteractionDialog(line.customer.id, self))

    def plan_next_step_for_current(self) -> None:
        line = self.current_customer()
        if line is None:
            return
        planned = followups.get_followup(rhythm.plan_next_step(line.customer.id))
        self._announce(self.tr("Next step for %1: %2 on %3").replace(
            "%1", line.customer.display_name).replace("%2", shown(planned.title)).replace(
            "%3", when_text(planned.remind_at)))

    def open_current_customer(self) -> None:
        line = self.current_customer()
        if line is not None:
            self._open(line.customer.id)

    # -- loading ---------------------------------------------------------------------------
    def check_day(self) -> None:
        """After midnight, yesterday's due-today list becomes overdue: reload."""
        if today() != self._day:
            self._day = today()
            self.reloader.reload_soon()

    def reload(self) -> None:
        day = self._day = today()
        self.show_board(today_lists.board(day, start_of(day),
                                          start_of(day + timedelta(days=1))))

    def show_board(self, board: today_lists.TodayBoard) -> None:
        """Each list reset once, its chosen entry kept; the rows past the first page are read
        as they are scrolled to."""
        day, start, end = board.day, board.start, board.end

        def due(ids):
            return today_lists.due_lines(ids, day)

        def customers(ids):
            return today_lists.customer_lines(ids, day)

        counts = board.counts
        self._keep_current(self.overdue, lambda: self.overdue_model.show_list(
            board.overdue, board.due_lines, min(board.overdue_total, SHOWN),
            lambda n: today_lists.overdue_ids(start, n), due))
        self._keep_current(self.due_today, lambda: self.today_model.show_list(
            board.due_today, board.due_lines, min(board.today_total, SHOWN),
            lambda n: today_lists.due_today_ids(start, end, n), due))
        self._keep_current(self.losing, lambda: self.losing_model.show_list(
            board.losing, board.customer_lines, min(counts.red + counts.amber, SHOWN),
            lambda n: today_lists.losing_ids(day, n), customers))
        self._keep_current(self.unplanned, lambda: self.unplanned_model.show_list(
            board.unplanned, board.customer_lines, min(counts.no_next_step, SHOWN),
            today_lists.unplanned_ids, customers))
        self._label_sections(day, board.overdue_total, board.today_total, counts)
        self._prefer_filled()
        if not self._last_table.hasFocus() and self._last_table.model().rowCount() == 0:
            self._last_table = self._followup_table
        self._highlight_only(self._last_table)
        self._update_actions()
        self.splitter.balance()

    def _keep_current(self, table: QTableView, reset: Callable[[], None]) -> None:
        """Reset a table's rows, keeping the chosen entry (or its place, once it is gone)."""
        model = _model(table, _Table)
        row = table.currentIndex().row()
        chosen = model.id_at(row)
        column = max(table.currentIndex().column(), 0)
        reset()
        _fit_columns(table)
        if model.rowCount() == 0:
            return
        found = model.row_of(chosen) if chosen is not None else -1
        target = found if found >= 0 else min(max(row, 0), model.rowCount() - 1)
        flags = QItemSelectionModel.SelectionFlag
        shown = table is self._last_table  # the one list showing its selected row
        table.selectionModel().setCurrentIndex(
            model.index(target, column),
            flags.ClearAndSelect | flags.Rows if shown else flags.NoUpdate)

    def _label_sections(self, day, overdue: int, due_today: int, counts) -> None:
        self.heading.setText(self.tr("Today, %1").replace("%1", day_text(day, long=True)))
        self.summary.setText(self.tr("%1 overdue · %2 due today · %3 red · %4 amber · "
                                     "%5 with no next step")
                             .replace("%1", str(overdue)).replace("%2", str(due_today))
                             .replace("%3", str(counts.red)).replace("%4", str(counts.amber))
                             .replace("%5", str(counts.no_next_step)))
        self.overdue_label.setText(self.tr("Overd&ue (%1)").replace("%1", str(overdue)))
        self.today_label.setText(self.tr("Due &today (%1)").replace("%1", str(due_today)))
        self.losing_label.setText(self.tr("&Losing touch: red, then amber (%1)").replace(
            "%1", str(counts.red + counts.amber)))
        self.unplanned_label.setText(self.tr("No ne&xt step planned (%1)").replace(
            "%1", str(counts.no_next_step)))
