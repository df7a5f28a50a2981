"""Preferences: the language LoyaltyDesk speaks (applied the next time it starts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from loyaltydesk import translations

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow

# Each language is named in its own words, so a person who cannot read the current one finds it.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = LANGUAGE_NAMES[translations.system_language()]
        self.language.addItem(self.tr("Same as the system (%1)").replace("%1", system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        saved = translations.chosen_language() if translations.saved_choice() else ""
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        note = QLabel(self.tr("LoyaltyDesk speaks the language chosen here from its next start. "
                              "Dates, numbers and money follow that language in your country."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        translations.save_choice(self.language.currentData())
        super().accept()


def install_preferences(window: MainWindow) -> QAction:
    """Edit > Preferences… (the platform's key for it where it has one)."""
    action = QAction(window.tr("&Preferences…"), window)
    action.setObjectName("preferences")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: PreferencesDialog(window).open())
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)
    return action
