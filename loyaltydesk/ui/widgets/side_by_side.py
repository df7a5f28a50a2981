"""Parts side by side while the room allows each its comfortable width, one under the other
when not (large fonts, French), so no part is squeezed until its words are cut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


def _need(part: QWidget) -> int:
    comfortable = getattr(part, "comfortable_width", None)
    return comfortable() if callable(comfortable) else part.sizeHint().width()


class SideBySide(QWidget):
    """Lays `parts` left to right, or top to bottom when narrower than they need together.

    `need` tells a part's comfortable width: by default its `comfortable_width()`, or its
    size hint's width."""

    def __init__(self, parts: list[tuple[QWidget, int]],
                 need: Callable[[QWidget], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts = [part for part, _ in parts]
        self._stretches = [stretch for _, stretch in parts]
        self._need = need or _need
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for part, stretch in parts:
            self.box.addWidget(part, stretch)

    def needed_width(self) -> int:
        shown = [part for part in self._parts if not part.isHidden()]
        return sum(self._need(part) for part in shown) + \
            self.box.spacing() * max(len(shown) - 1, 0)

    def fit(self) -> None:
        """Choose the direction for the present width and contents."""
        side = self.width() >= self.needed_width()
        direction = QBoxLayout.Direction.LeftToRight if side \
            else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        # Side by side, the room is shared out as each part needs it (equal shares would
        # give a wide table less than its words need beside a narrow chart); one under the
        # other, as the parts asked.
        for index, (part, stretch) in enumerate(zip(self._parts, self._stretches,
                                                    strict=True)):
            wanted = max(self._need(part), 1) if side and not part.isHidden() else stretch
            if self.box.stretch(index) != wanted:
                self.box.setStretch(index, wanted)

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        self.fit()

    def event(self, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.LayoutRequest:  # a part's rows changed
            self.fit()
        return super().event(event)
