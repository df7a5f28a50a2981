"""Opening a data folder: permissions, the database, its migrations and its defaults."""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from loyaltydesk import paths
from loyaltydesk.services import figures, folder_lock, leftovers
from loyaltydesk.services.cadences import ensure_builtin
from loyaltydesk.services.rhythm_defaults import ensure_stage_rhythms
from loyaltydesk.services.storage_errors import is_busy
from loyaltydesk.services.words import tr
from loyaltydesk.store import cipher, database, migrations
from loyaltydesk.store.database import DatabaseBusy, DatabaseError, NotABook, book_problem, file_uri

RECOVER_HINT = "run 'loyaltydesk check', then 'loyaltydesk restore' with a backup"


class DamagedBook(DatabaseError):
    """The book fails its quick integrity check: nothing is written into it."""


class PassphraseRequired(DatabaseError):
    """The database is encrypted and no passphrase (or no SQLCipher) was given."""


class WrongPassphrase(DatabaseError):
    """The passphrase given does not open the database; nothing was touched."""


@dataclass(frozen=True)
class DataFolder:
    folder: Path
    database_path: Path
    database: pw.SqliteDatabase
    readonly: bool = False
    passphrase: str | None = None  # set when the database is encrypted with SQLCipher


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseError(tr("Cannot create the data folder {folder}: {reason}").format(
            folder=folder, reason=exc.strerror)) from exc
    if not folder.is_dir():
        raise DatabaseError(tr("The data folder {folder} is not a folder").format(folder=folder))
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077 and os.access(folder, os.W_OK):
        try:
            folder.chmod(0o700)
        except OSError:
            pass  # a folder we do not own keeps its mode; the database file is still 0600


def _restrict(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            try:
                candidate.chmod(0o600)
            except OSError:
                pass


def _create_private(path: Path) -> None:
    """A new, empty SQLite book: made 0600 beside the live name, then renamed into place.

    So a program stopped while creating it never leaves a zero-byte file under the live name
    (that would be refused as "not a book", never taken as an empty one).
    """
    if path.exists():
        return
    fresh = path.with_name(f".{path.name}.creating")
    try:
        fresh.unlink(missing_ok=True)
        os.close(os.open(fresh, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        connection = sqlite3.connect(file_uri(fresh), uri=True, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = wal")  # writes the file's first page
        finally:
            connection.close()
        os.replace(fresh, path)
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise DatabaseError(tr("Cannot create the database {path}: {reason}").format(
            path=path, reason=reason)) from exc
    finally:
        fresh.unlink(missing_ok=True)


def _refuse_non_book(path: Path) -> None:
    problem = book_problem(path)
    if problem:
        raise NotABook(f"{problem}: it is not taken as an empty book, nothing was changed; "
                       f"{RECOVER_HINT}")


def _refuse_damaged(path: Path, key: str | None) -> None:
    from loyaltydesk.services.backups import quick_problems

    found = quick_problems(path, key)
    if found:
        raise DamagedBook(f"The data fails its quick integrity check ({found[0]}), so nothing "
                          f"is written into it; {RECOVER_HINT}")


def _key_for(path: Path, passphrase: str | None) -> str | None:
    """The SQLCipher key for `path`, None for a plain file; wrong or missing ones raise."""
    if not cipher.is_encrypted(path):
        return None
    if passphrase is None:
        raise PassphraseRequired(f"The data in {path.parent} is encrypted: a passphrase is needed")
    if not cipher.key_opens(path, passphrase):
        if not cipher.available():
            cipher._sqlcipher()  # raises the "not installed" message
        raise WrongPassphrase("The passphrase is wrong, or the file is damaged; nothing was "
                              "changed")
    return passphrase


def bring_up_to_date(db: pw.SqliteDatabase, folder: Path) -> None:
    """Migrate, then add what a current database always holds (built-in cadences, rhythms).

    A migration replaces the schema: its safety copy is taken under the folder's write lock.
    """
    if migrations.check_version(db) != migrations.LATEST_VERSION:
        with folder_lock.writing(folder, "upgrade"):
            migrations.migrate(db, paths.backup_dir(folder))
    ensure_builtin()
    ensure_stage_rhythms()
    figures.refresh_missing()
    figures.refresh_stale_ltv()


def open_data(folder: Path, *, create: bool = True, passphrase: str | None = None,
              write: bool = True, verify: bool = False) -> DataFolder:
    """Open (and create, migrate, seed) the database in `folder`; raises DatabaseError.

    Without `write`, the database is only read: nothing is created or written (an older
    schema is brought forward under the write lock first). With `verify`, a book failing its
    quick check is refused before anything is written into it.
    """
    if (not create or not write) and not paths.database_path(folder).exists():
        raise DatabaseError(tr("No LoyaltyDesk data in {folder}").format(folder=folder))
    if write:
        _prepare_folder(folder)
        leftovers.tidy(folder)
    else:
        leftovers.tidy_if_free(folder)
    path = paths.database_path(folder)
    _refuse_non_book(path)
    readonly = path.exists() and not os.access(path, os.W_OK) or not os.access(folder, os.W_OK)
    if readonly and not path.exists():
        raise DatabaseError(tr("The data folder {folder} is read-only and holds no data yet")
                            .format(folder=folder))
    if write and not readonly:
        _create_private(path)
    try:
        key = _key_for(path, passphrase)
    except cipher.PassphraseError as exc:
        raise PassphraseRequired(str(exc)) from exc
    try:
        if write and not readonly and verify:
            _refuse_damaged(path, key)
        db = _connect(folder, path, key, readonly=readonly, write=write)
        if write and not readonly:
            bring_up_to_date(db, folder)
            _restrict(path)
    except pw.DatabaseError as exc:
        database.close()
        if is_busy(exc):
            raise DatabaseBusy(f"The data in {folder} is busy in another program; nothing was "
                               "changed, try again when it is done") from exc
        raise DatabaseError(tr("The database {path} cannot be read: {reason}").format(
            path=path, reason=exc)) from exc
    except DatabaseError:
        database.close()
        raise
    return DataFolder(folder, path, db, readonly or not write, key)


def _connect(folder: Path, path: Path, key: str | None, *, readonly: bool,
             write: bool) -> pw.SqliteDatabase:
    """The connection; a reader's refuses every write (query_only), so it never waits."""
    try:
        db = database.connect(path, readonly=readonly, key=key, query_only=not write)
    except DatabaseBusy:
        raise
    except DatabaseError:
        if write or readonly:
            raise
        # No room for the WAL's index (a full disk): read the file as it is on disk.
        db = database.connect(path, readonly=True, key=key, query_only=True)
    if migrations.check_version(db) == migrations.LATEST_VERSION or write and not readonly:
        return db
    if readonly:
        raise DatabaseError(tr("The data needs an upgrade, but its folder is read-only"))
    database.close()
    with folder_lock.writing(folder, "upgrade"):
        bring_up_to_date(database.connect(path, key=key), folder)
        database.close()
    return database.connect(path, key=key, query_only=True)


def close_data() -> None:
    database.close()
