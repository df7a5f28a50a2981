"""Help ▸ About: the version, the data folder, the licence and the credits, as plain text."""

from importlib import metadata

from PySide6.QtCore import QObject, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from loyaltydesk import __version__
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.ui.about import AboutDialog
from loyaltydesk.ui.main_window import MainWindow


def _about_action(window: MainWindow):
    [action] = [a for a in window.help_menu.actions() if a.objectName() == "about_action"]
    return action


def _open_about(qtbot, window: MainWindow) -> AboutDialog:
    _about_action(window).trigger()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_help_menu_shows_the_version_and_the_data_folder(qtbot, data):
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    assert _about_action(window).text().replace("&", "") == "About LoyaltyDesk"
    dialog = _open_about(qtbot, window)
    assert dialog.version_label.text() == f"Version {metadata.version('loyaltydesk')}"
    assert dialog.folder_label.text() == str(data.folder)
    assert dialog.name_label.text() == "LoyaltyDesk"
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)  # deleted on close


def test_escape_closes_the_dialog(qtbot, data):
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    dialog = _open_about(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_copy_details_puts_version_and_data_folder_on_the_clipboard(qtbot, data):
    dialog = AboutDialog(data.folder)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == f"LoyaltyDesk {__version__}"
    assert copied[1] == f"Data folder: {data.folder}"
    assert f"Qt {qVersion()}" in copied


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_data_folder_hands_the_folder_to_the_desktop(qtbot, data):
    dialog = AboutDialog(data.folder)
    qtbot.addWidget(dialog)
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "show")
    try:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [str(data.folder)]


def test_a_data_folder_name_with_markup_is_shown_as_typed(qtbot, tmp_path, clock):
    folder = tmp_path / "<b>Bold</b> & co"
    opened = open_data(folder)
    try:
        dialog = AboutDialog(opened.folder)
        qtbot.addWidget(dialog)
        for label in dialog.findChildren(QLabel):
            if label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        assert dialog.folder_label.text().endswith("<b>Bold</b> & co")
    finally:
        close_data()


def test_licence_and_credits_name_what_ships(qtbot, data):
    dialog = AboutDialog(data.folder)
    qtbot.addWidget(dialog)
    meta = metadata.metadata("loyaltydesk")
    licence = meta.get("License-Expression") or meta.get("License")
    assert licence == "MIT"
    assert "MIT" in dialog.licence_label.text()
    shipped = metadata.distribution("loyaltydesk").read_text("licenses/LICENSE")
    if shipped:  # an installation made from the wheel carries the full text
        assert "Permission is hereby granted, free of charge" in dialog.licence_view.toPlainText()
    else:
        assert "MIT licence" in dialog.licence_view.toPlainText()
    credits = dialog.credits_view.toPlainText()
    assert f"Qt {qVersion()}" in credits
    assert f"peewee {metadata.version('peewee')}" in credits
    assert "pytest" not in credits  # test tools are not part of the application
    assert dialog.licence_view.isReadOnly() and dialog.credits_view.isReadOnly()


def test_about_qt_is_offered_too(qtbot, data):
    window = MainWindow(data)
    qtbot.addWidget(window)
    texts = [a.text().replace("&", "") for a in window.help_menu.actions() if a.text()]
    assert texts[-2:] == ["About LoyaltyDesk", "About Qt"]
    assert QApplication.instance() is not None
