"""The due count on the Today entry of the navigation and in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QToolButton

from loyaltydesk import formats
from loyaltydesk.ui.followups.formatting import tr

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


class DueBadge(QObject):
    """Shows how many follow-ups are due on the Today entry and in the status bar."""

    clicked = Signal()

    def __init__(self, window: MainWindow, item_title: str) -> None:
        super().__init__(window)
        self.setObjectName("DueBadge")
        self._window, self._title = window, item_title
        self.due = 0
        self.button = QToolButton()
        self.button.setObjectName("DueStatus")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setToolTip(tr("Show today's follow-ups"))
        self.button.clicked.connect(self.clicked)
        window.statusBar().addPermanentWidget(self.button)
        self._show()

    def set_due(self, count: int) -> None:
        self.due = count
        self._show()

    def _show(self) -> None:
        item = self._window.navigation_item("today")
        item.setText(f"{self._title} ({self.due})" if self.due else self._title)
        due = tr("%1 due").replace("%1", formats.number(self.due))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self._title}, {due}")
        self.button.setText(due)
        self.button.setAccessibleName(tr("Follow-ups due: %1").replace(
            "%1", formats.number(self.due)))
