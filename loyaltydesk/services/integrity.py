"""Checking a database: SQLite's own checks plus LoyaltyDesk's consistency rules."""

from __future__ import annotations

from loyaltydesk.services.goals import met_but_open
from loyaltydesk.store.database import db
from loyaltydesk.store.search import FTS_TABLE


def problems() -> list[str]:
    """Everything wrong with the open database; empty when it is healthy."""
    found: list[str] = []
    try:
        result = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    except Exception as exc:  # a file too damaged to check says so
        return [f"integrity: {exc}"]
    if result != ["ok"]:
        found.extend(f"integrity: {line}" for line in result[:20])
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()[:20]:
        found.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    found.extend(_search_index_problems())
    # The search index holds exactly the customers outside the trash.
    customers = db.execute_sql(
        "SELECT count(*) FROM customer WHERE deleted_at IS NULL").fetchone()[0]
    indexed = db.execute_sql(f"SELECT count(*) FROM {FTS_TABLE}").fetchone()[0]
    if customers != indexed:
        found.append(f"search index: {indexed} entries for {customers} customers")
    stale = db.execute_sql(
        "SELECT count(*) FROM customer c WHERE c.stage != coalesce((SELECT to_stage FROM "
        "stage_change s WHERE s.customer_id = c.id ORDER BY changed_at DESC, id DESC LIMIT 1), "
        "c.stage)").fetchone()[0]
    if stale:
        found.append(f"stages: {stale} customers whose stage differs from their timeline")
    found.extend(_goals_met_but_open())
    return found


def _search_index_problems() -> list[str]:
    """FTS5's own check. It is an INSERT that changes nothing, so a reader (query_only) lifts
    the guard for it; a read-only file, or a writer busy in another program, skips it."""
    guarded = db.execute_sql("PRAGMA query_only").fetchone()[0]
    try:
        if guarded:
            db.execute_sql("PRAGMA query_only = 0")
        db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:  # any failure here is a finding to report
        if "readonly" not in str(exc) and "locked" not in str(exc):
            return [f"search index: {exc}"]
    finally:
        if guarded:
            db.execute_sql("PRAGMA query_only = 1")
    return []


def _goals_met_but_open() -> list[str]:
    met = met_but_open()
    if not met:
        return []
    first = met[0]
    return [f"follow-ups: {len(met)} still open though their goal is met (follow-up "
            f"#{first.followup_id} of customer #{first.customer_id}: "
            f"{first.meeting.describe()}); 'loyaltydesk check --repair' closes them"]
