"""Reminder settings: how soon a reminder shows, staying in the tray, starting at login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QVBoxLayout, QWidget

from loyaltydesk.services import autostart, reminders
from loyaltydesk.services.reminders import ReminderSettings
from loyaltydesk.ui.followups.dialogs import FollowUpForm, plain_label


class ReminderSettingsDialog(FollowUpForm):
    def __init__(self, data_folder: Path, tray_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminder settings"), self.tr("Reminders"), "", parent)
        self._folder = data_folder
        self._current = current = reminders.load_settings()
        # How late a reminder may come, in the user's words; the timer checks that often.
        self.promptness = QComboBox()
        for seconds, text in ((60, self.tr("On time (within a minute)")),
                              (300, self.tr("Within 5 minutes")),
                              (900, self.tr("Within a quarter of an hour")),
                              (3600, self.tr("Within the hour"))):
            self.promptness.addItem(text, seconds)
        if self.promptness.findData(current.tick_seconds) < 0:  # set elsewhere: keep it
            self.promptness.insertItem(0, self.tr("Within %n seconds", "", current.tick_seconds),
                                       current.tick_seconds)
        self.promptness.setCurrentIndex(self.promptness.findData(current.tick_seconds))
        self.promptness.setAccessibleName(self.tr("How soon a due follow-up is shown"))
        self.to_tray = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.to_tray.setChecked(current.close_to_tray and tray_available)
        self.to_tray.setEnabled(tray_available)
        self.at_login = QCheckBox(self.tr("&Start at login, so reminders come from the start"))
        self.at_login.setChecked(autostart.is_enabled())
        self.form.addRow(self.tr("&Remind me"), self.promptness)
        self.form.addRow(self.to_tray)
        self.form.addRow(self.at_login)
        if not tray_available:  # outside the form: a form row gives wrapped text one line
            note = plain_label(self.tr(
                "This desktop has no tray: reminders show inside the window."))
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)  # the form's column
            layout.insertWidget(layout.indexOf(self.buttons), note)
        self.promptness.setFocus()

    def chosen(self) -> ReminderSettings:
        # With no tray here the choice is kept as it was, for a desktop that has one.
        to_tray = self.to_tray.isChecked() if self.to_tray.isEnabled() \
            else self._current.close_to_tray
        return ReminderSettings(int(self.promptness.currentData()), to_tray)

    def save(self) -> None:
        reminders.save_settings(self.chosen())
        if self.at_login.isChecked():
            autostart.enable(autostart.launch_command(self._folder))
        else:
            autostart.disable()
