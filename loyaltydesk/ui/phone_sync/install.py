"""Puts phone sync into the window: Edit > Phone sync..., Sync with phone now, the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from loyaltydesk.ui.phone_sync.controller import PhoneSyncController

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


def caldav_installed() -> bool:
    try:
        import caldav  # noqa: F401
    except ImportError:
        return False
    return True


def install_phone_sync(window: MainWindow) -> PhoneSyncController:
    controller = PhoneSyncController(window.jobs, window.data.database, window,
                                     read_only=window.data.readonly)

    def data_replaced() -> None:  # a restore or encryption reopened the data
        controller.database = window.data.database
        controller.show_status()
        controller.start()

    window.data_replaced.connect(data_replaced)
    controller.setObjectName("PhoneSync")
    window.statusBar().addPermanentWidget(controller.label)
    settings = QAction(window.tr("P&hone sync..."), window)
    settings.setObjectName("phone_sync_settings")
    settings.triggered.connect(lambda: open_dialog(window, controller))
    sync_now = QAction(window.tr("S&ync with Phone Now"), window)
    sync_now.setObjectName("phone_sync_now")
    sync_now.setShortcut(QKeySequence("Ctrl+Shift+Y"))

    def sync_or_set_up() -> None:
        if not controller.sync_now():
            open_dialog(window, controller)

    sync_now.triggered.connect(sync_or_set_up)
    available = caldav_installed() and not window.data.readonly
    for action in (settings, sync_now):
        action.setEnabled(available)
        if not caldav_installed():
            action.setToolTip(window.tr("Phone sync needs LoyaltyDesk's phone extra (caldav)"))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(settings)
    window.edit_menu.addAction(sync_now)
    if available:
        controller.start()
    return controller


def open_dialog(window: MainWindow, controller: PhoneSyncController) -> None:
    from loyaltydesk.ui.phone_sync.dialog import PhoneSyncDialog
    dialog = PhoneSyncDialog(controller, window)
    dialog.setObjectName("PhoneSyncDialog")
    dialog.open()
