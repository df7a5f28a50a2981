"""Work split into short steps run one per event-loop turn, so the window keeps answering."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal


class IdleSteps(QObject):
    """Runs its steps in order, one each time the event loop has nothing waiting.

    Input and paint events are handled between two steps, so the longest stall is the
    longest step. `finish` runs what is left at once, for when it is needed now."""

    finished = Signal()

    def __init__(self, steps: Iterable[Callable[[], None]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: deque[Callable[[], None]] = deque(steps)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._run_one)
        self._done = not self._steps

    def start(self) -> None:
        """Begin running the steps in the coming event-loop turns."""
        if not self._done:
            self._timer.start()

    def pending(self) -> bool:
        return not self._done

    def finish(self) -> None:
        """Run every step left, now."""
        self._timer.stop()
        while self._steps:
            self._steps.popleft()()
        self._end()

    def _run_one(self) -> None:
        if self._steps:
            self._steps.popleft()()
        if self._steps:
            self._timer.start()
        else:
            self._end()

    def _end(self) -> None:
        if not self._done:
            self._done = True
            self.finished.emit()
