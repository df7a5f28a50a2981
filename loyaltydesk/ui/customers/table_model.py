"""The customer list as a Qt table model that reads rows a window at a time."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from loyaltydesk.clock import now
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.customer_list import (
    CustomerFilter,
    CustomerRow,
    SortKey,
    count,
    first_page,
    matching_ids,
    rows,
)
from loyaltydesk.ui.customers.formatting import (
    day_text,
    gap_label,
    moment_text,
    plain_tooltip,
    stage_label,
    tr,
    warning_color,
)
from loyaltydesk.ui.local_time import today
from loyaltydesk.ui.widgets.marks import gap_icon, gap_text_color, money_text

Index = QModelIndex | QPersistentModelIndex
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class Column(IntEnum):
    """The columns, the ones that call for action (keep in touch, next step) early."""

    NAME = 0
    COMPANY = 1
    STAGE = 2
    RHYTHM = 3
    NEXT_FOLLOWUP = 4
    LAST_CONTACT = 5
    CITY = 6
    OWNER = 7
    PURCHASES = 8
    LTV = 9
    SCORE = 10


COLUMN_SORT: dict[Column, SortKey] = {
    Column.NAME: SortKey.NAME, Column.COMPANY: SortKey.COMPANY, Column.STAGE: SortKey.STAGE,
    Column.CITY: SortKey.CITY, Column.OWNER: SortKey.OWNER,
    Column.LAST_CONTACT: SortKey.LAST_CONTACT, Column.NEXT_FOLLOWUP: SortKey.NEXT_FOLLOWUP,
    Column.PURCHASES: SortKey.PURCHASES, Column.LTV: SortKey.LTV,
    Column.SCORE: SortKey.LAST_SCORE, Column.RHYTHM: SortKey.RHYTHM,
}

_NUMERIC = (Column.PURCHASES, Column.LTV, Column.SCORE)


@dataclass(frozen=True)
class Listing:
    """Which customers a filter shows: how many, the first of them in order, and how to read
    the rest when the view scrolls past them (None when `ids` holds them all)."""

    total: int
    ids: list[int]
    rest: Callable[[], list[int]] | None = None
    exact: bool = True  # False: `total` may be more than match (see first_page's estimate)


Reader = Callable[[CustomerFilter, SortKey, bool], Listing]


def read_listing(spec: CustomerFilter, sort: SortKey, descending: bool,
                 estimate: bool = False) -> Listing:
    """The first page at once (a keystroke's answer); every id only when the view needs it."""
    page = first_page(spec, sort, descending, estimate=estimate)
    if page.complete:
        return Listing(page.total, page.ids, exact=page.exact)
    return Listing(page.total, page.ids,
                   lambda: matching_ids(spec, sort, descending, expected=page.total),
                   exact=page.exact)


def read_listing_estimated(spec: CustomerFilter, sort: SortKey, descending: bool) -> Listing:
    """read_listing, with a count of everyone read at once (start-up's first paint)."""
    return read_listing(spec, sort, descending, estimate=True)


def column_titles() -> dict[Column, str]:
    return {
        Column.NAME: tr("Name"), Column.COMPANY: tr("Company"), Column.STAGE: tr("Stage"),
        Column.CITY: tr("City"), Column.OWNER: tr("Owner"),
        Column.LAST_CONTACT: tr("Last contact"), Column.NEXT_FOLLOWUP: tr("Next follow-up"),
        Column.PURCHASES: tr("Purchases"), Column.LTV: tr("LTV (3 years)"),
        Column.SCORE: tr("Last score"), Column.RHYTHM: tr("Keep in touch"),
    }


class CustomerTableModel(QAbstractTableModel):
    """All matching ids in order, but only the rows the view asks for, in cached blocks."""

    BLOCK = 100  # rows fetched together: a screenful and a bit
    MAX_BLOCKS = 30  # at most 3,000 rows kept

    def __init__(self, parent=None, read: Reader = read_listing,
                 estimate: Reader = read_listing_estimated) -> None:
        super().__init__(parent)
        self._read, self._estimate = read, estimate
        self._estimate_next = False  # see estimate_next_count
        self._estimated = False  # the row count may be more than match: see confirm_count
        self._total = 0
        self._ids: list[int] = []  # the first `_total` ids, or only the first page of them
        self._rest: Callable[[], list[int]] | None = None
        self._positions: dict[int, int] | None = None
        self._blocks: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._spec = CustomerFilter()
        self._sort = SortKey.NAME
        self._descending = False
        self._today = today()
        self._titles = column_titles()
        self._active = False  # no query until the first reload: start-up asks once

    # -- what is shown -------------------------------------------------------------------
    @property
    def spec(self) -> CustomerFilter:
        return self._spec

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, spec: CustomerFilter) -> None:
        self._spec = spec
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = COLUMN_SORT[Column(column)]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._active:
            self.reload()

    def sort_column(self) -> int:
        return next(c for c, key in COLUMN_SORT.items() if key is self._sort)

    def reload(self) -> None:
        """Ask again which customers match; keeps the view's selection when nothing moved."""
        self._active = True
        read = self._estimate if self._estimate_next else self._read
        self._estimate_next = False
        listing = read(self._spec, self._sort, self._descending)
        self._estimated = not listing.exact
        self._today = today()
        self._blocks.clear()
        if (listing.total, listing.ids) == (self._total, self._ids) and listing.rest is None \
                and self._rest is None:
            if self._total:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self._total - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self._total, self._ids, self._rest = listing.total, listing.ids, listing.rest
        self._positions = None
        self.endResetModel()

    def estimate_next_count(self) -> None:
        """Let the next load count everyone from the ends of two indexes (counting a big book
        takes longer than the rest of start-up's reads): confirm_count() follows it."""
        self._estimate_next = True

    def estimated(self) -> bool:
        return self._estimated

    def confirm_count(self) -> None:
        """After an estimated load, the count itself: rows past it go (rows of customers
        purged from the trash, which the estimate counted)."""
        if self._estimated:
            self.apply_count(count(self._spec))

    def apply_count(self, exact: int) -> bool:
        """The count of an estimated load, read elsewhere (a worker thread): False when a
        load since has counted itself (the count may be older than the list then)."""
        if not self._estimated:
            return False
        self._estimated = False
        if exact == self._total:
            return True
        if exact > self._total:  # only if written meanwhile: read it all again
            self.reload()
            return True
        self.beginRemoveRows(_ROOT, exact, self._total - 1)
        self._total = exact
        self._ids = self._ids[:exact]
        self._blocks.clear()
        self._positions = None
        self.endRemoveRows()
        return True

    # -- looking rows up ---------------------------------------------------------------------
    def _all_ids(self) -> list[int]:
        """Every id, reading past the first page the first time something needs it."""
        if self._rest is not None:
            # The row count stays as announced; a change meanwhile brings a reload anyway.
            self._ids, self._rest, self._positions = self._rest(), None, None
        return self._ids

    def customer_id(self, row: int) -> int | None:
        ids = self._ids if row < len(self._ids) else self._all_ids()
        return ids[row] if row < len(ids) else None

    def ids(self) -> list[int]:
        return list(self._all_ids())

    def row_of(self, customer_id: int, read_all: bool = True) -> int | None:
        """The customer's row; with `read_all` False, only among the ids read so far."""
        if self._positions is None:
            self._positions = {cid: i for i, cid in enumerate(self._ids)}
        found = self._positions.get(customer_id)
        if found is None and read_all and self._rest is not None:
            self._all_ids()
            return self.row_of(customer_id)
        return found

    def customer_row(self, row: int) -> CustomerRow | None:
        block = row // self.BLOCK
        cached = self._blocks.get(block)
        if cached is None:
            start = block * self.BLOCK
            ids = self._ids if start + self.BLOCK <= len(self._ids) else self._all_ids()
            wanted = ids[start:start + self.BLOCK]
            cached = rows(wanted)
            if len(cached) != min(self.BLOCK, self._total - start):
                cached = self._with_gaps(wanted, cached)
            self._blocks[block] = cached
            while len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        found = cached[row - block * self.BLOCK]
        return found if isinstance(found, CustomerRow) else None

    def _with_gaps(self, wanted: list[int], found: list[CustomerRow]) -> list[Any]:
        """Rows deleted since the ids were read stay as empty rows until the next reload."""
        by_id = {r.id: r for r in found}
        return [by_id.get(cid) for cid in wanted] + [None] * (self.BLOCK - len(wanted))

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = _ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._titles[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role == CUSTOMER_ID_ROLE:
            return self.customer_id(index.row())
        row = self.customer_row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.RHYTHM:
            return gap_icon(row.gap_state(self._today))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CustomerRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.display_name
            case Column.COMPANY:
                return row.company
            case Column.STAGE:
                return stage_label(row.stage)
            case Column.CITY:
                return row.city
            case Column.OWNER:
                return row.owner
            case Column.LAST_CONTACT:
                return moment_text(row.last_contact_at) or tr("Never")
            case Column.NEXT_FOLLOWUP:
                return self._next_followup_text(row)
            case Column.PURCHASES:
                return str(row.purchase_count)
            case Column.LTV:
                return money_text(row.ltv_cents)
            case Column.SCORE:
                return "" if row.last_score is None else f"{row.last_score}/10"
            case Column.RHYTHM:
                return gap_label(row.gap_state(self._today))

    def _next_followup_text(self, row: CustomerRow) -> str:
        if row.next_followup_at is None:
            return tr("No next step") if row.needs_next_step else ""
        text = moment_text(row.next_followup_at)
        if self._overdue(row):
            return tr("%s (overdue)") % text
        return text

    def _overdue(self, row: CustomerRow) -> bool:
        return row.next_followup_at is not None and row.next_followup_at < now()

    def _foreground(self, row: CustomerRow, column: Column) -> Any:
        if column == Column.RHYTHM:
            return gap_text_color(row.gap_state(self._today))
        if column == Column.NEXT_FOLLOWUP and (row.needs_next_step or self._overdue(row)):
            return warning_color()
        return None

    def _tooltip(self, row: CustomerRow, column: Column) -> str | None:
        if column == Column.NAME:
            parts = (row.display_name, row.email, row.phone)
            return plain_tooltip("\n".join(part for part in parts if part))
        if column == Column.RHYTHM:
            return self._rhythm_tooltip(row)
        if column == Column.NEXT_FOLLOWUP and row.needs_next_step:
            return tr("Bought already, and nothing is planned: plan the next step")
        return None

    def _rhythm_tooltip(self, row: CustomerRow) -> str | None:
        state = row.gap_state(self._today)
        if state is GapState.RED:
            return tr("Past the longest gap without contact since %s") % day_text(row.red_on)
        if state is GapState.AMBER:
            return (tr("Past the ideal gap without contact since %s; red from %s")
                    % (day_text(row.amber_on), day_text(row.red_on)))
        if row.amber_on is None:
            return None
        return tr("In touch; amber from %s") % day_text(row.amber_on)
