"""Fixtures for driving the customers view: a shown main window, and answering its dialogs."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.ui.main_window import MainWindow


def add(name: str, stage: Stage = Stage.SUSPECT, **fields) -> int:
    return customers.create_customer(ContactDetails(name=name, **fields), stage=stage)


@pytest.fixture
def open_window(qtbot, data):
    """Builds (and later closes) main windows on the test's data folder, shown and active."""
    made: list[MainWindow] = []

    def build() -> MainWindow:
        window = MainWindow(data)  # closed below, not by qtbot: that may happen too early
        window.resize(1280, 800)  # a laptop's window: the test screen is smaller
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        made.append(window)
        return window

    yield build
    # A failed test must not hang on a question: revert, and refuse any dialog left open.
    closer = QTimer(interval=20)
    closer.timeout.connect(lambda: QApplication.activeModalWidget()
                           and QApplication.activeModalWidget().reject())
    closer.start()
    for window in made:
        if window.browser is not None:
            window.browser.page.revert()
        window.close()
        window.deleteLater()
    closer.stop()


@pytest.fixture
def window(open_window):
    return open_window()


# A question must come within this long; an answer never waits into the next test.
ANSWER_WITHIN_S = 20.0
_waiting: list[dict[str, bool]] = []  # the helpers still looking for their dialog


@pytest.fixture(autouse=True)
def _answers_end_with_their_test():
    yield
    for watch in _waiting:
        watch["active"] = False
    _waiting.clear()


def answer_next_dialog(qtbot, button_text: str | None, before=None) -> list[str]:
    """Click `button_text` in the next modal dialog (after running `before(dialog)`, which
    may itself close the dialog, with no button to click then).

    Returns a list that receives the dialog's text, so a test can check what was asked.
    """
    seen: list[str] = []
    deadline = time.monotonic() + ANSWER_WITHIN_S
    watch = {"active": True}
    _waiting.append(watch)

    def answer() -> None:
        if not watch["active"]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(10, answer)
            return
        seen.append(getattr(dialog, "text", lambda: dialog.windowTitle())())
        if before is not None:
            before(dialog)
        if button_text is None:
            return
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text and button.isVisible():
                button.click()
                return
        dialog.reject()  # never leave the test waiting on it
        raise AssertionError(f"no button {button_text!r} in {dialog!r}")

    QTimer.singleShot(0, answer)
    return seen
