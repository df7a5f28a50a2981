"""The About dialog: version, where the data lives, the licence and what LoyaltyDesk is built on."""

from __future__ import annotations

import platform
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk import APP_NAME, __version__
from loyaltydesk.ui.icons import app_icon

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow

DISTRIBUTION = "loyaltydesk"


def licence_name() -> str:
    from importlib import metadata  # here and below: the dialog's, not the Help menu's

    try:
        meta = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "MIT"
    found = [meta[name] for name in ("License-Expression", "License") if name in meta]
    return next((text for text in found if text), "MIT")


def licence_text() -> str | None:
    """The licence as shipped in the package's metadata, when this installation carries it."""
    from importlib import metadata

    try:
        text = metadata.distribution(DISTRIBUTION).read_text("licenses/LICENSE")
    except metadata.PackageNotFoundError:
        return None
    if not text:
        return None
    # One line a paragraph, so the text view wraps it to its own width.
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in text.split("\n\n"))


def components() -> list[tuple[str, str]]:
    """What LoyaltyDesk runs on, with the versions in use: Python, Qt, SQLite, then packages."""
    found = [("Python", platform.python_version()), ("Qt", qVersion()),
             ("PySide6", pyside_version), ("SQLite", sqlite3.sqlite_version)]
    from importlib import metadata

    try:
        requirements = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        requirements = []
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
        if name.lower().startswith("pyside6"):
            continue  # shown above as Qt and PySide6
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    return found


def details(data_folder: Path) -> str:
    """The plain-text summary that "Copy Details" puts on the clipboard for a support request."""
    lines = [f"{APP_NAME} {__version__}", f"Data folder: {data_folder}",
             f"System: {platform.platform()}"]
    lines += [f"{name} {version}" for name, version in components()]
    return "\n".join(lines)


def _plain_label(text: str, *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class AboutDialog(QDialog):
    """Who the application is, which version runs and where it keeps the data."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.setWindowTitle(self.tr("About %s") % APP_NAME)
        self.setObjectName("AboutDialog")
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("About"))
        tabs.addTab(self._about_page(), self.tr("&About"))
        self.licence_view = self._text_view(self._licence(), self.tr("Licence"))
        tabs.addTab(self.licence_view, self.tr("&Licence"))
        self.credits_view = self._text_view(self._credits(), self.tr("Credits"))
        tabs.addTab(self.credits_view, self.tr("C&redits"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy &Details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleName(self.tr("Copy version and data folder"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _about_page(self) -> QWidget:
        page = QWidget()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("LoyaltyDesk logo"))
        self.name_label = _plain_label(APP_NAME)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = _plain_label(self.tr("Version %s") % __version__, selectable=True)
        summary = _plain_label(self.tr("Turn first sales into loyal, referring clients."))
        identity = QVBoxLayout()
        for widget in (self.name_label, self.version_label, summary):
            identity.addWidget(widget)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(identity, 1)
        self.folder_label = _plain_label(str(self.data_folder), selectable=True)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.open_folder_button = QPushButton(self.tr("&Open Data Folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.licence_label = _plain_label(self.tr("Free software under the %s licence")
                                          % licence_name())
        form = QFormLayout()
        form.addRow(_plain_label(self.tr("Data folder:")), self.folder_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_folder_button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        form.addRow(_plain_label(self.tr("Licence:")), self.licence_label)
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _text_view(self, text: str, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setAccessibleName(name)
        return view

    def _licence(self) -> str:
        return licence_text() or self.tr(
            "%(app)s is released under the %(licence)s licence; its full text is in the "
            "LICENSE file that comes with the source code.") % {
                "app": APP_NAME, "licence": licence_name()}

    def _credits(self) -> str:
        lines = [self.tr("%s is built on:") % APP_NAME, ""]
        lines += [f"  {name} {version}" for name, version in components()]
        lines += ["", self.tr("Qt and Qt for Python (PySide6) are used under the GNU Lesser "
                              "General Public License, version 3; their source code is "
                              "available from the Qt Project.")]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(details(self.data_folder))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))


def install(window: MainWindow) -> None:
    """Help ▸ About LoyaltyDesk and Help ▸ About Qt."""
    about = QAction(window.tr("&About %s") % APP_NAME, window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.setObjectName("about_action")
    about.triggered.connect(lambda: _show_about(window))
    about_qt = QAction(window.tr("About &Qt"), window)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(QApplication.aboutQt)
    if not window.help_menu.isEmpty():
        window.help_menu.addSeparator()
    window.help_menu.addActions([about, about_qt])


def _show_about(window: MainWindow) -> None:
    dialog = AboutDialog(window.data.folder, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
