"""A dialog's least width that never hides what its layout needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _LeastWidth(QObject):
    def __init__(self, dialog: QWidget, width: int) -> None:
        super().__init__(dialog)
        self._width = width
        dialog.setMinimumWidth(width)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            layout = watched.layout()
            need = layout.totalMinimumSize().width() if layout is not None else 0
            watched.setMinimumWidth(max(self._width, need))
            if watched.width() < watched.minimumWidth():
                watched.resize(watched.minimumWidth(), watched.height())
        return False


def keep_least_width(dialog: QWidget, width: int) -> None:
    """At least `width` pixels, and at least what the layout needs once the dialog is built.

    A width set by hand replaces the one the layout would set: with large fonts or French,
    a check box or a field label then needs more than the hand-set width, and the dialog,
    sized by Qt to a share of the screen, would cut it."""
    _LeastWidth(dialog, width)
