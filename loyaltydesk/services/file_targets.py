"""Where a copy of customer data may be written (an export, a backup to a file): never over
the book or anything in its folder, a device, a folder or a symbolic link."""

from __future__ import annotations

import stat
from pathlib import Path


def target_problem(path: Path, data_folder: Path | None) -> str | None:
    """Why `path` may not be written, in one line; None when it may."""
    if path.is_symlink():
        return f"{path} is a symbolic link; give the file's own name"
    if data_folder is not None and _inside(path, data_folder):
        return f"{path} is in the data folder, beside the data itself; choose another folder"
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        return f"{path} cannot be checked: {exc.strerror or exc}"
    if mode is not None and stat.S_ISDIR(mode):
        return f"{path} is a folder; give a file name"
    if mode is not None and not stat.S_ISREG(mode):
        return f"{path} is not an ordinary file (a device or a pipe)"
    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist"
    return None


def _inside(path: Path, folder: Path) -> bool:
    try:
        where = path.parent.resolve() / path.name
        return where.is_relative_to(folder.resolve())
    except OSError:
        return False
