"""Opening the SQLite database: the late-bound handle, pragmas, and closing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

import peewee as pw

from loyaltydesk.store.fields import uuid_bytes

# Bound late by open_database(), so the app and every test point at their own file.
db = pw.DatabaseProxy()
_current: list[Path] = []  # the file `db` is bound to
_passphrase: list[str | None] = [None]  # its SQLCipher passphrase, None for a plain file


def current_path() -> Path | None:
    """The database file the handle is bound to (None before any): exports never overwrite it."""
    return _current[0] if _current else None


def current_passphrase() -> str | None:
    """The passphrase the bound file was opened with: a reader in another process needs it."""
    return _passphrase[0]

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


class DatabaseBusy(DatabaseError):
    """Another program is writing to the data right now: nothing is wrong with it, try later."""


class NotABook(DatabaseError):
    """The data file is empty or is not an SQLite file: never taken as an empty book."""


SQLITE_MAGIC = b"SQLite format 3\x00"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"  # a compressed backup starts so: never taken for encrypted


def book_problem(path: Path) -> str | None:
    """Why the file at `path` cannot be a book (empty, too short, not SQLite); None when it can.

    A file that does not start like SQLite but is made of whole pages may be encrypted: the
    passphrase decides, so it is not judged here.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
            size = handle.seek(0, 2)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        return f"{path} is a folder, not a database file"
    if size == 0:
        return f"The database file {path} is empty (0 bytes)"
    if header == SQLITE_MAGIC or (size >= 512 and size % 512 == 0):
        return None
    return f"The database file {path} is not an SQLite database"


def file_uri(path: Path) -> str:
    """An SQLite URI for `path`, quoted from its bytes: '#' or '?' in folder names, and names
    that are not valid UTF-8, open the right file."""
    return f"file:{quote(os.fsencode(path))}"


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    """An SQLite URI that opens `path` read-only.

    `immutable` is for a read-only folder where SQLite cannot create the WAL's index file.
    """
    return f"{file_uri(path)}?" + ("immutable=1" if immutable else "mode=ro")


def _database_class(key: str | None) -> type[pw.SqliteDatabase]:
    if key is None:
        return pw.SqliteDatabase
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    return SqlCipherDatabase


def connect(path: Path, *, readonly: bool = False, key: str | None = None,
            query_only: bool = False) -> pw.SqliteDatabase:
    """A peewee database on `path` with LoyaltyDesk's pragmas, bound to `db`.

    With a `key`, the file is opened through SQLCipher; the caller has checked the key.
    `query_only` makes every connection refuse writes: a reader never takes SQLite's write
    lock, so it never waits behind a long write.
    """
    _current[:] = [path]
    _passphrase[0] = key
    pragmas = dict(PRAGMAS)
    if query_only:
        pragmas.pop("journal_mode")  # setting it may write; a reader takes the file as it is
        pragmas["query_only"] = 1
    extra: dict[str, Any] = {} if key is None else {"passphrase": key}
    cls = _database_class(key)
    if readonly:
        pragmas.pop("journal_mode", None)
        database = cls(readonly_uri(path), uri=True, pragmas=pragmas,
                       check_same_thread=False, **extra)
    else:
        database = cls(file_uri(path), uri=True, pragmas=pragmas, check_same_thread=False,
                       **extra)
    database.register_function(uuid_bytes, "uuid_bytes", 1, deterministic=True)
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusy(f"The database {path} is busy in another program; nothing was "
                               "changed, try again when it is done") from exc
        if not readonly:
            raise DatabaseError(f"Cannot open the database {path}: {exc}") from exc
        return _connect_immutable(path, cls, pragmas, extra, exc)
    return database


def _connect_immutable(path: Path, cls, pragmas: dict, extra: dict,
                       first: Exception) -> pw.SqliteDatabase:
    """A WAL database in a read-only folder: nothing can change it, so read it as immutable."""
    database = cls(readonly_uri(path, immutable=True), uri=True, pragmas=pragmas,
                   check_same_thread=False, **extra)
    database.register_function(uuid_bytes, "uuid_bytes", 1, deterministic=True)
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        raise DatabaseError(f"Cannot open the database {path}: {first}") from exc
    return database


def close() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
