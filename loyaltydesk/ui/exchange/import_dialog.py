"""File > Import: a preview of what will be added or merged, then one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk import formats
from loyaltydesk.exchange.importer import (
    FORMAT_LABELS,
    ImportFormat,
    ImportOptions,
    ImportPreview,
    apply_import,
    preview_import,
    remap,
)
from loyaltydesk.exchange.textio import ENCODING_LABELS
from loyaltydesk.services.imports import Action
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.exchange.column_mapping import ColumnMapping
from loyaltydesk.ui.exchange.preview_model import PreviewModel, tr
from loyaltydesk.ui.jobs import Job, JobRunner, Work
from loyaltydesk.ui.widgets.wrapped_list import wrap_lines
from loyaltydesk.ui.words import service_words

AUTOMATIC = ""
FIT_ROWS = 100  # the rows the columns' widths are fitted to


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file contents are never HTML
    label.setWordWrap(True)
    return label


class ImportDialog(QDialog):
    """Shows what a file would change; Import applies it all or nothing."""

    imported = Signal(str)  # the summary, once the data changed
    read_ended = Signal()  # the file was read (or could not be), its preview shown

    def __init__(self, path: Path, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.jobs = jobs
        self.job: Job | None = None  # the import, while it runs
        self.reading: Job | None = None  # reading the file, while it runs
        self.preview: ImportPreview | None = None
        self.summary = ""
        self.setWindowTitle(tr("Import %1").replace("%1", path.name))
        room = self.screen().availableGeometry()  # the rows' emails need the width
        self.resize(min(1240, room.width() - 60), min(680, room.height() - 60))
        self._build()
        self.reload()

    def _build(self) -> None:
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(tr("What the file holds"))
        self.format_box.addItem(tr("Guess from the file"), AUTOMATIC)
        for fmt, label in FORMAT_LABELS.items():
            self.format_box.addItem(tr(label), fmt.value)
        self.encoding_box = QComboBox()
        self.encoding_box.setAccessibleName(tr("Text encoding"))
        self.encoding_box.addItem(tr("Guess from the file"), AUTOMATIC)
        for codec, label in ENCODING_LABELS.items():
            self.encoding_box.addItem(tr(label), codec)
        self.duplicates_box = QComboBox()
        self.duplicates_box.setAccessibleName(tr("Duplicates"))
        for action, label in (
                (Action.MERGE, QT_TRANSLATE_NOOP("Exchange", "Merge into the customer we have")),
                (Action.SKIP, QT_TRANSLATE_NOOP("Exchange", "Leave out")),
                (Action.ADD, QT_TRANSLATE_NOOP("Exchange", "Add as new"))):
            self.duplicates_box.addItem(tr(label), action.value)
        self.add_missing = QCheckBox(tr("Add customers that no line matches"))
        self.status = _plain_label()
        self.status.setAccessibleName(tr("Import status"))
        form = QFormLayout()
        form.addRow(tr("File:"), _plain_label(str(self.path)))
        form.addRow(tr("&Holds:"), self.format_box)
        form.addRow(tr("&Encoding:"), self.encoding_box)
        form.addRow(tr("&Duplicates:"), self.duplicates_box)
        form.addRow("", self.add_missing)
        for box in (self.format_box, self.encoding_box, self.duplicates_box):
            box.currentIndexChanged.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self._tables(), 1)
        layout.addLayout(self._row_buttons())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(tr("Import"))
        self.buttons.accepted.connect(self.run_import)
        from loyaltydesk.ui.widgets.ctrl_enter import save_on_ctrl_enter  # beside its use
        save_on_ctrl_enter(self, self.import_button)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _tables(self) -> QWidget:
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("What will be imported"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        # columns fit the first rows, not all of them: thousands of rows took the window's
        # thread most of a second each time the file was read
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        # once the table has settled: the rows read after the dialog shows bring their
        # vertical scroll bar a moment later, and the widths must fit what is left
        self.table.horizontalScrollBar().rangeChanged.connect(
            lambda *_: QTimer.singleShot(0, self, self._fit_rows))
        self.mapping = ColumnMapping()
        self.mapping.mapping_changed.connect(self._remap)
        self.notes = wrap_lines(QListWidget())
        self.notes.setAccessibleName(tr("Notes about the file"))
        self.problems = wrap_lines(QListWidget())
        self.problems.setAccessibleName(tr("Contacts that cannot be read"))
        # the rows across the whole width; what cannot be read, which column fills what, and
        # notes, below
        splitter = QSplitter(Qt.Orientation.Vertical)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.mapping)
        bottom.addWidget(self.notes)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problems)
        splitter.addWidget(bottom)
        splitter.setSizes([330, 70, 200])
        bottom.setSizes([900, 340])  # the mapping's three columns read whole at large fonts
        return splitter

    def _row_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.row_buttons: dict[Action, QPushButton] = {}
        for text, action, keys in (
                (QT_TRANSLATE_NOOP("Exchange", "&Merge selected"), Action.MERGE, "Ctrl+M"),
                (QT_TRANSLATE_NOOP("Exchange", "&Add selected as new"), Action.ADD, "Ctrl+N"),
                (QT_TRANSLATE_NOOP("Exchange", "&Leave selected out"), Action.SKIP, "Del")):
            button = QPushButton(tr(text))
            button.setAccessibleName(tr(text).replace("&", ""))
            button.setShortcut(QKeySequence(keys))
            button.clicked.connect(lambda _=False, a=action: self.set_selected(a))
            row.addWidget(button)
            self.row_buttons[action] = button
        row.addStretch(1)
        return row

    def options(self) -> ImportOptions:
        fmt = self.format_box.currentData()
        return ImportOptions(format=ImportFormat(fmt) if fmt else None,
                             encoding=self.encoding_box.currentData() or None,
                             on_duplicate=Action(self.duplicates_box.currentData()),
                             allow_unmapped=True)

    def reload(self) -> None:
        """Read the file again with the options shown, on the job runner."""
        path, options = self.path, self.options()
        self._read(lambda progress: preview_import(path, options, progress))

    def _remap(self) -> None:
        if self.preview is None or self.preview.csv is None:
            return
        preview, mapping = self.preview, self.mapping.mapping()
        action = Action(self.duplicates_box.currentData())
        self._read(lambda progress: remap(preview, mapping, action, progress),
                   keep_mapping=True)

    def _read(self, work: Work, keep_mapping: bool = False) -> None:
        """Read (or map again) off the window's thread, with progress and Cancel: a file of
        thousands of cards takes seconds. Only the latest read is shown."""
        if self.reading is not None:
            self.reading.cancel()
        self.import_button.setEnabled(False)
        self.status.setText(tr("Reading %1...").replace("%1", self.path.name))
        job = self.jobs.start(work, label=tr("Reading %1...").replace("%1", self.path.name),
                              owner=self, error_text=None)
        self.reading = job
        job.succeeded.connect(lambda preview: self._read_done(job, preview, "", keep_mapping))
        job.failed.connect(lambda text: self._read_done(job, None, text, keep_mapping))
        job.cancelled.connect(lambda: self._read_done(job, None, "", keep_mapping))

    def _read_done(self, job: Job, preview: ImportPreview | None, error: str,
                   keep_mapping: bool) -> None:
        if job is not self.reading:  # a newer read replaced it
            return
        self.reading = None
        self._show(preview, error, keep_mapping)
        if job.was_cancelled:
            self.status.setText(tr("Reading cancelled: nothing was changed."))
        self.read_ended.emit()

    def showEvent(self, event) -> None:  # Qt's name
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """The rows read across the width with no sideways scrolling: with large fonts the
        widest column gives up the few pixels too many (never below its title)."""
        header = self.table.horizontalHeader()
        excess = header.length() - self.table.viewport().width()
        if excess <= 0 or header.count() == 0 or not self.isVisible():
            return
        widest = max(range(header.count()), key=header.sectionSize)
        title = header.sectionSizeFromContents(widest).width()
        header.resizeSection(widest, max(header.sectionSize(widest) - excess, title))

    def _show(self, preview: ImportPreview | None, error: str = "",
              keep_mapping: bool = False) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        self._fit_rows()
        self.notes.clear()
        self.problems.clear()
        csv = preview.csv if preview is not None else None
        is_csv = csv is not None
        if csv is not None and not keep_mapping:
            self.mapping.set_columns(csv.table, csv.mapping)
        self.mapping.setVisible(is_csv)
        self.add_missing.setVisible(preview is not None and preview.purchases != [])
        if preview is None:
            self.status.setText(tr("This file cannot be imported: %1").replace("%1", error))
        else:
            self.notes.addItems(preview.notes)
            self.problems.addItems(preview.bad)
            self.status.setText(self._describe(preview))
        self.problems.setVisible(preview is not None and bool(preview.bad))
        self._name_import_button(preview)
        # an empty, unlabelled box said nothing: the notes show only when there are some
        self.notes.setVisible(self.notes.count() > 0)

    def _name_import_button(self, preview: ImportPreview | None) -> None:
        """'Import', or 'Import the N good contacts, skip M' when some cannot be read."""
        if preview is not None and preview.bad:
            good = len(preview.contacts)
            text = QCoreApplication.translate(
                "Exchange", "&Import the %n good contact(s), skip %1", "", good)
            # %n chose the plural; the count then reads as the locale groups it ("4,998")
            text = text.replace(str(good), formats.number(good), 1).replace(
                "%1", formats.number(len(preview.bad)))
        else:
            text = tr("&Import")
        self.import_button.setText(text)
        self.import_button.setAccessibleName(text.replace("&", ""))
        self.import_button.setEnabled(preview is not None and preview.count > 0)

    def _describe(self, preview: ImportPreview) -> str:
        head = tr("%1, read as %2.").replace("%1", tr(FORMAT_LABELS[preview.format])).replace(
            "%2", preview.encoding_label)
        if preview.format is ImportFormat.PURCHASES_CSV:
            missing = sum(1 for p in preview.purchases if p.customer_id is None)
            return f"{head} " + tr("%1 purchases; %2 name no customer we know.").replace(
                "%1", str(len(preview.purchases))).replace("%2", str(missing))
        counts = {a: sum(1 for c in preview.contacts if c.action is a) for a in Action}
        text = f"{head} " + tr("%1 to add, %2 duplicates to merge, %3 left out.").replace(
            "%1", formats.number(counts[Action.ADD])).replace(
            "%2", formats.number(counts[Action.MERGE])).replace(
            "%3", formats.number(counts[Action.SKIP]))
        if preview.bad:
            text += " " + tr("%1 cannot be read (listed below): import the others and skip "
                             "them, or fix the file; nothing changes until you choose.").replace(
                "%1", preview.bad_count_text())
        return text

    def set_selected(self, action: Action) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        self.model.set_action(rows, action)
        if self.preview is not None:
            self.status.setText(self._describe(self.preview))

    def run_import(self) -> None:
        """Import on the job runner; the dialog stays until it is done, then closes.

        Cards the preview listed as unreadable are left out: the button said so."""
        if self.preview is None or self.job is not None or self.reading is not None:
            return
        preview, add_missing = self.preview, self.add_missing.isChecked()
        self.import_button.setEnabled(False)
        self.job = self.jobs.start(
            lambda progress: apply_import(preview, add_missing, progress, skip_bad=True),
            label=tr("Importing %1...").replace("%1", self.path.name), owner=self,
            error_text=tr("Nothing was imported: %1"))
        self.job.succeeded.connect(self._imported)
        self.job.cancelled.connect(lambda: self.status.setText(
            tr("Import cancelled: nothing was changed.")))
        self.job.ended.connect(self._job_ended)

    def _job_ended(self) -> None:
        self.job = None
        self.import_button.setEnabled(self.preview is not None and self.preview.count > 0)

    def _imported(self, summary) -> None:
        self.summary = summary.describe(service_words("ImportSummary"))
        self.imported.emit(self.summary)
        self.accept()

    def reject(self) -> None:
        """Escape or Cancel while importing stops the import (nothing is changed); while
        reading, it stops the reading and closes."""
        if self.job is not None:
            self.job.cancel()
            return
        if self.reading is not None:
            self.reading.cancel()
            self.reading = None
        super().reject()
