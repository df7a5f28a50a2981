"""A screen reader finds a name for everything that takes the keyboard focus, in every view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from loyaltydesk.services.demo import build_demo
from loyaltydesk.ui.main_window import MainWindow


def _unnamed(window: MainWindow) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a spin box's own text field: the spin box carries the name
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


def test_every_focusable_widget_of_every_view_has_an_accessible_name(qtbot, data, clock):
    build_demo(40, 3)
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    unnamed: dict[str, list[str]] = {}
    for key in list(window._page_keys):
        window.show_page(key)
        qtbot.waitUntil(lambda k=key: window.built_page(k) is not None)
        if found := _unnamed(window):
            unnamed[key] = found
    assert unnamed == {}
    window.close()
