"""Where an export may be written: never over the book, a device, a folder or a stray link.

Exports hold customer data, as the book does: they are written 0600, whole or not at all.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from loyaltydesk.exchange.errors import ExchangeError


def check_target(path: Path, data_folder: Path | None) -> None:
    """Refuse a target that is the data folder's, a device, a folder or a symbolic link."""
    if path.is_symlink():
        raise ExchangeError(f"{path} is a symbolic link; give the file's own name")
    if data_folder is not None and _inside(path, data_folder):
        raise ExchangeError(f"{path} is in the data folder, beside the data itself; choose "
                            "another folder")
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExchangeError(f"{path} cannot be checked: {exc.strerror or exc}") from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise ExchangeError(f"{path} is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        raise ExchangeError(f"{path} is not an ordinary file (a device or a pipe)")
    if not path.parent.is_dir():
        raise ExchangeError(f"the folder {path.parent} does not exist")


def _inside(path: Path, folder: Path) -> bool:
    try:
        where = path.parent.resolve() / path.name
        return where.is_relative_to(folder.resolve())
    except OSError:
        return False


def private_temporary(path: Path) -> Path:
    """A new, empty 0600 file beside `path` to write the export into (none made before)."""
    temporary = path.with_name(f".{path.name}.partial")
    temporary.unlink(missing_ok=True)  # ours from a stopped run, or a planted link: not used
    os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return temporary


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a 0600 temporary file and one rename."""
    temporary = private_temporary(path)
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
