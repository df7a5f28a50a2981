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


# Rows the list holds at first, and adds each time it is scrolled to its end: a customer with
# a long history opens as fast as one with a short one, and the rest follows as it is read.
PAGE = 100


class TimelineModel(QAbstractListModel):
    """Newest first, exactly as services.timeline returns them, a page at a time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []  # as stored; in the reader's words on use
        self._words: dict[int, TimelineEntry] = {}
        self._shown = 0

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries, self._words = list(entries), {}
        self._shown = min(len(self._entries), PAGE)
        self.endResetModel()

    def _entry(self, row: int) -> TimelineEntry:
        found = self._words.get(row)
        if found is None:
            found = self._words[row] = in_readers_words(self._entries[row])
        return found

    def entries(self) -> list[TimelineEntry]:
        """Every entry, the ones not listed yet too, in the reader's words."""
        return [self._entry(row) for row in range(len(self._entries))]

    def total(self) -> int:
        """How many entries there are, listed or not yet."""
        return len(self._entries)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        return not parent.isValid() and self._shown < len(self._entries)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's API
        more = min(len(self._entries), self._shown + PAGE)
        if parent.isValid() or more <= self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, more - 1)
        self._shown = more
        self.endInsertRows()

    def fetch_all(self) -> None:
        """List every entry (a search, a filter, End: they concern the whole history)."""
        if self._shown < len(self._entries):
            self.beginInsertRows(QModelIndex(), self._shown, len(self._entries) - 1)
            self._shown = len(self._entries)
            self.endInsertRows()

    def expand(self, row: int) -> bool:
        """Open a folded line: the entries it stands for take its place."""
        entry = self._entries[row] if 0 <= row < self._shown else None
        if entry is None or not entry.folded:
            return False
        self.beginResetModel()
        self._entries[row:row + 1] = list(entry.folded)
        self._words = {}
        self._shown += len(entry.folded) - 1
        self.endResetModel()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        entry = self._entry(index.row())
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

    def is_filtering(self) -> bool:
        return self._kind is not None or bool(self._text)

    def _refilter(self, set_filter) -> None:
        def change() -> None:
            set_filter()
            source = self.sourceModel()
            if self.is_filtering() and isinstance(source, TimelineModel):
                source.fetch_all()  # a search looks through the whole history

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
