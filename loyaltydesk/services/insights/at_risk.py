"""At risk: losing touch, renewals with nothing planned, and high-maintenance customers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import cast

from loyaltydesk.domain.metrics import (
    HIGH_MAINTENANCE_MIN_MINUTES,
    RENEWAL_HORIZON_DAYS,
    cents_per_hour,
    is_high_maintenance,
)
from loyaltydesk.services import rhythm
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.customer_list import rows as customer_rows
from loyaltydesk.services.insights.common import (
    LIST_LIMIT,
    NOBODY,
    CustomerLine,
    Scope,
    by_ids,
    display_name,
    drill,
    fetch,
)

# Each active customer's latest contract end, when it falls in the renewal horizon.
_RENEWALS = """
WITH ends AS (
    SELECT p.customer_id AS id, max(p.contract_end_on) AS ends FROM purchase p
    WHERE p.deleted_at IS NULL AND p.contract_end_on IS NOT NULL GROUP BY p.customer_id)
SELECT c.id, c.name, c.company, e.ends, c.ltv_cents,
       EXISTS (SELECT 1 FROM follow_up f WHERE f.customer_id = c.id AND f.status = 'open'
               AND f.deleted_at IS NULL AND date(f.remind_at, :offset) <= e.ends) AS planned
FROM ends e JOIN customer c ON c.id = e.id AND c.deleted_at IS NULL
WHERE e.ends BETWEEN :today AND :horizon
ORDER BY e.ends, c.ltv_cents DESC, c.id
"""

# Effort over the last twelve months of the customers who have bought, with their revenue
# over the same months; the domain rule then picks the high-maintenance ones.
_EFFORT = """
WITH effort AS (
    SELECT i.customer_id AS id, sum(i.effort_minutes) AS minutes FROM interaction i
    WHERE i.deleted_at IS NULL AND i.occurred_at >= :effort_start_m AND i.occurred_at < :end_m
    GROUP BY i.customer_id HAVING minutes >= :min_minutes),
revenue AS (
    SELECT p.customer_id AS id, sum(p.amount_cents) AS cents FROM purchase p
    WHERE p.deleted_at IS NULL AND p.purchased_on > :effort_start_d AND p.purchased_on <= :today
    AND p.customer_id IN (SELECT id FROM effort) GROUP BY p.customer_id)
SELECT c.id, c.name, c.company, e.minutes, coalesce(r.cents, 0) FROM effort e
JOIN customer c ON c.id = e.id AND c.deleted_at IS NULL AND c.purchase_count >= 1
LEFT JOIN revenue r ON r.id = e.id
"""


@dataclass(frozen=True)
class AtRisk:
    amber: int  # past the ideal keep-in-touch gap, not yet the maximum
    red: int  # past the maximum gap
    no_next_step: int  # from the first purchase up, nothing planned
    losing_touch: tuple[CustomerLine, ...]  # values: ("red" or "amber", last contact, LTV)
    renewals: int  # contracts ending in the next 90 days
    renewals_unplanned: int  # ... with no follow-up planned before the contract ends
    renewals_unplanned_list: tuple[CustomerLine, ...]  # values: (contract end, LTV cents)
    high_maintenance: int
    high_maintenance_list: tuple[CustomerLine, ...]  # values: (minutes, revenue, per hour)


def _renewals(scope: Scope) -> list[tuple]:
    horizon = scope.today + timedelta(days=RENEWAL_HORIZON_DAYS)
    return fetch(_RENEWALS, {**scope.params(), "horizon": horizon.isoformat()})


def _high_maintenance(scope: Scope) -> list[CustomerLine]:
    found = [CustomerLine(cid, display_name(name, company),
                          (minutes, cents, cents_per_hour(cents, minutes)))
             for cid, name, company, minutes, cents in fetch(
                 _EFFORT, {**scope.params(), "min_minutes": HIGH_MAINTENANCE_MIN_MINUTES})
             if is_high_maintenance(minutes, cents)]
    # the least revenue per hour first, then the most effort
    found.sort(key=lambda line: (line.values[2], -cast(int, line.values[0]), line.id))
    return found


def _local_day(moment: datetime | None, tz: tzinfo) -> date | None:
    return moment.astimezone(tz).date() if moment else None


def _losing_touch(scope: Scope, limit: int) -> tuple[CustomerLine, ...]:
    if limit <= 0:
        return ()
    states = rhythm.losing_touch(limit, as_of=scope.today)
    rows = {r.id: r for r in customer_rows([cid for cid, _ in states])}
    tz = scope.tz
    return tuple(CustomerLine(cid, rows[cid].display_name, (
        state.value,
        _local_day(rows[cid].last_contact_at, tz),
        rows[cid].ltv_cents)) for cid, state in states)


def at_risk(scope: Scope, limit: int = LIST_LIMIT) -> AtRisk:
    counts = rhythm.counts(as_of=scope.today)
    renewals = _renewals(scope)
    unplanned = [CustomerLine(r[0], display_name(r[1], r[2]), (date.fromisoformat(r[3]), r[4]))
                 for r in renewals if not r[5]]
    heavy = _high_maintenance(scope)
    return AtRisk(counts.amber, counts.red, counts.no_next_step, _losing_touch(scope, limit),
                  len(renewals), len(unplanned), tuple(unplanned[:limit]), len(heavy),
                  tuple(heavy[:limit]))


def _listed(ids: list[int]) -> CustomerFilter:
    return CustomerFilter(ids=tuple(ids)) if ids else NOBODY


@drill("red")
def _drill_red(scope: Scope, key: str) -> CustomerFilter:
    return by_ids("SELECT id FROM customer WHERE deleted_at IS NULL AND red_on <= :today",
                  scope.params())


@drill("amber")
def _drill_amber(scope: Scope, key: str) -> CustomerFilter:
    return by_ids("SELECT id FROM customer WHERE deleted_at IS NULL AND amber_on <= :today "
                  "AND red_on > :today", scope.params())


@drill("losing_touch")
def _drill_losing_touch(scope: Scope, key: str) -> CustomerFilter:
    """Red and amber together."""
    return by_ids("SELECT id FROM customer WHERE deleted_at IS NULL AND amber_on <= :today",
                  scope.params())


@drill("no_next_step")
def _drill_no_next_step(scope: Scope, key: str) -> CustomerFilter:
    return _listed(rhythm.without_next_step())


@drill("renewals")
def _drill_renewals(scope: Scope, key: str) -> CustomerFilter:
    """Contracts ending in the next 90 days (key 'unplanned': only those with nothing planned)."""
    return _listed([r[0] for r in _renewals(scope) if key != "unplanned" or not r[5]])


@drill("high_maintenance")
def _drill_high_maintenance(scope: Scope, key: str) -> CustomerFilter:
    return _listed([line.id for line in _high_maintenance(scope)])
