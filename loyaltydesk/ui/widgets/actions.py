"""Actions that belong to one view: their key works while focus is inside that view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def view_action(host: QWidget, text: str, key: QKeySequence | str, slot: Callable[[], object],
                tip: str = "") -> QAction:
    """An action on `host` whose shortcut (if any) works within it; the tip names the key."""
    action = QAction(text, host)
    sequence = QKeySequence(key)
    if not sequence.isEmpty():
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if tip:
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    host.addAction(action)
    return action
