"""Opening the SQLite database: the late-bound handle, pragmas, and closing."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

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


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    """An SQLite URI that opens `path` read-only (the path quoted: '#' or '?' in folder names).

    `immutable` is for a read-only folder where SQLite cannot create the WAL's index file.
    """
    return f"file:{quote(str(path))}?" + ("immutable=1" if immutable else "mode=ro")


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
        database = cls(readonly_uri(path), uri=True, pragmas=pragmas,
                       check_same_thread=False, **extra)
    else:
        database = cls(str(path), pragmas=pragmas, check_same_thread=False, **extra)
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        if not readonly:
            raise DatabaseError(f"Cannot open the database {path}: {exc}") from exc
        return _connect_immutable(path, cls, pragmas, extra, exc)
    return database


def _connect_immutable(path: Path, cls, pragmas: dict, extra: dict,
                       first: Exception) -> pw.SqliteDatabase:
    """A WAL database in a read-only folder: nothing can change it, so read it as immutable."""
    database = cls(readonly_uri(path, immutable=True), uri=True, pragmas=pragmas,
                   check_same_thread=False, **extra)
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        raise DatabaseError(f"Cannot open the database {path}: {first}") from exc
    return database


def close() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
