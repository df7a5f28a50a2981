"""Contact sheets from the views: a calendar day or week, Today, a pipeline rung.

Each view gets a small action that names its customers and days and calls the window's one
entry point, `ExchangeActions.open_sheets`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget

from loyaltydesk import formats
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.exchange.sheet_content import Visit
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.sheet_facts import due_between
from loyaltydesk.ui.widgets.action_row import ActionRow
from loyaltydesk.ui.widgets.actions import view_action
from loyaltydesk.ui.widgets.focus_chain import first_in_tab_order
from loyaltydesk.ui.words import stage_label

if TYPE_CHECKING:
    from loyaltydesk.ui.calendar.view import CalendarView
    from loyaltydesk.ui.exchange.export_dialog import ExportDialog
    from loyaltydesk.ui.main_window import MainWindow
    from loyaltydesk.ui.today.view import TodayView

Scope = tuple[str, list[int], Visit | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def day_scope(day: date) -> Scope:
    visit = Visit.on(day)
    label = tr("Follow-ups due on %1").replace("%1", formats.day(day, long=True))
    return label, due_between(visit.first, visit.end), visit


def today_scope(day: date) -> Scope:
    """Today's visits: what is due today, and what is overdue, as the Today view lists them."""
    visit = Visit.on(day)
    label = tr("Follow-ups due today or overdue")
    return label, due_between(None, visit.end), visit


def week_scope(first: date) -> Scope:
    visit = Visit.on(first, 7)
    label = tr("Follow-ups due %1 to %2").replace("%1", formats.day(first, long=True)).replace(
        "%2", formats.day(first + timedelta(days=6), long=True))
    return label, due_between(visit.first, visit.end), visit


def stage_scope(stage: Stage) -> Scope:
    from loyaltydesk.exchange.exporter import ids_for
    label = tr("Stage: %1").replace("%1", stage_label(stage))
    return label, ids_for(CustomerFilter(stages=(stage,))), None


def open_sheets(window: MainWindow, scope: Scope) -> ExportDialog | None:
    actions = window.exchange_actions  # installed with the File menu
    if actions is None:
        return None
    label, ids, visit = scope
    return actions.open_sheets(label, ids, visit)


def sheets_action(view: QWidget, bar: ActionRow | None, text: str, tip: str,
                  scope: Callable[[], Scope], window: MainWindow) -> QAction:
    action = view_action(view, text, "", lambda: open_sheets(window, scope()), tip)
    if bar is not None:
        bar.add_actions([action])
    return action


class _MenuButton(QToolButton):
    """A button whose menu opens on a click: the style draws the menu's arrow in its corner,
    so the button asks for that much more room, else the arrow lands on the last letter."""

    def sizeHint(self) -> QSize:  # Qt's name
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())

    def minimumSizeHint(self) -> QSize:  # Qt's name
        return self.sizeHint()


def add_to_calendar(view: CalendarView, window: MainWindow) -> list[QAction]:
    """"Sheets for the day" and "for the week" on the calendar's toolbar."""
    from loyaltydesk.ui.calendar.periods import Mode, page_range
    from loyaltydesk.ui.calendar.view import first_weekday

    def week() -> Scope:
        return week_scope(page_range(view.anchor, Mode.WEEK, first_weekday())[0])

    actions = [sheets_action(view, None, tr("Sheets for the da&y..."),
                             tr("Contact sheets and the route for the chosen day's follow-ups"),
                             lambda: day_scope(view.anchor), window),
               sheets_action(view, None, tr("Sheets for the wee&k..."),
                             tr("Contact sheets and the route for this week's follow-ups"),
                             week, window)]
    # one button for both: the toolbar keeps room for its own actions
    button = _MenuButton()
    button.setText(tr("Contact sheets"))
    button.setAccessibleName(tr("Contact sheets"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.addActions(actions)
    button.setMenu(menu)
    view.toolbar.add_widget(button)
    # what Tab reaches after the bar, once the view is in the window
    QTimer.singleShot(0, button, lambda: first_in_tab_order(button, view.grid))
    return actions


def add_to_today(view: TodayView, window: MainWindow) -> QAction:
    return sheets_action(view, view.followup_bar, tr("S&heets for today..."),
                         tr("Contact sheets and the route for today's follow-ups"),
                         lambda: today_scope(formats.today()), window)
