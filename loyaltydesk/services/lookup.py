"""Finding a few customers as the user types a name (a referral, a picker): fast, unordered."""

from __future__ import annotations

from loyaltydesk.services import customer_list
from loyaltydesk.services.customer_list import CustomerRow
from loyaltydesk.store.database import db
from loyaltydesk.store.search import FTS_TABLE, match_expression

# Rows read from the index to keep `limit` after dropping trashed customers.
_OVERSCAN = 4


def suggest(text: str, limit: int = 12, exclude: int | None = None) -> list[CustomerRow]:
    """Up to `limit` customers whose words start with what was typed (trash left out)."""
    expression = match_expression(text)
    if expression is None or limit < 1:
        return []
    found = db.execute_sql(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?",
                           (expression, limit * _OVERSCAN)).fetchall()
    ids = [r[0] for r in found if r[0] != exclude]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    alive = {r[0] for r in db.execute_sql(
        f"SELECT id FROM customer WHERE deleted_at IS NULL AND id IN ({marks})", ids)}
    return customer_list.rows([i for i in ids if i in alive][:limit])
