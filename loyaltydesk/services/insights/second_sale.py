"""Second-sale tracking: who buys again, how soon, and who bought once and is still waiting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from loyaltydesk.domain.metrics import median_from_counts, share
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.insights.common import (
    LIST_LIMIT,
    CustomerLine,
    Scope,
    by_ids,
    display_name,
    drill,
    fetch,
)

_COUNTS = """
SELECT coalesce(sum(purchase_count >= 1), 0), coalesce(sum(purchase_count >= 2), 0),
       coalesce(sum(purchase_count = 1), 0)
FROM customer WHERE deleted_at IS NULL
"""

# Days from each repeat buyer's first purchase to their second, counted per number of days.
_GAPS = """
SELECT gap, count(*) FROM (
    SELECT CAST(julianday((SELECT p.purchased_on FROM purchase p
                           WHERE p.customer_id = c.id AND p.deleted_at IS NULL
                           ORDER BY p.purchased_on, p.id LIMIT 1 OFFSET 1))
                - julianday(c.first_purchase_on) AS INTEGER) AS gap
    FROM customer c WHERE c.purchase_count >= 2 AND c.deleted_at IS NULL)
WHERE gap IS NOT NULL GROUP BY gap
"""

_ONE_PURCHASE = """
SELECT id, name, company, first_purchase_on FROM customer
WHERE purchase_count = 1 AND deleted_at IS NULL
ORDER BY first_purchase_on, id LIMIT :limit
"""


@dataclass(frozen=True)
class SecondSale:
    buyers: int  # customers with at least one purchase
    repeat_buyers: int  # with two or more
    repeat_rate: float | None
    median_days_to_second: float | None
    one_purchase: int  # exactly one purchase, no second order yet
    one_purchase_oldest: tuple[CustomerLine, ...]  # values: (first purchase day, days waiting)


def second_sale(scope: Scope, limit: int = LIST_LIMIT) -> SecondSale:
    buyers, repeat, once = fetch(_COUNTS)[0]
    gaps = dict(fetch(_GAPS))
    oldest = []
    for cid, name, company, first in fetch(_ONE_PURCHASE, {"limit": limit}):
        day = date.fromisoformat(first) if first else scope.today
        oldest.append(CustomerLine(cid, display_name(name, company),
                                   (day, (scope.today - day).days)))
    return SecondSale(buyers, repeat, share(repeat, buyers), median_from_counts(gaps), once,
                      tuple(oldest))


@drill("buyers")
def _drill_buyers(scope: Scope, key: str) -> CustomerFilter:
    return by_ids("SELECT id FROM customer WHERE purchase_count >= 1 AND deleted_at IS NULL", {})


@drill("repeat_buyers")
def _drill_repeat(scope: Scope, key: str) -> CustomerFilter:
    return by_ids("SELECT id FROM customer WHERE purchase_count >= 2 AND deleted_at IS NULL", {})


@drill("one_purchase")
def _drill_one_purchase(scope: Scope, key: str) -> CustomerFilter:
    return CustomerFilter(one_purchase_only=True)
