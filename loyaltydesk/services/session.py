"""Opening a data folder: permissions, the database, its migrations and its defaults."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from loyaltydesk import paths
from loyaltydesk.services import figures
from loyaltydesk.services.cadences import ensure_builtin
from loyaltydesk.services.rhythm_defaults import ensure_stage_rhythms
from loyaltydesk.store import cipher, database, migrations
from loyaltydesk.store.database import DatabaseError


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
        raise DatabaseError(f"Cannot create the data folder {folder}: {exc.strerror}") from exc
    if not folder.is_dir():
        raise DatabaseError(f"The data folder {folder} is not a folder")
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
    """Create the database file 0600 before SQLite does, so it is never readable by others."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise DatabaseError(f"Cannot create the database {path}: {exc.strerror}") from exc


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
    """Migrate, then add what a current database always holds (built-in cadences, rhythms)."""
    migrations.migrate(db, paths.backup_dir(folder))
    ensure_builtin()
    ensure_stage_rhythms()
    figures.refresh_missing()
    figures.refresh_stale_ltv()


def open_data(folder: Path, *, create: bool = True, passphrase: str | None = None) -> DataFolder:
    """Open (and create, migrate, seed) the database in `folder`; raises DatabaseError."""
    if not create and not paths.database_path(folder).exists():
        raise DatabaseError(f"No LoyaltyDesk data in {folder}")
    _prepare_folder(folder)
    path = paths.database_path(folder)
    readonly = path.exists() and not os.access(path, os.W_OK) or not os.access(folder, os.W_OK)
    if readonly and not path.exists():
        raise DatabaseError(f"The data folder {folder} is read-only and holds no data yet")
    if not readonly:
        _create_private(path)
    try:
        key = _key_for(path, passphrase)
    except cipher.PassphraseError as exc:
        raise PassphraseRequired(str(exc)) from exc
    try:
        db = database.connect(path, readonly=readonly, key=key)
        if readonly:
            if migrations.check_version(db) != migrations.LATEST_VERSION:
                raise DatabaseError("The data needs an upgrade, but its folder is read-only")
        else:
            bring_up_to_date(db, folder)
            _restrict(path)
    except pw.DatabaseError as exc:
        database.close()
        raise DatabaseError(f"The database {path} cannot be read: {exc}") from exc
    except DatabaseError:
        database.close()
        raise
    return DataFolder(folder, path, db, readonly, key)


def close_data() -> None:
    database.close()
