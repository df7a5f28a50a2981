"""The due count in the navigation and the status bar, and the no-next-step count beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QToolButton

from loyaltydesk.services import rhythm
from loyaltydesk.ui.followups.formatting import today, tr


class DueBadge(QObject):
    """Shows how many follow-ups are due on the Today entry and in the status bar."""

    clicked = Signal()

    def __init__(self, window: QMainWindow, item_title: str) -> None:
        super().__init__(window)
        self.setObjectName("DueBadge")
        self._window, self._title = window, item_title
        self.due, self.no_next_step = 0, 0
        self._counted_on: date | None = None
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

    def recount_rhythm(self) -> None:
        self._counted_on = today()
        self.no_next_step = rhythm.counts().no_next_step
        self._show()

    def check_day(self) -> None:
        """Count at the first reminder check, then again each new day."""
        if self._counted_on != today():
            self.recount_rhythm()

    def _show(self) -> None:
        item = self._window.navigation_item("today")
        item.setText(f"{self._title} ({self.due})" if self.due else self._title)
        due = tr("%1 due").replace("%1", str(self.due))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self._title}, {due}")
        unplanned = tr("%1 with no next step").replace("%1", str(self.no_next_step))
        self.button.setText(f"{due} · {unplanned}")
        self.button.setAccessibleName(f"{due}, {unplanned}")
