"""Lifetime value over the last three years by stage, owner and customer; revenue by month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from loyaltydesk.domain.ladder import LADDER
from loyaltydesk.domain.periods import last_months
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
from loyaltydesk.services.purchases import main_currency

REVENUE_MONTHS = 36

# Each active customer's revenue over the lifetime-value window (the domain's rule:
# after the same day three years ago, up to today included).
_LTV = """
SELECT p.customer_id AS id, sum(p.amount_cents) AS cents FROM purchase p
JOIN customer c ON c.id = p.customer_id AND c.deleted_at IS NULL
WHERE p.deleted_at IS NULL AND p.purchased_on > :ltv_start AND p.purchased_on <= :today
GROUP BY p.customer_id
"""

_GROUPS = f"""
WITH ltv AS MATERIALIZED ({_LTV})
SELECT 'group', c.stage, c.owner, count(*), sum(l.cents), '', '' FROM ltv l
JOIN customer c ON c.id = l.id GROUP BY c.stage, c.owner
UNION ALL
SELECT * FROM (SELECT 'top', c.id, '', 0, l.cents, c.name, c.company FROM ltv l
               JOIN customer c ON c.id = l.id ORDER BY l.cents DESC, c.id LIMIT :limit)
"""

_MONTHS = """
SELECT substr(p.purchased_on, 1, 7), sum(p.amount_cents), count(DISTINCT p.customer_id)
FROM purchase p JOIN customer c ON c.id = p.customer_id AND c.deleted_at IS NULL
WHERE p.deleted_at IS NULL AND p.purchased_on >= :first AND p.purchased_on <= :last
GROUP BY 1
"""


@dataclass(frozen=True)
class ValueShare:
    """Part of the lifetime value: the customers of a rung or an owner who bought, and how much."""

    key: str  # the stage key or the owner's name ("" for customers without an owner)
    customers: int
    cents: int


@dataclass(frozen=True)
class MonthRevenue:
    month: str  # "2026-03"
    cents: int
    customers: int


@dataclass(frozen=True)
class Value:
    ltv_start: date  # the first day the lifetime value counts
    total_cents: int
    buyers: int  # customers who bought in the window
    by_stage: tuple[ValueShare, ...]  # every rung, in ladder order
    by_owner: tuple[ValueShare, ...]  # largest first
    by_month: tuple[MonthRevenue, ...]  # oldest first, ending with this month (or empty)
    top: tuple[CustomerLine, ...]  # values: (lifetime value in cents,)
    currency: str


def _shares(totals: dict[str, list[int]]) -> list[ValueShare]:
    return [ValueShare(key, n, cents) for key, (n, cents) in totals.items()]


def value(scope: Scope, limit: int = LIST_LIMIT, with_months: bool = True) -> Value:
    """The lifetime value figures; `with_months=False` leaves the revenue by month out (the
    view asks for it separately, so that its first figures come sooner)."""
    stages: dict[str, list[int]] = {s.value: [0, 0] for s in LADDER}
    owners: dict[str, list[int]] = {}
    top: list[CustomerLine] = []
    for kind, key, owner, count, cents, name, company in fetch(
            _GROUPS, {**scope.params(), "limit": limit}):
        if kind == "top":
            top.append(CustomerLine(key, display_name(name, company), (cents,)))
            continue
        for bucket in (stages.setdefault(key, [0, 0]), owners.setdefault(owner, [0, 0])):
            bucket[0] += count
            bucket[1] += cents
    by_owner = sorted(_shares(owners), key=lambda s: (-s.cents, s.key))
    by_stage = _shares(stages)
    return Value(scope.ltv_start + timedelta(days=1), sum(s.cents for s in by_stage),
                 sum(s.customers for s in by_stage), tuple(by_stage), tuple(by_owner),
                 tuple(revenue_by_month(scope)) if with_months else (), tuple(top),
                 main_currency())


def revenue_by_month(scope: Scope, months: int = REVENUE_MONTHS) -> list[MonthRevenue]:
    buckets = last_months(scope.today, months)
    found = {m: (cents, n) for m, cents, n in fetch(
        _MONTHS, {"first": buckets[0].start.isoformat(), "last": scope.today.isoformat()})}
    return [MonthRevenue(b.key, *found.get(b.key, (0, 0))) for b in buckets]


_LTV_IDS = f"SELECT l.id FROM ({_LTV}) l JOIN customer c ON c.id = l.id"


@drill("ltv")
def _drill_ltv(scope: Scope, key: str) -> CustomerFilter:
    """Customers who bought in the lifetime-value window (key: '' for all)."""
    return by_ids(_LTV_IDS, scope.params())


@drill("ltv_stage")
def _drill_ltv_stage(scope: Scope, key: str) -> CustomerFilter:
    return by_ids(f"{_LTV_IDS} WHERE c.stage = :key", {**scope.params(), "key": key})


@drill("ltv_owner")
def _drill_ltv_owner(scope: Scope, key: str) -> CustomerFilter:
    return by_ids(f"{_LTV_IDS} WHERE c.owner = :key", {**scope.params(), "key": key})


@drill("revenue_month")
def _drill_revenue_month(scope: Scope, key: str) -> CustomerFilter:
    """Customers who bought in a month ('2026-03')."""
    return by_ids("SELECT DISTINCT p.customer_id FROM purchase p JOIN customer c "
                  "ON c.id = p.customer_id AND c.deleted_at IS NULL "
                  "WHERE p.deleted_at IS NULL AND substr(p.purchased_on, 1, 7) = :key "
                  "AND p.purchased_on <= :today", {**scope.params(), "key": key})
