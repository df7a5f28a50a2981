"""Where LoyaltyDesk keeps its data: the one place that knows."""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

from loyaltydesk import APP_NAME

ENV_DATA_DIR = "LOYALTYDESK_DATA_DIR"
DATABASE_NAME = "loyaltydesk.sqlite3"
BACKUP_FOLDER = "backups"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, then $LOYALTYDESK_DATA_DIR, then the user data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_FOLDER
