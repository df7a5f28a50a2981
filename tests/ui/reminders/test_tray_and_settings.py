import configparser
import shlex

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from loyaltydesk import APP_ID
from loyaltydesk.services import reminders
from loyaltydesk.ui.reminders.settings_dialog import ReminderSettingsDialog
from loyaltydesk.ui.reminders.tray import ReminderTray


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    quit_action = QAction("&Quit", main)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(main.close)
    main.menuBar().addMenu("&File").addAction(quit_action)
    main.quit_action = quit_action  # as the main window offers it
    qtbot.addWidget(main)
    main.show()
    return main


def test_closing_the_window_leaves_the_app_running_in_the_tray(qtbot, window):
    quits = []
    tray = ReminderTray(window, available=True, quit_app=lambda: quits.append(True))
    window.close()
    assert not window.isVisible() and quits == []
    tray.show_window()
    assert window.isVisible()


def test_quit_from_the_file_menu_really_ends_the_app(qtbot, window):
    quits = []
    ReminderTray(window, available=True, quit_app=lambda: quits.append(True))
    window.quit_action.trigger()
    assert quits == [True] and not window.isVisible()


def test_with_staying_in_the_tray_off_closing_ends_the_app(qtbot, window):
    quits = []
    tray = ReminderTray(window, available=True, quit_app=lambda: quits.append(True))
    tray.close_to_tray = False
    window.close()
    assert quits == [True]


def test_without_a_tray_closing_is_closing(qtbot, window):
    quits = []
    tray = ReminderTray(window, available=False, quit_app=lambda: quits.append(True))
    assert not tray.notify("Due", "Call Zoé")  # the window shows the notice instead
    window.close()
    assert not window.isVisible() and quits == []  # Qt ends the app with its last window


def test_the_tray_menu_has_open_today_and_quit(qtbot, window):
    tray = ReminderTray(window, available=True, quit_app=lambda: None)
    shown = []
    tray.show_today.connect(lambda: shown.append(True))
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["&Open LoyaltyDesk", "&Today", "&Quit"]
    window.hide()
    tray.menu.actions()[1].trigger()
    assert window.isVisible() and shown == [True]


def test_reminder_settings_are_saved_and_start_at_login_writes_the_entry(
        qtbot, data, isolated_home):
    dialog = ReminderSettingsDialog(data.folder, tray_available=True)
    qtbot.addWidget(dialog)
    assert dialog.promptness.currentText() == "On time (within a minute)"
    dialog.promptness.setCurrentIndex(dialog.promptness.findText("Within 5 minutes"))
    dialog.to_tray.setChecked(False)
    dialog.at_login.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert reminders.load_settings() == reminders.ReminderSettings(300, False)
    entry = isolated_home / "xdg_config_home" / "autostart" / f"{APP_ID}.desktop"
    parser = configparser.RawConfigParser(interpolation=None)
    parser.read(entry, encoding="utf-8")
    assert shlex.split(parser["Desktop Entry"]["Exec"])[-2:] == ["--data-dir", str(data.folder)]


def test_without_a_tray_the_stay_in_tray_choice_is_kept_as_it_was(qtbot, data):
    reminders.save_settings(reminders.ReminderSettings(30, True))
    dialog = ReminderSettingsDialog(data.folder, tray_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.to_tray.isEnabled()
    assert dialog.promptness.currentText() == "Within 30 seconds"  # kept as it was set
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert reminders.load_settings() == reminders.ReminderSettings(30, True)


def test_without_a_tray_file_quit_closes_the_main_window(qtbot, data, clock):
    from loyaltydesk.ui.main_window import MainWindow

    main = MainWindow(data)
    qtbot.addWidget(main)
    main.show()
    main.quit_action.trigger()
    assert not main.isVisible()
