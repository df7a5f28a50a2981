"""Which tables a shared book carries, and the triggers that note their changed rows."""

from __future__ import annotations

import peewee as pw

from loyaltydesk.store import models

LOGGING = "logging"  # the sync_meta key: '1' while the book is shared and edits are noted

# In the order a laptop applies them: what a row points to comes before it.
SYNCED_MODELS: tuple[type[pw.Model], ...] = (
    models.Tag, models.Cadence, models.CadenceStep, models.Customer, models.StageChange,
    models.Purchase, models.FollowUp, models.FollowUpEvent, models.Interaction, models.Survey,
    models.Referral, models.Testimonial,
)

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_WHEN = f"WHEN EXISTS (SELECT 1 FROM sync_meta WHERE key = '{LOGGING}' AND value = '1')"


def trigger_statements() -> list[str]:
    """Triggers that note every changed row while the book is shared (and only then)."""
    statements = []
    for table in (m._meta.table_name for m in SYNCED_MODELS):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            statements.append(
                f'CREATE TRIGGER "sync_{table}_{event.lower()}" AFTER {event} ON "{table}" '
                f"{_WHEN} BEGIN INSERT INTO sync_change (tbl, uuid, at_ms) VALUES "
                f"('{table}', {row}.uuid, {_NOW_MS}); END")
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
        statements.append(
            f'CREATE TRIGGER "sync_customer_tag_{event.lower()}" AFTER {event} ON "customer_tag" '
            f"{_WHEN} BEGIN INSERT INTO sync_change (tbl, uuid, at_ms) SELECT 'customer', uuid, "
            f"{_NOW_MS} FROM customer WHERE id = {row}.customer_id; END")
    return statements
