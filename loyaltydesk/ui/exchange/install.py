"""File > Import… and Export…, and "Export selected…" on the customer list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton

from loyaltydesk.services.customer_list import CustomerFilter

if TYPE_CHECKING:
    from loyaltydesk.exchange.sheet_content import Visit
    from loyaltydesk.ui.exchange.export_dialog import ExportDialog
    from loyaltydesk.ui.exchange.import_dialog import ImportDialog
    from loyaltydesk.ui.main_window import MainWindow

# The formats and their dialogs load when first used: the window opens without them.


def tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)

IMPORT_FILTER = "Contacts and purchases (*.vcf *.vcard *.csv *.txt);;All files (*)"


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


class ExchangeActions(QObject):
    """The menu entries and what they open; kept by the window as its child."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_dialog: ImportDialog | ExportDialog | None = None
        self.open_file_button: QPushButton | None = None
        self.exported_path: Path | None = None
        self.import_action = self._action(tr("&Import…"), "Ctrl+Shift+I", self.choose_import)
        self.export_action = self._action(tr("&Export…"), "Ctrl+Shift+E", self.open_export)
        self.export_selected_action = self._action(tr("Export selected…"), "",
                                                   self.export_selected)
        self.sheets_action = self._action(tr("Contact sheets..."), "", self.sheets_for_list)
        self.import_action.setObjectName("exchange_import")
        self.export_action.setObjectName("exchange_export")

    def _action(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, tr("Import contacts or purchases"),
                                              str(_documents()), tr(IMPORT_FILTER))
        if name:
            self.open_import(Path(name))

    def open_import(self, path: Path) -> ImportDialog:
        from loyaltydesk.ui.exchange.import_dialog import ImportDialog
        dialog = ImportDialog(path, self.window.jobs, self.window)
        dialog.imported.connect(self._after_import)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _after_import(self, summary: str) -> None:
        self.window.data_replaced.emit()
        self.window.refresh_status()
        self.window.statusBar().showMessage(tr("Imported: %1").replace("%1", summary), 15000)

    def _scopes(self, selected_first: bool) -> list[tuple[str, list[int]]]:
        from loyaltydesk.exchange.exporter import ids_for
        selected = self.window.selected_customer_ids()
        shown = ids_for(self.window.current_customer_filter())
        scopes = [(tr("Selected customers"), selected)] if selected else []
        scopes += [(tr("Customers in the list"), shown), (tr("All customers"),
                                                          ids_for(CustomerFilter()))]
        return scopes if selected_first or not selected else scopes[1:] + scopes[:1]

    def open_export(self, selected_first: bool = False) -> ExportDialog:
        from loyaltydesk.ui.exchange.export_dialog import ExportDialog
        dialog = ExportDialog(self._scopes(selected_first), _documents(), self.window.jobs,
                              self.window)
        dialog.accepted.connect(lambda: self._after_export(dialog))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _after_export(self, dialog: ExportDialog) -> None:
        """Say what was written, with a button that opens it while the message shows."""
        bar = self.window.statusBar()
        bar.showMessage(tr("Exported %1").replace("%1", dialog.result_text), 15000)
        if self.open_file_button is None:
            self.open_file_button = QPushButton(tr("&Open file"))
            self.open_file_button.setObjectName("open_exported_file")
            self.open_file_button.clicked.connect(self._open_exported)
            bar.insertPermanentWidget(0, self.open_file_button)  # beside the message
            bar.messageChanged.connect(
                lambda text: self.open_file_button.setVisible(bool(text)))
        self.exported_path = dialog.written_path
        self.open_file_button.setToolTip(str(self.exported_path))
        self.open_file_button.setVisible(self.exported_path is not None)

    def _open_exported(self) -> None:
        if self.exported_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported_path)))

    def export_selected(self) -> ExportDialog:
        return self.open_export(selected_first=True)

    def open_sheets(self, label: str, ids: list[int], visit: Visit | None = None
                    ) -> ExportDialog:
        """The one way to contact sheets from a view: these customers, for these days."""
        from loyaltydesk.ui.exchange.export_dialog import ExportDialog
        dialog = ExportDialog([(label, ids)], _documents(), self.window.jobs, self.window,
                              visit=visit,
                              sheets_only=True)
        dialog.accepted.connect(lambda: self.window.statusBar().showMessage(
            tr("Exported %1").replace("%1", dialog.result_text), 15000))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def sheets_for_list(self) -> ExportDialog:
        """The selected customers, else the whole filtered list."""
        from loyaltydesk.exchange.exporter import describe_filter, ids_for
        selected = self.window.selected_customer_ids()
        if selected:
            return self.open_sheets(tr("Selected customers"), selected)
        spec = self.window.current_customer_filter()
        return self.open_sheets(describe_filter(spec) or tr("All customers"), ids_for(spec))


def install_exchange(window: MainWindow) -> ExchangeActions:
    actions = ExchangeActions(window)
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    if first is None:
        window.file_menu.addActions([actions.import_action, actions.export_action])
        window.file_menu.addSeparator()
    else:
        window.file_menu.insertAction(first, actions.import_action)
        window.file_menu.insertAction(first, actions.export_action)
        window.file_menu.insertSeparator(first)
    window.customer_context_actions.append(actions.export_selected_action)
    window.customer_context_actions.append(actions.sheets_action)
    return actions
