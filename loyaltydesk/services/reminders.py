"""Raising due follow-ups once per due time, and the reminder preferences kept with the data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from loyaltydesk.clock import now
from loyaltydesk.services.followups import FollowUpRow, mark_notified, pending_notices
from loyaltydesk.services.words import tr
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text
from loyaltydesk.store.models import Setting

TICK_KEY = "reminders.tick_seconds"
CLOSE_TO_TRAY_KEY = "reminders.close_to_tray"
DEFAULT_TICK_SECONDS = 60
MIN_TICK_SECONDS = 5
MAX_TICK_SECONDS = 3600
# Reminders named in a notice come from the first batch; a long catch-up marks the rest in
# steps of MARK_STEP, each one statement, so the window keeps painting between them.
BATCH = 500
MARK_STEP = 2000


class ReminderError(ValueError):
    """Reminder preferences that cannot be saved as given."""


@dataclass(frozen=True)
class ReminderSettings:
    tick_seconds: int = DEFAULT_TICK_SECONDS
    close_to_tray: bool = True


def _read(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def load_settings() -> ReminderSettings:
    tick = _read(TICK_KEY)
    to_tray = _read(CLOSE_TO_TRAY_KEY)
    seconds = int(tick) if tick and tick.isdigit() else DEFAULT_TICK_SECONDS
    return ReminderSettings(
        tick_seconds=min(max(seconds, MIN_TICK_SECONDS), MAX_TICK_SECONDS),
        close_to_tray=to_tray != "0",
    )


def save_settings(settings: ReminderSettings) -> None:
    if not MIN_TICK_SECONDS <= settings.tick_seconds <= MAX_TICK_SECONDS:
        raise ReminderError(tr("Check for reminders every {least} to {most} seconds").format(
            least=MIN_TICK_SECONDS, most=MAX_TICK_SECONDS))
    with db.atomic():
        Setting.insert_many([
            {"key": TICK_KEY, "value": str(settings.tick_seconds)},
            {"key": CLOSE_TO_TRAY_KEY, "value": "1" if settings.close_to_tray else "0"},
        ]).on_conflict_replace().execute()


def raise_batch(at: datetime | None = None, limit: int = BATCH) -> list[FollowUpRow]:
    """Mark up to `limit` follow-ups whose reminder is due as raised, and return them.

    A raised follow-up is not returned again until its time changes (a snooze or a
    reschedule clears the mark), so each due time is raised once, across restarts too.
    """
    moment = at or now()
    rows = pending_notices(moment, limit)
    if rows:
        mark_notified([r.id for r in rows], moment)
    return rows


class Catching(StrEnum):
    """Why the reminders of one check are being raised."""

    LIVE = "live"  # they fell due since the last check, as the app watched
    SINCE_CLOSED = "since_closed"  # the first check after start: due while the app was closed
    SINCE_AWAY = "since_away"  # long after the last check: the computer slept, or time jumped


def catching(previous_check: datetime | None, moment: datetime,
             interval: timedelta) -> Catching:
    if previous_check is None:
        return Catching.SINCE_CLOSED
    if moment - previous_check > 2 * interval + timedelta(seconds=1):
        return Catching.SINCE_AWAY
    return Catching.LIVE


# The pending reminders of raise_batch, in the same order, marked raised without reading
# them into Python: a catch-up after weeks away can hold tens of thousands.
_PENDING = """
SELECT id FROM follow_up INDEXED BY follow_up_pending_notice
WHERE status = 'open' AND notified_at IS NULL AND deleted_at IS NULL AND remind_at <= :at
  AND customer_id NOT IN (SELECT id FROM customer WHERE deleted_at > '')
ORDER BY remind_at, id LIMIT :limit"""


def raise_rest(at: datetime | None = None, limit: int = MARK_STEP) -> int:
    """Mark up to `limit` more due follow-ups as raised, with their history; how many."""
    params = {"at": moment_text(at or now()), "limit": limit}
    with db.atomic():
        ids = [row[0] for row in db.execute_sql(_PENDING, params).fetchall()]
        if ids:
            db.execute_sql(
                "INSERT INTO follow_up_event (uuid, created_at, updated_at, followup_id, "
                "action, at, detail) SELECT randomblob(16), :at, :at, value, "
                "'raised', :at, '' FROM json_each(:ids)", {**params, "ids": json.dumps(ids)})
            db.execute_sql("UPDATE follow_up SET notified_at = :at WHERE id IN "
                           "(SELECT value FROM json_each(:ids))",
                           {**params, "ids": json.dumps(ids)})
    return len(ids)
