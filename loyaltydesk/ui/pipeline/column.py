"""One column of the board: a rung's counts, its first cards, and a drop target for others."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services.pipeline import BoardCard, BoardColumn
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.pipeline.card_delegate import CardDelegate
from loyaltydesk.ui.pipeline.cards import CARD_ROLE, CardsModel, dragged_card
from loyaltydesk.ui.timeline.kinds import counted
from loyaltydesk.ui.widgets.empty_state import EmptyState
from loyaltydesk.ui.widgets.painted_text import PaintedText
from loyaltydesk.ui.words import stage_label, stage_meaning


class CardListView(QListView):
    """Cards of one rung; a card dropped here from another rung asks to move there."""

    card_dropped = Signal(int, object)  # customer id, the Stage of this column
    step_requested = Signal(int)  # -1 / +1: the user pressed Left / Right to change column

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._drop_target = False
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # card heights follow the width
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(CardDelegate(self))

    def resizeEvent(self, event) -> None:  # Qt's API
        super().resizeEvent(event)
        # A card's height depends on its width (markers wrap); Qt relays a top-to-bottom list
        # out only when its height changes.
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event) -> None:  # Qt's API
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: +1}
        if event.key() in steps and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.step_requested.emit(steps[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)

    def current_card(self) -> BoardCard | None:
        return self.currentIndex().data(CARD_ROLE) if self.selectionModel().hasSelection() \
            else None

    def startDrag(self, actions: Qt.DropAction) -> None:  # Qt's API
        # The board reloads after a move, so the view must not remove the row by itself.
        index = self.currentIndex()
        mime = self.model().mimeData([index]) if index.isValid() else None
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self._card_pixmap(index))
        drag.exec(Qt.DropAction.MoveAction)

    def _card_pixmap(self, index: QModelIndex) -> QPixmap:
        rect = self.visualRect(index)
        pixmap = QPixmap(rect.size())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = rect.translated(-rect.topLeft())
        self.itemDelegate().paint(painter, option, index)
        painter.end()
        return pixmap

    def _wants(self, event) -> bool:
        card = dragged_card(event.mimeData())
        return card is not None and card.from_stage is not self.stage

    def dragEnterEvent(self, event) -> None:  # Qt's API
        if self._wants(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_drop_target(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # Qt's API
        if self._wants(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # Qt's API
        self._set_drop_target(False)
        event.accept()

    def dropEvent(self, event) -> None:  # Qt's API
        self._set_drop_target(False)
        card = dragged_card(event.mimeData())
        if card is None or card.from_stage is self.stage:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.card_dropped.emit(card.customer_id, self.stage)

    def _set_drop_target(self, on: bool) -> None:
        self._drop_target = on
        self.viewport().update()

    def painted_texts(self) -> list[PaintedText]:
        """What the cards drew (in the viewport's coordinates)."""
        delegate = self.itemDelegate()
        return delegate.texts.texts() if isinstance(delegate, CardDelegate) else []

    def paintEvent(self, event) -> None:  # Qt's API
        delegate = self.itemDelegate()
        if isinstance(delegate, CardDelegate):
            delegate.texts.begin(event.rect())
        super().paintEvent(event)
        if self._drop_target:
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
            painter.end()


class StageColumn(QFrame):
    """Header with the rung's counts, the cards, and a way to see the whole rung in the list."""

    show_all_requested = Signal(object)  # the Stage

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.total = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(stage_meaning(stage))
        self.title = QLabel(stage_label(stage))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # "Value confirmed" takes two lines in a narrow column
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.model = CardsModel(stage, self)
        self.view = CardListView(stage)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("%s cards") % stage_label(stage))
        self.empty = EmptyState(self.view, lambda: self.tr(
            "No one on this rung. Drag a card here to move a customer to it."))
        self.show_all = QPushButton()
        self.show_all.setAccessibleName(self.tr("Show all on this rung in the list"))
        self.show_all.clicked.connect(lambda: self.show_all_requested.emit(self.stage))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_all)
        self.setMinimumWidth(150)

    def set_column(self, column: BoardColumn) -> None:
        keep = self.view.current_card()
        self.total = column.total
        self.model.set_cards(column.cards)
        locale = QLocale()
        counts = counted(column.total, QT_TRANSLATE_NOOP("Timeline", "1 customer"),
                         QT_TRANSLATE_NOOP("Timeline", "%s customers"))
        stuck = self.tr("%s stuck") % locale.toString(column.stuck) if column.stuck else ""
        # two lines in every column (the second may be blank), so the cards start level
        self.counts.setText(f"{counts}\n{stuck or chr(0xA0)}")
        self.counts.setAccessibleName(f"{stage_label(self.stage)}: " + " · ".join(
            t for t in (counts, stuck) if t))
        self.show_all.setText(self.tr("Show all (%s)") % locale.toString(column.total))
        self.show_all.setAccessibleName(self.tr("Show all %s customers in the list")
                                        % stage_label(self.stage))
        self.show_all.setEnabled(column.total > 0)
        if keep is not None:
            self.select(keep.id)

    def select(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def card_at(self, point: QPoint) -> BoardCard | None:
        return self.view.indexAt(point).data(CARD_ROLE)
