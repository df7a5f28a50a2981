import pytest

from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.reminders.timer import ReminderTimer


@pytest.fixture
def open_window(qtbot, monkeypatch):
    """A main window on the data folder, after its first reminder check has run."""
    monkeypatch.setattr("loyaltydesk.ui.reminders.timer.FIRST_CHECK_MS", 0)

    def opener(data):
        window = MainWindow(data)
        qtbot.addWidget(window)
        timer = window.findChild(ReminderTimer, "ReminderTimer")
        with qtbot.waitSignal(timer.checked):
            window.show()
        return window, timer

    return opener


@pytest.fixture
def notices(qtbot):
    """Every notice a timer raises, in order."""
    raised = []

    def listen(timer):
        timer.raised.connect(raised.append)
        return raised

    return listen
