"""Puts the follow-up views and the reminder machinery into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from loyaltydesk.services import reminders
from loyaltydesk.ui import cadences, calendar, today
from loyaltydesk.ui.followups.customer_followups import CustomerFollowUpsDialog
from loyaltydesk.ui.followups.reloader import Reloader
from loyaltydesk.ui.reminders.notice import NoticeBar, notice_text
from loyaltydesk.ui.reminders.settings_dialog import ReminderSettingsDialog
from loyaltydesk.ui.reminders.status import DueBadge
from loyaltydesk.ui.reminders.timer import Notice, ReminderTimer
from loyaltydesk.ui.reminders.tray import ReminderTray, keep_running_without_windows

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


def install_reminders(window: MainWindow) -> None:
    """Today, Calendar and the cadence editor, then the timer that raises due follow-ups."""
    today.install(window)
    calendar.install(window)
    cadences.install(window)
    settings = reminders.load_settings()
    timer = ReminderTimer(settings.tick_seconds, read_only=window.data.readonly, parent=window)
    timer.setObjectName("ReminderTimer")
    tray = ReminderTray(window)
    tray.close_to_tray = settings.close_to_tray
    keep_running_without_windows(tray)
    bar = NoticeBar(window)
    badge = DueBadge(window, window.tr("Today"))
    for signal in (bar.show_today, tray.show_today, badge.clicked):
        signal.connect(lambda: window.show_page("today"))
    timer.raised.connect(lambda notice: _present(window, tray, bar, notice))
    timer.due_count_changed.connect(badge.set_due)
    timer.due_count_changed.connect(tray.set_due)
    timer.checked.connect(lambda _moment: _if_built(window, "today", lambda v: v.check_day()))
    timer.raised.connect(lambda _notice: _if_built(window, "calendar",
                                                   lambda v: v.reloader.reload_soon()))
    Reloader(timer, timer.recount)
    window.data_replaced.connect(timer.recount)
    _add_actions(window, timer, tray)
    timer.start()


def _if_built(window: MainWindow, key: str, tell) -> None:
    """Tell a view that is built; one not built yet reads everything when it is."""
    view = window.built_page(key)
    if view is not None:
        tell(view)


def _present(window: MainWindow, tray: ReminderTray, bar: NoticeBar, notice: Notice) -> None:
    title, body = notice_text(notice)
    if not tray.notify(title, body):
        bar.present(title, body)
        QApplication.alert(window)


def _chosen_customers(window: MainWindow) -> list[int]:
    """The shown page's chosen customers when it offers them (Today, Calendar, the board),
    else the customer list's."""
    return window.chosen_customer_ids()


def _action(window: MainWindow, text: str, slot, key: str = "") -> QAction:
    action = QAction(text, window)
    if key:
        action.setShortcut(QKeySequence(key))
    action.triggered.connect(slot)
    return action


def _add_actions(window: MainWindow, timer: ReminderTimer, tray: ReminderTray) -> None:
    def open_settings() -> None:
        dialog = ReminderSettingsDialog(window.data.folder, tray.available, window)
        dialog.setObjectName("ReminderSettings")

        def apply() -> None:
            chosen = dialog.chosen()
            timer.set_interval(chosen.tick_seconds)
            tray.close_to_tray = chosen.close_to_tray

        dialog.saved.connect(apply)
        dialog.open()

    def customer_followups() -> None:
        ids = _chosen_customers(window)
        if not ids:
            window.statusBar().showMessage(window.tr("Choose a customer first"), 5000)
            return
        dialog = CustomerFollowUpsDialog(ids[0], window.open_customer, window)
        dialog.setObjectName("CustomerFollowUps")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    window.edit_menu.addAction(_action(window, window.tr("Re&minder settings…"),
                                       open_settings))
    window.view_menu.addAction(_action(window, window.tr("Check for &due follow-ups now"),
                                       timer.tick, "F5"))
    followups_action = _action(window, window.tr("Follow-&ups of this customer…"),
                               customer_followups, "Ctrl+Shift+U")
    window.customer_menu.addAction(followups_action)
    window.customer_context_actions.append(followups_action)
