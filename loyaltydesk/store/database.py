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


def _database_class(key: str | None) -> type[pw.SqliteDatabase]:
    if key is None:
        return pw.SqliteDatabase
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    return SqlCipherDatabase


def connect(path: Path, *, readonly: bool = False, key: str | None = None) -> pw.SqliteDatabase:
    """A peewee database on `path` with LoyaltyDesk's pragmas, bound to `db`.

    With a `key`, the file is opened through SQLCipher; the caller has checked the key.
    """
    pragmas = dict(PRAGMAS)
    extra = {} if key is None else {"passphrase": key}
    cls = _database_class(key)
    if readonly:
        pragmas.pop("journal_mode")
        database = cls(f"file:{path}?mode=ro", uri=True, pragmas=pragmas,
                       check_same_thread=False, **extra)
    else:
        database = cls(str(path), pragmas=pragmas, check_same_thread=False, **extra)
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        raise DatabaseError(f"Cannot open the database {path}: {exc}") from exc
    return database


def close() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
