"""Start-up: the passphrase is asked, an unreadable database offers a backup, never silently."""

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers, encryption
from loyaltydesk.store import cipher, database
from loyaltydesk.ui.safety import startup
from loyaltydesk.ui.safety.passphrase_dialog import PassphraseDialog
from tests.ui.safety.modal import click_message_button, on_next_modal


def after_passphrase(act):
    """A file that looks encrypted asks its passphrase first: cancel that, then `act`."""
    def first(dialog) -> None:
        if isinstance(dialog, PassphraseDialog):
            on_next_modal(act, skip=dialog)
            dialog.reject()
        else:
            act(dialog)
    return first


@pytest.fixture
def damaged(data):
    customers.create_customer(ContactDetails(name="Ann"))
    good = backups.take_backup(data.folder)
    database.close()
    data.database_path.write_bytes(b"\x13" * 8192)
    return data.folder, good


def test_an_unreadable_database_offers_the_newest_good_backup(qtbot, damaged):
    folder, good = damaged
    seen = {}

    def restore_newest(box):
        seen["text"] = box.detailedText()
        assert "Continue Anyway" not in [b.text() for b in box.buttons()]
        click_message_button(box, "Restore Newest Backup")

    on_next_modal(after_passphrase(restore_newest))
    data = startup.open_checked(folder)
    assert "cannot be read" in seen["text"]
    assert customers.customer_count() == 1 and data.folder == folder
    damaged_copy = next(b for b in backups.list_backups(folder) if b.kind == "damaged")
    assert damaged_copy.path.read_bytes() == b"\x13" * 8192


def test_quitting_from_the_problem_dialog_changes_nothing(qtbot, damaged):
    folder, _ = damaged
    on_next_modal(after_passphrase(lambda box: click_message_button(box, "Quit")))
    assert startup.open_checked(folder) is None
    assert (folder / "loyaltydesk.sqlite3").read_bytes() == b"\x13" * 8192
    assert [b.kind for b in backups.list_backups(folder)] == ["manual"]


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_the_passphrase_is_asked_again_after_a_wrong_one(qtbot, data):
    customers.create_customer(ContactDetails(name="Ann"))
    database.close()
    encryption.encrypt(data.folder, "the right one")
    seen = []

    def answer(text):
        def act(dialog):
            seen.append(dialog.error.isVisibleTo(dialog))
            dialog.passphrase.setText(text)
            if text == "a wrong one":
                on_next_modal(answer("the right one"), skip=dialog)
            dialog.buttons.accepted.emit()
        return act

    on_next_modal(answer("a wrong one"))
    opened = startup.open_checked(data.folder)
    assert seen == [False, True]
    assert opened.passphrase == "the right one" and customers.customer_count() == 1


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_cancelling_the_passphrase_opens_nothing(qtbot, data):
    database.close()
    encryption.encrypt(data.folder, "the right one")
    before = data.database_path.read_bytes()
    on_next_modal(lambda dialog: dialog.reject())
    assert startup.open_checked(data.folder) is None
    assert data.database_path.read_bytes() == before


def test_without_anyone_at_the_screen_a_problem_is_printed_not_asked(qtbot, damaged, capsys):
    folder, _ = damaged
    asked = on_next_modal(lambda box: box.close())
    assert startup.open_checked(folder, interactive=False) is None
    asked.cancel()
    assert not asked.acted and capsys.readouterr().err.startswith("loyaltydesk: ")
    assert (folder / "loyaltydesk.sqlite3").read_bytes() == b"\x13" * 8192


def test_data_from_a_newer_version_is_refused_without_offering_a_backup(qtbot, data):
    import sqlite3

    from loyaltydesk.store.migrations import LATEST_VERSION

    database.close()
    with sqlite3.connect(data.database_path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    seen = []
    on_next_modal(lambda box: (seen.append(box.text()), box.accept()))
    assert startup.open_checked(data.folder) is None
    assert "newer LoyaltyDesk" in seen[0]


def test_choosing_another_backup_from_the_problem_dialog(qtbot, damaged):
    folder, good = damaged

    def choose(box):
        def pick(dialog):
            on_next_modal(lambda confirm: click_message_button(confirm, "Replace"), skip=dialog)
            dialog.table.selectRow(0)
            dialog.restore_button.click()
        on_next_modal(pick, skip=box)
        click_message_button(box, "Choose a Backup…")

    on_next_modal(after_passphrase(choose))
    data = startup.open_checked(folder)
    assert data is not None and customers.customer_count() == 1
    assert {b.kind for b in backups.list_backups(folder)} == {"manual", "damaged"}
    assert good.path.exists()


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_an_encrypted_book_beside_a_plain_backup_asks_its_passphrase(qtbot, data):
    customers.create_customer(ContactDetails(name="Ann"))
    old_plain = backups.take_backup(data.folder).path.read_bytes()
    database.close()
    encryption.encrypt(data.folder, "the right one")
    (data.folder / "backups" / "manual-20200101T000000Z.sqlite3").write_bytes(old_plain)
    backups.list_backups(data.folder)[0].path.write_bytes(old_plain)  # newest: plain
    seen = []

    def answer(dialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.passphrase.setText("the right one")
        dialog.buttons.accepted.emit()

    on_next_modal(answer)
    opened = startup.open_checked(data.folder)
    assert seen == ["PassphraseDialog"]
    assert opened.passphrase == "the right one" and customers.customer_count() == 1


def test_a_zero_byte_data_file_brings_the_recovery_dialog_not_an_empty_book(qtbot, data):
    customers.create_customer(ContactDetails(name="Ann"))
    backups.take_backup(data.folder)
    database.close()
    for extra in ("-wal", "-shm"):
        data.database_path.with_name(data.database_path.name + extra).unlink(missing_ok=True)
    data.database_path.write_bytes(b"")
    seen = {}

    def quit_(box) -> None:
        seen["name"], seen["details"] = box.objectName(), box.detailedText()
        click_message_button(box, "Quit")

    on_next_modal(quit_)
    assert startup.open_checked(data.folder) is None
    assert seen["name"] == "RecoveryDialog" and "empty" in seen["details"]
    assert data.database_path.read_bytes() == b""
    assert [b.kind for b in backups.list_backups(data.folder)] == ["manual"]
