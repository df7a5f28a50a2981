"""One program per data folder: an OS file lock that dies with the process that held it."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

LOCK_NAME = "loyaltydesk.lock"


def lock_path(folder: Path) -> Path:
    """The lock file: in the data folder, or (read-only folder) in the user's runtime folder."""
    folder = folder.expanduser().resolve()
    if os.access(folder, os.W_OK):
        return folder / LOCK_NAME
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir())
    digest = hashlib.sha256(str(folder).encode()).hexdigest()[:16]
    return runtime / f"loyaltydesk-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}.lock"


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FolderLock:
    """Held while a program works on the folder. A crashed holder's lock is free again: the
    system drops it with the process, so a lock file left behind is recognised as stale."""

    def __init__(self, folder: Path) -> None:
        self.path = lock_path(folder)
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
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock; the file stays, harmless
            self._fd = None


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
