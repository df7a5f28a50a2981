"""Driving modal dialogs: act on the next one that opens, from inside its event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def on_next_modal(act: Callable[[QWidget], None], *, skip: QWidget | None = None) -> None:
    """Call `act(dialog)` once a modal dialog (other than `skip`) is showing."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is skip or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.close()  # a failed check must not leave the test waiting on a dialog
            raise
    QTimer.singleShot(0, poll)


def click_message_button(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()
