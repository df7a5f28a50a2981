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
            found[table, uuid] = (json.loads(row[0]), clocks_of(row[1]))
    return found


def one_clock(clocks: dict[str, str]) -> str:
    """A shadow's clocks as kept: [stamp, [field, ...]] when every field carries one stamp."""
    return one_clock_text(json.dumps(clocks))


def one_clock_text(text: str) -> str:
    """one_clock for clocks given as JSON text, as json.dumps or PostgreSQL writes an object.

    Each ':' of the text must start ': "stamp"', the stamp made of letters, digits and dots
    (so no ':' or quote hides inside a field's name): then every field carries that stamp.
    """
    start = text.find(': "')
    end = text.find('"', start + 3)
    stamp = text[start + 3:end]
    if start < 0 or not stamp.replace(".", "").isalnum():
        return text
    fields = text[1:-1].replace(f': "{stamp}"', "")
    if ":" in fields:  # a field with another stamp
        return text
    return f'["{stamp}", [{fields}]]'


def clocks_of(text: str) -> dict[str, str]:
    """A shadow's clocks, kept in full or as one stamp for all its fields."""
    clocks = json.loads(text)
    if isinstance(clocks, list):
        stamp, fields = clocks
        return {str(name): str(stamp) for name in fields}
    return {str(name): str(stamp) for name, stamp in clocks.items()}


def keep_shadows(entries: Iterable[tuple[str, str, dict[str, Any] | None, dict[str, str]]]) -> None:
    gone, kept = [], []
    for table, uuid, data, clocks in entries:
        if data is None:
            gone.append((table, uuid))
        else:
            kept.append((table, uuid, json.dumps(data, sort_keys=True, default=str),
                         one_clock(clocks)))
    db.connection().executemany("DELETE FROM sync_shadow WHERE tbl = ? AND uuid = ?", gone)
    keep_shadow_texts(kept)


def keep_shadow_texts(entries: Iterable[tuple[str, str, str, str]]) -> None:
    """Shadows given as JSON text already: (table, uuid, data, clocks), kept as they are."""
    db.connection().executemany(
        "INSERT INTO sync_shadow (tbl, uuid, data, clocks) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (tbl, uuid) DO UPDATE SET data = excluded.data, clocks = excluded.clocks",
        entries)


# ---------------------------------------------------------------------------------------------
# Conflicts


@dataclass(frozen=True)
class Conflict:
    id: int
    uuid: str
    table: str
    row_uuid: str
    field: str
    kept: Any
    other: Any
    other_device: str
    found_at: str
    resolved_at: str | None = None

    def shared_data(self) -> dict[str, Any]:
        return {"table": self.table, "uuid": self.row_uuid, "field": self.field,
                "kept": self.kept, "other": self.other, "other_device": self.other_device,
                "found_at": self.found_at, "resolved_at": self.resolved_at}


_COLUMNS = "id, uuid, tbl, row_uuid, field, kept, other, other_device, found_at, resolved_at"


def _conflict(row) -> Conflict:
    return Conflict(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]),
                    json.loads(row[6]), row[7], row[8], row[9])


def keep_conflict(uuid: str, data: dict[str, Any]) -> None:
    """A conflict as the team's book holds it (found here or on another laptop)."""
    db.execute_sql(
        "INSERT INTO sync_conflict (uuid, tbl, row_uuid, field, kept, other, other_device, "
        "found_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE "
        "SET resolved_at = COALESCE(sync_conflict.resolved_at, excluded.resolved_at)",
        (uuid, data["table"], data["uuid"], data["field"], json.dumps(data["kept"], default=str),
         json.dumps(data["other"], default=str), data["other_device"], data["found_at"],
         data.get("resolved_at")))


def open_conflicts() -> list[Conflict]:
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM sync_conflict WHERE resolved_at IS NULL "
                          "ORDER BY found_at, id").fetchall()
    return [_conflict(r) for r in rows]


def resolve(conflict_id: int, at: str) -> None:
    db.execute_sql("UPDATE sync_conflict SET resolved_at = ?, resolution_sent = 0 WHERE id = ?",
                   (at, conflict_id))


def resolutions_to_send() -> list[Conflict]:
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM sync_conflict WHERE resolution_sent = 0"
                          ).fetchall()
    return [_conflict(r) for r in rows]


def resolutions_sent(uuids: list[str]) -> None:
    for uuid in uuids:
        db.execute_sql("UPDATE sync_conflict SET resolution_sent = 1 WHERE uuid = ?", (uuid,))
