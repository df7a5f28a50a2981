"""When another LoyaltyDesk command is writing to the data: wait for it, never call it damage."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from loyaltydesk import APP_NAME
from loyaltydesk.ui.safety.single_instance import SingleInstance

POLL_MS = 250


class WaitForWriter(QProgressDialog):
    """A busy note with Cancel, closed by itself once this program holds the folder."""

    def __init__(self, guard: SingleInstance, purpose: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WaitForWriter")
        self.setWindowTitle(APP_NAME)
        label = QLabel(self.tr(
            "Another LoyaltyDesk command (%1) is changing this data folder. LoyaltyDesk opens "
            "as soon as it is done.").replace("%1", purpose))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.setLabel(label)
        self.setMinimumWidth(380)
        self.setCancelButtonText(self.tr("Quit"))
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.guard = guard
        self.claimed = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._try)

    def _try(self) -> None:
        if self.guard.claim(listen=False):
            self.claimed = True
            self.timer.stop()
            self.accept()

    def wait(self) -> bool:
        """True once the folder is ours; False when the person chose to quit."""
        self.timer.start()
        self.exec()
        self.timer.stop()
        return self.claimed


def busy_choice(text: str, parent: QWidget | None = None) -> bool:
    """Say the data is busy (never damaged); True to try again, False to quit."""
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, parent=parent)
    box.setObjectName("BusyMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    retry = box.addButton(box.tr("Try Again"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(box.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry
