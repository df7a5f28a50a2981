"""One writer per data folder: an OS file lock that dies with the process that held it.

The window holds it while it is open; every writing command (import, demo, backup, restore,
encrypt, decrypt) holds it while it runs. Readers (check, due, report, export) never need it.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from loyaltydesk.store.database import DatabaseBusy

LOCK_NAME = "loyaltydesk.lock"
WINDOW = "window"


def lock_path(folder: Path) -> Path:
    """The lock file: in the data folder, or (read-only folder) in the user's runtime folder."""
    folder = folder.expanduser().resolve()
    if os.access(folder, os.W_OK):
        return folder / LOCK_NAME
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir())
    digest = hashlib.sha256(os.fsencode(folder)).hexdigest()[:16]
    return runtime / f"loyaltydesk-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}.lock"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FolderLock:
    """Held while a program works on the folder. A crashed holder's lock is free again: the
    system drops it with the process, so a lock file left behind is recognised as stale."""

    def __init__(self, folder: Path, purpose: str = WINDOW) -> None:
        self.path = lock_path(folder)
        self.purpose = purpose
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        try:  # who holds it, for a waiting program's message; a full disk leaves it unsaid
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {self.purpose}\n".encode())
        except OSError:
            pass
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock; the file stays, harmless
            self._fd = None


@dataclass(frozen=True)
class Holder:
    """Who holds a folder's lock: the window, or a command such as "import"."""

    pid: int | None
    purpose: str

    @property
    def is_window(self) -> bool:
        return self.purpose == WINDOW

    def busy_message(self) -> str:
        if self.is_window:
            return ("LoyaltyDesk is open on this data folder; use its File menu, or close it "
                    "and try again")
        return (f"Another LoyaltyDesk command ({self.purpose}) is changing this data folder; "
                "nothing was changed, try again when it is done")


def holder(folder: Path) -> Holder | None:
    """Who holds the folder's lock right now; None when nobody does."""
    if not in_use(folder):
        return None
    try:
        words = lock_path(folder).read_text("ascii", "replace").split()
    except OSError:
        words = []
    pid = int(words[0]) if words and words[0].isdigit() else None
    # An old version wrote only its pid: that was always the window.
    return Holder(pid, words[1] if len(words) > 1 else WINDOW)


# The locks this process holds, by folder: a service that needs the lock while its caller
# already holds it (the window restoring, a command migrating) goes on under the same one.
_HELD: dict[Path, FolderLock] = {}


def _key(folder: Path) -> Path:
    return folder.expanduser().resolve()


def held_here(folder: Path) -> bool:
    return _key(folder) in _HELD


def register(folder: Path, lock: FolderLock) -> None:
    """Record a lock taken elsewhere (the window's) as this process's lock on `folder`."""
    _HELD[_key(folder)] = lock


def unregister(folder: Path) -> None:
    _HELD.pop(_key(folder), None)


def hold(folder: Path, purpose: str) -> FolderLock:
    """Take the folder's write lock for the rest of this process (or until `release`).

    Raises DatabaseBusy, in words naming the holder, when another program has it.
    """
    try:  # the lock lives in the folder: make it first, or a later writer locks elsewhere
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        pass
    key = _key(folder)
    if key in _HELD:
        return _HELD[key]
    lock = FolderLock(folder, purpose)
    try:
        taken = lock.acquire()
    except OSError:
        taken = True  # nowhere to keep a lock (read-only everywhere): nobody else can write
    if not taken:
        found = holder(folder)
        raise DatabaseBusy((found or Holder(None, "another program")).busy_message())
    _HELD[key] = lock
    return lock


def release(folder: Path) -> None:
    lock = _HELD.pop(_key(folder), None)
    if lock is not None:
        lock.release()


def release_all() -> None:
    for folder in list(_HELD):
        release(folder)


@contextmanager
def writing(folder: Path, purpose: str) -> Iterator[None]:
    """Hold the write lock for the block: at once if this process holds it already."""
    if held_here(folder):
        yield
        return
    hold(folder, purpose)
    try:
        yield
    finally:
        release(folder)


def in_use(folder: Path) -> bool:
    """Whether another program holds the folder's lock right now."""
    if not folder.exists():
        return False
    probe = FolderLock(folder)
    try:
        if probe.acquire():
            return False
    except OSError:
        return False  # nowhere to keep a lock: nobody else can hold one either
    finally:
        probe.release()
    return True
