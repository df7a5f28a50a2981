"""The Tab order of a window, walked as the keyboard walks it, and the steps that break reading
order (top to bottom, left to right, a pane at a time)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

# Pixels two widgets may be out of line and still count as level, or in one column.
TOLERANCE = 8
# How many Tabs a widget may keep to walk its own parts (day, month, year, hour, minute).
SECTIONS = 6


@dataclass(frozen=True)
class Stop:
    widget: QWidget
    rect: QRect  # in the window's coordinates, every scroll area at its top
    # the scroll areas it scrolls in, outermost first, each with its place in the window
    areas: tuple[tuple[QWidget, QRect], ...]

    def label(self) -> str:
        name = self.widget.accessibleName() or self.widget.objectName()
        return f"{type(self.widget).__name__} {name!r} at {self.rect.x()},{self.rect.y()}"

    def seen_from(self, other: Stop) -> QRect:
        """Its place compared with `other`: inside a scroll area `other` is not in, the
        place of that area (what lies inside is read before what follows the area)."""
        theirs = {area for area, _ in other.areas}
        for area, rect in self.areas:
            if area not in theirs:
                return rect
        return self.rect


def _stop(widget: QWidget) -> Stop:
    areas = []
    node = widget.parentWidget()
    while node is not None and not node.isWindow():
        if isinstance(node, QAbstractScrollArea) and node.viewport().isAncestorOf(widget):
            areas.append((node, QRect(_unscrolled(node), node.size())))
        node = node.parentWidget()
    return Stop(widget, QRect(_unscrolled(widget), widget.size()), tuple(reversed(areas)))


def _unscrolled(widget: QWidget) -> QPoint:
    """Where the widget sits in its window, as if every scroll area were scrolled to its top
    (Tab scrolls them as it goes, which would move what was already read)."""
    corner = QPoint(0, 0)
    node = widget
    while not node.isWindow() and node.parentWidget() is not None:
        parent = node.parentWidget()
        area = parent.parentWidget()
        if not (isinstance(area, QAbstractScrollArea) and parent is area.viewport()):
            corner += node.pos()
        node = parent
    return corner


def first_focusable(window: QWidget) -> QWidget | None:
    """The first widget the keyboard reaches in the window's focus chain."""
    node = window.nextInFocusChain()
    while node is not window:
        if node.isVisible() and node.isEnabled() and \
                node.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus:
            return node
        node = node.nextInFocusChain()
    return None


def tab_walk(window: QWidget, limit: int = 400) -> tuple[list[Stop], bool]:
    """Every stop Tab makes from the first focusable widget, and whether it came back there."""
    start = first_focusable(window)
    if start is None:
        return [], True
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = QApplication.focusWidget() or start  # a tab widget hands the focus to its bar
    stops = [_stop(start)]
    current, stayed = start, 0
    for _ in range(limit):
        widget = _next(window, current)
        if widget is current and stayed < SECTIONS:  # a date edit: Tab walks its parts first
            stayed += 1
            continue
        if widget is None or widget is current:
            return stops, False
        stayed = 0
        if widget is start:
            return stops, True
        stops.append(_stop(widget))
        current = widget
    return stops, False


def _next(window: QWidget, current: QWidget) -> QWidget | None:
    """Where Tab goes from `current`; a window that lost activation meanwhile (a tooltip, a
    popup closing) is activated again and asked once more."""
    for _ in range(2):
        current.focusNextChild()
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        if widget is not None:
            return widget
        window.activateWindow()
        current.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
    return None


def in_reading_order(before: QRect, after: QRect) -> bool:
    """`after` reads after `before`: on the same line further right, lower down, or at the
    top of a column further right (a pane beside the one just read)."""
    level = abs(after.center().y() - before.center().y()) <= max(TOLERANCE, before.height() // 2)
    if level and after.left() >= before.left() - TOLERANCE:
        return True
    if after.top() >= before.top() + TOLERANCE:
        return True
    return after.left() >= before.right() - TOLERANCE


def out_of_order(stops: list[Stop]) -> list[str]:
    return [f"{a.label()} -> {b.label()}" for a, b in zip(stops, stops[1:], strict=False)
            if not in_reading_order(a.seen_from(b), b.seen_from(a))]
