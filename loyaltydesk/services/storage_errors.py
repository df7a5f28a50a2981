"""Turning SQLite's storage failures (full disk, read-only folder...) into words for the user."""

from __future__ import annotations

from collections.abc import Callable

# Translation context: StorageErrors
# Matched in lower case against the messages of the exception and its causes; the words are
# English here and put in the reader's language by the caller (the window, the command line).
STORAGE_ERROR_LABELS: dict[str, str] = {
    "disk is full": "The disk is full",
    "readonly database": "The data folder is read-only",
    "read-only": "The data folder is read-only",
    "disk i/o error": "The disk could not be read or written",
    "database is locked": "The database is busy in another program",
    "malformed": "The database file is damaged (restore a backup from the File menu)",
    "file is not a database": "The database file cannot be read",
    "unable to open database": "The database file cannot be opened",
}
_NOT_SAVED_LABELS = {
    "not saved": "{problem}: the change was not saved, and the data is as it was before it"}


def _chain(exc: BaseException | None):
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def describe(exc: BaseException, words: Callable[[str], str] = str) -> str | None:
    """A one-line message for a storage failure anywhere in the chain; None for anything else.
    `words` puts each English text in the reader's language."""
    for link in _chain(exc):
        text = str(link).lower()
        for needle, human in STORAGE_ERROR_LABELS.items():
            if needle in text:
                return words(_NOT_SAVED_LABELS["not saved"]).format(problem=words(human))
    return None


_DAMAGE = ("malformed", "file is not a database", "fails its quick integrity check")


def is_damage(exc: BaseException) -> bool:
    """Whether the failure says the database file itself is damaged (not busy, not full)."""
    return any(needle in str(link).lower() for link in _chain(exc) for needle in _DAMAGE)


def is_busy(exc: BaseException) -> bool:
    """Whether another program holds the database: nothing is wrong with it, try later."""
    return any(needle in str(link).lower() for link in _chain(exc)
               for needle in ("database is locked", "database is busy"))


def is_out_of_room(exc: BaseException) -> bool:
    """Whether the failure is a full disk (SQLite says "disk I/O error" when it cannot grow a
    file it needs)."""
    return any(needle in str(link).lower() for link in _chain(exc)
               for needle in ("disk is full", "disk i/o error", "no space left"))
