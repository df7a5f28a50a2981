"""A row of text buttons for a view's actions that wraps onto a second row when the words do
not fit, where a toolbar would hide the last ones behind its » button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QToolButton, QWidget

from loyaltydesk.ui.widgets.flow_layout import FlowLayout


class ActionRow(QWidget):
    """Buttons for actions, a widget (a title) among them, separators; like a text-only
    toolbar, the buttons take no Tab stop: each action has its key."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(2, 2, 2, 2)
        self.buttons: list[QToolButton] = []

    def add_actions(self, actions: list[QAction]) -> None:
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            self.buttons.append(button)
            self.flow.addWidget(button)
            self.addAction(action)  # as a toolbar lists its actions

    def add_widget(self, widget: QWidget) -> None:
        self.flow.addWidget(widget)

    def add_separator(self) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.flow.addWidget(line)

    def push_right(self) -> None:
        """What is added next sits at the right end of its row."""
        self.flow.push_right()
