"""File > Export and "Export selected": contact sheets, spreadsheets, address books, calendars."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.exchange.exporter import SUFFIXES, ExportFormat, ExportOptions
from loyaltydesk.exchange.ical import CalendarEntry
from loyaltydesk.exchange.sheet_content import Layout, RouteOrder, Visit
from loyaltydesk.exchange.sheets_apart import export_from_window
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.exchange.preview_model import tr
from loyaltydesk.ui.jobs import Job, JobRunner
from loyaltydesk.ui.widgets.ctrl_enter import save_on_ctrl_enter
from loyaltydesk.ui.words import service_words

# (label, format, options) in the order the dialog offers them
CHOICES: tuple[tuple[str, ExportOptions], ...] = (
    (QT_TRANSLATE_NOOP("Exchange", "Contact sheets, a page per customer (PDF)"),
     ExportOptions(ExportFormat.PDF)),
    (QT_TRANSLATE_NOOP("Exchange", "Contact sheets, two customers to a page (PDF)"),
     ExportOptions(ExportFormat.PDF, layout=Layout.COMPACT)),
    (QT_TRANSLATE_NOOP("Exchange", "Route list by postal code and city (PDF)"),
     ExportOptions(ExportFormat.PDF, layout=Layout.LIST)),
    (QT_TRANSLATE_NOOP("Exchange", "Route list by time of the visit (PDF)"),
     ExportOptions(ExportFormat.PDF, layout=Layout.LIST, route_order=RouteOrder.TIME)),
    (QT_TRANSLATE_NOOP("Exchange", "Spreadsheet (CSV)"), ExportOptions(ExportFormat.CSV)),
    (QT_TRANSLATE_NOOP("Exchange", "Address book, vCard 3.0"), ExportOptions(ExportFormat.VCARD)),
    (QT_TRANSLATE_NOOP("Exchange", "Address book, vCard 4.0"),
     ExportOptions(ExportFormat.VCARD, vcard_version="4.0")),
    (QT_TRANSLATE_NOOP("Exchange", "Follow-ups as calendar to-dos (iCalendar)"),
     ExportOptions(ExportFormat.ICS)),
    (QT_TRANSLATE_NOOP("Exchange", "Follow-ups as calendar events (iCalendar)"),
     ExportOptions(ExportFormat.ICS, calendar_entry=CalendarEntry.EVENT)),
)


class ExportDialog(QDialog):
    """Scopes are (label, customer ids) pairs: the selection, the filtered list, everyone.

    For contact sheets of a day's visits, `visit` names the days and only PDFs are offered.
    """

    def __init__(self, scopes: Sequence[tuple[str, list[int]]], folder: Path, jobs: JobRunner,
                 parent: QWidget | None = None, *, visit: Visit | None = None,
                 sheets_only: bool = False) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.job: Job | None = None  # the export, while it runs
        self.visit = visit
        self.scope_labels = [label for label, _ids in scopes]
        self.setWindowTitle(tr("Export"))
        self.setMinimumWidth(620)
        self.result_text = ""
        self.written_path: Path | None = None
        self.folder = folder
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(tr("Export as"))
        for label, options in CHOICES:
            if options.format is ExportFormat.PDF or not sheets_only:
                self.format_box.addItem(tr(label), options)
        self.scope_box = QComboBox()
        self.scope_box.setAccessibleName(tr("Which customers"))
        for label, ids in scopes:
            self.scope_box.addItem(tr("%1 (%2)").replace("%1", label).replace(
                "%2", str(len(ids))), ids)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(tr("File to write"))
        browse = QPushButton(tr("C&hoose..."))
        browse.setAccessibleName(tr("Choose the file"))
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Export:"), self.format_box)
        form.addRow(tr("&Customers:"), self.scope_box)
        file_label = QLabel(tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(tr("E&xport"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_export)
        save_on_ctrl_enter(self, self.export_button)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self._suggest_path)
        self.suggested = ""
        self._suggest_path()

    def options(self) -> ExportOptions:
        return self.format_box.currentData()

    def _suggest_path(self) -> None:
        """A name for each kind of file (the day's sheets and its route list do not write over
        each other); a name the user gave keeps its stem."""
        options = self.options()
        current = self.path_edit.text().strip()
        if current and current != self.suggested:
            self.path_edit.setText(str(Path(current).with_suffix(SUFFIXES[options.format])))
            return
        name = f"visits-{self.visit.first.isoformat()}" if self.visit else "loyaltydesk"
        if options.format is ExportFormat.PDF and options.layout is Layout.LIST:
            name = f"route-{self.visit.first.isoformat()}" if self.visit else "loyaltydesk-route"
        elif options.format is ExportFormat.PDF and options.layout is Layout.COMPACT:
            name += "-compact"
        base = Path(current).parent if current else self.folder
        self.suggested = str(base / f"{name}{SUFFIXES[options.format]}")
        self.path_edit.setText(self.suggested)

    def choose_file(self) -> None:
        suffix = SUFFIXES[self.options().format]
        name, _ = QFileDialog.getSaveFileName(self, tr("Export to"), self.path_edit.text(),
                                              f"*{suffix}")
        if name:
            self.path_edit.setText(name)

    def run_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(tr("Choose a file to write."))
            return
        if self.job is not None:
            return
        path, options = Path(text), self.options()
        ids: list[int] = self.scope_box.currentData() or []
        if options.format is ExportFormat.PDF:  # the header names the days and who
            options = replace(options, visit=self.visit,
                              subtitle=self.scope_labels[self.scope_box.currentIndex()])
        self.export_button.setEnabled(False)
        self.job = self.jobs.start(lambda progress: export_from_window(path, ids, options,
                                                                              progress),
                                   label=tr("Exporting..."), owner=self,
                                   error_text=tr("No file was written: %1"))
        self.job.succeeded.connect(lambda result: self._exported(result, options))
        self.job.cancelled.connect(lambda: self.status.setText(
            tr("Export cancelled: no file was written.")))
        self.job.ended.connect(self._job_ended)

    def _job_ended(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)

    def _exported(self, result, options: ExportOptions) -> None:
        self.result_text = result.describe(options.format, service_words("ExportResult"))
        self.written_path = result.path
        self.accept()

    def reject(self) -> None:
        """Escape or Cancel while exporting stops the export (no file is written)."""
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()
