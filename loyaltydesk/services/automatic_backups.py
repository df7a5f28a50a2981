"""Automatic backups: when one is due, and rotation within the room they may take."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.clock import now
from loyaltydesk.services.backups import AUTO, Backup, list_backups, private_folder, take_backup
from loyaltydesk.store import snapshot

DAILY_DAYS, WEEKLY_DAYS = 7, 31  # about a week of dailies and a month of weeklies


def to_keep(backups: list[Backup], at: datetime, cap: int | None = None) -> set[Path]:
    """Automatic backups worth keeping: the newest each day for a week, each week for a month,
    as many of them, newest first, as fit in `cap` bytes; the newest is always kept."""
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    for backup in newest_first:
        age = at - backup.taken_at
        day, week = backup.taken_at.date(), backup.taken_at.isocalendar()[:2]
        if age <= timedelta(days=DAILY_DAYS) and day not in days:
            keep.add(backup.path)
        elif age <= timedelta(days=WEEKLY_DAYS) and week not in weeks:
            keep.add(backup.path)
        days.add(day)
        weeks.add(week)
    if cap is not None:
        keep = _within(cap, [b for b in newest_first if b.path in keep])
    if backups:
        keep.add(newest_first[0].path)  # never drop the newest
    return keep


def _within(cap: int, newest_first: list[Backup]) -> set[Path]:
    """The newest backups while their sizes add up to at most `cap`: the oldest go first."""
    kept: set[Path] = set()
    total = 0
    for backup in newest_first:
        total += backup.size
        if total > cap:
            break
        kept.add(backup.path)
    return kept


def rotate(folder: Path, keep: Path | None = None, cap: int | None = None) -> list[Path]:
    """Delete automatic backups that rotation no longer keeps; returns what was removed.

    `keep` (the backup just written and checked: the last good one) is never removed, nor is
    the newest; `cap` defaults to the folder's (size_cap).
    """
    automatic = [b for b in list_backups(folder) if b.automatic]
    kept = to_keep(automatic, now(), size_cap(folder) if cap is None else cap)
    removed = [b.path for b in automatic if b.path not in kept and b.path != keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# The automatic backups' room: this many times the book unless set (backup --keep-within).
CAP_TIMES_THE_BOOK = 3
_CAP_FILE = "keep-within"


def book_size(folder: Path) -> int:
    live = paths.database_path(folder)
    return sum(p.stat().st_size for p in (live, live.with_name(live.name + "-wal"))
               if p.exists())


def chosen_cap(folder: Path) -> int | None:
    """The room set for the automatic backups in bytes, or None (three times the book)."""
    try:
        text = (paths.backup_dir(folder) / _CAP_FILE).read_text("ascii").strip()
        return int(text) if text.isdigit() and int(text) > 0 else None
    except (OSError, ValueError):
        return None


def size_cap(folder: Path) -> int:
    return chosen_cap(folder) or CAP_TIMES_THE_BOOK * book_size(folder)


def choose_cap(folder: Path, cap: int | None) -> None:
    """Keep the automatic backups within `cap` bytes from now on (None: three times the book)."""
    where = paths.backup_dir(folder)
    private_folder(where)
    target = where / _CAP_FILE
    if cap is None:
        target.unlink(missing_ok=True)
        return
    partial = where / f".{_CAP_FILE}.partial"
    partial.write_text(f"{int(cap)}\n", "ascii")
    os.replace(partial, target)


def backup_due(folder: Path, changed: bool = False) -> bool:
    """Whether an automatic backup is due: the newest is a day old (or there is none), or
    `changed` (something was written since) and it is an hour old."""
    automatic = [b for b in list_backups(folder) if b.automatic]
    if not automatic:
        return True
    age = now() - automatic[0].taken_at
    return age >= timedelta(days=1) or (changed and age >= CHANGED_EVERY)


CHANGED_EVERY = timedelta(hours=1)


def automatic_backup(folder: Path, key: str | None = None,
                     cancelled: snapshot.Cancelled = snapshot.never) -> Backup:
    """An automatic backup, then rotation (which never removes it)."""
    made = take_backup(folder, key, kind=AUTO, cancelled=cancelled)
    rotate(folder, keep=made.path)
    return made
