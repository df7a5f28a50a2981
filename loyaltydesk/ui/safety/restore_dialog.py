"""Choosing a backup to restore: the backups with their dates and sizes, then a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services import backups
from loyaltydesk.services.backups import Backup


def kind_label(kind: str) -> str:
    if kind.startswith("before-schema"):
        return QCoreApplication.translate("QDialog", "Before an upgrade")
    return {backups.AUTO: QCoreApplication.translate("QDialog", "Automatic"),
            backups.MANUAL: QCoreApplication.translate("QDialog", "Made by you"),
            backups.BEFORE_RESTORE: QCoreApplication.translate("QDialog", "Before a restore"),
            backups.DAMAGED: QCoreApplication.translate("QDialog", "Damaged copy, kept as it was"),
            }.get(kind, kind)


def when_label(backup: Backup) -> str:
    local = backup.taken_at.astimezone()
    shown = QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def size_label(size: int) -> str:
    return QLocale().formattedDataSize(size)


class RestoreDialog(QDialog):
    """Lists the backups newest first; `chosen` is the file to restore once accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.chosen: Path | None = None
        self._backups = [b for b in backups.list_backups(folder) if b.kind != backups.DAMAGED]
        intro = QLabel(self.tr("Choose the backup to bring back. Your current data is backed "
                               "up first, so a restore can itself be undone."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._build_table()
        self.empty = QLabel(self.tr("There are no backups in the data folder yet."))
        self.empty.setVisible(not self._backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.other_button = QPushButton(self.tr("&Other File…"))
        self.other_button.setAccessibleName(self.tr("Restore a backup file from elsewhere"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._restore_other)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.empty, buttons):
            layout.addWidget(widget)
        self.resize(620, 420)
        if self._backups:
            self.table.selectRow(0)  # the newest, a keystroke away; a confirmation follows

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(len(self._backups), 3)
        table.setAccessibleName(self.tr("Backups, newest first"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, backup in enumerate(self._backups):
            size = QTableWidgetItem(size_label(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((QTableWidgetItem(when_label(backup)),
                                           QTableWidgetItem(kind_label(backup.kind)), size)):
                item.setToolTip(str(backup.path))
                table.setItem(row, column, item)
        table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(table.selectedItems())))
        table.doubleClicked.connect(self._restore_selected)
        table.setVisible(bool(self._backups))
        return table

    def selected_backup(self) -> Backup | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self._backups[rows.pop()] if rows else None

    def _restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is not None and self.confirm(self.tr("taken %s") % when_label(backup)):
            self.chosen = backup.path
            self.accept()

    def _restore_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a Backup File"), "",
            self.tr("LoyaltyDesk backups (*.sqlite3.zst *.sqlite3);;All files (*)"))
        if name and self.confirm(f"“{Path(name).name}”"):
            self.chosen = Path(name)
            self.accept()

    def confirm(self, what: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from Backup"),
                          self.tr("Replace your current data with the backup %s?") % what,
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Your current data is backed up first; you can restore "
                                       "that copy to undo this."))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace
