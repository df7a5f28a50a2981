"""Preferences: the language chosen is kept and spoken from the next start."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from loyaltydesk import translations
from loyaltydesk.ui.dialogs.preferences import PreferencesDialog


def test_choosing_french_is_kept_for_the_next_start(qtbot, monkeypatch):
    monkeypatch.delenv(translations.ENV_LANGUAGE, raising=False)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system until told otherwise
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert translations.saved_choice() == "fr"
    assert translations.chosen_language() == "fr"

    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == "fr"


def test_the_next_start_speaks_the_language_chosen(qapp, monkeypatch):
    monkeypatch.delenv(translations.ENV_LANGUAGE, raising=False)
    default = QLocale()
    translations.save_choice("fr")
    try:
        assert translations.install(qapp) == "fr"
        dialog = PreferencesDialog()
        assert dialog.windowTitle() == "Préférences"
    finally:
        translations.save_choice("")
        translations.load(qapp, "en")
        QLocale.setDefault(default)


def test_cancel_keeps_the_language(qtbot, monkeypatch):
    monkeypatch.delenv(translations.ENV_LANGUAGE, raising=False)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    assert translations.saved_choice() == ""


def test_the_window_offers_preferences_in_the_edit_menu(qtbot, data):
    from PySide6.QtGui import QAction

    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "preferences")
    assert action in window.edit_menu.actions()
    action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
