"""Tab order that follows reading order when parts of a window are built at different times."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QToolBar,
    QWidget,
)


def _takes_tab(widget: QWidget) -> bool:
    return widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus


def bottom_last(window: QMainWindow) -> None:
    """The bars along the window's bottom (a notice, the status bar) come last, in that order."""
    bars = [bar for bar in window.findChildren(QToolBar)
            if window.toolBarArea(bar) == Qt.ToolBarArea.BottomToolBarArea]
    for area in [*bars, window.statusBar()]:
        last_in_tab_order(area)


def last_in_tab_order(area: QWidget) -> None:
    """Tab reaches the buttons in `area` after everything else in its window.

    Qt appends a widget to the end of its window's focus chain when it is made; a view built
    after the status bar would otherwise be read only after it. Each button is a single
    widget, so moving it moves nothing else.
    """
    window = area.window()
    # Only the area's own widgets are looked at: wrapping every widget of the window from
    # Python while a screen reader listens left the window's toolbar unusable.
    buttons = [w for w in area.findChildren(QWidget)
               if _takes_tab(w) and not w.findChildren(QWidget)]
    _place_last(window, buttons)


def first_in_tab_order(button: QWidget, first: QWidget) -> None:
    """Tab reaches `button` (added to a bar above `first` after both were built) just before
    `first`. Call it once both are in their window: Qt orders a widget only after another
    that takes focus."""
    window = first.window()
    before = _previous(first)
    while before is not window and before.focusPolicy() == Qt.FocusPolicy.NoFocus:
        before = _previous(before)
    if before is not window and before is not button:
        QWidget.setTabOrder(before, button)


def buttons_last(dialog: QDialog) -> None:
    """A dialog's buttons (OK, Cancel...) are read last, left to right as they are shown.

    Dialogs make their button box before the fields a subclass adds, and the box orders its
    buttons as they were added, not as the platform lays them out.
    """
    for box in dialog.findChildren(QDialogButtonBox):
        if not box.isVisibleTo(dialog):
            continue
        shown = sorted((b for b in box.buttons() if b.isVisibleTo(dialog) and _takes_tab(b)),
                       key=lambda b: (b.mapTo(dialog, QPoint(0, 0)).y(),
                                      b.mapTo(dialog, QPoint(0, 0)).x()))
        _place_last(dialog, shown)


def _previous(widget: QWidget) -> QWidget:
    """The widget before this one in its window's focus chain (a ring: there always is one)."""
    before = widget.previousInFocusChain()
    return before if before is not None else widget.window()


def _place_last(window: QWidget, widgets: Sequence[QWidget]) -> None:
    """`widgets`, in this order, after every other widget of the window that takes focus.

    Each goes right after that last other widget, the last one first: Qt leaves alone a
    widget that already follows (the chain is a ring: the first widget follows the last).
    """
    anchor = _previous(window)
    while anchor is not window and (anchor.focusPolicy() == Qt.FocusPolicy.NoFocus
                                    or any(anchor is w for w in widgets)):
        anchor = _previous(anchor)  # Qt orders only widgets that take focus
    if anchor is window:
        return
    for widget in reversed(widgets):
        QWidget.setTabOrder(anchor, widget)


_installed: list[bool] = []


def install() -> None:
    """Every dialog reads its buttons last, set when it first gets the focus (once per
    process; a signal, where an event filter on the application would see every event)."""
    app = QApplication.instance()
    if not _installed and isinstance(app, QGuiApplication):
        app.focusWindowChanged.connect(_window_focused)
        _installed.append(True)


def _window_focused(window) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and window is not None and \
                widget.windowHandle() is window:
            buttons_last(widget)
