"""A layout that lays its widgets in a row and wraps to the next row when the row is full.

Large fonts and longer languages (French runs about a fifth longer than English) make a row of
filters or buttons wider than a laptop's screen; wrapping keeps every word whole without a
minimum width that pushes the window past the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, as many as fit in a row; the rest on the rows below."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1,
                 columns: int = 1) -> None:
        """`columns`: how many items a row keeps at the least (the widest ones side by
        side), so a row of four buttons becomes two rows of two, never four rows of one."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._columns = max(columns, 1)
        self._right_from: QLayoutItem | None = None
        self._push_next = False

    def push_right(self) -> None:
        """The items added from now on sit at the right end of their row (like a toolbar's
        spacer), unless they begin the row."""
        self._right_from = None
        self._push_next = True

    def addItem(self, item: QLayoutItem) -> None:  # Qt's name
        if self._push_next:
            self._right_from, self._push_next = item, False
        self._items.append(item)

    # -- QLayout's names -----------------------------------------------------------------------
    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row: what the items would take side by side."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._gap(Qt.Orientation.Horizontal) * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest items side by side, as many as `columns`."""
        visible = self._visible()
        widths = sorted((item.sizeHint().width() if self._columns > 1
                         else item.minimumSize().width() for item in visible), reverse=True)
        kept = widths[:self._columns]
        width = sum(kept) + self._gap(Qt.Orientation.Horizontal) * max(len(kept) - 1, 0)
        height = max((item.minimumSize().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    # -- laying out ----------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = QStyle.PixelMetric.PM_LayoutHorizontalSpacing \
            if orientation == Qt.Orientation.Horizontal \
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        gap = parent.style().pixelMetric(metric, None, parent)
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in `rect` (only measure unless `move`); return the height used.
        Items of one row are centred on the row's height, so a check box sits level with a
        combo box beside it."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        across, down = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            size = item.sizeHint().boundedTo(QSize(max(area.width(), 1), item.sizeHint().height()))
            size = size.expandedTo(item.minimumSize())
            if rows[-1] and x + size.width() > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, size))
            x += size.width() + across
        y = area.y()
        for row in rows:
            height = max((size.height() for _, size in row), default=0)
            x = area.x()
            for place, (item, size) in enumerate(row):
                if item is self._right_from and place > 0:
                    x = area.right() + 1 - sum(s.width() + across for _, s in row[place:]) \
                        + across
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + across
            y += height + down
        used = y - down if rows[0] else y
        return used - rect.y() + margins.bottom()
