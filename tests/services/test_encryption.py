"""Encryption at rest: unreadable without the passphrase, converted both ways, nothing lost."""

import sqlite3
from pathlib import Path

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers, encryption, integrity
from loyaltydesk.services.restore import restore
from loyaltydesk.services.session import PassphraseRequired, WrongPassphrase, open_data
from loyaltydesk.store import cipher, database, snapshot

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")

SECRET = "correct horse 'battery' staple"


def _plain_reads(path: Path) -> bool:
    try:
        with sqlite3.connect(path) as raw:
            raw.execute("SELECT count(*) FROM customer").fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


@pytest.fixture
def encrypted(data):
    customers.create_customer(ContactDetails(name="Ann", city="Lyon"))
    backups.take_backup(data.folder)
    database.close()
    encryption.encrypt(data.folder, SECRET)
    return data.folder


def test_an_encrypted_database_and_its_backups_cannot_be_read_by_plain_sqlite(encrypted):
    files = [encrypted / "loyaltydesk.sqlite3", *(encrypted / "backups").iterdir()]
    assert len(files) == 2
    for path in files:
        assert not _plain_reads(path)
        assert b"Lyon" not in path.read_bytes()
        assert path.stat().st_mode & 0o777 == 0o600
    # The compressed backup was unpacked into an encrypted one: no plain copy is left.
    [backup] = backups.list_backups(encrypted)
    assert backup.path.name.endswith(".sqlite3") and not snapshot.is_compressed(backup.path)
    assert backups.problems_of(backup.path, SECRET) == []


def test_it_opens_with_the_right_passphrase_only(encrypted):
    before = (encrypted / "loyaltydesk.sqlite3").read_bytes()
    with pytest.raises(PassphraseRequired):
        open_data(encrypted)
    with pytest.raises(WrongPassphrase, match="wrong"):
        open_data(encrypted, passphrase="Correct horse 'battery' staple")
    assert (encrypted / "loyaltydesk.sqlite3").read_bytes() == before
    opened = open_data(encrypted, passphrase=SECRET)
    assert opened.passphrase == SECRET
    assert [c.name for c in customers.trashed_customers()] == []
    assert customers.customer_count() == 1 and integrity.problems() == []


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(encrypted):
    opened = open_data(encrypted, passphrase=SECRET)
    made = backups.take_backup(encrypted, opened.passphrase)
    # Ciphertext does not compress: the backup stays an encrypted SQLite file.
    assert made.path.name.endswith(".sqlite3") and not snapshot.is_compressed(made.path)
    assert not _plain_reads(made.path) and not backups.problems_of(made.path, SECRET)
    customers.create_customer(ContactDetails(name="Bob"))
    done = restore(encrypted, made.path, SECRET)
    assert customers.customer_count() == 1
    assert not _plain_reads(done.replaced) and not _plain_reads(opened.database_path)


def test_decrypting_with_a_wrong_passphrase_changes_nothing(encrypted):
    files = sorted(encrypted.rglob("*.sqlite3"))
    before = [p.read_bytes() for p in files]
    with pytest.raises(WrongPassphrase):
        encryption.decrypt(encrypted, "guess")
    assert [p.read_bytes() for p in sorted(encrypted.rglob("*.sqlite3"))] == before


def test_decrypting_gives_back_plain_files_with_everything_in_them(encrypted):
    done = encryption.decrypt(encrypted, SECRET)
    assert done.backups == 1 and done.skipped == []
    for path in encrypted.rglob("*.sqlite3"):
        assert _plain_reads(path)
    open_data(encrypted)
    assert customers.customer_count() == 1 and integrity.problems() == []


def test_changing_the_passphrase(encrypted):
    encryption.change_passphrase(encrypted, SECRET, "another one")
    with pytest.raises(WrongPassphrase):
        open_data(encrypted, passphrase=SECRET)
    open_data(encrypted, passphrase="another one")
    assert customers.customer_count() == 1


def test_an_empty_passphrase_is_refused(data):
    database.close()
    with pytest.raises(cipher.PassphraseError):
        encryption.encrypt(data.folder, "")
    assert _plain_reads(data.database_path)


class _Stopped(Exception):
    pass


@pytest.mark.parametrize("stop_at", ["committed", "replaced"])
def test_a_compressed_backup_encrypted_by_a_stopped_conversion_ends_encrypted(data, stop_at):
    from loyaltydesk.services import leftovers

    customers.create_customer(ContactDetails(name="Ann", city="Lyon"))
    packed = backups.take_backup(data.folder).path
    database.close()

    def stop(step: str) -> None:
        if step.startswith(stop_at) and (stop_at == "committed" or packed.name in step):
            raise _Stopped(step)

    with pytest.raises(_Stopped):
        encryption._convert(data.folder, None, SECRET, stop)
    leftovers.tidy(data.folder)  # what the next start does first
    [backup] = backups.list_backups(data.folder)
    assert backup.path == packed.with_suffix("") and not packed.exists()
    assert not _plain_reads(backup.path) and b"Lyon" not in backup.path.read_bytes()
    assert backups.problems_of(backup.path, SECRET) == []
    assert not leftovers.pending(data.folder)
