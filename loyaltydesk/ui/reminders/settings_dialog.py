"""Reminder settings: how often to check, staying in the tray, starting at login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from loyaltydesk.services import autostart, reminders
from loyaltydesk.services.reminders import ReminderSettings
from loyaltydesk.ui.followups.dialogs import FollowUpForm, plain_label


class ReminderSettingsDialog(FollowUpForm):
    def __init__(self, data_folder: Path, tray_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminder settings"), self.tr("Reminders"), "", parent)
        self._folder = data_folder
        self._current = current = reminders.load_settings()
        self.interval = QSpinBox()
        self.interval.setRange(reminders.MIN_TICK_SECONDS, reminders.MAX_TICK_SECONDS)
        self.interval.setSuffix(self.tr(" seconds"))
        self.interval.setValue(current.tick_seconds)
        self.interval.setAccessibleName(self.tr("Check for due follow-ups every"))
        self.to_tray = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.to_tray.setChecked(current.close_to_tray and tray_available)
        self.to_tray.setEnabled(tray_available)
        self.at_login = QCheckBox(self.tr("&Start at login, so reminders come from the start"))
        self.at_login.setChecked(autostart.is_enabled())
        self.form.addRow(self.tr("&Check every"), self.interval)
        self.form.addRow(self.to_tray)
        if not tray_available:
            self.form.addRow(plain_label(self.tr(
                "This desktop has no tray: reminders show inside the window.")))
        self.form.addRow(self.at_login)
        self.interval.setFocus()

    def chosen(self) -> ReminderSettings:
        # With no tray here the choice is kept as it was, for a desktop that has one.
        to_tray = self.to_tray.isChecked() if self.to_tray.isEnabled() \
            else self._current.close_to_tray
        return ReminderSettings(self.interval.value(), to_tray)

    def save(self) -> None:
        reminders.save_settings(self.chosen())
        if self.at_login.isChecked():
            autostart.enable(autostart.launch_command(self._folder))
        else:
            autostart.disable()
