"""Style sheets made from the palette's colours, made again when the theme changes.

A colour written into a style sheet ("color: #1f5fae") stays as it was when View ▸ Theme
swaps the palette, and a widget with a sheet no longer follows the application's palette by
itself: dark blue links on a dark window. A widget dressed here gets its sheet from the
application's palette now and again at every change of theme.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.ui import theme

Sheet = Callable[[QPalette], str]


class _Dresser(QObject):
    def __init__(self, widget: QWidget, sheet: Sheet) -> None:
        super().__init__(widget)  # goes with the widget, and its connection with it
        self.widget, self.sheet = widget, sheet
        theme.notifier().changed.connect(self.dress)
        self.dress()

    def dress(self) -> None:
        made = self.sheet(QApplication.palette())
        if made != self.widget.styleSheet():
            self.widget.setStyleSheet(made)


def dress_with_palette(widget: QWidget, sheet: Sheet) -> None:
    """Give `widget` the style sheet `sheet(palette)`, now and whenever the theme changes.

    Dressing a widget again replaces the sheet it was dressed with before."""
    for found in widget.findChildren(_Dresser, options=Qt.FindChildOption.FindDirectChildrenOnly):
        found.sheet = sheet
        found.dress()
        return
    _Dresser(widget, sheet)
