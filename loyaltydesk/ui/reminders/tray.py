"""The tray icon: reminders as desktop notifications, and the app kept running when closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from loyaltydesk import APP_NAME
from loyaltydesk.ui.followups.formatting import tr
from loyaltydesk.ui.icons import icon

MESSAGE_MS = 15_000


def app_icon() -> QIcon:
    window_icon = QApplication.windowIcon()
    return window_icon if not window_icon.isNull() else icon("today")


class ReminderTray(QObject):
    """A tray icon with Open, Today and Quit, where the desktop has a tray.

    With it, closing the window only hides it (when `close_to_tray` is on) so reminders
    keep coming; Quit, from the tray menu or the File menu, really ends the app.
    """

    show_today = Signal()

    def __init__(self, window: QMainWindow, *, available: bool | None = None,
                 quit_app: Callable[[], None] = QApplication.quit) -> None:
        super().__init__(window)
        self.setObjectName("ReminderTray")
        self._window, self._quit_app = window, quit_app
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None \
            else available
        self.close_to_tray = True
        self._quitting = False
        self._told_still_running = False
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.menu.addAction(tr("&Open %1").replace("%1", APP_NAME)).triggered.connect(
            self.show_window)
        self.menu.addAction(tr("&Today")).triggered.connect(self._today)
        self.menu.addSeparator()
        self.menu.addAction(tr("&Quit")).triggered.connect(self.quit)
        if self.available:
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip(APP_NAME)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self._today)
            self.icon.show()
        window.installEventFilter(self)
        self._take_over_quit()

    def _take_over_quit(self) -> None:
        """File > Quit ends the app even when closing the window would only hide it."""
        action: QAction | None = getattr(self._window, "quit_action", None)
        if action is not None:
            action.triggered.disconnect()
            action.triggered.connect(self.quit)

    def keeps_running(self) -> bool:
        return self.available and self.close_to_tray and not self._quitting

    def notify(self, title: str, body: str) -> bool:
        """Show a desktop notification; False when there is no tray to show it from."""
        if self.icon is None or not self.icon.isVisible():
            return False
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        return True

    def set_due(self, count: int) -> None:
        if self.icon is not None:
            self.icon.setToolTip(tr("%1: %2 due").replace("%1", APP_NAME).replace(
                "%2", str(count)) if count else APP_NAME)

    def show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def _today(self) -> None:
        self.show_window()
        self.show_today.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            if self._window.isVisible() and not self._window.isMinimized():
                self._window.hide()
            else:
                self.show_window()

    def quit(self) -> None:
        """Close the window for good; with a tray, end the app too (without one, closing the
        last window already does)."""
        self._quitting = True
        closed = self._window.close()
        self._quitting = closed
        if closed and self.icon is not None:
            self.icon.hide()
            self._quit_app()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._window and event.type() == QEvent.Type.Close \
                and self.keeps_running():
            event.ignore()
            self._window.hide()
            if not self._told_still_running:
                self._told_still_running = True
                self.notify(APP_NAME, tr("Still running here, so reminders keep coming. "
                                         "Quit from this icon's menu."))
            return True
        if watched is self._window and event.type() == QEvent.Type.Close \
                and self.icon is not None and not self._quitting:
            # Staying in the tray is off: closing the window ends the app, tray icon and all.
            self.icon.hide()
            self._quit_app()
        return super().eventFilter(watched, event)


def keep_running_without_windows(tray: ReminderTray) -> None:
    """With a tray, a hidden window must not end the app; Quit does."""
    if tray.available:
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setQuitOnLastWindowClosed(False)
