"""Status-bar counts of customers losing touch and without a next step, one click to list them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import rhythm
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.ui.customers.formatting import count_text, number_text, tr
from loyaltydesk.ui.widgets.marks import gap_icon

LOSING_TOUCH = CustomerFilter(gap_states=(GapState.RED, GapState.AMBER))
NO_NEXT_STEP = CustomerFilter(no_next_step=True)


class RhythmStatus(QWidget):
    """'● 3 red · 12 amber' and '8 with no next step': each click lists those customers."""

    def __init__(self, show: Callable[[CustomerFilter], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.losing_touch = self._button(lambda: show(LOSING_TOUCH))
        self.losing_touch.setObjectName("losing_touch_count")
        self.losing_touch.setAccessibleName(tr("Customers losing touch"))
        self.no_next_step = self._button(lambda: show(NO_NEXT_STEP))
        self.no_next_step.setObjectName("no_next_step_count")
        self.no_next_step.setAccessibleName(tr("Customers with no next step"))
        self.no_next_step.setToolTip(tr("From the first purchase up, nothing planned: "
                                        "click to list them"))
        # Counting reads the whole book: once after a burst of changes, never before the
        # window is first painted.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self._painted = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.losing_touch)
        layout.addWidget(self.no_next_step)

    def _button(self, clicked: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(clicked)
        return button

    def schedule_refresh(self) -> None:
        if self._painted:
            self._timer.start()

    def paintEvent(self, event) -> None:  # Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self._timer.start()  # runs once this first paint is on screen

    def refresh(self) -> None:
        counts = rhythm.counts()
        worst = GapState.RED if counts.red else GapState.AMBER if counts.amber else GapState.OK
        self.losing_touch.setIcon(gap_icon(worst))
        self.losing_touch.setText(tr("{red} red · {amber} amber").format(
            red=number_text(counts.red), amber=number_text(counts.amber)))
        self.losing_touch.setToolTip(tr("Past the longest (red) or the ideal (amber) gap "
                                        "without contact: click to list them"))
        self.no_next_step.setText(count_text(counts.no_next_step, "{n} with no next step",
                                             "{n} with no next step"))
