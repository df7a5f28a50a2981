"""Where an export may be written: never over the book, a device, a folder or a stray link.

Exports hold customer data, as the book does: they are written 0600, whole or not at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.services.file_targets import target_problem


def check_target(path: Path, data_folder: Path | None) -> None:
    """Refuse a target that is the data folder's, a device, a folder or a symbolic link."""
    problem = target_problem(path, data_folder)
    if problem is not None:
        raise ExchangeError(problem)


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
