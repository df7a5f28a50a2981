"""Running work once a widget is first on screen, so start-up paints before it does more."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self._work()
        self.deleteLater()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run `work` in the event loop turn after `widget` is first painted."""
    _AfterFirstPaint(widget, work)
