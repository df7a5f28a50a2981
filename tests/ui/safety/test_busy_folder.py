"""The window and another program on one folder: busy is waited for, damage is recovered."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
from loyaltydesk.services.session import close_data
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.safety import startup
from tests.cli.test_bad_books import flip_a_page
from tests.overlaps.conftest import PausedImport, contacts_csv
from tests.ui.safety.modal import Watch, click_message_button, note_every_modal, on_next_modal


def _modals_seen(seen: list[str], *, texts: bool = False, act: dict | None = None) -> Watch:
    """Note (and close) every modal dialog that shows; stops with the test at the latest."""
    def note(dialog) -> None:
        name = dialog.objectName() or type(dialog).__name__
        seen.append(getattr(dialog, "text", str)() if texts else name)
        (act or {}).get(name, QWidget.close)(dialog)
    return note_every_modal(note)


def test_the_window_waits_for_a_running_import_and_opens_with_everything(qtbot, data,
                                                                         tmp_path):
    customers.create_customer(ContactDetails(name="Already here"))
    close_data()
    job = PausedImport(data.folder, contacts_csv(tmp_path / "c.csv", 80))
    waited = {}

    def finish_the_import(dialog) -> None:
        waited["name"] = dialog.objectName()
        waited["text"] = dialog.labelText()
        waited["import"] = job.finish()

    on_next_modal(finish_the_import)
    guard = startup.claim(data.folder)
    try:
        assert guard is not None and waited["name"] == "WaitForWriter"
        assert "(import)" in waited["text"] and waited["import"][0] == 0
        seen: list[str] = []
        watch = _modals_seen(seen)
        opened = startup.open_checked(data.folder)
        watch.cancel()
        assert seen == [] and opened is not None
        assert customers.customer_count() == 81
    finally:
        job.kill()
        if guard is not None:
            guard.release()


def test_a_busy_book_is_never_called_damaged_nor_offered_a_restore(qtbot, data, clock):
    customers.create_customer(ContactDetails(name="Ann"))
    backups.take_backup(data.folder)
    close_data()
    clock.advance(timedelta(days=400))  # opening must now write: the values slide with time
    other = sqlite3.connect(data.database_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a program that ignores the folder's lock
    seen = {}

    def answer(box) -> None:
        seen["name"], seen["text"] = box.objectName(), box.text()
        other.execute("ROLLBACK")
        click_message_button(box, "Try Again")

    on_next_modal(answer, seconds=60)
    try:
        opened = startup.open_checked(data.folder)
    finally:
        other.close()
    assert seen["name"] == "BusyMessage" and "busy" in seen["text"]
    assert "Restore" not in seen["text"] and opened is not None
    assert customers.customer_count() == 1


@pytest.mark.qt_no_exception_capture  # the window's own hook is what is tested
def test_a_damaged_file_in_the_window_brings_the_recovery_dialog(qtbot, data):
    for n in range(300):
        customers.create_customer(ContactDetails(name=f"Person {n}", city="Lyon"))
    backups.take_backup(data.folder)
    close_data()
    flip_a_page(data.database_path)
    seen: list[str] = []
    watch = _modals_seen(seen, act={"RecoveryDialog": lambda box: click_message_button(
        box, "Restore Newest Backup")})  # any other dialog is noted and closed: none hangs
    opened = startup.open_checked(data.folder)
    window = None
    if opened is not None and not seen:  # the damage is found once the window reads it
        startup.note_errors_until_the_window()  # as the app starts: its list reads at once
        window = MainWindow(opened)
        startup.install_error_dialog(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    watch.cancel()
    assert seen == ["RecoveryDialog"]
    assert len(matching_ids(CustomerFilter())) == 300
    if window is not None:
        window.close()


@pytest.fixture(autouse=True)
def _plain_excepthook():
    import sys
    before = sys.excepthook
    yield
    sys.excepthook = before


def test_on_a_full_disk_the_window_opens_the_data_read_only(qtbot, data):
    import resource
    import signal

    customers.create_customer(ContactDetails(name="Ann"))
    close_data()
    seen: list[str] = []
    watch = _modals_seen(seen, texts=True)  # every dialog noted and closed: none can hang
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))  # not one more byte on disk
    try:
        opened = startup.open_checked(data.folder)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
        watch.cancel()
    assert len(seen) == 1 and "disk is full" in seen[0] and "read-only" in seen[0]
    assert opened is not None and opened.readonly
    assert customers.customer_count() == 1
