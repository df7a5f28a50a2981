"""Only the owner can read the data: folder 0700, database and every backup 0600, any umask."""

from __future__ import annotations

import os
import sqlite3
import stat

import peewee
import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import automatic_backups, backups, customers
from loyaltydesk.services.restore import restore
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.store import database, migrations


@pytest.fixture
def open_umask():
    previous = os.umask(0)  # the worst case: nothing is taken away by default
    yield
    os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_folder_the_database_and_its_journal_are_private(data_dir, clock, open_umask):
    data_dir.mkdir(mode=0o755)
    open_data(data_dir)
    customers.create_customer(ContactDetails(name="Ann"))
    assert _mode(data_dir) == 0o700
    for name in ("loyaltydesk.sqlite3", "loyaltydesk.sqlite3-wal", "loyaltydesk.sqlite3-shm"):
        assert _mode(data_dir / name) == 0o600, name


def test_every_kind_of_backup_is_private(data_dir, clock, open_umask, tmp_path):
    data = open_data(data_dir)
    customers.create_customer(ContactDetails(name="Ann"))
    made = [backups.take_backup(data_dir).path, automatic_backups.automatic_backup(data_dir).path,
            backups.take_backup(data_dir, target=tmp_path / "elsewhere.sqlite3").path]
    made.append(restore(data_dir, made[0]).replaced)
    assert _mode(data_dir / "backups") == 0o700
    assert {p: _mode(p) for p in made} == {p: 0o600 for p in made}
    assert data.folder == data_dir


def test_the_copy_made_before_an_upgrade_is_private(data_dir, clock, open_umask):
    open_data(data_dir)
    close_data()
    with sqlite3.connect(data_dir / "loyaltydesk.sqlite3") as raw:
        raw.execute("PRAGMA user_version = 1")  # looks older: the upgrade copies it first
    raw.close()
    (data_dir / "backups").mkdir(mode=0o777)
    with pytest.raises(peewee.OperationalError, match="duplicate column"):
        migrations.migrate(database.connect(data_dir / "loyaltydesk.sqlite3"),
                           data_dir / "backups")
    [copy] = (data_dir / "backups").glob("before-schema-*.sqlite3.zst")
    assert _mode(copy) == 0o600 and _mode(data_dir / "backups") == 0o700
