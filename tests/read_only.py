"""Running a child process that sees a data folder as read-only, as root or not."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

# As root, permissions do not stop writes: a read-only bind mount in a private mount
# namespace does. As anyone else, taking the write bits away is enough.
_MOUNT = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && shift && exec "$@"'


def read_only(folder: Path, command: list[str]) -> list[str]:
    """`command`, changed so that it runs with `folder` read-only (skips if impossible)."""
    if os.geteuid() != 0:
        for path in (folder / "loyaltydesk.sqlite3", folder):
            path.chmod(0o500 if path.is_dir() else 0o400)
        return command
    if not shutil.which("unshare") or subprocess.run(
            ["unshare", "-m", "sh", "-c", _MOUNT, str(folder), "x", "true"]).returncode:
        pytest.skip("cannot make a read-only mount here")
    return ["unshare", "-m", "sh", "-c", _MOUNT, str(folder), "x", *command]
