"""The File menu's backup, restore and encryption, and the backups at start and quit."""

import sqlite3
import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers
from loyaltydesk.store import cipher
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.safety import startup
from loyaltydesk.ui.safety.idle_backup import IdleBackups
from tests.backup_files import names
from tests.ui.safety.modal import click_message_button, on_next_modal


@pytest.fixture
def window(qtbot, data):
    shown = MainWindow(data)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _action(window, text):
    return next(a for a in window.file_menu.actions() if a.text().replace("&", "") == text)


def test_the_file_menu_holds_the_safety_actions_before_quit(window):
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    ours = ["Back Up Now", "Back Up to File…", "Restore from Backup…", "Encryption…"]
    assert [t for t in texts if t in ours] == ours
    assert texts[-1] == "Quit" and texts.index("Encryption…") == len(texts) - 2
    assert _action(window, "Back Up Now").shortcut().toString() == "Ctrl+Shift+B"


def test_the_safety_shortcuts_clash_with_no_other_action(window):
    from PySide6.QtGui import QAction

    ours = {a.shortcut().toString() for a in window.file_menu.actions()
            if a in vars(window.safety_actions).values() and not a.shortcut().isEmpty()}
    others = [a.shortcut().toString() for a in window.findChildren(QAction)
              if a not in vars(window.safety_actions).values()]
    assert ours == {"Ctrl+Shift+B"} and not ours & set(others)


def test_back_up_now_writes_a_checked_backup_off_the_window_thread_and_says_where(window):
    customers.create_customer(ContactDetails(name="Ann"))
    _action(window, "Back Up Now").trigger()
    assert window.jobs.busy()
    window.jobs.finish()
    [made] = backups.list_backups(window.data.folder)
    assert made.kind == "manual" and names(made.path) == ["Ann"]
    assert str(made.path) in window.statusBar().currentMessage()


def test_back_up_now_can_be_cancelled_and_leaves_nothing(window):
    customers.create_customer(ContactDetails(name="Ann"))
    job = window.safety_actions.back_up_now()
    job.cancel()
    window.jobs.finish()
    assert job.was_cancelled
    assert list((window.data.folder / "backups").glob("*")) == []
    assert "Backed up" not in window.statusBar().currentMessage()


def test_a_backup_that_cannot_be_written_says_why_once(qtbot, window, tmp_path):
    seen = []
    on_next_modal(lambda box: (seen.append((box.windowTitle(), box.text())), box.accept()))
    job = window.safety_actions.back_up_now(tmp_path / "no such folder" / "copy.sqlite3")
    with qtbot.waitSignal(job.ended, timeout=20000):
        pass
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert len(seen) == 1 and seen[0][0] == "Not backed up" and seen[0][1]
    assert backups.list_backups(window.data.folder) == []


def test_restore_from_the_menu_brings_the_data_back_and_reloads_the_views(qtbot, window):
    customers.create_customer(ContactDetails(name="Ann"))
    backups.take_backup(window.data.folder)
    customers.create_customer(ContactDetails(name="Bob"))

    def choose_newest(dialog):
        on_next_modal(lambda box: click_message_button(box, "Replace"), skip=dialog)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    on_next_modal(choose_newest)
    with qtbot.waitSignal(window.data_replaced):
        _action(window, "Restore from Backup…").trigger()
    assert [c[0] for c in window.data.database.execute_sql("SELECT name FROM customer")] == \
        ["Ann"]
    assert window._count_label.text() == "1 customer"
    assert "before-restore" in window.statusBar().currentMessage()


def test_the_window_backs_up_while_it_idles_when_a_backup_is_due(qtbot, window, clock):
    idle = IdleBackups(lambda: window.data, window.jobs, window)
    customers.create_customer(ContactDetails(name="Ann"))
    with qtbot.waitSignal(idle.backed_up, timeout=10000) as made:
        assert idle.back_up_if_due() is not None
    [backup] = backups.list_backups(window.data.folder)
    assert backup.automatic and str(backup.path) == made.args[0]
    assert names(backup.path) == ["Ann"]
    assert idle.back_up_if_due() is None  # not due again
    customers.create_customer(ContactDetails(name="Bob"))
    clock.advance(timedelta(minutes=59))
    assert idle.back_up_if_due() is None  # changed, but the last one is not an hour old
    clock.advance(timedelta(minutes=1))
    with qtbot.waitSignal(idle.backed_up, timeout=10000):
        assert idle.back_up_if_due() is not None
    assert names(backups.list_backups(window.data.folder)[0].path) == ["Ann", "Bob"]


def test_no_backup_starts_while_another_job_runs(qtbot, window):
    release = threading.Event()
    other = window.jobs.start(lambda _progress: release.wait(10), error_text=None)
    idle = IdleBackups(lambda: window.data, window.jobs, window)
    assert idle.back_up_if_due() is None
    release.set()
    other.wait(10000)
    window.jobs.finish()
    with qtbot.waitSignal(idle.backed_up, timeout=10000):
        assert idle.back_up_if_due() is not None


def test_quitting_takes_no_backup_even_when_one_is_due(window):
    customers.create_customer(ContactDetails(name="Ann"))
    startup.after_show(window)
    startup.before_exit(window)
    assert backups.list_backups(window.data.folder) == []
    assert not window.jobs.busy()


def test_the_checks_and_the_idle_backup_wait_for_the_window_to_settle(qtbot, window):
    checks = startup.after_show(window, delay_ms=200, idle_ms=100)
    assert not checks.running() and backups.list_backups(window.data.folder) == []
    with qtbot.waitSignal(window.idle_backups.backed_up, timeout=10000):
        pass
    assert [b.kind for b in backups.list_backups(window.data.folder)] == ["auto"]


def test_quitting_stops_a_backup_under_way_and_leaves_nothing_half_written(qtbot, window):
    customers.create_customer(ContactDetails(name="Ann"))
    startup.after_show(window, delay_ms=60000)
    job = window.idle_backups.back_up_if_due()
    startup.before_exit(window)
    assert not job.running() and not window.jobs.busy()
    left = list((window.data.folder / "backups").glob("*"))
    if job.was_cancelled:
        assert left == []
    else:  # it was over before the cancel came: a whole, checked backup
        [made] = left
        assert names(made) == ["Ann"] and backups.problems_of(made) == []


def _damage_an_index(path):
    with sqlite3.connect(path) as raw:
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer_email'"
                           ).fetchone()[0]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size + 8)
        handle.write(b"\x07" * 200)


def test_a_problem_found_after_start_offers_the_newest_good_backup(qtbot, window):
    customers.create_customer(ContactDetails(name="Ann", email="ann@example.org"))
    good = backups.take_backup(window.data.folder)
    window.data.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage_an_index(window.data.database_path)
    checks = startup.after_show(window, delay_ms=0)

    def restore_newest(box):
        assert "taken" in box.informativeText()
        click_message_button(box, "Restore Newest Backup")

    on_next_modal(restore_newest)
    with qtbot.waitSignal(window.data_replaced, timeout=10000):
        pass
    checks.wait(5000)
    assert backups.quick_problems(window.data.database_path) == []
    assert [b.kind for b in backups.list_backups(window.data.folder)] == ["damaged", "manual"]
    assert good.path.exists()


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_encrypting_and_decrypting_from_the_encryption_dialog(qtbot, window):
    customers.create_customer(ContactDetails(name="Ann"))

    def type_new_passphrase(dialog):
        dialog.passphrase.setText("a long passphrase")
        dialog.findChildren(QLineEdit)[1].setText("a long passphrase")
        dialog.buttons.accepted.emit()

    def encrypt(dialog):
        on_next_modal(type_new_passphrase, skip=dialog)
        qtbot.mouseClick(dialog.encrypt_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    on_next_modal(encrypt)
    _action(window, "Encryption…").trigger()
    assert window.data.passphrase == "a long passphrase"
    assert cipher.is_encrypted(window.data.database_path)
    assert customers.customer_count() == 1

    def decrypt(dialog):
        on_next_modal(lambda box: click_message_button(box, "Decrypt"), skip=dialog)
        qtbot.mouseClick(dialog.decrypt_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    on_next_modal(decrypt)
    _action(window, "Encryption…").trigger()
    assert window.data.passphrase is None and not cipher.is_encrypted(window.data.database_path)
    assert customers.customer_count() == 1


def test_restoring_a_damaged_compressed_backup_says_so_and_changes_nothing(window, tmp_path):
    customers.create_customer(ContactDetails(name="Ann"))
    window.safety_actions.back_up_now()
    window.jobs.finish()
    [made] = backups.list_backups(window.data.folder)
    damaged = tmp_path / made.path.name
    damaged.write_bytes(made.path.read_bytes()[: made.size // 2])
    customers.create_customer(ContactDetails(name="Bob"))
    seen = {}

    def read_and_close(box):
        seen["text"] = box.text()
        box.accept()

    on_next_modal(read_and_close)
    assert window.safety_actions.restore_file(damaged) is False
    assert seen["text"].startswith(f"Not restored: {damaged.name} is damaged")
    assert "\n" not in seen["text"]
    names_now = [r[0] for r in window.data.database.execute_sql(
        "SELECT name FROM customer ORDER BY name")]
    assert names_now == ["Ann", "Bob"]
