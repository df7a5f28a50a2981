"""Creating or joining the team's book, and reviewing the conflicts two laptops left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services.team import sync
from loyaltydesk.services.team.server import remember_password, safe_url, with_password
from loyaltydesk.ui.jobs import Job, JobRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("TeamDialogs", text)


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class TeamBookDialog(QDialog):
    """Make an empty PostgreSQL database the team's book, or join one (on the job runner)."""

    outcome = Signal(str)  # what happened, in a line

    def __init__(self, jobs: JobRunner, *, joining: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs, self.joining = jobs, joining
        self.job: Job | None = None
        self.setWindowTitle(tr("Join a Team's Book") if joining else tr("Create a Team's Book"))
        self.setMinimumWidth(560)
        intro = _plain(tr(
            "Connect this laptop to the team's book on your PostgreSQL server. This book stays "
            "here as the working copy and syncs whenever the server answers.") if joining
            else tr("Make an empty PostgreSQL database the team's book and upload this book "
                    "into it. Each account manager then joins it from their own laptop."))
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://clara@office.example:5432/book")
        self.url.setAccessibleName(tr("Server address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        self.password.setPlaceholderText(tr("empty: from the keyring, PGPASSWORD or ~/.pgpass"))
        self.remember = QCheckBox(tr("&Remember the password in the system keyring"))
        self.remember.setChecked(True)
        self.merge = QCheckBox(tr("&Add this book's customers to the team's book"))
        self.merge.setVisible(joining)
        self.status = _plain()
        form = QFormLayout()
        form.addRow(tr("&Server:"), self.url)
        form.addRow(tr("&Password:"), self.password)
        form.addRow(self.remember)
        form.addRow(self.merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(tr("&Join") if joining else tr("&Create"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.run)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def run(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.status.setText(tr("Type the server's address, like the example."))
            self.url.setFocus()
            return
        if self.job is not None:
            return
        password = self.password.text()
        if password and self.remember.isChecked() and not remember_password(url, password):
            self.status.setText(tr("No system keyring here: the password is used this once; "
                                   "keep it in ~/.pgpass for the syncs to come."))
        full = with_password(url, password)
        merge = self.merge.isChecked()
        work = (lambda progress: sync.join_team(full, merge=merge)) if self.joining \
            else (lambda progress: sync.create_team(full))
        self.go.setEnabled(False)
        self.status.setText(tr("Connecting to %1…").replace("%1", safe_url(url)))
        self.job = self.jobs.start(work, error_text=None)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._ended)

    def _succeeded(self, result: sync.SyncResult) -> None:
        if self.joining:
            text = tr("Joined the team's book: %1 records received").replace(
                "%1", str(result.received))
        else:
            text = tr("The team's book is ready: %1 records sent").replace("%1", str(result.sent))
        self.outcome.emit(text)
        self.accept()

    def _failed(self, text: str) -> None:
        self.status.setText(text)

    def _ended(self) -> None:
        self.job = None
        self.go.setEnabled(True)


class ConflictsDialog(QDialog):
    """Each field two laptops changed differently: keep the other value, or close it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sync Conflicts"))
        self.resize(820, 420)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Found"), tr("What"), tr("Field"),
                                              tr("Kept"), tr("Other value")])
        self.table.setAccessibleName(tr("Sync conflicts"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = _plain(tr("No conflicts: every laptop's edits merged."))
        self.swap_button = QPushButton(tr("&Keep the Other Value"))
        self.swap_button.setToolTip(tr("The value that lost becomes the one kept, "
                                       "and is sent at the next sync"))
        self.dismiss_button = QPushButton(tr("Keep &This One"))
        self.swap_button.clicked.connect(lambda: self._settle(sync.swap))
        self.dismiss_button.clicked.connect(lambda: self._settle(sync.dismiss))
        row = QHBoxLayout()
        row.addWidget(self.swap_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        found = sync.conflicts()
        self.conflict_ids = [c.id for c in found]
        self.table.setRowCount(len(found))
        for row, c in enumerate(found):
            for column, value in enumerate((c.found_at.replace("T", " ")[:16],
                                            _what(c.table), c.field, c.kept, c.other)):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setToolTip(item.text())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not found)
        self.table.setVisible(bool(found))
        for button in (self.swap_button, self.dismiss_button):
            button.setEnabled(bool(found))
        if found:
            self.table.selectRow(0)

    def _settle(self, how) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.conflict_ids):
            how(self.conflict_ids[row])
            self.reload()
            self.changed.emit()


def _what(table: str) -> str:
    return {"customer": tr("Customer"), "purchase": tr("Purchase"),
            "follow_up": tr("Follow-up"), "interaction": tr("Contact")}.get(table, table)
