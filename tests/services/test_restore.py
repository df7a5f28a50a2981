"""Restoring: yesterday's data comes back, what it replaces is kept, bad files change nothing."""

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import automatic_backups, backups, customers, integrity
from loyaltydesk.services.backups import BackupError
from loyaltydesk.services.restore import restore
from loyaltydesk.store import database
from loyaltydesk.store.migrations import LATEST_VERSION
from tests.backup_files import names

_names = names


def _live_names() -> list[str]:
    return [r[0] for r in database.db.execute_sql("SELECT name FROM customer ORDER BY name")]


def test_a_restore_brings_back_yesterdays_data_and_keeps_todays(data, clock):
    ann = customers.create_customer(ContactDetails(name="Ann"))
    yesterday = automatic_backups.automatic_backup(data.folder)
    clock.advance(timedelta(days=1))
    customers.create_customer(ContactDetails(name="Bob"))
    customers.trash_customers([ann])
    done = restore(data.folder, yesterday.path)
    assert _live_names() == ["Ann"] and customers.customer_count() == 1
    assert done.replaced.name.startswith("before-restore-")
    assert _names(done.replaced) == ["Ann", "Bob"]
    assert integrity.problems() == []
    assert done.data.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_copy_of_what_was_replaced_can_itself_be_restored(data, clock):
    customers.create_customer(ContactDetails(name="Ann"))
    old = backups.take_backup(data.folder)
    customers.create_customer(ContactDetails(name="Bob"))
    undo = restore(data.folder, old.path).replaced
    assert _live_names() == ["Ann"]
    restore(data.folder, undo)
    assert _live_names() == ["Ann", "Bob"]


def _not_loyaltydesk(path: Path) -> Path:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (x)")
    return path


def _newer(path: Path, source: Path) -> Path:
    path.write_bytes(source.read_bytes())
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    return path


def _damaged(path: Path, source: Path) -> Path:
    content = bytearray(source.read_bytes())
    content[4096 * 2: 4096 * 5] = b"\x00\xff" * (4096 * 3 // 2)
    path.write_bytes(bytes(content))
    return path


def test_a_bad_file_is_refused_and_nothing_changes(data, tmp_path):
    customers.create_customer(ContactDetails(name="Ann"))
    good = backups.take_backup(data.folder, target=tmp_path / "good.sqlite3").path
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 500)
    candidates = {
        "not a database": garbage,
        "not a LoyaltyDesk database": _not_loyaltydesk(tmp_path / "other.sqlite3"),
        "newer LoyaltyDesk": _newer(tmp_path / "newer.sqlite3", good),
        "integrity|malformed|corrupt": _damaged(tmp_path / "damaged.sqlite3", good),
        "database itself": data.database_path,
    }
    customers.create_customer(ContactDetails(name="Bob"))
    for message, candidate in candidates.items():
        with pytest.raises(BackupError, match=message):
            restore(data.folder, candidate)
        assert _live_names() == ["Ann", "Bob"]
    assert backups.list_backups(data.folder) == []


def test_a_damaged_database_is_moved_aside_untouched_and_replaced(data):
    customers.create_customer(ContactDetails(name="Ann"))
    good = backups.take_backup(data.folder)
    database.close()
    broken = b"\x13" * 8192
    data.database_path.write_bytes(broken)
    done = restore(data.folder, good.path)
    assert done.replaced.name.startswith("damaged-")
    assert done.replaced.read_bytes() == broken
    assert _live_names() == ["Ann"] and integrity.problems() == []
    assert backups.latest_good(data.folder).path == good.path


def test_a_restore_into_a_folder_with_no_database(data_dir, tmp_path, clock):
    from loyaltydesk.services.session import open_data

    open_data(tmp_path / "elsewhere")
    customers.create_customer(ContactDetails(name="Ann"))
    copy = backups.take_backup(tmp_path / "elsewhere").path
    database.close()
    done = restore(data_dir, copy)
    assert done.replaced is None and _live_names() == ["Ann"]
    assert (data_dir / "loyaltydesk.sqlite3").stat().st_mode & 0o777 == 0o600


def _truncated(path: Path, source: Path) -> Path:
    path.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return path


def _bit_flipped(path: Path, source: Path) -> Path:
    content = bytearray(source.read_bytes())
    content[len(content) // 2] ^= 0x04
    path.write_bytes(bytes(content))
    return path


def test_a_damaged_compressed_backup_is_refused_in_one_line_and_nothing_changes(data, tmp_path):
    customers.create_customer(ContactDetails(name="Ann"))
    good = backups.take_backup(data.folder).path
    customers.create_customer(ContactDetails(name="Bob"))
    database.close()
    before = data.database_path.read_bytes()
    for damage in (_truncated, _bit_flipped):
        candidate = damage(tmp_path / f"{damage.__name__}.sqlite3.zst", good)
        with pytest.raises(BackupError) as refused:
            restore(data.folder, candidate)
        message = str(refused.value)
        assert message.startswith(f"Not restored: {candidate.name} is damaged") and \
            "\n" not in message
        assert data.database_path.read_bytes() == before
        assert [b.path for b in backups.list_backups(data.folder)] == [good]
        assert not [p for p in data.folder.rglob(".*")]  # no unpacked copy left behind
    restore(data.folder, good)
    assert _live_names() == ["Ann"]


def test_an_uncompressed_backup_from_an_earlier_version_still_restores(data, tmp_path):
    customers.create_customer(ContactDetails(name="Ann"))
    old = tmp_path / "auto-20250101T000000Z.sqlite3"
    with sqlite3.connect(data.database_path) as live, sqlite3.connect(old) as copy:
        live.backup(copy)
    customers.create_customer(ContactDetails(name="Bob"))
    done = restore(data.folder, old)
    assert _live_names() == ["Ann"] and names(done.replaced) == ["Ann", "Bob"]
