"""A splitter that shares its width by what each side needs, until the user drags it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


class NeedSplitter(QSplitter):
    """Side by side panes: each first gets its comfortable width (`needs`, one callable a
    pane), what is left is shared by `shares`; short of room (large fonts, French), the panes
    go one under the other, each the full width. A pane dragged by hand keeps its size."""

    def __init__(self, needs: list[Callable[[], int]], shares: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._needs, self._shares = needs, shares
        self._dragged = False
        self.splitterMoved.connect(self._moved_by_hand)

    def _moved_by_hand(self, _pos: int, _index: int) -> None:
        self._dragged = True

    def balance(self) -> None:
        """Share the width again (the panes' contents changed)."""
        if self._dragged or self.count() != len(self._needs):
            return
        room = self.width() - self.handleWidth() * (self.count() - 1)
        needs = [max(need(), 1) for need in self._needs]
        extra = room - sum(needs)
        if extra < 0:
            self.setOrientation(Qt.Orientation.Vertical)
            self.setSizes([1] * self.count())  # the same height each
            return
        self.setOrientation(Qt.Orientation.Horizontal)
        total = sum(self._shares)
        self.setSizes([need + extra * share // total
                       for need, share in zip(needs, self._shares, strict=True)])

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        self.balance()
