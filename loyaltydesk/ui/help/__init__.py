"""Help ▸ User guide (F1 opens the current view's page) and Help ▸ Keyboard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from loyaltydesk.ui.help.guide import PAGES, UserGuide
from loyaltydesk.ui.help.shortcuts import ShortcutsDialog, shortcuts

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow

VIEWS = ("customers", "pipeline", "calendar", "today", "insights")


def install(window: MainWindow) -> None:
    guide = QAction(window.tr("&User guide"), window)
    guide.setObjectName("user_guide")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    if guide.shortcut().isEmpty():
        guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(lambda: open_guide(window, current_view(window)))
    keys = QAction(window.tr("&Keyboard shortcuts"), window)
    keys.setObjectName("keyboard_shortcuts")
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(lambda: open_shortcuts(window))
    first = window.help_menu.actions()[0] if window.help_menu.actions() else None
    if first is None:
        window.help_menu.addActions([guide, keys])
    else:
        window.help_menu.insertActions(first, [guide, keys])
        window.help_menu.insertSeparator(first)


def current_view(window: MainWindow) -> str:
    item = window.navigation.currentItem()
    for key in VIEWS:
        try:
            if window.navigation_item(key) is item:
                return key
        except ValueError:
            continue
    return "index"


def open_guide(window: MainWindow, page: str) -> UserGuide:
    """The guide (one window, kept) at `page`."""
    guide = window.findChild(UserGuide)
    if guide is None:
        guide = UserGuide(window)
        guide.setWindowFlag(Qt.WindowType.Window)
    guide.open_page(page if page in PAGES else "index")
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def open_shortcuts(window: MainWindow) -> ShortcutsDialog:
    views = {window.navigation_item(key).text().split(" (")[0]: window.page(key)
             for key in VIEWS}
    dialog = ShortcutsDialog(shortcuts(window, views), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
