"""SQLCipher: telling an encrypted file from a plain one, and raw connections that hold a key."""

from __future__ import annotations

import sqlite3
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from loyaltydesk.store.database import SQLITE_MAGIC, ZSTD_MAGIC, file_uri, readonly_uri


class PassphraseError(Exception):
    """The passphrase is missing or wrong, or encryption is not installed."""


def available() -> bool:
    """Whether SQLCipher (the sqlcipher3 package) is installed."""
    return find_spec("sqlcipher3") is not None


def is_encrypted(path: Path) -> bool:
    """Whether `path` looks like an SQLCipher file: whole pages that do not start like SQLite.

    An encrypted file starts with random salt, so this is a guess that a damaged file can also
    match; opening it with the passphrase is what tells for sure.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
            size = handle.seek(0, 2)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False  # no file there (the data folder may itself be a file: said later)
    return size >= 512 and size % 512 == 0 and header != SQLITE_MAGIC and \
        not header.startswith(ZSTD_MAGIC)


def check_passphrase(passphrase: str) -> str:
    if not passphrase or "\x00" in passphrase:
        raise PassphraseError("A passphrase cannot be empty or hold a NUL character")
    return passphrase


def quoted(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + check_passphrase(passphrase).replace("'", "''") + "'"


def _sqlcipher():
    if not available():
        raise PassphraseError("This data is encrypted, and SQLCipher is not installed: install "
                              "LoyaltyDesk with its 'encryption' extra")
    from sqlcipher3 import dbapi2

    return dbapi2


def raw_connect(path: Path, key: str | None = None, *, readonly: bool = False) -> Any:
    """A DB-API connection to `path`: plain sqlite3 without a key, SQLCipher with one.

    The key is only set, not checked: the first read of a wrong key fails.
    """
    module = sqlite3 if key is None else _sqlcipher()
    target = readonly_uri(path) if readonly else file_uri(path)
    connection = module.connect(target, uri=True, isolation_level=None)
    if key is not None:
        connection.execute("PRAGMA cipher_log_level = NONE")  # no decrypt errors on stderr
        connection.execute(f"PRAGMA key = {quoted(key)}")
    if readonly and not _reads(connection):
        # A WAL database in a read-only folder: SQLite cannot make its index file there.
        connection.close()
        connection = module.connect(readonly_uri(path, immutable=True), uri=True,
                                    isolation_level=None)
        if key is not None:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f"PRAGMA key = {quoted(key)}")
    return connection


def _reads(connection: Any) -> bool:
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:  # sqlite3 and sqlcipher3 raise their own errors
        return False
    return True


def key_opens(path: Path, key: str | None) -> bool:
    """Whether `key` (None for a plain file) reads the database at `path`."""
    try:
        connection = raw_connect(path, key, readonly=True)
    except (sqlite3.Error, PassphraseError):
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:  # sqlite3 and sqlcipher3 raise their own DatabaseError
        return False
    finally:
        connection.close()


def export(source: Path, source_key: str | None, target: Path, target_key: str | None) -> None:
    """Write a copy of `source` to the new file `target`, encrypted with `target_key` or plain.

    SQLite's backup API cannot cross between plain and encrypted files; sqlcipher_export can.
    """
    module = _sqlcipher()
    connection = module.connect(file_uri(source), uri=True, isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            connection.execute(f"PRAGMA key = {quoted(source_key)}")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        key = quoted(target_key) if target_key is not None else "''"
        connection.execute(f"ATTACH DATABASE ? AS target KEY {key}", (file_uri(target),))
        connection.execute("SELECT sqlcipher_export('target')")
        connection.execute(f"PRAGMA target.user_version = {int(version)}")
        connection.execute("DETACH DATABASE target")
    finally:
        connection.close()
