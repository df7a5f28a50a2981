"""Encryption at rest: converting a data folder (database and backups) to and from SQLCipher."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.services import backups, folder_lock, leftovers
from loyaltydesk.services.session import WrongPassphrase
from loyaltydesk.services.words import tr
from loyaltydesk.store import cipher, database, snapshot
from loyaltydesk.store.database import DatabaseError

Step = Callable[[str], None]  # told each step done: "staged NAME", "committed", "replaced NAME"


@dataclass
class Converted:
    backups: int = 0  # backups converted along with the database
    skipped: list[Path] = field(default_factory=list)  # did not open: left as they were


def is_encrypted(folder: Path) -> bool:
    return cipher.is_encrypted(paths.database_path(folder))


def encrypt(folder: Path, passphrase: str, on_step: Step | None = None) -> Converted:
    """Encrypt the plain database of `folder` and its backups with `passphrase`."""
    cipher.check_passphrase(passphrase)
    leftovers.tidy(folder)
    if is_encrypted(folder):
        raise DatabaseError(tr("The data is already encrypted"))
    return _convert(folder, None, passphrase, on_step)


def decrypt(folder: Path, passphrase: str, on_step: Step | None = None) -> Converted:
    """Turn the encrypted database of `folder` and its backups back into plain SQLite files."""
    leftovers.tidy(folder)
    if not is_encrypted(folder):
        raise DatabaseError(tr("The data is not encrypted"))
    return _convert(folder, passphrase, None, on_step)


def change_passphrase(folder: Path, old: str, new: str) -> Converted:
    cipher.check_passphrase(new)
    leftovers.tidy(folder)
    if not is_encrypted(folder):
        raise DatabaseError(tr("The data is not encrypted"))
    return _convert(folder, old, new)


def _convert(folder: Path, old: str | None, new: str | None,
             on_step: Step | None = None) -> Converted:
    """Rewrite the database and its backups with the new key, all or none.

    Every converted copy is written and verified beside its file first; only then a journal
    naming them is written (the point of no return), and they replace the files one rename
    each. Stopped before the journal, the copies are removed and nothing has changed; stopped
    after it, the next start finishes the renames. All of it under the folder's write lock.
    """
    with folder_lock.writing(folder, "encrypt" if new else "decrypt"):
        leftovers.tidy(folder)
        live = paths.database_path(folder)
        if not live.exists():
            raise DatabaseError(tr("No LoyaltyDesk data in {folder}").format(folder=folder))
        if not cipher.available():
            cipher._sqlcipher()  # raises the "not installed" message
        if not cipher.key_opens(live, old):
            raise WrongPassphrase("The passphrase is wrong; nothing was changed")
        database.close()
        _settle(live, old)
        found = backups.quick_problems(live, old)
        if found:
            raise DatabaseError(tr("The database fails its check ({problem}); restore a backup "
                                   "first").format(problem=found[0]))
        result = Converted()
        files = [live]
        for backup in backups.list_backups(folder):
            # A compressed backup is a plain book's: encrypting unpacks it (ciphertext does
            # not compress), so no plain copy outlives the conversion.
            if cipher.key_opens(backup.path, old) or (
                    old is None and snapshot.is_compressed(backup.path)):
                files.append(backup.path)
            else:
                result.skipped.append(backup.path)
        _stage_all(files, old, new, on_step or _quiet)
        leftovers.commit_conversion(folder, files, on_step or _quiet)
        result.backups = len(files) - 1
        return result


def _quiet(_step: str) -> None:
    pass


def _stage_all(files: list[Path], old: str | None, new: str | None, on_step: Step) -> None:
    """A verified, synced converted copy beside each file; on any failure, none is left."""
    staged: list[Path] = []
    try:
        for path in files:
            staged.append(leftovers.converting(path))
            _stage(path, old, new)
            on_step(f"staged {path.name}")
    except BaseException:
        for incoming in staged:
            for extra in ("", "-journal"):
                incoming.with_name(incoming.name + extra).unlink(missing_ok=True)
        raise


def _settle(live: Path, key: str | None) -> None:
    """Fold the WAL into the file; refuse if another program still has the database open."""
    connection = cipher.raw_connect(live, key)
    try:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        connection.close()
    wal = live.with_name(live.name + "-wal")
    if busy or (wal.exists() and wal.stat().st_size):
        raise DatabaseError(tr("The database is in use by another program; close it and try again"))


def _stage(path: Path, old: str | None, new: str | None) -> None:
    incoming = leftovers.converting(path)
    incoming.unlink(missing_ok=True)
    try:
        os.close(os.open(incoming, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        if snapshot.is_compressed(path):
            with backups.unpacked(path, path.parent) as plain:
                cipher.export(plain, old, incoming, new)
        else:
            cipher.export(path, old, incoming, new)
        found = backups.problems_of(incoming, new)
        if found:
            raise DatabaseError(tr("The converted copy failed its check ({problem}); nothing was "
                                   "changed").format(problem=found[0]))
        with open(incoming, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as exc:
        raise DatabaseError(tr("Could not write {folder}: {reason}; nothing was changed").format(
            folder=path.parent, reason=exc.strerror or exc)) from exc
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(tr("Could not convert {file}: {reason}; nothing was changed").format(
            file=path.name, reason=exc)) from exc
