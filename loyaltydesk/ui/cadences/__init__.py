"""The cadence editor, reached from the Edit menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence

    from loyaltydesk.ui.cadences.editor import CadenceEditor

    action = QAction(window.tr("Ca&dences…"), window)
    action.setObjectName("edit_cadences")
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.setStatusTip(window.tr("View, edit, add and switch off the cadences"))

    def open_editor() -> None:
        editor = CadenceEditor(window)
        editor.setObjectName("CadenceEditor")
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()

    action.triggered.connect(open_editor)
    window.edit_menu.addAction(action)
