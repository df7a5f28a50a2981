"""Restoring a backup: check it, keep a copy of what it replaces, then swap it in at once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.services import backups, folder_lock
from loyaltydesk.services.backups import BackupError
from loyaltydesk.services.events import Change, publish
from loyaltydesk.services.session import DataFolder, open_data
from loyaltydesk.services.words import tr
from loyaltydesk.store import cipher, database, snapshot
from loyaltydesk.store.database import book_problem


@dataclass(frozen=True)
class Restored:
    data: DataFolder  # the folder, opened again on the restored database
    replaced: Path | None  # where the data that was replaced went (None: there was none)


def restore(folder: Path, candidate: Path, passphrase: str | None = None) -> Restored:
    """Put the backup `candidate` in place of the database in `folder`.

    The candidate is checked first; what it replaces is copied into the backup folder (or,
    when it is damaged, moved there as it is); the swap is one SQLite transaction or one
    rename. On any error nothing has changed. The database handle is opened again on return.
    All of it runs under the folder's write lock (the caller's, when it holds it), so the copy
    of what is replaced is taken right before the swap, with no write in between.
    """
    with folder_lock.writing(folder, "restore"):
        candidate = candidate.expanduser().resolve()
        if not snapshot.is_compressed(candidate):
            return _restore(folder, candidate, passphrase)
        backups.private_folder(folder)
        try:
            with backups.unpacked(candidate, folder) as plain:
                return _restore(folder, plain, passphrase, shown=candidate.name)
        except snapshot.SnapshotError as exc:
            raise BackupError(tr("Not restored: {reason}").format(reason=exc)) from exc
        except OSError as exc:
            raise BackupError(tr("Not restored: {file} cannot be unpacked: {reason}").format(
                file=candidate.name, reason=exc.strerror or exc)) from exc


def _restore(folder: Path, candidate: Path, passphrase: str | None,
             shown: str | None = None) -> Restored:
    live = paths.database_path(folder)
    if live.exists() and candidate == live.resolve():
        raise BackupError(tr("That is the database itself, not a backup of it"))
    key = passphrase if cipher.is_encrypted(live) else None
    candidate_key = passphrase if cipher.is_encrypted(candidate) else None
    found = backups.problems_of(candidate, candidate_key)
    if found:
        told = found[0].replace(candidate.name, shown) if shown else found[0]
        raise BackupError(tr("Not restored: {reason}").format(reason=told))
    if key is None and candidate_key is not None and not live.exists():
        key = candidate_key  # a fresh folder takes the backup's encryption
    # A file that does not open (damaged, or encrypted with a key not given) is moved aside
    # into the backup folder as it is, never overwritten.
    opens = live.exists() and not book_problem(live) and cipher.key_opens(live, key)
    database.close()
    backups.private_folder(folder)
    replaced: Path | None
    if opens and not backups.quick_problems(live, key):
        replaced = backups.take_backup(folder, key, kind=backups.BEFORE_RESTORE).path
        _copy_into_live(candidate, candidate_key, live, key)
    else:
        replaced = _place_file(folder, candidate, candidate_key, key)
    data = open_data(folder, passphrase=passphrase if key else None)
    publish(Change.BULK)
    return Restored(data, replaced)


def _same_key_source(candidate: Path, candidate_key: str | None, key: str | None,
                     scratch: Path) -> Path:
    """The candidate itself, or a copy of it in the live file's encryption."""
    if candidate_key == key:
        return candidate
    scratch.unlink(missing_ok=True)
    cipher.export(candidate, candidate_key, scratch, key)
    return scratch


def _copy_into_live(candidate: Path, candidate_key: str | None, live: Path,
                    key: str | None) -> None:
    """One transaction writes every page of the backup into the live file (WAL is kept)."""
    scratch = live.with_name(f".{live.name}.restoring")
    try:
        source = _same_key_source(candidate, candidate_key, key, scratch)
        reader = cipher.raw_connect(source, key, readonly=True)
        try:
            writer = cipher.raw_connect(live, key)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
    except cipher.PassphraseError as exc:
        raise BackupError(str(exc)) from exc
    except Exception as exc:  # sqlite3/sqlcipher3 errors, OSError
        raise BackupError(tr("Not restored, the data is as it was: {reason}").format(
            reason=exc)) from exc
    finally:
        scratch.unlink(missing_ok=True)


def _move_aside(folder: Path) -> Path:
    """Move a damaged database (and its WAL) into the backup folder, untouched."""
    where = paths.backup_dir(folder)
    backups.private_folder(where)
    target = backups.new_name(where, backups.DAMAGED)
    live = paths.database_path(folder)
    for suffix in ("-wal", "-shm", ""):
        part = live.with_name(live.name + suffix)
        if part.exists():
            os.replace(part, target.with_name(target.name + suffix))
    backups.fsync_folder(where)
    return target


def _place_file(folder: Path, candidate: Path, candidate_key: str | None,
                key: str | None) -> Path | None:
    """Copy the candidate beside the live file, then move the old one aside and rename."""
    live = paths.database_path(folder)
    scratch = live.with_name(f".{live.name}.restoring")
    incoming = live.with_name(f".{live.name}.incoming")
    try:
        source = _same_key_source(candidate, candidate_key, key, scratch)
        backups.copy_database(source, key, incoming)
        replaced = _move_aside(folder) if live.exists() else None
        os.replace(incoming, live)
        backups.fsync_folder(folder)
        return replaced
    except cipher.PassphraseError as exc:
        raise BackupError(str(exc)) from exc
    except OSError as exc:
        raise BackupError(tr("Not restored: {reason}").format(reason=exc.strerror or exc)) \
            from exc
    finally:
        scratch.unlink(missing_ok=True)
        incoming.unlink(missing_ok=True)
