"""The main window: navigation between the views, menus, toolbar and status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from loyaltydesk import APP_NAME
from loyaltydesk.services import customers
from loyaltydesk.services.session import DataFolder


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen view on the right."""

    def __init__(self, data: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setMaximumWidth(200)
        self.pages = QStackedWidget()
        self._page_keys: list[str] = []
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._build_menus()
        self._count_label = QLabel()
        self.statusBar().addPermanentWidget(self._count_label)
        for key, title in (("customers", self.tr("Customers")), ("pipeline", self.tr("Pipeline")),
                           ("calendar", self.tr("Calendar")), ("today", self.tr("Today")),
                           ("insights", self.tr("Insights"))):
            self.add_page(key, title, QLabel(self.tr("%s comes here.") % title))
        self.navigation.setCurrentRow(0)
        self.refresh_status()
        self.resize(1280, 800)
        self._restore_geometry()

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        """Put a view in the navigation; a key already there has its view replaced."""
        if key in self._page_keys:
            index = self._page_keys.index(key)
            old = self.pages.widget(index)
            self.pages.insertWidget(index, widget)
            self.pages.removeWidget(old)
            old.deleteLater()
            self.navigation.item(index).setText(title)
            return
        self._page_keys.append(key)
        self.pages.addWidget(widget)
        QListWidgetItem(title, self.navigation)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self._page_keys.index(key))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.customer_menu = bar.addMenu(self.tr("&Customer"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def refresh_status(self) -> None:
        self._count_label.setText(self.tr("%n customer(s)", "", customers.customer_count()))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
