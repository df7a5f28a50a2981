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
from loyaltydesk.store import database, migrations
from loyaltydesk.store.database import DatabaseError


@dataclass(frozen=True)
class DataFolder:
    folder: Path
    database_path: Path
    database: pw.SqliteDatabase
    readonly: bool = False


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


def open_data(folder: Path, *, create: bool = True) -> DataFolder:
    """Open (and create, migrate, seed) the database in `folder`; raises DatabaseError."""
    if not create and not paths.database_path(folder).exists():
        raise DatabaseError(f"No LoyaltyDesk data in {folder}")
    _prepare_folder(folder)
    path = paths.database_path(folder)
    readonly = path.exists() and not os.access(path, os.W_OK) or not os.access(folder, os.W_OK)
    if readonly and not path.exists():
        raise DatabaseError(f"The data folder {folder} is read-only and holds no data yet")
    try:
        db = database.connect(path, readonly=readonly)
        if readonly:
            if migrations.check_version(db) != migrations.LATEST_VERSION:
                raise DatabaseError("The data needs an upgrade, but its folder is read-only")
        else:
            migrations.migrate(db, paths.backup_dir(folder))
            ensure_builtin()
            ensure_stage_rhythms()
            figures.refresh_missing()
            figures.refresh_stale_ltv()
            _restrict(path)
    except pw.DatabaseError as exc:
        database.close()
        raise DatabaseError(f"The database {path} cannot be read: {exc}") from exc
    except DatabaseError:
        database.close()
        raise
    return DataFolder(folder, path, db, readonly)


def close_data() -> None:
    database.close()
