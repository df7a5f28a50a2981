"""A list whose long lines wrap at its width instead of scrolling sideways."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

View = TypeVar("View", bound=QListView)


def wrap_lines(view: View) -> View:
    """Lines wrap at the list's width, and wrap again when it changes (large fonts, French)."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    return view
