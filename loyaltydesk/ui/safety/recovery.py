"""When the data has a problem: say so plainly and offer the newest good backup, never silently."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from loyaltydesk.services import backups
from loyaltydesk.services.backups import Backup, BackupError
from loyaltydesk.services.restore import restore
from loyaltydesk.services.session import DataFolder
from loyaltydesk.ui.safety.restore_dialog import RestoreDialog, size_label, when_label


class Choice(Enum):
    RESTORE = "restore"
    CHOOSE = "choose"
    CONTINUE = "continue"
    QUIT = "quit"


class RecoveryDialog(QMessageBox):
    """The problem in plain words, the newest good backup, and what the user can do."""

    def __init__(self, problems: list[str], newest: Backup | None, *, can_continue: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, self.tr("Your data has a problem"),
                         self.tr("LoyaltyDesk found a problem in its database."), parent=parent)
        self.setObjectName("RecoveryDialog")
        self.setTextFormat(Qt.TextFormat.PlainText)
        if newest is not None:
            offer = self.tr("The newest good backup was taken %1 (%2). Restoring it keeps a "
                            "copy of the current file in the backup folder.") \
                .replace("%1", when_label(newest)).replace("%2", size_label(newest.size))
        else:
            offer = self.tr("No good backup was found in the data folder. You can choose a "
                            "backup file from elsewhere.")
        self.setInformativeText(offer)
        self.setDetailedText("\n".join(problems))
        self.choice_buttons: dict[Choice, QPushButton] = {}
        if newest is not None:
            self.choice_buttons[Choice.RESTORE] = self.addButton(
                self.tr("Restore Newest Backup"), QMessageBox.ButtonRole.AcceptRole)
        self.choice_buttons[Choice.CHOOSE] = self.addButton(self.tr("Choose a Backup…"),
                                                     QMessageBox.ButtonRole.ActionRole)
        if can_continue:
            self.choice_buttons[Choice.CONTINUE] = self.addButton(self.tr("Continue Anyway"),
                                                           QMessageBox.ButtonRole.RejectRole)
        self.choice_buttons[Choice.QUIT] = self.addButton(self.tr("Quit"),
                                                   QMessageBox.ButtonRole.DestructiveRole)
        found = self.choice_buttons
        self.setDefaultButton(found.get(Choice.RESTORE, found[Choice.CHOOSE]))
        self.setEscapeButton(found.get(Choice.CONTINUE, found[Choice.QUIT]))

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        return next((c for c, b in self.choice_buttons.items() if b is clicked), Choice.QUIT)


def _newest_good(folder: Path, passphrase: str | None) -> Backup | None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return backups.latest_good(folder, passphrase)
    finally:
        QGuiApplication.restoreOverrideCursor()


def recover(folder: Path, passphrase: str | None, problems: list[str], *,
            current: DataFolder | None = None,
            parent: QWidget | None = None) -> DataFolder | None:
    """Ask what to do until the data is restored, kept (`current`), or the user quits (None)."""
    newest = _newest_good(folder, passphrase)
    while True:
        dialog = RecoveryDialog(problems, newest, can_continue=current is not None,
                                parent=parent)
        dialog.exec()
        choice = dialog.choice()
        if choice is Choice.CONTINUE:
            return current
        if choice is Choice.QUIT:
            return None
        path = newest.path if choice is Choice.RESTORE and newest else _pick(folder, parent)
        if path is None:
            continue
        try:
            return _restore_with_wait(folder, path, passphrase)
        except BackupError as exc:
            warning(parent, QCoreApplication.translate("QMessageBox", "Not restored"), str(exc))


def _pick(folder: Path, parent: QWidget | None) -> Path | None:
    dialog = RestoreDialog(folder, parent)
    return dialog.chosen if dialog.exec() else None


def _restore_with_wait(folder: Path, path: Path, passphrase: str | None) -> DataFolder:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return restore(folder, path, passphrase).data
    finally:
        QGuiApplication.restoreOverrideCursor()


def warning(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
