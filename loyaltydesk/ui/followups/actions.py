"""The follow-up actions a view offers on its current row, with their keys and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.followups import Snooze, snooze_until
from loyaltydesk.services.errors import USER_ERRORS
from loyaltydesk.services.followups import FollowUpRow, reschedule_followup, snooze_followup
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.dialogs.feedback import SurveyDialog
from loyaltydesk.ui.followups.formatting import tr, when_text
from loyaltydesk.ui.followups.small_dialogs import SkipDialog, WhenDialog
from loyaltydesk.ui.widgets.actions import view_action

SNOOZES = ((Snooze.ONE_HOUR, "1 &hour"), (Snooze.TOMORROW_MORNING, "&Tomorrow morning"),
           (Snooze.NEXT_WEEK, "&Next week"))


class FollowUpActions(QObject):
    """Done, Snooze, Reschedule, Skip and Open customer for the follow-up the host has chosen.

    The host widget gets the actions with their one-key shortcuts, active while the focus is
    inside it. Forms open window-modal without blocking; the one open is in `dialog`.
    """

    def __init__(self, host: QWidget, current: Callable[[], FollowUpRow | None],
                 open_customer: Callable[[int], None],
                 announce: Callable[[str], None] = lambda _text: None,
                 popup_at: Callable[[], QPoint] | None = None) -> None:
        super().__init__(host)
        self._host, self._current, self._open, self._announce = (host, current, open_customer,
                                                                  announce)
        self._popup_at = popup_at or QCursor.pos
        self.dialog: QDialog | None = None
        self.done = self._action(tr("&Done…"), "D", self.mark_done,
                                 tr("Mark done: log the contact, or take the survey score"))
        self.snooze_menu = QMenu(tr("Snooze"), host)
        for choice, label in SNOOZES:
            self.snooze_menu.addAction(tr(label)).triggered.connect(partial(self.snooze, choice))
        self.snooze_menu.addAction(tr("&Pick a date…")).triggered.connect(self.snooze_to_date)
        self.snooze_action = self._action(tr("S&nooze"), "S", self.show_snooze_menu,
                                          tr("Remind me again later"))
        self.snooze_action.setMenu(self.snooze_menu)
        self.reschedule = self._action(tr("&Reschedule…"), "R", self.pick_new_time,
                                       tr("Move the follow-up to another date"))
        self.skip = self._action(tr("S&kip…"), "K", self.skip_with_reason,
                                 tr("Close the follow-up without doing it, saying why"))
        self.open_customer = self._action(tr("&Open customer"), "O", self.open_current,
                                          tr("Show the customer's page"))
        self.actions = [self.done, self.snooze_action, self.reschedule, self.skip,
                        self.open_customer]
        self.update_enabled()

    def _action(self, text: str, key: str, slot: Callable[[], None], tip: str) -> QAction:
        return view_action(self._host, text, key, slot, tip)

    def update_enabled(self) -> None:
        row = self._current()
        is_open = row is not None and row.status == "open"
        for action in (self.done, self.snooze_action, self.reschedule, self.skip):
            action.setEnabled(is_open)
        self.open_customer.setEnabled(row is not None)

    def _open_row(self) -> FollowUpRow | None:
        row = self._current()
        return row if row is not None and row.status == "open" else None

    def show_dialog(self, dialog: QDialog) -> None:
        """Open a form window-modal without blocking; it is `dialog` until it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        came_from = QApplication.focusWidget()
        dialog.finished.connect(lambda _result: self._forget(dialog, came_from))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog, came_from: QWidget | None) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if came_from is not None and came_from.isVisible():
            # Back to the list the action came from, so the next key acts there.
            came_from.window().activateWindow()
            came_from.setFocus()

    def mark_done(self) -> None:
        row = self._open_row()
        if row is None:
            return
        form = SurveyDialog if row.kind is FollowUpKind.SURVEY else LogInteractionDialog
        try:
            dialog = form(row.customer_id, self._host, followup=row)
        except USER_ERRORS as exc:  # the customer went to the trash meanwhile
            self._announce(str(exc))
            return
        dialog.saved.connect(lambda result: self._announce(dialog.summary(result)))
        self.show_dialog(dialog)

    def show_snooze_menu(self) -> None:
        if self._open_row() is not None:
            self.snooze_menu.popup(self._popup_at())

    def snooze(self, choice: Snooze) -> None:
        row = self._open_row()
        if row is not None:
            self._apply(row, snooze_followup, snooze_until(choice, now(), clock().local_tz()),
                        tr("Snoozed until %1"))

    def snooze_to_date(self) -> None:
        row = self._open_row()
        if row is None:
            return
        initial = snooze_until(Snooze.TOMORROW_MORNING, now(), clock().local_tz())
        self.show_dialog(WhenDialog(tr("Snooze until"), row.title, initial,
                              partial(snooze_followup, row.id), self._host))

    def pick_new_time(self) -> None:
        row = self._open_row()
        if row is None:
            return
        initial = max(row.due_at, now() + timedelta(hours=1))
        self.show_dialog(WhenDialog(tr("Reschedule"), row.title, initial,
                              partial(reschedule_followup, row.id), self._host))

    def skip_with_reason(self) -> None:
        row = self._open_row()
        if row is not None:
            self.show_dialog(SkipDialog(row, self._host))

    def open_current(self) -> None:
        row = self._current()
        if row is not None:
            self._open(row.customer_id)

    def _apply(self, row: FollowUpRow, change: Callable[[int, datetime], None],
               moment: datetime, message: str) -> None:
        try:
            change(row.id, moment)
        except USER_ERRORS as exc:
            self._announce(str(exc))
            return
        self._announce(message.replace("%1", when_text(moment)))

