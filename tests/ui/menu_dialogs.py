"""The window's menu items that open a dialog, and a way to open one, read it and close it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget


def dialog_actions(window) -> list[QAction]:
    """Every enabled menu item that opens a window ("…", the guide, the shortcuts, About),
    in submenus too (File > Team)."""
    actions = []
    for menu_action in window.menuBar().actions():
        for action in _items(menu_action.menu()):
            if action.isEnabled() and (
                    action.text().endswith(("…", "...")) or action.objectName() in (
                        "user_guide", "keyboard_shortcuts", "about_action")):
                actions.append(action)
    return actions


def _items(menu) -> list[QAction]:
    items = []
    for action in menu.actions():
        items += _items(action.menu()) if action.menu() is not None else [action]
    return items


def read_dialog(qtbot, action: QAction, read: Callable[[QWidget], list[str]]) -> list[str]:
    """Trigger `action`, give the dialog it opens (blocking or not; Qt's own file dialog
    is left out) to `read`, close it, and return what `read` found."""
    found: list[str] = []
    done: list[bool] = []
    before = set(QApplication.topLevelWidgets())

    def opened() -> QWidget | None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal
        new = [w for w in QApplication.topLevelWidgets()
               if w not in before and isinstance(w, QDialog) and w.isVisible()]
        return new[0] if new else None

    def inspect() -> None:
        dialog = opened()
        if dialog is not None:
            if not isinstance(dialog, QFileDialog):
                found.extend(read(dialog))
            dialog.reject()  # type: ignore[attr-defined]
        done.append(True)

    QTimer.singleShot(0, inspect)
    action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    return found
