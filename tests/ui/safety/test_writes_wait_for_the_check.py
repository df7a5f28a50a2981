"""The window opens a book before its quick integrity check is over: until then a write waits
for the check, and a book that fails it takes no write, whatever the window does first."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers
from loyaltydesk.services.session import DamagedBook, close_data, open_data
from loyaltydesk.services.storage_errors import is_damage
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.safety import startup
from tests.cli.test_bad_books import flip_a_page

LATER = 3_600_000  # the start-up check has not begun when the test acts


def _files(folder: Path) -> str:
    """The book and its journal, as bytes: what a write would change."""
    digest = hashlib.sha256()
    for name in ("loyaltydesk.sqlite3", "loyaltydesk.sqlite3-wal"):
        path = folder / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


def _window(qtbot, data) -> MainWindow:
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    startup.after_show(window, delay_ms=LATER)
    return window


@pytest.fixture(autouse=True)
def _plain_excepthook():
    import sys
    before = sys.excepthook
    yield
    sys.excepthook = before


@pytest.fixture
def flipped(data):
    """A book with a damaged page, opened as the window opens it (no check before)."""
    for n in range(300):
        customers.create_customer(ContactDetails(name=f"Person {n}", city="Lyon"))
    backups.take_backup(data.folder)
    close_data()
    flip_a_page(data.database_path)
    return open_data(data.folder)


# The window's list reads the damaged page too (the window answers that with the recovery
# dialog, tested elsewhere): here only the writes are tested.
@pytest.mark.qt_no_exception_capture
def test_a_first_write_into_a_damaged_book_is_refused_before_the_check_has_run(
        qtbot, flipped):
    window = _window(qtbot, flipped)
    assert window.start_checks is not None and window.start_checks.book.found is None
    before = _files(flipped.folder)
    with pytest.raises(DamagedBook, match="fails its quick integrity check") as refused:
        customers.create_customer(ContactDetails(name="Written too soon", city="Lyon"))
    assert is_damage(refused.value)  # the window's hook answers it with the recovery dialog
    assert _files(flipped.folder) == before  # not a byte written
    assert window.start_checks.book.found  # the write ran the check; later ones need not
    with pytest.raises(DamagedBook):
        customers.create_customer(ContactDetails(name="Again", city="Lyon"))
    window.close()


@pytest.mark.qt_no_exception_capture
def test_a_restored_backup_takes_writes_again(qtbot, flipped):
    window = _window(qtbot, flipped)
    with pytest.raises(DamagedBook):
        customers.create_customer(ContactDetails(name="Written too soon"))
    newest = backups.list_backups(flipped.folder)[0]
    assert window.safety_actions.restore_file(newest.path)  # as the recovery dialog does
    cid = customers.create_customer(ContactDetails(name="After the restore"))
    assert customers.get_customer(cid).details.name == "After the restore"
    window.close()


def test_a_sound_book_is_checked_once_and_written_as_usual(qtbot, data):
    window = _window(qtbot, data)
    checks = window.start_checks
    cid = customers.create_customer(ContactDetails(name="Ann", city="Lyon"))
    assert checks.book.found == []  # the first write ran the check
    checks.start()  # the start-up job, later, finds it done
    with qtbot.waitSignal(checks.job.ended, timeout=60_000):
        pass
    assert customers.get_customer(cid).details.name == "Ann"
    customers.create_customer(ContactDetails(name="Bea"))
    assert customers.customer_count() == 2
    window.close()
