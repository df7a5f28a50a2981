"""Table models of the Today view: due follow-ups, and customers losing touch or unplanned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from loyaltydesk.built_in import shown
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.customer_list import CustomerRow
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.followups.formatting import (
    channel_label,
    day_text,
    kind_label,
    late_text,
    time_text,
    tr,
    when_text,
)
from loyaltydesk.ui.followups.look import gap_label, overdue_color
from loyaltydesk.ui.local_time import local
from loyaltydesk.ui.widgets.marks import gap_icon, gap_text_color, money_text
from loyaltydesk.ui.words import stage_label

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        for number, entry in enumerate(self._rows):
            if self.id_of(entry) == item_id:
                return number
        return -1

    def id_of(self, entry: Any) -> int:
        raise NotImplementedError


class FollowUpTableModel(_Table):
    """Open follow-ups with the keep-in-touch state of their customer."""

    HEADERS = (QT_TRANSLATE_NOOP("followups", "When"),  # kind and channel: tooltip
               QT_TRANSLATE_NOOP("followups", "Customer"),
               QT_TRANSLATE_NOOP("followups", "Follow-up"),
               QT_TRANSLATE_NOOP("followups", "In touch"))
    POINT = (1, 2)  # the columns a row is about: they must read whole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gaps: dict[int, GapState] = {}

    def set_rows(self, rows: Sequence[FollowUpRow], gaps: dict[int, GapState]) -> None:
        self.beginResetModel()
        self._rows, self._gaps = list(rows), dict(gaps)
        self.endResetModel()

    def followup_at(self, row: int) -> FollowUpRow | None:
        return self.row_at(row)

    def id_of(self, entry: FollowUpRow) -> int:
        return entry.id

    def _display(self, f: FollowUpRow, column: int) -> str:
        gap = self._gaps.get(f.customer_id)
        if column == 0:  # the day itself is in the tooltip
            return late_text(f.remind_at) or time_text(f.remind_at)
        return (f.customer_name, shown(f.title), gap_label(gap))[column - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        f = self.followup_at(index.row()) if index.isValid() else None
        if f is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(f, column)
        if role == ID_ROLE:
            return f.id
        if role == Qt.ItemDataRole.ToolTipRole:
            how = f"{kind_label(f.kind)} · {channel_label(f.channel)}" if f.channel \
                else kind_label(f.kind)
            return "\n".join(x for x in (when_text(f.remind_at), how, shown(f.title),
                                         shown(f.script)) if x)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 0 and late_text(f.remind_at):
                return overdue_color()
            if column == 3:
                return gap_text_color(self._gaps.get(f.customer_id))
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return gap_icon(self._gaps.get(f.customer_id))
        return None


@dataclass(frozen=True)
class CustomerLine:
    customer: CustomerRow
    gap: GapState | None


class CustomerTableModel(_Table):
    """Customers with their keep-in-touch state, stage, last contact and value."""

    HEADERS = (QT_TRANSLATE_NOOP("followups", "In touch"),  # the stage: tooltip
               QT_TRANSLATE_NOOP("followups", "Customer"),
               QT_TRANSLATE_NOOP("followups", "Last contact"),
               QT_TRANSLATE_NOOP("followups", "Value"))
    POINT = (1, 3)

    def set_rows(self, rows: Sequence[CustomerLine]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def line_at(self, row: int) -> CustomerLine | None:
        return self.row_at(row)

    def id_of(self, entry: CustomerLine) -> int:
        return entry.customer.id

    def _display(self, line: CustomerLine, column: int) -> str:
        c = line.customer
        last = day_text(local(c.last_contact_at).date()) if c.last_contact_at else tr("never")
        return (gap_label(line.gap), c.display_name, last, money_text(c.ltv_cents))[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(line, column)
        if role == ID_ROLE:
            return line.customer.id
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return gap_text_color(line.gap)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return gap_icon(line.gap)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Value over the last three years") if column == 3 \
                else stage_label(Stage(line.customer.stage))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
