"""Keeps each customer's stored figures (LTV, last contact, next follow-up...) true."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from loyaltydesk.clock import clock
from loyaltydesk.domain.metrics import years_before
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Customer

LTV_YEARS = 3


def today() -> date:
    c = clock()
    return c.now().astimezone(c.local_tz()).date()


_REFRESH_SQL = """
UPDATE customer SET
    purchase_count = (SELECT count(*) FROM purchase p
                      WHERE p.customer_id = customer.id AND p.deleted_at IS NULL),
    first_purchase_on = (SELECT min(purchased_on) FROM purchase p
                         WHERE p.customer_id = customer.id AND p.deleted_at IS NULL),
    last_purchase_on = (SELECT max(purchased_on) FROM purchase p
                        WHERE p.customer_id = customer.id AND p.deleted_at IS NULL),
    ltv_cents = coalesce((SELECT sum(amount_cents) FROM purchase p
                          WHERE p.customer_id = customer.id AND p.deleted_at IS NULL
                          AND p.purchased_on > ? AND p.purchased_on <= ?), 0),
    ltv_as_of = ?,
    last_contact_at = (SELECT max(occurred_at) FROM interaction i
                       WHERE i.customer_id = customer.id AND i.deleted_at IS NULL),
    next_followup_at = (SELECT min(remind_at) FROM follow_up f
                        WHERE f.customer_id = customer.id AND f.status = 'open'
                        AND f.deleted_at IS NULL),
    last_score = (SELECT score FROM survey s
                  WHERE s.customer_id = customer.id AND s.deleted_at IS NULL
                  ORDER BY surveyed_at DESC, id DESC LIMIT 1)
"""


def _window(as_of: date) -> tuple[str, str, str]:
    return years_before(as_of, LTV_YEARS).isoformat(), as_of.isoformat(), as_of.isoformat()


def refresh(customer_ids: Iterable[int], as_of: date | None = None) -> None:
    """Recompute the stored figures of these customers (inside the caller's transaction)."""
    ids = list(dict.fromkeys(customer_ids))
    if not ids:
        return
    params = _window(as_of or today())
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"{_REFRESH_SQL} WHERE id IN ({marks})", (*params, *chunk))


def refresh_all(as_of: date | None = None) -> None:
    with db.atomic():
        db.execute_sql(_REFRESH_SQL, _window(as_of or today()))


def refresh_stale_ltv(as_of: date | None = None) -> int:
    """LTV slides with the calendar: recompute it where it was computed on an earlier day."""
    as_of = as_of or today()
    stale = Customer.select(Customer.id).where(
        (Customer.ltv_as_of.is_null()) | (Customer.ltv_as_of != as_of.isoformat())
    )
    count = stale.count()
    if count:
        with db.atomic():
            start, end, stamp = _window(as_of)
            db.execute_sql(
                "UPDATE customer SET ltv_cents = coalesce("
                "(SELECT sum(amount_cents) FROM purchase p "
                "WHERE p.customer_id = customer.id AND p.deleted_at IS NULL "
                "AND p.purchased_on > ? AND p.purchased_on <= ?), 0), ltv_as_of = ? "
                "WHERE ltv_as_of IS NULL OR ltv_as_of != ?",
                (start, end, stamp, stamp),
            )
    return count

