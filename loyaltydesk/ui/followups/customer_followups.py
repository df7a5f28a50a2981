"""One customer's follow-ups: edit, move, drop (undoably) or do them, and trace each one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.built_in import shown
from loyaltydesk.clock import now
from loyaltydesk.services import followups
from loyaltydesk.services.customers import get_customer
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.followups.actions import FollowUpActions
from loyaltydesk.ui.followups.formatting import channel_label, kind_label, tr, when_text
from loyaltydesk.ui.followups.look import overdue_color
from loyaltydesk.ui.followups.reloader import Reloader
from loyaltydesk.ui.followups.small_dialogs import EditDialog
from loyaltydesk.ui.widgets.action_row import ActionRow
from loyaltydesk.ui.widgets.actions import view_action
from loyaltydesk.ui.widgets.table_width import comfortable_width

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
STATUS = {"open": "Planned", "done": "Done", "skipped": "Skipped"}
ACTION_LABELS = {"scheduled": "Scheduled", "raised": "Reminder raised", "snoozed": "Snoozed until",
                 "rescheduled": "Moved to", "done": "Done", "skipped": "Skipped",
                 "dropped": "Dropped", "restored": "Restored"}


def _happened(action: str, detail: str) -> str:
    """'Snoozed until Tomorrow 09:00', 'Done: All good', 'Reminder raised'."""
    label = tr(ACTION_LABELS.get(action, action.capitalize()))
    if action in ("snoozed", "rescheduled") and detail:
        return f"{label} {when_text(datetime.fromisoformat(detail))}"
    return f"{label}: {shown(detail)}" if detail else label


class CustomerFollowUpsModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("followups", "When"), QT_TRANSLATE_NOOP("followups", "Follow-up"),
               QT_TRANSLATE_NOOP("followups", "Kind"), QT_TRANSLATE_NOOP("followups", "Channel"),
               QT_TRANSLATE_NOOP("followups", "Status"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUpRow] = []

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        f = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (when_text(f.remind_at), shown(f.title), kind_label(f.kind),
                    channel_label(f.channel), tr(STATUS[f.status.value]))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.outcome or f.script or None
        if role == Qt.ItemDataRole.ForegroundRole and f.status == "open" \
                and f.remind_at < now():
            return overdue_color()
        return None


class CustomerFollowUpsDialog(QDialog):
    """Every follow-up of one customer, planned and past, with what happened to each."""

    def __init__(self, customer_id: int, open_customer: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        name = get_customer(customer_id).display_name
        self.setWindowTitle(tr("Follow-ups of %1").replace("%1", name))
        self.model = CustomerFollowUpsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Follow-ups"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history = QListWidget()
        self.history.setAccessibleName(tr("What happened to this follow-up"))
        self.followup_actions = FollowUpActions(self, self.current, open_customer, self._say)
        self.edit = self._action(tr("&Edit…"), "E", self.edit_current)
        self.drop = self._action(tr("Dro&p"), QKeySequence.StandardKey.Delete, self.drop_current)
        self.undo = self._action(tr("&Undo drop"), QKeySequence.StandardKey.Undo, self.undo_drop)
        self.undo.setEnabled(False)
        self._dropped: int | None = None
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self._build()
        self.table.selectionModel().currentChanged.connect(self._chosen)
        self.reloader = Reloader(self, self.reload)
        self.reload()
        # as wide as the titles need (large fonts, French), within the window it opens over
        over = parent.window() if parent is not None else None
        room = (over.width() if over is not None else
                self.screen().availableGeometry().width()) - 40
        self.resize(max(820, min(comfortable_width(self.table) + 40, room)), 520)

    def _action(self, text: str, key, slot) -> QAction:
        return view_action(self, text, key, slot)

    def _build(self) -> None:
        bar = ActionRow(tr("Follow-up actions"))  # wraps rather than hide an action
        bar.add_actions(self.followup_actions.actions[:-1] + [self.edit, self.drop, self.undo])
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("&History"))
        label.setBuddy(self.history)
        history_layout.addWidget(label)
        history_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(history)
        splitter.setSizes([340, 140])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (bar, splitter, self.message, buttons):
            layout.addWidget(widget, 1 if widget is splitter else 0)

    def current(self) -> FollowUpRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _chosen(self, *_args) -> None:
        self.followup_actions.update_enabled()
        row = self.current()
        self.edit.setEnabled(row is not None and row.status == "open")
        self.drop.setEnabled(row is not None)
        self.history.clear()
        if row is not None:
            for at, action, detail in followups.history_of(row.id):
                self.history.addItem(f"{when_text(at)}  {_happened(action, detail)}")

    def reload(self) -> None:
        chosen = self.current()
        self.model.set_rows(followups.followups_of(self.customer_id))
        ids = [f.id for f in self.model.rows]
        if self.model.rows:
            row = ids.index(chosen.id) if chosen and chosen.id in ids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._chosen()

    def edit_current(self) -> None:
        row = self.current()
        if row is not None and row.status == "open":
            self.followup_actions.show_dialog(EditDialog(row, self))

    def drop_current(self) -> None:
        row = self.current()
        if row is None:
            return
        followups.drop_followup(row.id)
        self._dropped = row.id
        self.undo.setEnabled(True)
        key = self.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self._say(tr("Dropped “%1”: undo with %2").replace("%1", shown(row.title))
                  .replace("%2", key))

    def undo_drop(self) -> None:
        if self._dropped is not None:
            followups.restore_followup(self._dropped)
            self._dropped = None
            self.undo.setEnabled(False)
            self._say(tr("Brought back"))
