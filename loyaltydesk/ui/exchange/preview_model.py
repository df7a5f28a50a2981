"""The rows an import would add, merge or skip, as a table model for the preview."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from loyaltydesk import formats
from loyaltydesk.domain.money import to_cents as cents_of
from loyaltydesk.exchange.importer import ImportFormat, ImportPreview
from loyaltydesk.services.imports import Action, PlannedContact
from loyaltydesk.services.purchase_imports import PlannedPurchase
from loyaltydesk.translations import QT_TRANSLATE_NOOP

CONTACT_COLUMNS = (
    QT_TRANSLATE_NOOP("Exchange", "Action"), QT_TRANSLATE_NOOP("Exchange", "Name"),
    QT_TRANSLATE_NOOP("Exchange", "Company"), QT_TRANSLATE_NOOP("Exchange", "Email"),
    QT_TRANSLATE_NOOP("Exchange", "Phone"), QT_TRANSLATE_NOOP("Exchange", "City"),
    QT_TRANSLATE_NOOP("Exchange", "From"))
PURCHASE_COLUMNS = (
    QT_TRANSLATE_NOOP("Exchange", "Customer"), QT_TRANSLATE_NOOP("Exchange", "Date"),
    QT_TRANSLATE_NOOP("Exchange", "Amount"), QT_TRANSLATE_NOOP("Exchange", "Description"),
    QT_TRANSLATE_NOOP("Exchange", "Line"))


def tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def action_text(item: PlannedContact) -> str:
    if item.action is Action.SKIP:
        return tr("Leave out")
    if item.action is Action.MERGE and item.match_id is not None:
        where = tr("an earlier row") if item.match_is_new else item.match_name
        return tr("Merge into %1 (%2)").replace("%1", where).replace(
            "%2", tr(item.reason.value) if item.reason else "")
    return tr("Add")


def _contact_cells(item: PlannedContact) -> tuple[str, ...]:
    d = item.incoming.details
    return (action_text(item), d.name, d.company, d.email, d.phone, d.city, item.incoming.source)


def _purchase_cells(item: PlannedPurchase) -> tuple[str, ...]:
    entry = item.incoming.entry
    who = item.customer_name if item.customer_id else tr("%1 (not found)").replace(
        "%1", item.incoming.who)
    if item.already_recorded:
        who += tr(" - already recorded")
    return (who, entry.purchased_on.isoformat(),
            formats.money(cents_of(entry.amount), entry.currency), entry.description,
            str(item.incoming.line))


class PreviewModel(QAbstractTableModel):
    """Read-only rows; the dialog changes actions through set_action."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    @property
    def is_purchases(self) -> bool:
        return self.preview is not None and self.preview.format is ImportFormat.PURCHASES_CSV

    def _items(self) -> Sequence[PlannedContact | PlannedPurchase]:
        if self.preview is None:
            return []
        return self.preview.purchases if self.is_purchases else self.preview.contacts

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                    ) -> int:
        return len(PURCHASE_COLUMNS if self.is_purchases else CONTACT_COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._items()[index.row()]
        cells = _purchase_cells(item) if isinstance(item, PlannedPurchase) \
            else _contact_cells(item)
        return cells[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return tr((PURCHASE_COLUMNS if self.is_purchases else CONTACT_COLUMNS)[section])

    def set_action(self, rows: Sequence[int], action: Action) -> None:
        """Add, merge (only where there is a match) or leave out these contact rows."""
        if self.preview is None or self.is_purchases:
            return
        for row in rows:
            item = self.preview.contacts[row]
            if action is Action.MERGE and item.match_id is None:
                continue
            item.action = action
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
