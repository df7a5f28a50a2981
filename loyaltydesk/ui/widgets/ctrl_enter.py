"""Ctrl+Enter takes a dialog's main action from any of its fields, as every dialog does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget


def save_on_ctrl_enter(dialog: QWidget, act: Callable[[], None] | QAbstractButton) -> None:
    """Ctrl+Return (and Ctrl+Enter on the keypad) run `act`, or press the button while it is
    enabled; a multi-line field keeps plain Enter for its new lines."""
    run = act.click if isinstance(act, QAbstractButton) else act
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, run)
