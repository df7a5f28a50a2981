"""Counts the connection keeps as the book changes: Today's and the reminder tick's without
walking an index range as long as the book.

Red, amber and no-next-step customers, and open follow-ups due before a moment, are counted
once; from then on, triggers of this connection add and take away what each written row
changes. They are TEMP objects: they live with the connection, never in the file (no schema
step, nothing in a backup), and roll back with the transaction that fired them. A commit by
another connection moves `PRAGMA data_version`, and the counts are read anew. A connection
that may not write (query_only) cannot keep them: it counts each time (None below).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee as pw

from loyaltydesk.store.database import db

# What each customer row adds to a count, for the tally's day (0 or 1, never NULL).
_RED = "coalesce({r}.deleted_at IS NULL AND {r}.red_on <= day, 0)"
_AMBER = "coalesce({r}.deleted_at IS NULL AND {r}.amber_on <= day AND {r}.red_on > day, 0)"
_UNPLANNED = "coalesce({r}.deleted_at IS NULL AND {r}.next_followup_at IS NULL " \
             "AND {r}.stage IN ({stages}), 0)"


def _rhythm_setup(stages: str) -> list[str]:
    def change(*signed: tuple[str, str]) -> str:
        """SET clauses adding (+) or taking away (-) what each row counts."""
        return ", ".join(
            f"{name} = {name} " + " ".join(f"{sign} {expr.format(r=row, stages=stages)}"
                                          for sign, row in signed)
            for name, expr in (("red", _RED), ("amber", _AMBER), ("unplanned", _UNPLANNED))
        ) + ", writes = writes + 1"

    return [
        # a row of version -1 is a watch (see rhythm_watch): it notes the writes, keeps none
        "CREATE TEMP TABLE rhythm_tally (day TEXT NOT NULL, version INTEGER NOT NULL, "
        "red INTEGER NOT NULL, amber INTEGER NOT NULL, unplanned INTEGER NOT NULL, "
        "writes INTEGER NOT NULL)",
        "CREATE TEMP TRIGGER rhythm_tally_insert AFTER INSERT ON main.customer BEGIN "
        f"UPDATE rhythm_tally SET {change(('+', 'NEW'))}; END",
        "CREATE TEMP TRIGGER rhythm_tally_delete AFTER DELETE ON main.customer BEGIN "
        f"UPDATE rhythm_tally SET {change(('-', 'OLD'))}; END",
        "CREATE TEMP TRIGGER rhythm_tally_update AFTER UPDATE OF deleted_at, amber_on, red_on, "
        "next_followup_at, stage ON main.customer BEGIN "
        f"UPDATE rhythm_tally SET {change(('-', 'OLD'), ('+', 'NEW'))}; END",
    ]


# A follow-up counts while open, not deleted, and not of a customer in the trash (as
# today_reads.due_count counts them): before each tally's threshold.
_COUNTED = ("coalesce({r}.status = 'open' AND {r}.deleted_at IS NULL "
            "AND {r}.remind_at < threshold AND NOT EXISTS (SELECT 1 FROM main.customer c "
            "WHERE c.id = {r}.customer_id AND c.deleted_at IS NOT NULL), 0)")
_OPEN_OF = ("(SELECT count(*) FROM main.follow_up f WHERE f.customer_id = {r}.id "
            "AND f.status = 'open' AND f.deleted_at IS NULL AND f.remind_at < threshold)")

_DUE_SETUP = [
    "CREATE TEMP TABLE due_tally (threshold TEXT PRIMARY KEY, version INTEGER NOT NULL, "
    "n INTEGER NOT NULL, used INTEGER NOT NULL)",
    "CREATE TEMP TRIGGER due_tally_insert AFTER INSERT ON main.follow_up BEGIN "
    f"UPDATE due_tally SET n = n + {_COUNTED.format(r='NEW')}; END",
    "CREATE TEMP TRIGGER due_tally_delete AFTER DELETE ON main.follow_up BEGIN "
    f"UPDATE due_tally SET n = n - {_COUNTED.format(r='OLD')}; END",
    "CREATE TEMP TRIGGER due_tally_update AFTER UPDATE OF status, deleted_at, remind_at, "
    "customer_id ON main.follow_up BEGIN "
    f"UPDATE due_tally SET n = n - {_COUNTED.format(r='OLD')} + {_COUNTED.format(r='NEW')}; "
    "END",
    # a customer going to the trash takes its open follow-ups out; back, brings them back
    "CREATE TEMP TRIGGER due_tally_trash AFTER UPDATE OF deleted_at ON main.customer "
    "WHEN (OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL) BEGIN "
    "UPDATE due_tally SET n = n + (CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END) * "
    f"{_OPEN_OF.format(r='NEW')}; END",
    # a customer purged from the trash: its follow-ups count (no trashed customer holds
    # them) until they go too, as they do right after
    "CREATE TEMP TRIGGER due_tally_purge BEFORE DELETE ON main.customer "
    "WHEN OLD.deleted_at IS NOT NULL BEGIN "
    f"UPDATE due_tally SET n = n + {_OPEN_OF.format(r='OLD')}; END",
]

_KEPT = 6  # thresholds kept at once: the day's bounds and the last reminder ticks


def _one(sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    return db.connection().execute(sql, params).fetchone()


def _version() -> int:
    return _one("PRAGMA data_version")[0]  # type: ignore[index]


def _ready(table: str, setup: Callable[[], list[str]]) -> bool:
    """The table and its triggers exist on this connection (made now if need be); False on
    a connection that may not write."""
    if _one("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?", (table,)):
        return True
    try:
        with db.atomic():
            for sql in setup():
                db.execute_sql(sql)
    except pw.OperationalError:  # a reader: query_only refuses even TEMP tables
        return False
    return True


def rhythm_counts(day: str, stages: str,
                  count: Any) -> tuple[int, int, int] | None:
    """(red, amber, no next step) on `day`; `count(day)` counts them when the kept ones do
    not hold (first ask, another day, another connection's commit)."""
    if not _ready("rhythm_tally", lambda: _rhythm_setup(stages)):
        return None
    version = _version()
    kept = _one("SELECT day, version, red, amber, unplanned FROM rhythm_tally "
                "WHERE version >= 0")
    if kept is not None and kept[:2] == (day, version):
        return kept[2], kept[3], kept[4]
    with db.atomic():  # counted and kept at one point of the book
        red, amber, unplanned = count(day)
        _keep_rhythm(day, version, (red, amber, unplanned))
    return red, amber, unplanned


def _keep_rhythm(day: str, version: int, counts: tuple[int, int, int]) -> None:
    db.execute_sql("DELETE FROM temp.rhythm_tally WHERE version >= 0")
    db.execute_sql("INSERT INTO temp.rhythm_tally VALUES (?, ?, ?, ?, ?, 0)",
                   (day, version, *counts))


def rhythm_watch(stages: str) -> int | None:
    """Start noting this connection's writes to what the rhythm counts read, while another
    connection counts them; the stamp for keep_rhythm_counts (None on a reader)."""
    if not _ready("rhythm_tally", lambda: _rhythm_setup(stages)):
        return None
    with db.atomic():
        db.execute_sql("DELETE FROM temp.rhythm_tally WHERE version < 0")
        db.execute_sql("INSERT INTO temp.rhythm_tally VALUES ('', -1, 0, 0, 0, 0)")
    return _version()


def keep_rhythm_counts(day: str, stamp: int | None, counts: tuple[int, int, int]) -> bool:
    """Keep (red, amber, no next step) on `day`, counted by another connection after
    rhythm_watch gave `stamp`, when the book has not moved since: neither this connection
    wrote what they count (the watch saw no write) nor another committed (data_version).
    False when it moved: they may be off, count again."""
    if stamp is None or not _one("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' "
                                 "AND name = 'rhythm_tally'"):
        return False
    watch = _one("SELECT writes FROM temp.rhythm_tally WHERE version < 0")
    still = watch is not None and watch[0] == 0 and _version() == stamp
    with db.atomic():
        db.execute_sql("DELETE FROM temp.rhythm_tally WHERE version < 0")
        if still:
            _keep_rhythm(day, stamp, counts)
    return still


def due_before(threshold: str, count_range: Any) -> int | None:
    """Open follow-ups of customers outside the trash with a reminder before `threshold` (a
    stored moment). `count_range(lo, hi)` counts those in [lo, hi): from the nearest kept
    threshold when there is one, so a tick a minute after the last reads a minute's worth."""
    if not _ready("due_tally", lambda: _DUE_SETUP):
        return None
    version = _version()
    kept = _one("SELECT n FROM temp.due_tally WHERE threshold = ? AND version = ?",
                (threshold, version))
    if kept is not None:  # asked again (each reload of Today asks for the day's bounds)
        db.execute_sql("UPDATE temp.due_tally SET used = (SELECT max(used) + 1 FROM "
                       "temp.due_tally) WHERE threshold = ?", (threshold,))
        return kept[0]
    with db.atomic():
        db.execute_sql("DELETE FROM temp.due_tally WHERE version != ?", (version,))
        tick = (_one("SELECT coalesce(max(used), 0) + 1 FROM temp.due_tally") or (1,))[0]
        found = _one("SELECT n FROM temp.due_tally WHERE threshold = ?", (threshold,))
        if found is not None:
            n = found[0]
        else:
            n = _from_nearest(threshold, count_range)
        db.execute_sql("INSERT OR REPLACE INTO temp.due_tally VALUES (?, ?, ?, ?)",
                       (threshold, version, n, tick))
        db.execute_sql("DELETE FROM temp.due_tally WHERE threshold NOT IN (SELECT threshold "
                       "FROM temp.due_tally ORDER BY used DESC LIMIT ?)", (_KEPT,))
    return n


def _from_nearest(threshold: str, count_range: Any) -> int:
    """The count before `threshold` from the kept one just below it (the ticks move on), or
    else just above it; from the start of time when none is kept."""
    below = _one("SELECT threshold, n FROM temp.due_tally WHERE threshold < ? "
                 "ORDER BY threshold DESC LIMIT 1", (threshold,))
    if below is not None:
        return below[1] + count_range(below[0], threshold)
    above = _one("SELECT threshold, n FROM temp.due_tally WHERE threshold > ? "
                 "ORDER BY threshold LIMIT 1", (threshold,))
    if above is not None:
        return above[1] - count_range(threshold, above[0])
    return count_range("", threshold)


def forget() -> None:
    """Drop the kept counts of this connection: the next asks count them."""
    for table in ("rhythm_tally", "due_tally"):
        if _one("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?",
                (table,)):
            db.execute_sql(f"DELETE FROM temp.{table}")
