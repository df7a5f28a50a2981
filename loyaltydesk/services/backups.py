"""Backups: online copies with SQLite's backup API, compressed, verified, rotated, restored."""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.clock import now
from loyaltydesk.services import file_targets
from loyaltydesk.services.words import tr
from loyaltydesk.store import cipher, snapshot
from loyaltydesk.store.database import DatabaseBusy, book_problem
from loyaltydesk.store.migrations import LATEST_VERSION

SUFFIX = ".sqlite3"
COMPRESSED = SUFFIX + snapshot.COMPRESSED_SUFFIX  # what a plain book's backups are written as
UNPACKING = ".unpacking"  # a compressed backup unpacked to be checked or restored
AUTO, MANUAL, BEFORE_RESTORE, DAMAGED = "auto", "manual", "before-restore", "damaged"
_NAME = re.compile(
    r"^(?P<kind>[a-z0-9-]+?)-(?P<stamp>\d{8}T\d{6})(?:Z)?(?:-\d+)?\.sqlite3(?:\.zst)?$")


class BackupError(Exception):
    """A backup could not be written, read or restored; the message is for the user."""


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str
    taken_at: datetime
    size: int

    @property
    def automatic(self) -> bool:
        return self.kind == AUTO


def _describe(path: Path) -> Backup:
    match = _NAME.match(path.name)
    stat = path.stat()
    if match:
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        kind = match["kind"]
    else:
        taken, kind = datetime.fromtimestamp(stat.st_mtime, UTC), MANUAL
    return Backup(path, kind, taken, stat.st_size)


def list_backups(folder: Path) -> list[Backup]:
    """The backups in the data folder's backup folder, newest first."""
    where = paths.backup_dir(folder)
    if not where.is_dir():
        return []
    found = [_describe(p) for pattern in (f"*{SUFFIX}", f"*{COMPRESSED}")
             for p in where.glob(pattern) if p.is_file()]
    return sorted(found, key=lambda b: (b.taken_at, b.path.stat().st_mtime_ns), reverse=True)


# Checking a file ------------------------------------------------------------------------------

def problems_of(path: Path, key: str | None = None, scratch: Path | None = None) -> list[str]:
    """Why `path` is not a LoyaltyDesk database this version can restore; empty when it is.

    A compressed backup is unpacked into `scratch` (by default beside it) and checked there.
    """
    if not path.is_file():
        return [f"{path} is not a file"]
    if snapshot.is_compressed(path):
        try:
            with unpacked(path, scratch or path.parent) as plain:
                return [p.replace(plain.name, path.name) for p in problems_of(plain, key)]
        except snapshot.SnapshotError as exc:
            return [str(exc)]
        except OSError as exc:
            return [f"{path.name} cannot be unpacked: {exc.strerror or exc}"]
    if key is None and cipher.is_encrypted(path):
        return [f"{path.name} is encrypted, or it is not a database"]
    if not cipher.key_opens(path, key):
        reason = "the passphrase does not open it" if key else "it is not a database"
        return [f"{path.name} cannot be read: {reason}"]
    connection = cipher.raw_connect(path, key, readonly=True)
    try:
        return _content_problems(connection, path.name)
    except Exception as exc:  # sqlite3 and sqlcipher3 raise their own errors
        return [f"{path.name} cannot be read: {exc}"]
    finally:
        connection.close()


def _content_problems(connection, name: str) -> list[str]:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        return [f"{name} was written by a newer LoyaltyDesk (schema {version})"]
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    if version < 1 or "customer" not in tables:
        return [f"{name} is not a LoyaltyDesk database"]
    result = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
    return [] if result == ["ok"] else [f"{name}: {line}" for line in result[:10]]


def quick_problems(path: Path, key: str | None = None,
                   cancelled: snapshot.Cancelled = snapshot.never) -> list[str]:
    """SQLite's quick check of the database file: what start-up runs, in well under a second.

    An empty or non-SQLite file is a finding; a database busy in another program is not (that
    raises DatabaseBusy: nothing is wrong with it). `cancelled` stops it (SnapshotCancelled).
    """
    problem = book_problem(path)
    if problem:
        return [problem]
    connection = cipher.raw_connect(path, key, readonly=True)
    try:
        with snapshot.watched(connection, cancelled):
            return [r[0] for r in connection.execute("PRAGMA quick_check").fetchall()
                    if r[0] != "ok"]
    except Exception as exc:  # a file that cannot be read at all is a finding
        if cancelled():
            raise snapshot.SnapshotCancelled from exc
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusy("The database is busy in another program; try again when it is "
                               "done") from exc
        return [str(exc)]
    finally:
        connection.close()


def latest_good(folder: Path, key: str | None = None) -> Backup | None:
    """The newest backup that passes its checks (a damaged copy never does)."""
    for backup in list_backups(folder):
        if backup.kind != DAMAGED and not problems_of(backup.path, key):
            return backup
    return None


@contextmanager
def unpacked(path: Path, where: Path) -> Iterator[Path]:
    """The compressed backup `path` unpacked into a private file in `where`, removed after."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=UNPACKING, dir=where)
    os.close(handle)
    plain = Path(name)
    try:
        snapshot.decompress(path, plain)
        yield plain
    finally:
        for extra in ("", "-journal", "-wal", "-shm"):
            plain.with_name(plain.name + extra).unlink(missing_ok=True)


# Writing a copy --------------------------------------------------------------------------------

fsync_folder = snapshot.fsync_folder


def private_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(tr("Cannot make the folder {folder}: {reason}").format(
            folder=folder, reason=exc.strerror or exc)) from exc
    try:
        folder.chmod(0o700)
    except OSError:
        pass


def new_name(folder: Path, kind: str, suffix: str = SUFFIX) -> Path:
    stamp = now().astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    candidate, n = folder / f"{kind}-{stamp}Z{suffix}", 1
    while candidate.exists() or candidate.with_name(candidate.name + ".zst").exists() or (
            candidate.name.endswith(".zst") and candidate.with_suffix("").exists()):
        n += 1
        candidate = folder / f"{kind}-{stamp}Z-{n}{suffix}"
    return candidate


def copy_database(source: Path, key: str | None, target: Path) -> None:
    """Copy the live database `source` to `target` (replaced atomically), then verify the copy.

    The copy is made with SQLite's online backup API, so other connections may keep writing;
    it keeps the source's encryption, and is left 0600 in journal mode DELETE (one file).
    """
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        _backup_pages(source, key, partial)
        found = problems_of(partial, key)
        if found:
            raise BackupError(tr("The copy failed its check ({problem}); nothing was kept")
                              .format(problem=found[0]))
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise BackupError(tr("Could not write {target}: {reason}").format(
            target=target, reason=exc.strerror or exc)) from exc
    except cipher.PassphraseError as exc:
        raise BackupError(str(exc)) from exc
    except BackupError:
        raise
    except Exception as exc:  # sqlite3/sqlcipher3 errors (a full disk...)
        raise BackupError(tr("Could not write {target}: {reason}").format(
            target=target, reason=exc)) from exc
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _backup_pages(source: Path, key: str | None, target: Path) -> None:
    reader = cipher.raw_connect(source, key, readonly=True)
    try:
        writer = cipher.raw_connect(target, key)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def _remove_stale_partials(where: Path) -> None:
    """Half-written copies left by a program that was stopped mid-backup a day or more ago."""
    cutoff = time.time() - 86400  # file times are the system's: compare with the system clock
    for pattern in (".*.partial", ".*.packing", f".*{UNPACKING}"):
        for partial in where.glob(pattern):
            try:
                if partial.stat().st_mtime < cutoff:
                    partial.unlink()
            except OSError:
                pass


def compressed_name(target: Path, key: str | None) -> bool:
    """Whether a backup written to `target` is compressed: always in the backup folder, and
    elsewhere when its name ends in .zst. An encrypted book's backups never are: its pages
    are ciphertext, which no compressor shrinks, so they stay encrypted SQLite files."""
    return key is None and target.name.endswith(snapshot.COMPRESSED_SUFFIX)


def take_backup(folder: Path, key: str | None = None, *, kind: str = MANUAL,
                target: Path | None = None, cancelled: snapshot.Cancelled = snapshot.never,
                told: snapshot.Told = snapshot.untold) -> Backup:
    """Back up the database of `folder` into its backup folder (or to `target`), checked.

    Other connections go on writing meanwhile; `cancelled` stops it between two steps (it
    then raises snapshot.SnapshotCancelled and leaves nothing); `told` hears how far it is.
    """
    source = paths.database_path(folder)
    if not source.exists():
        raise BackupError(tr("No LoyaltyDesk data in {folder}").format(folder=folder))
    if target is None:
        where = paths.backup_dir(folder)
        private_folder(where)
        _remove_stale_partials(where)
        target = new_name(where, kind, SUFFIX if key else COMPRESSED)
    elif (problem := file_targets.target_problem(target, folder)) is not None:
        raise BackupError(tr("{problem}; nothing was written").format(problem=problem))
    _write(source, key, target, cancelled, told)
    return _describe(target)


def _write(source: Path, key: str | None, target: Path, cancelled: snapshot.Cancelled,
           told: snapshot.Told) -> None:
    try:
        reader = cipher.raw_connect(source, key, readonly=True)
        try:
            snapshot.take(reader, target, key, compressed=compressed_name(target, key),
                          cancelled=cancelled, told=told)
        finally:
            reader.close()
    except snapshot.SnapshotCancelled:
        raise
    except snapshot.SnapshotError as exc:
        raise BackupError(str(exc)) from exc
    except OSError as exc:
        raise BackupError(tr("Could not write {target}: {reason}").format(
            target=target, reason=exc.strerror or exc)) from exc
    except cipher.PassphraseError as exc:
        raise BackupError(str(exc)) from exc
    except Exception as exc:  # sqlite3/sqlcipher3 errors (a full disk...)
        if cancelled():
            raise snapshot.SnapshotCancelled from exc
        raise BackupError(tr("Could not write {target}: {reason}").format(
            target=target, reason=exc)) from exc
