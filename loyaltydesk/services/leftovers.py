"""What a stopped program leaves in a data folder: finished or removed before the next write.

Converting the data (encrypt, decrypt, a new passphrase) writes every converted copy first,
then a journal naming them: the point after which the conversion is finished, never undone.
Any other temporary copy is removed: nothing refers to it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.services import folder_lock
from loyaltydesk.services.backups import fsync_folder
from loyaltydesk.store import snapshot
from loyaltydesk.store.database import DatabaseBusy

JOURNAL = ".conversion.journal"
# Temporary copies beside the database or a backup, all removed once nothing writes them.
_TEMPORARY = tuple(f"{kind}{extra}" for kind in (".converting", ".creating", ".restoring",
                                                  ".incoming", ".unpacking")
                   for extra in ("", "-journal", "-wal", "-shm"))


def converting(path: Path) -> Path:
    """Where the converted copy of `path` is written before it replaces it."""
    return path.with_name(f".{path.name}.converting")


def commit_conversion(folder: Path, files: list[Path],
                      on_step: Callable[[str], None]) -> None:
    """Write the journal (from here on the conversion is finished), then swap every file."""
    journal = folder / JOURNAL
    partial = journal.with_name(journal.name + ".partial")
    names = b"\0".join(os.fsencode(path.relative_to(folder)) for path in files)
    with open(partial, "wb") as handle:
        handle.write(names)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, journal)
    fsync_folder(folder)
    on_step("committed")
    _finish(folder, files, on_step)


def _finish(folder: Path, files: list[Path], on_step: Callable[[str], None]) -> None:
    for path in files:
        incoming = converting(path)
        if incoming.exists():
            for suffix in ("-wal", "-shm"):  # the old file's, folded in before converting
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            os.replace(incoming, path)
            fsync_folder(path.parent)
            on_step(f"replaced {path.name}")
        _name_for_content(path)
    (folder / JOURNAL).unlink(missing_ok=True)
    fsync_folder(folder)
    on_step("done")


def _name_for_content(path: Path) -> None:
    """A compressed backup converted to an encrypted file loses its .zst (again on a replay)."""
    if path.name.endswith(".zst") and path.exists() and not snapshot.is_compressed(path):
        os.replace(path, path.with_suffix(""))
        fsync_folder(path.parent)


def _journal_files(folder: Path) -> list[Path]:
    data = (folder / JOURNAL).read_bytes()
    return [folder / os.fsdecode(name) for name in data.split(b"\0") if name]


def _temporary_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for where in (folder, paths.backup_dir(folder)):
        if where.is_dir():
            found += [p for p in where.glob(".*") if p.name.endswith(_TEMPORARY)
                      or p.name == JOURNAL + ".partial"]
    return found


def pending(folder: Path) -> bool:
    """Whether a stopped program left a conversion to finish or temporary copies behind."""
    return (folder / JOURNAL).exists() or bool(_temporary_files(folder))


def tidy(folder: Path) -> None:
    """Finish a committed conversion and remove temporary copies, under the write lock."""
    if not folder.is_dir() or not pending(folder):
        return
    with folder_lock.writing(folder, "tidy"):
        if (folder / JOURNAL).exists():
            _finish(folder, _journal_files(folder), lambda _step: None)
        for leftover in _temporary_files(folder):
            leftover.unlink(missing_ok=True)


def tidy_if_free(folder: Path) -> None:
    """A reader's start: tidy what a stopped program left when no other program holds the
    folder (a plain copy of an encrypted book must not wait for the next writer); never
    waits, and a folder it cannot change is left as it is."""
    try:
        tidy(folder)
    except (DatabaseBusy, OSError):
        pass
