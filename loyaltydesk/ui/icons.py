"""Application icons: the desktop theme's where it has them (freedesktop names), else ours
from resources/icons, tinted to follow the light or dark palette."""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from loyaltydesk.resources_path import resource

_STROKE = b'stroke="#5f6b7a"'

# Object name of an action -> its freedesktop icon name (our drawing when the desktop has none).
ACTION_ICONS: dict[str, str] = {
    "customer_new": "contact-new", "find_customers": "edit-find",
    "quick_log_interaction": "mail-send", "quick_record_purchase": "purchase",
    "quick_schedule_followup": "appointment-new", "quick_plan_next_step": "go-next",
    "exchange_import": "document-import", "exchange_export": "document-export",
    "back_up_now": "document-save", "edit_cadences": "preferences-system",
    "about_action": "help-about", "user_guide": "help-contents",
    "keyboard_shortcuts": "help-keyboard",
}


def _svg_bytes(name: str) -> bytes:
    return resource("icons", f"{name}.svg").read_bytes()


@cache
def _icon(name: str, color: str) -> QIcon:
    data = _svg_bytes(name).replace(_STROKE, f'stroke="{color}"'.encode())
    renderer = QSvgRenderer(QByteArray(data))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """The named icon drawn in the palette's text colour, so it reads in light and dark."""
    app = QGuiApplication.instance()
    color = (app.palette().color(QPalette.ColorRole.WindowText).name()
             if isinstance(app, QGuiApplication) else "#5f6b7a")
    return _icon(name, color)


# Actions showing a themed icon, re-tinted when the palette changes.
_THEMED: weakref.WeakKeyDictionary[QAction, str] = weakref.WeakKeyDictionary()


def themed_icon(name: str) -> QIcon:
    """The desktop theme's icon named `name` (a freedesktop name), else our bundled drawing."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return icon(name)


def set_action_icon(action: QAction, name: str) -> QAction:
    """Give `action` the themed icon `name`; it follows later palette changes."""
    action.setIcon(themed_icon(name))
    _THEMED[action] = name
    return action


def refresh() -> None:
    """Re-tint every themed action's icon for the palette now in use."""
    for action, name in list(_THEMED.items()):
        try:
            action.setIcon(themed_icon(name))
        except RuntimeError:  # its window is gone
            _THEMED.pop(action, None)


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """LoyaltyDesk's own icon, from its pre-rendered sizes in resources/app-icon."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        png = resource("app-icon", f"{size}x{size}.png")
        if isinstance(png, Path):  # on disk: Qt reads a size the first time it is drawn
            icon.addFile(str(png), QSize(size, size))
            continue
        pixmap = QPixmap()
        pixmap.loadFromData(png.read_bytes(), "PNG")
        icon.addPixmap(pixmap)
    return icon


def dress_named(actions: Iterable[QAction]) -> None:
    """The icon of each action that has one, found by the action's object name."""
    for action in actions:
        name = ACTION_ICONS.get(action.objectName())
        if name:
            set_action_icon(action, name)
