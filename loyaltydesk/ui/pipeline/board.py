"""The pipeline board: every rung side by side, loaded a column at a time to stay responsive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QScrollArea, QVBoxLayout, QWidget

from loyaltydesk.domain.ladder import LADDER, Stage
from loyaltydesk.services import pipeline
from loyaltydesk.services.events import Change
from loyaltydesk.services.pipeline import BoardCard, CardOrder
from loyaltydesk.ui.dialogs.base import ChoiceBox
from loyaltydesk.ui.dialogs.stage import MoveStageDialog
from loyaltydesk.ui.pipeline.column import StageColumn
from loyaltydesk.ui.timeline.changes import ChangeWatcher
from loyaltydesk.ui.widgets.actions import view_action
from loyaltydesk.ui.widgets.day_watcher import DayWatcher

CARDS_PER_COLUMN = 50

# Translation context: PipelineBoard (the words of ORDER_LABELS)
ORDER_LABELS = {
    CardOrder.LONGEST_ON_RUNG: "Longest on the rung",
    CardOrder.NEWEST_ON_RUNG: "Newest on the rung",
    CardOrder.LONGEST_OUT_OF_TOUCH: "Longest out of touch",
}


class PipelineBoard(QWidget):
    """Drag a card to another column (or press Ctrl+Shift+Right/Left) to move it, with a reason."""

    open_requested = Signal(int)  # a customer id
    show_all_requested = Signal(object)  # a Stage
    sheets_requested = Signal(object)  # a Stage: contact sheets for its customers
    selection_changed = Signal()
    message = Signal(str)  # one line for the status bar
    loaded = Signal()  # every column read after a reload

    def __init__(self, parent: QWidget | None = None,
                 extra_actions: list[QAction] | None = None,
                 mover: Callable[[int, Stage, str], None] | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pipeline board"))
        self.mover = mover  # how a move is made: undoably when the window gives its undo
        self.extra_actions = extra_actions if extra_actions is not None else []
        self.columns = {stage: self._make_column(stage) for stage in LADDER}
        self.order = ChoiceBox(self.tr("Order cards by"),
                               [(self.tr(t), o) for o, t in ORDER_LABELS.items()])
        self.order.currentIndexChanged.connect(lambda _: self.reload())
        self._pending: list[Stage] = []
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._load_next)
        self._build_actions()
        self._lay_out()
        watcher = ChangeWatcher((Change.CUSTOMERS, Change.FOLLOWUPS), self)
        watcher.changed.connect(self.reload)
        # past midnight: days on the rung, amber and red, stuck and values move with the day
        self.day_watcher = DayWatcher(self)
        self.day_watcher.day_changed.connect(lambda _day: self.reload())

    def _make_column(self, stage: Stage) -> StageColumn:
        column = StageColumn(stage)
        column.view.card_dropped.connect(self.ask_move)
        column.view.step_requested.connect(lambda step, s=stage: self._step(s, step))
        column.view.activated.connect(self._open_index)  # double-click or Enter
        column.view.clicked.connect(lambda _i, s=stage: self._only_selection_in(s))
        column.view.selectionModel().currentChanged.connect(
            lambda _c, _p, s=stage: self._only_selection_in(s))
        column.show_all_requested.connect(self.show_all_requested)
        column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        column.view.customContextMenuRequested.connect(
            lambda pos, c=column: self._context_menu(c, pos))
        return column

    def _build_actions(self) -> None:
        self.move_up = self._action(self.tr("Move one rung &up…"), "Ctrl+Shift+Right",
                                    lambda: self._move_selected(+1))
        self.move_down = self._action(self.tr("Move one rung &down…"), "Ctrl+Shift+Left",
                                      lambda: self._move_selected(-1))
        self.move_to = self._action(self.tr("&Move to stage…"), "", lambda: self._move_selected(0))
        self.open_action = self._action(self.tr("&Open customer"), "", self._open_selected)

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        return view_action(self, text, shortcut, slot)

    def _lay_out(self) -> None:
        caption = QLabel(self.tr("&Order cards by:"))
        caption.setBuddy(self.order)
        legend = QLabel(self.tr("Stuck: too long on one rung · Amber, Red: past the ideal, the "
                                "longest gap between contacts · No next step: nothing planned"))
        legend.setTextFormat(Qt.TextFormat.PlainText)
        legend.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.order)
        bar.addWidget(legend, 1)
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for column in self.columns.values():
            row.addWidget(column, 1)
        scroll = QScrollArea()
        scroll.setWidget(strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Rungs of the ladder"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    # Loading: one column per event-loop turn, and only while the board is on screen.
    def reload(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._pending = list(LADDER)
            self._timer.start()

    def is_loading(self) -> bool:
        return bool(self._pending)

    def showEvent(self, event) -> None:  # Qt's API
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _load_next(self) -> None:
        if not self._pending:
            self._timer.stop()
            return
        stage = self._pending.pop(0)
        self.columns[stage].set_column(
            pipeline.column(stage, CARDS_PER_COLUMN, self.order.value()))
        if not self._pending:
            self._timer.stop()
            self._dirty = False
            self.loaded.emit()

    # Selection: one card on the whole board.
    def selected_card(self) -> BoardCard | None:
        for column in self.columns.values():
            card = column.view.current_card()
            if card is not None:
                return card
        return None

    def selected_customer_ids(self) -> list[int]:
        card = self.selected_card()
        return [card.id] if card else []

    def select(self, customer_id: int) -> bool:
        for stage, column in self.columns.items():
            if column.select(customer_id):
                column.view.setFocus()
                self._only_selection_in(stage)
                return True
        return False

    def _step(self, stage: Stage, step: int) -> None:
        """Left and Right walk the columns, keeping about the same row."""
        rank = stage.rank + step
        if not 0 <= rank < len(LADDER):
            return
        row = max(self.columns[stage].view.currentIndex().row(), 0)
        target = self.columns[LADDER[rank]]
        target.view.setFocus()
        if target.model.rowCount():
            target.view.setCurrentIndex(target.model.index(min(row, target.model.rowCount() - 1),
                                                           0))
        self._only_selection_in(target.stage)

    def _only_selection_in(self, stage: Stage) -> None:
        for other, column in self.columns.items():
            if other is not stage:
                column.view.clearSelection()
        self.selection_changed.emit()

    # Moving a card: always through the reason dialog.
    def ask_move(self, customer_id: int, target: Stage | None) -> MoveStageDialog:
        dialog = MoveStageDialog(customer_id, self, target=target, mover=self.mover)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self._moved(customer_id, dialog.summary(result)))
        dialog.open()
        return dialog

    def _moved(self, customer_id: int, text: str) -> None:
        self.message.emit(text)
        self.loaded.connect(lambda: self._reselect(customer_id),
                            Qt.ConnectionType.SingleShotConnection)

    def _reselect(self, customer_id: int) -> None:
        self.select(customer_id)

    def _move_selected(self, step: int) -> None:
        card = self.selected_card()
        if card is None:
            return
        if step == 0:
            self.ask_move(card.id, None)
            return
        rank = card.stage.rank + step
        if 0 <= rank < len(LADDER):
            self.ask_move(card.id, LADDER[rank])

    def _open_index(self, index: QModelIndex) -> None:
        card = index.data(Qt.ItemDataRole.UserRole + 1)
        if card is not None:
            self.open_requested.emit(card.id)

    def _open_selected(self) -> None:
        card = self.selected_card()
        if card is not None:
            self.open_requested.emit(card.id)

    def _context_menu(self, column: StageColumn, pos) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        column.view.setCurrentIndex(index)
        menu = QMenu(self)
        # The window's quick actions may bring their own "Move to stage": show it once.
        has_move = any(a.objectName() == "quick_move_stage" for a in self.extra_actions)
        menu.addAction(self.open_action)
        if not has_move:
            menu.addAction(self.move_to)
        menu.addActions([self.move_up, self.move_down])
        show_all = menu.addAction(self.tr("Show all on this rung in the list"))
        show_all.triggered.connect(lambda: self.show_all_requested.emit(column.stage))
        sheets = menu.addAction(self.tr("Contact sheets for this rung..."))
        sheets.triggered.connect(lambda: self.sheets_requested.emit(column.stage))
        if self.extra_actions:
            menu.addSeparator()
            menu.addActions(self.extra_actions)
        menu.popup(column.view.viewport().mapToGlobal(pos))
