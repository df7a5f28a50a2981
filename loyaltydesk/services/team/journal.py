"""What this laptop remembers of the team's book: settings, pending changes, shadows, conflicts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from loyaltydesk.store.database import db
from loyaltydesk.store.sync_log import LOGGING

URL, DEVICE, CURSOR, LAST_SYNC, ROLE = "url", "device", "cursor", "last_sync", "role"

# ---------------------------------------------------------------------------------------------
# Settings


def get(key: str, default: str | None = None) -> str | None:
    row = db.execute_sql("SELECT value FROM sync_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put(key: str, value: str) -> None:
    db.execute_sql("INSERT INTO sync_meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def shared() -> bool:
    return get(URL) is not None


def set_logging(on: bool) -> None:
    put(LOGGING, "1" if on else "0")


def forget_all() -> None:
    """Back to a single-user book: the rows stay, what was known of the team goes."""
    for table in ("sync_meta", "sync_change", "sync_shadow", "sync_conflict"):
        db.execute_sql(f'DELETE FROM "{table}"')


# ---------------------------------------------------------------------------------------------
# Changes waiting to be sent


@dataclass(frozen=True)
class Pending:
    table: str
    uuid: str
    at_ms: int


def pending(up_to: int | None = None) -> tuple[list[Pending], int]:
    """Rows changed since the last send (one entry each, newest edit time), and the last seq."""
    high = up_to if up_to is not None else (
        db.execute_sql("SELECT COALESCE(MAX(seq), 0) FROM sync_change").fetchone()[0])
    rows = db.execute_sql("SELECT tbl, uuid, MAX(at_ms) FROM sync_change WHERE seq <= ? "
                          "GROUP BY tbl, uuid", (high,)).fetchall()
    return [Pending(*row) for row in rows], high


def waiting() -> int:
    return db.execute_sql("SELECT COUNT(*) FROM (SELECT DISTINCT tbl, uuid FROM sync_change)"
                          ).fetchone()[0]


def sent(up_to: int) -> None:
    db.execute_sql("DELETE FROM sync_change WHERE seq <= ?", (up_to,))


def changed_since(seq: int) -> set[tuple[str, str]]:
    rows = db.execute_sql("SELECT DISTINCT tbl, uuid FROM sync_change WHERE seq > ?", (seq,))
    return set(rows.fetchall())


# ---------------------------------------------------------------------------------------------
# Shadows: each row as last agreed with the team


def shadows(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[dict, dict]]:
    found = {}
    for table, uuid in keys:
        row = db.execute_sql("SELECT data, clocks FROM sync_shadow WHERE tbl = ? AND uuid = ?",
                             (table, uuid)).fetchone()
        if row:
            found[table, uuid] = (json.loads(row[0]), json.loads(row[1]))
    return found


def keep_shadows(entries: Iterable[tuple[str, str, dict[str, Any] | None, dict[str, str]]]) -> None:
    for table, uuid, data, clocks in entries:
        if data is None:
            db.execute_sql("DELETE FROM sync_shadow WHERE tbl = ? AND uuid = ?", (table, uuid))
        else:
            db.execute_sql(
                "INSERT INTO sync_shadow (tbl, uuid, data, clocks) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (tbl, uuid) DO UPDATE SET data = excluded.data, "
                "clocks = excluded.clocks",
                (table, uuid, json.dumps(data, sort_keys=True, default=str), json.dumps(clocks)))


# ---------------------------------------------------------------------------------------------
# Conflicts


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    uuid: str
    field: str
    kept: Any
    other: Any
    other_device: str
    found_at: str


def add_conflict(table: str, uuid: str, field: str, kept: Any, other: Any, device: str,
                 found_at: str) -> None:
    db.execute_sql("INSERT INTO sync_conflict (tbl, uuid, field, kept, other, other_device, "
                   "found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (table, uuid, field, json.dumps(kept, default=str),
                    json.dumps(other, default=str), device, found_at))


def open_conflicts() -> list[Conflict]:
    rows = db.execute_sql("SELECT id, tbl, uuid, field, kept, other, other_device, found_at "
                          "FROM sync_conflict WHERE resolved_at IS NULL ORDER BY id").fetchall()
    return [Conflict(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), r[6], r[7])
            for r in rows]


def resolve(conflict_id: int, at: str) -> None:
    db.execute_sql("UPDATE sync_conflict SET resolved_at = ? WHERE id = ?", (at, conflict_id))
