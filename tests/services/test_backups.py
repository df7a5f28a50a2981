"""Backups: online copies, checked after writing, private, rotated."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers
from loyaltydesk.services.backups import Backup, BackupError


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        return [r[0] for r in raw.execute("SELECT name FROM customer ORDER BY name")]


def _add(*names: str) -> None:
    for name in names:
        customers.create_customer(ContactDetails(name=name))


def test_a_backup_is_a_checked_private_single_file_copy(data):
    _add("Ann", "Bob")
    made = backups.take_backup(data.folder)
    assert made.path.parent == data.folder / "backups"
    assert made.kind == "manual" and made.size == made.path.stat().st_size
    assert _names(made.path) == ["Ann", "Bob"]
    with sqlite3.connect(made.path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
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
    assert _names(made.path) == ["Ann"]


def test_a_backup_to_a_named_file_and_errors_that_leave_nothing(data, tmp_path):
    _add("Ann")
    made = backups.take_backup(data.folder, target=tmp_path / "copy.sqlite3")
    assert _names(made.path) == ["Ann"]
    with pytest.raises(BackupError, match="Could not write"):
        backups.take_backup(data.folder, target=tmp_path / "missing" / "copy.sqlite3")
    with pytest.raises(BackupError, match="is a folder"):
        backups.take_backup(data.folder, target=tmp_path)
    assert not (tmp_path / "missing").exists()
    assert not list(tmp_path.glob(".*partial"))


def test_two_backups_in_the_same_second_both_stay(data):
    first = backups.take_backup(data.folder)
    second = backups.take_backup(data.folder)
    assert first.path != second.path and first.path.exists()
    assert [b.path for b in backups.list_backups(data.folder)] == [second.path, first.path]


def test_a_backup_is_due_when_the_last_automatic_one_is_a_day_old(data, clock):
    assert backups.backup_due(data.folder)
    backups.take_backup(data.folder)  # a manual one does not count
    assert backups.backup_due(data.folder)
    backups.automatic_backup(data.folder)
    clock.advance(timedelta(hours=23, minutes=59))
    assert not backups.backup_due(data.folder)
    clock.advance(timedelta(minutes=1))
    assert backups.backup_due(data.folder)


def _synthetic(at: datetime) -> Backup:
    return Backup(Path(at.strftime("auto-%Y%m%dT%H%M%SZ.sqlite3")), "auto", at, 1)


def test_rotation_keeps_the_newest_each_day_for_a_week_then_each_week_for_a_month():
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday
    every_six_hours = [_synthetic(now - timedelta(hours=6 * i)) for i in range(4 * 60)]
    kept = sorted((b for b in every_six_hours if b.path in backups.to_keep(every_six_hours, now)),
                  key=lambda b: b.taken_at, reverse=True)
    ages = [(now - b.taken_at).days for b in kept]
    daily = [b for b in kept if now - b.taken_at <= timedelta(days=7)]
    assert len({b.taken_at.date() for b in daily}) == len(daily) == 8  # today + 7 days back
    weekly = kept[len(daily):]
    assert len({b.taken_at.isocalendar()[:2] for b in weekly}) == len(weekly)
    assert 3 <= len(weekly) <= 5 and max(ages) <= 31


def test_rotation_deletes_old_automatic_files_and_leaves_other_kinds(data, clock):
    manual = backups.take_backup(data.folder)
    made = []
    for _ in range(45):
        made.append(backups.automatic_backup(data.folder).path)
        clock.advance(timedelta(days=1))
    left = {p for p in made if p.exists()}
    assert manual.path.exists()
    assert made[-1] in left and made[0] not in left
    assert 8 <= len(left) <= 13


def test_latest_good_passes_over_a_damaged_backup(data, clock):
    _add("Ann")
    good = backups.automatic_backup(data.folder)
    clock.advance(timedelta(days=1))
    bad = backups.automatic_backup(data.folder)
    with open(bad.path, "r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xff" * 4096 * 3)
    assert backups.problems_of(bad.path)
    assert backups.latest_good(data.folder).path == good.path
