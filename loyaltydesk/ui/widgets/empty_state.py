"""What an empty list says: why it is empty, and the next thing to do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from loyaltydesk.ui.theme import GAP


class EmptyState(QWidget):
    """Shown over an item view's empty viewport: a sentence and, maybe, one button.

    `message()` is asked each time the list empties, so it can name what was searched.
    """

    def __init__(self, view: QAbstractItemView, message: Callable[[], str],
                 action_text: str = "", action: Callable[[], None] | None = None) -> None:
        super().__init__(view.viewport())
        self.setObjectName("empty_state")
        self._view, self._message = view, message
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what the user typed
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(action_text)
        self.button.setVisible(bool(action_text and action))
        if action is not None:
            self.button.clicked.connect(lambda: action())
        layout = QVBoxLayout(self)
        layout.setSpacing(GAP)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.refresh)
        view.viewport().installEventFilter(self)
        self.refresh()

    def refresh(self, *_args) -> None:
        empty = self._view.model().rowCount() == 0
        if empty:
            self.text.setText(self._message())
            self.setGeometry(self._view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return super().eventFilter(watched, event)
