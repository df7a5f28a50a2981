"""Status-bar counts of customers losing touch and without a next step, one click to list them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import figures, rhythm
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.ui.customers.formatting import count_text, number_text, tr
from loyaltydesk.ui.widgets.marks import gap_icon

if TYPE_CHECKING:
    from loyaltydesk.ui.jobs import JobRunner

_TRIES = 3  # counts read elsewhere while the book moves, before showing the last as it is
LOSING_TOUCH = CustomerFilter(gap_states=(GapState.RED, GapState.AMBER))
NO_NEXT_STEP = CustomerFilter(no_next_step=True)


class RhythmStatus(QWidget):
    """'● 3 red · 12 amber' and '8 with no next step': each click lists those customers."""

    def __init__(self, show: Callable[[CustomerFilter], None],
                 jobs: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self.losing_touch = self._button(lambda: show(LOSING_TOUCH))
        self.losing_touch.setObjectName("losing_touch_count")
        self.losing_touch.setAccessibleName(tr("Customers losing touch"))
        self.no_next_step = self._button(lambda: show(NO_NEXT_STEP))
        self.no_next_step.setObjectName("no_next_step_count")
        self.no_next_step.setAccessibleName(tr("Customers with no next step"))
        self.no_next_step.setToolTip(tr("From the first purchase up, nothing planned: "
                                        "click to list them"))
        # Counting reads the whole book: once after a burst of changes, never before the
        # window is first painted. The first count runs on the job runner's thread (a
        # million customers take a tenth of a second and more); the window's connection
        # keeps what it found, and from then on counts() follows the writes at once.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self._painted = False
        self._counting = False  # the first count is on its way from the job runner
        self._tries = 0
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
        if self._painted and not self._counting:  # else the count on its way says it
            self._timer.start()

    def paintEvent(self, event) -> None:  # Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._jobs is None:
                self._timer.start()  # runs once this first paint is on screen
            else:
                self._count_in_background()

    def counting(self) -> bool:
        """True while the first counts are read off the window's thread."""
        return self._counting

    def _count_in_background(self) -> None:
        assert self._jobs is not None  # only with a runner
        self._counting = True
        self._tries += 1
        day, stamp = figures.today(), rhythm.watch_counts()
        job = self._jobs.start(lambda _progress: rhythm.count_elsewhere(day), error_text=None)
        job.succeeded.connect(lambda found: self._counted(day, stamp, found))
        job.failed.connect(self._count_failed)
        job.cancelled.connect(self._count_dropped)

    def _counted(self, day: date, stamp: int | None, found: rhythm.RhythmCounts) -> None:
        if rhythm.keep_counts(day, stamp, found):
            self._counting = False
            self.refresh()  # read from what was just kept
        elif stamp is None or self._tries >= _TRIES:
            # a reader's connection keeps nothing; a book that never stops moving is counted
            # here at the next change: what was found is shown meanwhile
            self._counting = False
            self._show(found)
        else:  # the book moved while they were counted: once more
            self._count_in_background()

    def _count_failed(self, _error: str) -> None:
        self._counting = False
        self._timer.start()  # counted here then

    def _count_dropped(self) -> None:  # the window is closing
        self._counting = False

    def refresh(self) -> None:
        self._show(rhythm.counts())

    def _show(self, counts: rhythm.RhythmCounts) -> None:
        worst = GapState.RED if counts.red else GapState.AMBER if counts.amber else GapState.OK
        self.losing_touch.setIcon(gap_icon(worst))
        self.losing_touch.setText(tr("{red} red · {amber} amber").format(
            red=number_text(counts.red), amber=number_text(counts.amber)))
        self.losing_touch.setToolTip(tr("Past the longest (red) or the ideal (amber) gap "
                                        "without contact: click to list them"))
        self.no_next_step.setText(count_text(counts.no_next_step, "{n} with no next step",
                                             "{n} with no next step"))
