"""Today's reads in plain SQL: each list's ids from its own index, and the rows of a screenful.

Today asks these on every change of the book, so they skip the ORM's statement building: each
is one fixed text that sqlite3 prepares once per connection and keeps (its statement cache),
and a set of ids goes in as one JSON array, so the text never changes with their number.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from loyaltydesk.store.database import db

# Open follow-ups of live customers with a reminder in [lo, hi), oldest first. Read from the
# (status, remind_at) index: it holds them in (remind_at, id) order, so a page stops after its
# rows. The partial index of open follow-ups ends with customer_id: a day whose thousands of
# reminders share 09:00 would be sorted whole to give its first page.
_DUE_IDS = (
    "SELECT f.id FROM follow_up f INDEXED BY follow_up_status_remind_at "
    "CROSS JOIN customer c ON c.id = f.customer_id "
    "WHERE f.status = 'open' AND f.deleted_at IS NULL AND c.deleted_at IS NULL "
    "AND f.remind_at >= ? AND f.remind_at < ? ORDER BY f.remind_at, f.id LIMIT ?")

# Counted from the index alone, less the few of customers in the trash.
_DUE_COUNT = (
    "SELECT count(*) FROM follow_up INDEXED BY follow_up_open_remind "
    "WHERE status = 'open' AND deleted_at IS NULL AND remind_at >= ? AND remind_at < ?")
_DUE_TRASHED = (
    "SELECT count(*) FROM customer c INDEXED BY customer_deleted_at "
    "CROSS JOIN follow_up f ON f.customer_id = c.id "
    "WHERE c.deleted_at IS NOT NULL AND f.status = 'open' AND f.deleted_at IS NULL "
    "AND f.remind_at >= ? AND f.remind_at < ?")

FOLLOWUP_COLUMNS = ("id", "customer_id", "name", "company", "due_at", "remind_at", "kind",
                    "channel", "title", "script", "status", "snoozed_until", "notified_at",
                    "completed_at", "outcome", "amber_on", "red_on")
_FOLLOWUP_ROWS = (
    "SELECT f.id, f.customer_id, c.name, c.company, f.due_at, f.remind_at, f.kind, f.channel, "
    "f.title, f.script, f.status, f.snoozed_until, f.notified_at, f.completed_at, f.outcome, "
    "c.amber_on, c.red_on "
    "FROM follow_up f JOIN customer c ON c.id = f.customer_id "
    "WHERE f.id IN (SELECT value FROM json_each(?))")

CUSTOMER_COLUMNS = ("id", "name", "company", "city", "stage", "last_contact_at",
                    "next_followup_at", "ltv_cents", "last_score", "purchase_count", "email",
                    "phone", "owner", "amber_on", "red_on")
_CUSTOMER_ROWS = (f"SELECT {', '.join(CUSTOMER_COLUMNS)} FROM customer "
                  "WHERE id IN (SELECT value FROM json_each(?))")

# Below every stored moment (they all start with a year's digits).
EARLIEST = ""


def _all(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    return db.connection().execute(sql, params).fetchall()


def due_ids(lo: str, hi: str, limit: int) -> list[int]:
    """Open follow-ups with a reminder from `lo` up to (not with) `hi`: stored moment texts."""
    return [row[0] for row in _all(_DUE_IDS, (lo, hi, limit))]


def due_count(lo: str, hi: str) -> int:
    """How many open follow-ups of live customers have a reminder in [lo, hi)."""
    return _all(_DUE_COUNT, (lo, hi))[0][0] - _all(_DUE_TRASHED, (lo, hi))[0][0]


def followup_rows(ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """FOLLOWUP_COLUMNS of these follow-ups, in no set order."""
    return _all(_FOLLOWUP_ROWS, (json.dumps(list(ids)),)) if ids else []


def customer_rows(ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """CUSTOMER_COLUMNS of these customers, in no set order."""
    return _all(_CUSTOMER_ROWS, (json.dumps(list(ids)),)) if ids else []
