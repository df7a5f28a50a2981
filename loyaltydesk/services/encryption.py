"""Encryption at rest: converting a data folder (database and backups) to and from SQLCipher."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.services import backups
from loyaltydesk.services.session import WrongPassphrase
from loyaltydesk.store import cipher, database
from loyaltydesk.store.database import DatabaseError


@dataclass
class Converted:
    backups: int = 0  # backups converted along with the database
    skipped: list[Path] = field(default_factory=list)  # did not open: left as they were


def is_encrypted(folder: Path) -> bool:
    return cipher.is_encrypted(paths.database_path(folder))


def encrypt(folder: Path, passphrase: str) -> Converted:
    """Encrypt the plain database of `folder` and its backups with `passphrase`."""
    cipher.check_passphrase(passphrase)
    if is_encrypted(folder):
        raise DatabaseError("The data is already encrypted")
    return _convert(folder, None, passphrase)


def decrypt(folder: Path, passphrase: str) -> Converted:
    """Turn the encrypted database of `folder` and its backups back into plain SQLite files."""
    if not is_encrypted(folder):
        raise DatabaseError("The data is not encrypted")
    return _convert(folder, passphrase, None)


def change_passphrase(folder: Path, old: str, new: str) -> Converted:
    cipher.check_passphrase(new)
    if not is_encrypted(folder):
        raise DatabaseError("The data is not encrypted")
    return _convert(folder, old, new)


def _convert(folder: Path, old: str | None, new: str | None) -> Converted:
    """Rewrite the database with the new key, verified, then swap it in with one rename.

    Nothing changes when the old key is wrong or the database fails its check. The caller
    has closed its own connection; another program holding the file open is refused.
    """
    live = paths.database_path(folder)
    if not live.exists():
        raise DatabaseError(f"No LoyaltyDesk data in {folder}")
    if not cipher.available():
        cipher._sqlcipher()  # raises the "not installed" message
    if not cipher.key_opens(live, old):
        raise WrongPassphrase("The passphrase is wrong; nothing was changed")
    database.close()
    _settle(live, old)
    found = backups.quick_problems(live, old)
    if found:
        raise DatabaseError(f"The database fails its check ({found[0]}); restore a backup first")
    _rewrite(live, old, new)
    result = Converted()
    for backup in backups.list_backups(folder):
        if cipher.key_opens(backup.path, old):
            _rewrite(backup.path, old, new)
            result.backups += 1
        else:
            result.skipped.append(backup.path)
    return result


def _settle(live: Path, key: str | None) -> None:
    """Fold the WAL into the file; refuse if another program still has the database open."""
    connection = cipher.raw_connect(live, key)
    try:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        connection.close()
    wal = live.with_name(live.name + "-wal")
    if busy or (wal.exists() and wal.stat().st_size):
        raise DatabaseError("The database is in use by another program; close it and try again")


def _rewrite(path: Path, old: str | None, new: str | None) -> None:
    incoming = path.with_name(f".{path.name}.converting")
    incoming.unlink(missing_ok=True)
    try:
        os.close(os.open(incoming, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        cipher.export(path, old, incoming, new)
        found = backups.problems_of(incoming, new)
        if found:
            raise DatabaseError(f"The converted copy failed its check ({found[0]}); "
                                "nothing was changed")
        with open(incoming, "rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, path)
        backups.fsync_folder(path.parent)
    except OSError as exc:
        raise DatabaseError(f"Could not write {path.parent}: {exc.strerror or exc}") from exc
    finally:
        incoming.unlink(missing_ok=True)
