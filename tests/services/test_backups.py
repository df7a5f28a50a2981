"""Backups: online copies, compressed, checked after writing, private, rotated within a cap."""

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import automatic_backups, backups, customers
from loyaltydesk.services.backups import Backup, BackupError
from loyaltydesk.services.session import close_data
from loyaltydesk.store import snapshot
from tests.backup_files import counts, names, plain_copy


def _add(*names: str) -> None:
    for name in names:
        customers.create_customer(ContactDetails(name=name))


def test_a_backup_is_a_checked_private_compressed_single_file(data):
    _add("Ann", "Bob")
    made = backups.take_backup(data.folder)
    assert made.path.parent == data.folder / "backups"
    assert made.path.name.endswith(".sqlite3.zst")
    assert made.kind == "manual" and made.size == made.path.stat().st_size
    plain = plain_copy(made.path)
    assert made.size < plain.stat().st_size / 3
    assert names(made.path) == ["Ann", "Bob"]
    with sqlite3.connect(plain) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert counts(made.path) == counts(data.database_path)
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert made.path.parent.stat().st_mode & 0o777 == 0o700
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]


def test_a_backup_holds_only_committed_data_while_another_program_writes(data):
    _add("Ann")
    other = sqlite3.connect(data.database_path, isolation_level=None)
    other.execute("BEGIN")
    other.execute("UPDATE customer SET name = 'half-written'")
    try:
        made = backups.take_backup(data.folder)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert names(made.path) == ["Ann"]


def test_a_writer_commits_while_the_backup_runs_and_the_copy_is_the_snapshot(data):
    _add("Ann")
    # Another program, told never to wait: a blocked write would fail at once.
    writer = sqlite3.connect(data.database_path, isolation_level=None, timeout=0,
                             check_same_thread=False)
    commits = []
    one_at_a_time = threading.Lock()  # the backup looks at cancel from its worker threads too

    def write_meanwhile() -> bool:
        with one_at_a_time:
            writer.execute("INSERT INTO setting (key, value) VALUES (?, 'x')",
                           (f"k{len(commits)}",))
            commits.append(len(commits))
        return False

    try:
        made = backups.take_backup(data.folder, cancelled=write_meanwhile)
    finally:
        writer.close()
    assert len(commits) >= 3  # while copying, checking, compressing and reading back
    copied = counts(made.path)
    live = counts(data.database_path)
    assert live["setting"] == copied["setting"] + len(commits)
    assert {t: n for t, n in live.items() if t != "setting"} == \
        {t: n for t, n in copied.items() if t != "setting"}


def test_the_check_compares_row_counts_with_the_source_at_the_snapshot(data, tmp_path):
    _add("Ann", "Bob")
    made = backups.take_backup(data.folder, target=tmp_path / "copy.sqlite3")
    right = counts(data.database_path)
    assert snapshot.check_snapshot(made.path, None, right) == []
    found = snapshot.check_snapshot(made.path, None, {**right, "customer": 3})
    assert found == ["customer: 2 rows copied of 3"]


def test_a_cancelled_backup_leaves_nothing(data):
    _add("Ann")
    asked = []

    def cancel_on_the_third_look() -> bool:
        asked.append(1)  # list.append is atomic: the backup's threads may all ask
        return len(asked) >= 3

    with pytest.raises(snapshot.SnapshotCancelled):
        backups.take_backup(data.folder, cancelled=cancel_on_the_third_look)
    assert list((data.folder / "backups").iterdir()) == []
    assert backups.list_backups(data.folder) == []


def test_a_backup_to_a_named_file_and_errors_that_leave_nothing(data, tmp_path):
    _add("Ann")
    plain = backups.take_backup(data.folder, target=tmp_path / "copy.sqlite3")
    with sqlite3.connect(plain.path) as raw:  # a named .sqlite3 file is a plain SQLite file
        assert [r[0] for r in raw.execute("SELECT name FROM customer")] == ["Ann"]
    packed = backups.take_backup(data.folder, target=tmp_path / "copy.sqlite3.zst")
    assert snapshot.is_compressed(packed.path) and names(packed.path) == ["Ann"]
    with pytest.raises(BackupError, match="does not exist"):
        backups.take_backup(data.folder, target=tmp_path / "missing" / "copy.sqlite3.zst")
    with pytest.raises(BackupError, match="is a folder"):
        backups.take_backup(data.folder, target=tmp_path)
    assert not (tmp_path / "missing").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "copy.sqlite3.zst",
                                                         "data"]


def test_a_backup_aimed_at_the_open_book_is_refused_and_later_changes_stay(data):
    """Back Up to File with the book itself chosen: replacing it under the open connection
    would send every later change into a file no longer in the folder."""
    _add("Ann")
    live = data.database_path
    inode = live.stat().st_ino
    for target in (live, live.with_name(live.name + "-wal"), data.folder / "backups" / "x.zst"):
        with pytest.raises(BackupError, match="data folder"):
            backups.take_backup(data.folder, target=target)
    assert live.stat().st_ino == inode
    _add("Bea")
    close_data()
    assert names(live) == ["Ann", "Bea"]


def test_two_backups_in_the_same_second_both_stay(data):
    first = backups.take_backup(data.folder)
    second = backups.take_backup(data.folder)
    assert first.path != second.path and first.path.exists()
    assert [b.path for b in backups.list_backups(data.folder)] == [second.path, first.path]


def test_old_uncompressed_backups_are_still_listed_and_checked(data, clock):
    _add("Ann")
    made = backups.take_backup(data.folder)
    old = data.folder / "backups" / "auto-20260301T100000Z.sqlite3"
    with sqlite3.connect(data.database_path) as live, sqlite3.connect(old) as copy:
        live.backup(copy)  # as earlier versions wrote them
    assert [b.path for b in backups.list_backups(data.folder)] == [made.path, old]
    assert backups.problems_of(old) == [] and backups.problems_of(made.path) == []


def test_a_backup_is_due_when_the_last_automatic_one_is_a_day_old(data, clock):
    assert automatic_backups.backup_due(data.folder)
    backups.take_backup(data.folder)  # a manual one does not count
    assert automatic_backups.backup_due(data.folder)
    automatic_backups.automatic_backup(data.folder)
    clock.advance(timedelta(hours=23, minutes=59))
    assert not automatic_backups.backup_due(data.folder)
    clock.advance(timedelta(minutes=1))
    assert automatic_backups.backup_due(data.folder)


def test_after_changes_a_backup_is_due_once_the_last_is_an_hour_old(data, clock):
    automatic_backups.automatic_backup(data.folder)
    clock.advance(timedelta(minutes=59))
    assert not automatic_backups.backup_due(data.folder, changed=True)
    clock.advance(timedelta(minutes=1))
    assert automatic_backups.backup_due(data.folder, changed=True)
    assert not automatic_backups.backup_due(data.folder, changed=False)


def _synthetic(at: datetime, size: int = 1) -> Backup:
    return Backup(Path(at.strftime("auto-%Y%m%dT%H%M%SZ.sqlite3.zst")), "auto", at, size)


def test_rotation_keeps_the_newest_each_day_for_a_week_then_each_week_for_a_month():
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday
    every_six_hours = [_synthetic(now - timedelta(hours=6 * i)) for i in range(4 * 60)]
    kept_paths = automatic_backups.to_keep(every_six_hours, now)
    kept = sorted((b for b in every_six_hours if b.path in kept_paths),
                  key=lambda b: b.taken_at, reverse=True)
    ages = [(now - b.taken_at).days for b in kept]
    daily = [b for b in kept if now - b.taken_at <= timedelta(days=7)]
    assert len({b.taken_at.date() for b in daily}) == len(daily) == 8  # today + 7 days back
    weekly = kept[len(daily):]
    assert len({b.taken_at.isocalendar()[:2] for b in weekly}) == len(weekly)
    assert 3 <= len(weekly) <= 5 and max(ages) <= 31


def test_within_a_cap_the_oldest_go_first_and_the_newest_always_stays():
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    daily = [_synthetic(now - timedelta(days=i), size=100) for i in range(10)]
    kept = automatic_backups.to_keep(daily, now, cap=350)
    assert kept == {b.path for b in daily[:3]}
    assert automatic_backups.to_keep(daily, now, cap=50) == {daily[0].path}


def test_rotation_deletes_old_automatic_files_and_leaves_other_kinds(data, clock):
    manual = backups.take_backup(data.folder)
    made = []
    for _ in range(45):
        made.append(automatic_backups.automatic_backup(data.folder).path)
        clock.advance(timedelta(days=1))
    left = {p for p in made if p.exists()}
    assert manual.path.exists()
    assert made[-1] in left and made[0] not in left
    assert 8 <= len(left) <= 13


def test_rotation_keeps_the_automatic_backups_within_the_chosen_cap(data, clock):
    _add("Ann", "Bob")
    size = backups.take_backup(data.folder).size
    automatic_backups.choose_cap(data.folder, int(size * 3.5))
    made = []
    for _ in range(6):
        made.append(automatic_backups.automatic_backup(data.folder).path)
        clock.advance(timedelta(days=1))
    assert [p.exists() for p in made] == [False, False, False, True, True, True]
    automatic_backups.choose_cap(data.folder, 1)  # smaller than any backup
    last = automatic_backups.automatic_backup(data.folder).path
    assert [p for p in made + [last] if p.exists()] == [last]  # the last good one stays
    assert backups.problems_of(last) == []


def test_the_default_cap_is_three_times_the_book(data):
    _add("Ann")
    assert automatic_backups.chosen_cap(data.folder) is None
    book = data.database_path.stat().st_size
    wal = data.database_path.with_name("loyaltydesk.sqlite3-wal")
    book += wal.stat().st_size if wal.exists() else 0
    assert automatic_backups.size_cap(data.folder) == 3 * book
    automatic_backups.choose_cap(data.folder, 5_000_000)
    assert automatic_backups.size_cap(data.folder) == 5_000_000
    automatic_backups.choose_cap(data.folder, None)
    assert automatic_backups.size_cap(data.folder) == 3 * automatic_backups.book_size(data.folder)


def test_latest_good_passes_over_a_damaged_backup(data, clock):
    _add("Ann")
    good = automatic_backups.automatic_backup(data.folder)
    clock.advance(timedelta(days=1))
    bad = automatic_backups.automatic_backup(data.folder)
    with open(bad.path, "r+b") as handle:
        handle.seek(bad.size // 2)
        handle.write(b"\xff" * 64)
    assert backups.problems_of(bad.path)
    assert backups.latest_good(data.folder).path == good.path


def test_a_compressed_backup_is_never_taken_for_an_encrypted_one(data, tmp_path):
    from loyaltydesk.store import cipher

    made = backups.take_backup(data.folder)
    whole_pages = tmp_path / "whole-pages.sqlite3.zst"  # what the guess by size would match
    content = made.path.read_bytes()
    whole_pages.write_bytes(content + b"\0" * (-len(content) % 512))
    assert whole_pages.stat().st_size % 512 == 0
    assert not cipher.is_encrypted(whole_pages) and not cipher.is_encrypted(made.path)
