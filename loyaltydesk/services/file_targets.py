"""Where a copy of customer data may be written (an export, a backup to a file): never over
the book or anything in its folder, a device, a folder or a symbolic link."""

from __future__ import annotations

import stat
from pathlib import Path

from loyaltydesk.services.words import tr


def target_problem(path: Path, data_folder: Path | None) -> str | None:
    """Why `path` may not be written, in one line; None when it may."""
    if path.is_symlink():
        return tr("{path} is a symbolic link; give the file's own name").format(path=path)
    if data_folder is not None and _inside(path, data_folder):
        return tr("{path} is in the data folder, beside the data itself; choose another "
                  "folder").format(path=path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        return tr("{path} cannot be checked: {reason}").format(path=path,
                                                               reason=exc.strerror or exc)
    if mode is not None and stat.S_ISDIR(mode):
        return tr("{path} is a folder; give a file name").format(path=path)
    if mode is not None and not stat.S_ISREG(mode):
        return tr("{path} is not an ordinary file (a device or a pipe)").format(path=path)
    if not path.parent.is_dir():
        return tr("the folder {folder} does not exist").format(folder=path.parent)
    return None


def _inside(path: Path, folder: Path) -> bool:
    try:
        where = path.parent.resolve() / path.name
        return where.is_relative_to(folder.resolve())
    except OSError:
        return False
