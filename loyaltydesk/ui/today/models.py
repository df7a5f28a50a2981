"""Table models of the Today view: due follow-ups, and customers losing touch or unplanned."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from loyaltydesk.built_in import shown
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.services.today import PAGE, CustomerLine, DueLine
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
TEXT_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole))
TOOLTIP, FOREGROUND = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole
DECORATION, ALIGNMENT = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.TextAlignmentRole
MoreIds = Callable[[int], list[int]]  # the first n ids of the list
ReadLines = Callable[[Sequence[int]], Mapping[int, Any]]  # their lines, by id

__all__ = ["CustomerLine", "CustomerTableModel", "FollowUpTableModel"]


@dataclass(frozen=True, slots=True)
class Cells:
    """What one row shows: its texts and tooltips by column, and the state behind its marks."""

    id: int
    texts: tuple[str, ...]
    tips: tuple[str, ...]
    gap: GapState | None
    late: bool = False


class _Table(QAbstractTableModel):
    """A list of ids, a page of them at first; each row's text is read with its page's, when
    the view first asks for it (a screenful, not the whole list)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._lines: dict[int, Any] = {}
        self._total = 0  # how long the list may grow when scrolled
        self._more: MoreIds = _no_more
        self._read: ReadLines = _nothing
        self._shown: dict[int, Cells] = {}  # what a row shows, worked out once
        self._resetting = False

    def show_list(self, ids: Sequence[int], lines: Mapping[int, Any], total: int,
                  more: MoreIds, read: ReadLines) -> None:
        """One reset: the first ids, the lines known already, and how to read more."""
        self._resetting = True  # the views ask for more while they take in the reset
        self.beginResetModel()
        self._ids, self._lines, self._shown = list(ids), dict(lines), {}
        self._total, self._more, self._read = max(total, len(self._ids)), more, read
        self.endResetModel()
        self._resetting = False

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index = ROOT) -> bool:  # Qt's name
        return not parent.isValid() and not self._resetting and len(self._ids) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:  # Qt's name
        if not self.canFetchMore(parent):
            return
        known = set(self._ids)
        new = [i for i in self._more(len(self._ids) + PAGE) if i not in known]
        if not new:  # the count was ahead of the rows: nothing more to scroll to
            self._total = len(self._ids)
            return
        self.beginInsertRows(ROOT, len(self._ids), len(self._ids) + len(new) - 1)
        self._ids.extend(new)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> Any:
        item_id = self.id_at(row)
        if item_id is None:
            return None
        if item_id not in self._lines:
            first = row - row % PAGE
            self._lines.update(self._read([i for i in self._ids[first:first + PAGE]
                                           if i not in self._lines]))
        return self._entry(self._lines.get(item_id))

    def _entry(self, line: Any) -> Any:
        return line

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cells = self._cells_at(index.row()) if index.isValid() else None
        if cells is None:
            return None
        if role in TEXT_ROLES:
            return cells.texts[index.column()]
        if role == ID_ROLE:
            return cells.id
        if role == TOOLTIP:
            return cells.tips[index.column()]
        return self._look(cells, index.column(), role)

    def _cells_at(self, row: int) -> Cells | None:
        item_id = self.id_at(row)
        if item_id is None:
            return None
        cells = self._shown.get(item_id)
        if cells is None:
            if self.row_at(row) is None:
                return None
            cells = self._shown[item_id] = self._cells(self._lines[item_id])
        return cells

    def _cells(self, line: Any) -> Cells:
        raise NotImplementedError

    def _look(self, cells: Cells, column: int, role: int) -> Any:
        """The roles that follow the palette: worked out as they are asked."""
        raise NotImplementedError

    def row_of(self, item_id: int) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1


def _no_more(_count: int) -> list[int]:
    return []


def _nothing(_ids: Sequence[int]) -> dict[int, Any]:
    return {}


class FollowUpTableModel(_Table):
    """Open follow-ups with the keep-in-touch state of their customer."""

    HEADERS = (QT_TRANSLATE_NOOP("followups", "When"),  # kind and channel: tooltip
               QT_TRANSLATE_NOOP("followups", "Customer"),
               QT_TRANSLATE_NOOP("followups", "Follow-up"),
               QT_TRANSLATE_NOOP("followups", "In touch"))
    POINT = (1, 2)  # the columns a row is about: they must read whole

    def followup_at(self, row: int) -> FollowUpRow | None:
        return self.row_at(row)

    def _entry(self, line: DueLine | None) -> FollowUpRow | None:
        return None if line is None else line.followup

    def _cells(self, line: DueLine) -> Cells:
        f, gap = line.followup, line.gap
        late = late_text(f.remind_at)
        how = f"{kind_label(f.kind)} · {channel_label(f.channel)}" if f.channel \
            else kind_label(f.kind)
        tip = "\n".join(x for x in (when_text(f.remind_at), how, shown(f.title),
                                    shown(f.script)) if x)
        texts = (late or time_text(f.remind_at), f.customer_name, shown(f.title), gap_label(gap))
        return Cells(f.id, texts, (tip,) * 4, gap, bool(late))

    def _look(self, cells: Cells, column: int, role: int) -> Any:
        if role == FOREGROUND:
            if column == 0 and cells.late:
                return overdue_color()
            if column == 3:
                return gap_text_color(cells.gap)
        if role == DECORATION and column == 3:
            return gap_icon(cells.gap)
        return None


class CustomerTableModel(_Table):
    """Customers with their keep-in-touch state, stage, last contact and value."""

    HEADERS = (QT_TRANSLATE_NOOP("followups", "In touch"),  # the stage: tooltip
               QT_TRANSLATE_NOOP("followups", "Customer"),
               QT_TRANSLATE_NOOP("followups", "Last contact"),
               QT_TRANSLATE_NOOP("followups", "Value"))
    POINT = (1, 3)

    def line_at(self, row: int) -> CustomerLine | None:
        return self.row_at(row)

    def _cells(self, line: CustomerLine) -> Cells:
        c = line.customer
        last = day_text(local(c.last_contact_at).date()) if c.last_contact_at else tr("never")
        stage = stage_label(Stage(c.stage))
        return Cells(c.id, (gap_label(line.gap), c.display_name, last, money_text(c.ltv_cents)),
                     (stage, stage, stage, tr("Value over the last three years")), line.gap)

    def _look(self, cells: Cells, column: int, role: int) -> Any:
        if column == 0 and role == FOREGROUND:
            return gap_text_color(cells.gap)
        if column == 0 and role == DECORATION:
            return gap_icon(cells.gap)
        if column == 3 and role == ALIGNMENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
