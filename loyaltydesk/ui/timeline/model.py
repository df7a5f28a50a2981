"""The timeline entries of one customer as a Qt list model, with a kind and text filter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from loyaltydesk.built_in import shown
from loyaltydesk.services.timeline import EntryKind, TimelineEntry
from loyaltydesk.ui.timeline import kinds

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# Entries whose words the app wrote (a contact's summary or a testimonial is the user's own).
_APP_WORDS = (EntryKind.STAGE, EntryKind.FOLLOWUP, EntryKind.SURVEY, EntryKind.PURCHASE,
              EntryKind.REFERRAL)


def in_readers_words(entry: TimelineEntry) -> TimelineEntry:
    """The entry with the app's own stored words in the reader's language."""
    if entry.kind not in _APP_WORDS:
        return entry
    return replace(entry, title=shown(entry.title), detail=shown(entry.detail),
                   folded=tuple(in_readers_words(e) for e in entry.folded))


class TimelineModel(QAbstractListModel):
    """Newest first, exactly as services.timeline returns them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = [in_readers_words(e) for e in entries]
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def expand(self, row: int) -> bool:
        """Open a folded line: the entries it stands for take its place."""
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        if entry is None or not entry.folded:
            return False
        self.beginResetModel()
        self._entries[row:row + 1] = list(entry.folded)
        self.endResetModel()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if entry.folded and role in (Qt.ItemDataRole.DisplayRole,
                                     Qt.ItemDataRole.AccessibleTextRole,
                                     Qt.ItemDataRole.ToolTipRole):
            return kinds.folded_text(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.StatusTipRole):
            return kinds.describe(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return kinds.plain_tooltip(kinds.describe(entry))
        if role == Qt.ItemDataRole.DecorationRole:
            return kinds.kind_icon(entry)
        if role == ENTRY_ROLE:
            return entry
        if role == KIND_ROLE:
            return entry.kind.value
        return None


class TimelineFilter(QSortFilterProxyModel):
    """Shows one kind of entry, or all; and entries whose words contain the typed text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind: EntryKind | None = None
        self._text = ""

    def set_kind(self, kind: EntryKind | None) -> None:
        self._refilter(lambda: setattr(self, "_kind", kind))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def _refilter(self, change) -> None:
        # Qt 6.9 replaced invalidateFilter() by a begin/end pair; older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # Qt's API
        entry: TimelineEntry = self.sourceModel().index(row, 0, parent).data(ENTRY_ROLE)
        if self._kind is not None and entry.kind is not self._kind:
            return False
        if self._text:
            words = f"{entry.title}\n{entry.detail}\n{kinds.status_text(entry)}".casefold()
            return self._text in words
        return True
