"""Edit > Phone sync… takes Ctrl+Enter for Save, as every dialog does."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.phone_sync.dialog import PhoneSyncDialog
from loyaltydesk.ui.phone_sync.install import open_dialog


def test_ctrl_enter_saves_the_phone_sync_dialog(qtbot, data):
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    open_dialog(window, window.phone_sync)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PhoneSyncDialog))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.url.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        dialog.message.clear()
        qtbot.keyClick(dialog.url, key, Qt.KeyboardModifier.ControlModifier)
        # Save ran: with no server typed in, it says what it needs (and asks nobody)
        assert dialog.message.text() == "The server and the user are needed"
    dialog.close()
    window.close()
