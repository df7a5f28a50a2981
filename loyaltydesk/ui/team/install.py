"""Puts the team's book into the window: File > Team, Edit > Sync Conflicts, the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from loyaltydesk.services.team import sync
from loyaltydesk.services.team.server import TeamError
from loyaltydesk.store import database
from loyaltydesk.ui.team.controller import TeamSyncController, tr
from loyaltydesk.ui.team.dialogs import ConflictsDialog, TeamBookDialog

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


class TeamActions:
    """The team's menu actions and what they do in the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = TeamSyncController(
            window.jobs, self.open_conflicts, window, read_only=window.data.readonly,
            book_open=lambda: database.current_path() == window.data.database_path)
        self.create = self._action(tr("&Create Team's Book…"), lambda: self.open_book(False))
        self.join = self._action(tr("&Join Team's Book…"), lambda: self.open_book(True))
        self.sync_now = self._action(tr("&Sync Now"), self.controller.sync_now, "F6")
        self.leave = self._action(tr("&Leave Team's Book…"), self.leave_team)
        self.conflicts = self._action(tr("Sync &Conflicts…"), self.open_conflicts)
        self.private = self._action(tr("&Keep Private in the Team's Book"), self.toggle_private)
        self.private.setCheckable(True)
        self.private.setToolTip(tr("Only you see this customer: other laptops never receive it"))
        self.controller.synced.connect(lambda _result: self.refresh())
        self.controller.problem.connect(
            lambda text: window.statusBar().showMessage(text, 15000))
        self.dialog: TeamBookDialog | ConflictsDialog | None = None
        self.refresh()

    def _action(self, text: str, slot, keys: str = "") -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def refresh(self) -> None:
        shared = self.controller.shared()
        writable = not self.window.data.readonly
        self.create.setEnabled(writable and not shared)
        self.join.setEnabled(writable and not shared)
        for action in (self.sync_now, self.leave, self.conflicts, self.private):
            action.setEnabled(writable and shared)
        self.controller.show_status()

    def open_book(self, joining: bool) -> TeamBookDialog:
        dialog = TeamBookDialog(self.window.jobs, joining=joining, parent=self.window)

        def book_ready(text: str) -> None:
            self.window.statusBar().showMessage(text, 15000)
            self.refresh()
            self.controller.start()

        dialog.outcome.connect(book_ready)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.window)
        dialog.changed.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def leave_team(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.window, tr("Leave the Team's Book"),
            tr("This laptop stops syncing with the team's book. Every customer stays here, "
               "and the team's book stays on the server."))
        if answer == QMessageBox.StandardButton.Yes:
            sync.leave_team()
            self.refresh()

    def show_private(self) -> None:
        """Tick the private entry when the chosen customer is kept private."""
        ids = self.window.selected_customer_ids()
        self.private.setChecked(bool(ids) and sync.is_private(ids[0]))

    def toggle_private(self) -> None:
        ids = self.window.selected_customer_ids()
        if not ids:
            self.window.statusBar().showMessage(tr("Choose a customer first"), 5000)
            return
        try:
            for customer_id in ids:
                sync.set_private(customer_id, self.private.isChecked())
        except TeamError as exc:
            self.window.statusBar().showMessage(str(exc), 10000)


def install_team(window: MainWindow) -> TeamActions:
    actions = TeamActions(window)
    # after Import and Export, before the safety actions that close the menu above Quit
    team_menu = window.file_menu.addMenu(tr("&Team"))
    window.file_menu.removeAction(team_menu.menuAction())
    safety = window.safety_actions.back_up if window.safety_actions else window.quit_action
    window.file_menu.insertMenu(safety, team_menu)
    window.file_menu.insertSeparator(safety)
    for action in (actions.create, actions.join, actions.sync_now, actions.leave):
        team_menu.addAction(action)
    window.edit_menu.addAction(actions.conflicts)
    window.customer_menu.addSeparator()
    window.customer_menu.addAction(actions.private)
    window.customer_menu.aboutToShow.connect(actions.show_private)
    window.statusBar().addPermanentWidget(actions.controller.label)
    window.statusBar().addPermanentWidget(actions.controller.conflicts_button)
    if actions.controller.shared():
        actions.controller.start()
    return actions
