"""Driving modal dialogs: act on the next one that opens, from inside its event loop."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


class Watch:
    """A pending wait for a modal dialog; `cancel()` it when none should come. Every watch
    ends with its test (tests/ui/conftest.py), so none acts on a later test's dialog."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.active = True
        self.acted = False
        PENDING.append(self)

    def cancel(self) -> None:
        self.active = False

    @property
    def polling(self) -> bool:
        return self.active and time.monotonic() <= self.deadline


PENDING: list[Watch] = []


def end_watches() -> None:
    """Stop every watch still polling (the test that made it is over)."""
    while PENDING:
        PENDING.pop().cancel()


def on_next_modal(act: Callable[[QWidget], None], *, skip: QWidget | None = None,
                  seconds: float = 20) -> Watch:
    """Call `act(dialog)` once a modal dialog (other than `skip`) is showing."""
    watch = Watch(seconds)

    def poll() -> None:
        if not watch.polling:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is skip or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        watch.active, watch.acted = False, True
        try:
            act(dialog)
        except BaseException:
            dialog.close()  # a failed check must not leave the test waiting on a dialog
            raise
    QTimer.singleShot(0, poll)
    return watch


def note_every_modal(act: Callable[[QWidget], None], seconds: float = 60) -> Watch:
    """Call `act(dialog)` on every modal dialog that shows, until the watch is cancelled (or
    its test ends, or the deadline passes)."""
    watch = Watch(seconds)

    def poll() -> None:
        if not watch.polling:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            watch.acted = True
            act(dialog)
        QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)
    return watch


def click_message_button(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()
