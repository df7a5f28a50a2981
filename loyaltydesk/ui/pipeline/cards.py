"""The cards of one board column as a Qt list model, and the drag payload that carries a card."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from loyaltydesk import formats
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.pipeline import BoardCard
from loyaltydesk.ui.timeline.kinds import counted, plain_tooltip
from loyaltydesk.ui.widgets.marks import money_text
from loyaltydesk.ui.words import stage_label

CARD_MIME = "application/x-loyaltydesk-card"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DraggedCard:
    customer_id: int
    from_stage: Stage


def card_mime(card: BoardCard) -> QMimeData:
    mime = QMimeData()
    mime.setData(CARD_MIME, QByteArray(f"{card.id} {card.stage.value}".encode()))
    mime.setText(card.display_name)
    return mime


def dragged_card(mime: QMimeData | None) -> DraggedCard | None:
    """The card a drag carries, or None for anything else (text, files, a broken payload)."""
    if mime is None or not mime.hasFormat(CARD_MIME):
        return None
    try:
        customer_id, stage = bytes(mime.data(CARD_MIME).data()).decode().split()
        return DraggedCard(int(customer_id), Stage(stage))
    except ValueError:
        return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pipeline", text)


def day_count(days: int) -> str:
    return counted(days, "1 day", "%s days")


def days_text(card: BoardCard) -> str:
    """'3 weeks here', in the words people use for a span."""
    return _tr("%s here") % formats.duration(card.days_on_rung)


def value_text(card: BoardCard) -> str:
    """'€1,531 · 3 weeks here': what they are worth, and how long they have been here."""
    if card.ltv_cents:
        return f"{money_text(card.ltv_cents, decimals=False)} · {days_text(card)}"
    return days_text(card)


def card_lines(card: BoardCard) -> list[tuple[str, bool]]:
    """The lines of a card, (text, bold): no blank line where there is no company."""
    lines = [(card.display_name, True)]
    if card.name and card.company:
        lines.append((card.company, False))
    lines.append((value_text(card), False))
    return lines


def gap_text(gap: GapState) -> str:
    return {GapState.RED: _tr("Red"), GapState.AMBER: _tr("Amber")}.get(gap, "")


def describe(card: BoardCard) -> str:
    """The card in words, for screen readers and tooltips."""
    parts = [card.display_name]
    if card.name and card.company:
        parts.append(card.company)
    if card.ltv_cents:
        parts.append(_tr("lifetime value %s") % money_text(card.ltv_cents))
    parts.append(_tr("%1 on %2").replace("%1", day_count(card.days_on_rung))
                 .replace("%2", stage_label(card.stage)))
    if card.stuck:
        parts.append(_tr("stuck: too long on this rung"))
    if card.gap is GapState.RED:
        parts.append(_tr("red: past the longest gap between contacts"))
    elif card.gap is GapState.AMBER:
        parts.append(_tr("amber: past the ideal gap between contacts"))
    if card.needs_next_step:
        parts.append(_tr("no next step planned"))
    return ", ".join(parts)


class CardsModel(QAbstractListModel):
    """The cards shown in one column (the first few of the rung, never the whole rung)."""

    def __init__(self, stage: Stage, parent=None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._cards: list[BoardCard] = []

    def set_cards(self, cards: list[BoardCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def row_of(self, customer_id: int) -> int:
        return next((i for i, c in enumerate(self._cards) if c.id == customer_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.display_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(describe(card))
        if role == CARD_ROLE:
            return card
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # Qt's API
        return [CARD_MIME]

    # Qt lets a model give no data for a drag; the binding's stub says it always gives some.
    def mimeData(self, indexes) -> QMimeData | None:  # type: ignore[override]
        cards = [i.data(CARD_ROLE) for i in indexes if i.isValid()]
        return card_mime(cards[0]) if cards else None

    def supportedDragActions(self) -> Qt.DropAction:  # Qt's API
        return Qt.DropAction.MoveAction
