"""The window's look: View ▸ Theme, icons on the toolbar and in the menus, and tooltips that
name each action's shortcut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from loyaltydesk.ui import theme
from loyaltydesk.ui.icons import dress_named, icon, set_action_icon
from loyaltydesk.ui.widgets import focus_chain

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow

# Actions the window keeps as attributes, for those created without an object name.
_ATTRIBUTE_ICONS = (("quit_action", "application-exit"),)
_CUSTOMER_ICONS = (("undo", "edit-undo"), ("redo", "edit-redo"), ("trash", "edit-delete"))


def install(window: MainWindow) -> None:
    _theme_menu(window)
    focus_chain.install()  # every dialog reads its buttons last
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    fit = _ToolbarFit(window)

    def features_installed() -> None:
        dress_actions(window)
        fit.fit()

    window.features_installed.connect(features_installed)
    dress_actions(window)
    fit.fit()
    theme.notifier().changed.connect(_NavigationTint(window).retint)


class _ToolbarFit(QObject):
    """Names beside the icons where the window has room for them all; icons alone (their
    names and keys in the tooltips) where a longer language would push actions out of sight."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        bar = self.window.toolbar
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if bar.sizeHint().width() > self.window.width():
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


class _NavigationTint(QObject):
    """Re-draws the navigation's icons for a new palette; goes away with its window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @Slot()
    def retint(self) -> None:
        for key in ("customers", "pipeline", "calendar", "today", "insights"):
            try:
                self.window.navigation_item(key).setIcon(icon(key))
            except ValueError:  # a window built without that view
                continue


def _theme_menu(window: MainWindow) -> None:
    menu = window.view_menu.addMenu(window.tr("&Theme"))
    menu.setObjectName("theme_menu")
    group = QActionGroup(menu)
    current = theme.saved_theme()
    for key, title in theme.theme_names().items():
        action = QAction(title, menu, checkable=True)
        action.setObjectName(f"theme_{key.value}")
        action.setChecked(key is current)
        action.triggered.connect(lambda _checked=False, k=key: theme.apply(k, remember=True))
        group.addAction(action)
        menu.addAction(action)


def dress_actions(window: MainWindow) -> None:
    """Icons where we have them; every menu and toolbar action's tooltip names its key."""
    dress_named(window.findChildren(QAction))
    for attribute, name in _ATTRIBUTE_ICONS:
        if getattr(window, attribute, None) is not None:
            set_action_icon(getattr(window, attribute), name)
    customer_actions = getattr(window, "customer_actions", None)
    for attribute, name in _CUSTOMER_ICONS if customer_actions else ():
        set_action_icon(getattr(customer_actions, attribute), name)
    for menu in window.menuBar().findChildren(QMenu):
        menu.setToolTipsVisible(True)
        for action in menu.actions():
            name_shortcut(action)
    for action in window.toolbar.actions():
        name_shortcut(action)


def name_shortcut(action: QAction) -> None:
    """'Log interaction (Ctrl+L)': the tooltip says the words and the key."""
    if action.isSeparator() or action.menu() is not None:
        return
    words = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    words = words.removesuffix("...")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{words} ({keys})" if keys else words)
