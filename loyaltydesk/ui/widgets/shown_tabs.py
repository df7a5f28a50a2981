"""Tabs that join their bar when the tab widget is first shown.

A tab bar that gets its first tab makes it the current one and tells assistive technology so,
shown or not; Orca takes the news for a move of the focus and reads "Value page tab" over the
view in use. Views build their tabs out of sight, after the window's first paint, so a
ShownTabs keeps its pages aside (already its children, so Tab still walks them in the same
order) and puts them in the bar when it first appears: the news comes when the tabs do.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget


class ShownTabs(QTabWidget):
    """A QTabWidget whose pages, added with `add_page` before it is first shown, become tabs
    when it is; until then the tab to show first can be chosen as usual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._waiting: list[tuple[QWidget, str]] | None = []  # None once shown
        self._front: QWidget | None = None  # the page to show first, if not the first

    def add_page(self, page: QWidget, title: str) -> None:
        """Add a tab, now if the tab widget has been shown, else when it first is."""
        if self._waiting is None:
            self.addTab(page, title)
            return
        page.setParent(self)  # in the focus chain where addTab would put it
        page.hide()
        self._waiting.append((page, title))

    def front_index(self) -> int:
        """The index of the tab in front, or of the one that will be once shown."""
        if self._waiting is None:
            return self.currentIndex()
        pages = [page for page, _title in self._waiting]
        if not pages:
            return -1
        return pages.index(self._front) if self._front in pages else 0

    def setCurrentIndex(self, index: int) -> None:  # Qt's name
        if self._waiting is None:
            super().setCurrentIndex(index)
        elif 0 <= index < len(self._waiting):
            self._front = self._waiting[index][0]

    def setCurrentWidget(self, widget: QWidget) -> None:  # Qt's name
        if self._waiting is None:
            super().setCurrentWidget(widget)
        elif any(page is widget for page, _title in self._waiting):
            self._front = widget

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        if self._waiting is not None:
            self._join_the_bar()
        super().showEvent(event)

    def _join_the_bar(self) -> None:
        waiting, self._waiting = self._waiting or [], None
        if not waiting:
            return
        front = self._front if self._front is not None else waiting[0][0]
        # The first tab in becomes the current one, the only one announced: the front one
        # goes in first, the others around it (which moves no current tab, and says nothing).
        position = next(i for i, (page, _title) in enumerate(waiting) if page is front)
        self.addTab(front, waiting[position][1])
        for index, (page, title) in enumerate(waiting):
            if page is not front:
                self.insertTab(index, page, title)
