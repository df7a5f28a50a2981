"""Which tables a shared book carries, and the triggers that note their changed rows."""

from __future__ import annotations

import peewee as pw

from loyaltydesk.store import models
from loyaltydesk.store.fields import uuid_sql

LOGGING = "logging"  # the sync_meta key: '1' while the book is shared and edits are noted

# In the order a laptop applies them: what a row points to comes before it.
SYNCED_MODELS: tuple[type[pw.Model], ...] = (
    models.Tag, models.Cadence, models.CadenceStep, models.Customer, models.StageChange,
    models.Purchase, models.FollowUp, models.FollowUpEvent, models.Interaction, models.Survey,
    models.Referral, models.Testimonial,
)

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_WHEN = f"WHEN EXISTS (SELECT 1 FROM sync_meta WHERE key = '{LOGGING}' AND value = '1')"


# Columns each laptop derives for itself: a change to them alone is not an edit to share.
LOCAL_ONLY: dict[str, frozenset[str]] = {
    "customer": frozenset({
        "last_contact_at", "next_followup_at", "purchase_count", "first_purchase_on",
        "last_purchase_on", "ltv_cents", "ltv_as_of", "last_score", "amber_on", "red_on"}),
    "follow_up": frozenset({"notified_at"}),
}


def trigger_statements(database: pw.SqliteDatabase) -> list[str]:
    """Triggers that note every changed row while the book is shared (and only then).

    An update is noted when it changes a shared column; a later step that adds a column to a
    shared table makes these triggers again (drop, then this), so they see it too. The change
    log keeps each row's uuid as text, however the row stores it.
    """
    statements = []
    for table in (m._meta.table_name for m in SYNCED_MODELS):
        columns = [r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")')]
        shared = ", ".join(f'"{c}"' for c in columns if c not in LOCAL_ONLY.get(table, ()))
        for event, row in (("INSERT", "NEW"), (f"UPDATE OF {shared}", "NEW"), ("DELETE", "OLD")):
            name = event.split()[0].lower()
            statements.append(
                f'CREATE TRIGGER "sync_{table}_{name}" AFTER {event} ON "{table}" '
                f"{_WHEN} BEGIN INSERT INTO sync_change (tbl, uuid, at_ms) VALUES "
                f"('{table}', {uuid_sql(f'{row}.uuid')}, {_NOW_MS}); END")
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
        statements.append(
            f'CREATE TRIGGER "sync_customer_tag_{event.lower()}" AFTER {event} ON "customer_tag" '
            f"{_WHEN} BEGIN INSERT INTO sync_change (tbl, uuid, at_ms) SELECT 'customer', "
            f"{uuid_sql('uuid')}, "
            f"{_NOW_MS} FROM customer WHERE id = {row}.customer_id; END")
    return statements
