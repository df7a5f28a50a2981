"""Backups: online copies with SQLite's backup API, verified, rotated, and restored safely."""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.clock import now
from loyaltydesk.store import cipher
from loyaltydesk.store.database import DatabaseBusy, book_problem
from loyaltydesk.store.migrations import LATEST_VERSION

SUFFIX = ".sqlite3"
AUTO, MANUAL, BEFORE_RESTORE, DAMAGED = "auto", "manual", "before-restore", "damaged"
DAILY_DAYS, WEEKLY_DAYS = 7, 31  # about a week of dailies and a month of weeklies
_NAME = re.compile(r"^(?P<kind>[a-z0-9-]+?)-(?P<stamp>\d{8}T\d{6})(?:Z)?(?:-\d+)?\.sqlite3$")


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
    found = [_describe(p) for p in where.glob(f"*{SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda b: (b.taken_at, b.path.stat().st_mtime_ns), reverse=True)


# Checking a file ------------------------------------------------------------------------------

def problems_of(path: Path, key: str | None = None) -> list[str]:
    """Why `path` is not a LoyaltyDesk database this version can restore; empty when it is."""
    if not path.is_file():
        return [f"{path} is not a file"]
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


def quick_problems(path: Path, key: str | None = None) -> list[str]:
    """SQLite's quick check of the database file: what start-up runs, in well under a second.

    An empty or non-SQLite file is a finding; a database busy in another program is not (that
    raises DatabaseBusy: nothing is wrong with it).
    """
    problem = book_problem(path)
    if problem:
        return [problem]
    connection = cipher.raw_connect(path, key, readonly=True)
    try:
        return [r[0] for r in connection.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
    except Exception as exc:  # a file that cannot be read at all is a finding
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


# Writing a copy --------------------------------------------------------------------------------

def fsync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every system opens folders; the rename is still atomic
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def private_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(f"Cannot make the folder {folder}: {exc.strerror or exc}") from exc
    try:
        folder.chmod(0o700)
    except OSError:
        pass


def new_name(folder: Path, kind: str) -> Path:
    stamp = now().astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    candidate, n = folder / f"{kind}-{stamp}Z{SUFFIX}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{kind}-{stamp}Z-{n}{SUFFIX}"
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
            raise BackupError(f"The copy failed its check ({found[0]}); nothing was kept")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise BackupError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except cipher.PassphraseError as exc:
        raise BackupError(str(exc)) from exc
    except BackupError:
        raise
    except Exception as exc:  # sqlite3/sqlcipher3 errors (a full disk...)
        raise BackupError(f"Could not write {target}: {exc}") from exc
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
    for partial in where.glob(".*.partial"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass


def take_backup(folder: Path, key: str | None = None, *, kind: str = MANUAL,
                target: Path | None = None) -> Backup:
    """Back up the database of `folder` into its backup folder (or to `target`)."""
    source = paths.database_path(folder)
    if not source.exists():
        raise BackupError(f"No LoyaltyDesk data in {folder}")
    if target is None:
        where = paths.backup_dir(folder)
        private_folder(where)
        _remove_stale_partials(where)
        target = new_name(where, kind)
    elif target.is_dir():
        raise BackupError(f"{target} is a folder; give a file name")
    copy_database(source, key, target)
    return _describe(target)


# Rotation --------------------------------------------------------------------------------------

def to_keep(backups: list[Backup], at: datetime) -> set[Path]:
    """Automatic backups worth keeping: the newest each day for a week, each week for a month."""
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        age = at - backup.taken_at
        day, week = backup.taken_at.date(), backup.taken_at.isocalendar()[:2]
        if age <= timedelta(days=DAILY_DAYS) and day not in days:
            keep.add(backup.path)
        elif age <= timedelta(days=WEEKLY_DAYS) and week not in weeks:
            keep.add(backup.path)
        days.add(day)
        weeks.add(week)
    if backups:
        keep.add(max(backups, key=lambda b: b.taken_at).path)  # never drop the newest
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete automatic backups that rotation no longer keeps; returns what was removed."""
    automatic = [b for b in list_backups(folder) if b.automatic]
    keep = to_keep(automatic, now())
    removed = [b.path for b in automatic if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_due(folder: Path) -> bool:
    """Whether the newest automatic backup is older than a day (or there is none)."""
    automatic = [b for b in list_backups(folder) if b.automatic]
    return not automatic or now() - automatic[0].taken_at >= timedelta(days=1)


def automatic_backup(folder: Path, key: str | None = None) -> Backup:
    """An automatic backup, then rotation."""
    made = take_backup(folder, key, kind=AUTO)
    rotate(folder)
    return made
