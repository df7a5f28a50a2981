"""The File menu's safety actions: back up now, back up to a file, restore, encryption."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel

from loyaltydesk.services import backups
from loyaltydesk.services.backups import BackupError
from loyaltydesk.services.restore import restore
from loyaltydesk.ui.jobs import Job, Progress
from loyaltydesk.ui.safety.encryption_dialog import EncryptionDialog
from loyaltydesk.ui.safety.recovery import warning
from loyaltydesk.ui.safety.restore_dialog import RestoreDialog, size_label

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


class SafetyActions:
    """Owns the actions and what they do to the window's data folder."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.back_up = self._action(window.tr("&Back Up Now"), self.back_up_now,
                                    QKeySequence("Ctrl+Shift+B"))
        self.back_up.setObjectName("back_up_now")
        self.back_up_to = self._action(window.tr("Back Up to &File…"), self.back_up_to_file)
        self.restore = self._action(window.tr("&Restore from Backup…"), self.restore_from_backup)
        self.encryption = self._action(window.tr("E&ncryption…"), self.edit_encryption)

    def _action(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _busy(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def back_up_now(self, target: Path | None = None) -> Job:
        """Back up on the job runner, with progress and Cancel; the status bar says where."""
        data = self.window.data
        folder, key = data.folder, data.passphrase

        def work(progress: Progress) -> backups.Backup:
            far = [0, 0]

            def told(done: int, total: int) -> None:
                far[:] = [done, total]

            return backups.take_backup(folder, key, target=target,
                                       cancelled=lambda: not progress(*far), told=told)

        job = self.window.jobs.start(work, label=self.window.tr("Backing up…"),
                                     owner=self.window, error_text=None)
        job.succeeded.connect(self._backed_up)
        job.failed.connect(lambda text: warning(self.window, self.window.tr("Not backed up"),
                                                text))
        return job

    def _backed_up(self, made: backups.Backup) -> None:
        self.window.statusBar().showMessage(
            self.window.tr("Backed up and checked: %1 (%2)").replace("%1", str(made.path))
            .replace("%2", size_label(made.size)), 10000)

    def back_up_to_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.window.tr("Back Up to File"), "loyaltydesk-backup.sqlite3.zst",
            self.window.tr("LoyaltyDesk backups (*.sqlite3.zst *.sqlite3)"))
        if name:
            self.back_up_now(Path(name))

    def restore_from_backup(self) -> None:
        dialog = RestoreDialog(self.window.data.folder, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_file(dialog.chosen)

    def restore_file(self, path: Path) -> bool:
        data = self.window.data
        self._busy()
        try:
            done = restore(data.folder, path, data.passphrase)
        except BackupError as exc:
            QGuiApplication.restoreOverrideCursor()
            warning(self.window, self.window.tr("Not restored"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.window.data = done.data
        self.window.data_replaced.emit()
        self.window.refresh_status()
        self.window.statusBar().showMessage(
            self.window.tr("Restored. What it replaced is kept in %s") % done.replaced, 10000)
        return True

    def edit_encryption(self) -> None:
        EncryptionDialog(self.window).exec()


def install_safety(window: MainWindow) -> SafetyActions:
    actions = SafetyActions(window)
    menu = window.file_menu
    before = window.quit_action  # Quit stays last
    for action in (actions.back_up, actions.back_up_to, actions.restore):
        menu.insertAction(before, action)
    menu.insertSeparator(before)
    menu.insertAction(before, actions.encryption)
    menu.insertSeparator(before)
    if window.data.readonly:
        note = QLabel(window.tr("Read-only: changes cannot be saved"))
        note.setAccessibleName(window.tr("The data folder is read-only"))
        window.statusBar().addPermanentWidget(note)
    return actions
