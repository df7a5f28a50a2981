"""Opening the SQLite database: the late-bound handle, pragmas, and closing."""

from __future__ import annotations

from pathlib import Path

import peewee as pw

# Bound late by open_database(), so the app and every test point at their own file.
db = pw.DatabaseProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # A pulled battery must not lose a committed write: sync the WAL on every commit.
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -32000,
    "temp_store": "memory",
}


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is for the user."""


def connect(path: Path, *, readonly: bool = False) -> pw.SqliteDatabase:
    """A peewee database on `path` with LoyaltyDesk's pragmas, bound to `db`."""
    pragmas = dict(PRAGMAS)
    if readonly:
        pragmas.pop("journal_mode")
        database = pw.SqliteDatabase(
            f"file:{path}?mode=ro", uri=True, pragmas=pragmas, check_same_thread=False
        )
    else:
        database = pw.SqliteDatabase(str(path), pragmas=pragmas, check_same_thread=False)
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        raise DatabaseError(f"Cannot open the database {path}: {exc}") from exc
    return database


def close() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
