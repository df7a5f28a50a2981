"""Referrals: who referred whom in the period, and the revenue that came through each referrer.

Revenue "through" a referral is what the referred customer bought from the referral's day on,
unless the referral is marked lost. A customer whose "referred by" was set by hand, with no
referral recorded, counts as a referral with the status "linked" dated the day they were added.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.insights.common import (
    LIST_LIMIT,
    Scope,
    by_ids,
    display_name,
    drill,
    fetch,
)

_LINES = """
WITH links AS (
    SELECT r.id AS ref, r.referrer_id AS referrer, r.referred_id AS referred,
           r.referred_name AS name, r.status, r.referred_on AS since
    FROM referral r WHERE r.deleted_at IS NULL
    UNION ALL
    SELECT NULL, c.referred_by_id, c.id, '', 'linked', date(c.created_at, :offset)
    FROM customer c WHERE c.referred_by_id IS NOT NULL AND c.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.referrer_id = c.referred_by_id
                    AND r.referred_id = c.id AND r.deleted_at IS NULL)),
lines AS (
    SELECT l.*, CASE WHEN l.status = 'lost' THEN 0 ELSE coalesce((
        SELECT sum(p.amount_cents) FROM purchase p
        JOIN customer rc ON rc.id = p.customer_id AND rc.deleted_at IS NULL
        WHERE p.customer_id = l.referred AND p.deleted_at IS NULL
        AND p.purchased_on >= l.since AND p.purchased_on <= :today), 0) END AS cents
    FROM links l JOIN customer rr ON rr.id = l.referrer AND rr.deleted_at IS NULL
    WHERE l.since >= :start_d AND l.since <= :end_d)
"""

_BY_REFERRER = _LINES + """
SELECT c.id, c.name, c.company, count(*), sum(l.status = 'won'), sum(l.cents)
FROM lines l JOIN customer c ON c.id = l.referrer
GROUP BY c.id ORDER BY sum(l.cents) DESC, count(*) DESC, c.id
"""

_OF_REFERRER = _LINES + """
SELECT l.referred, coalesce(nullif(c.name, ''), nullif(c.company, ''), l.name), l.status,
       l.since, l.cents
FROM lines l LEFT JOIN customer c ON c.id = l.referred AND c.deleted_at IS NULL
WHERE l.referrer = :referrer ORDER BY l.since DESC, l.ref DESC
"""


@dataclass(frozen=True)
class Referrer:
    id: int
    name: str
    referrals: int
    won: int
    revenue_cents: int


@dataclass(frozen=True)
class ReferralLine:
    referred_id: int | None  # None when only a name was given
    referred_name: str
    status: str  # suggested, contacted, won, lost, or linked
    on: date
    revenue_cents: int


@dataclass(frozen=True)
class Referrals:
    referrals: int  # made in the period
    won: int
    referrers: int  # customers who referred someone in the period
    revenue_cents: int  # what came through them
    by_referrer: tuple[Referrer, ...]  # most revenue first


def referrals(scope: Scope, limit: int | None = LIST_LIMIT) -> Referrals:
    found = [Referrer(r[0], display_name(r[1], r[2]), r[3], r[4], r[5])
             for r in fetch(_BY_REFERRER, scope.params())]
    return Referrals(sum(r.referrals for r in found), sum(r.won for r in found), len(found),
                     sum(r.revenue_cents for r in found),
                     tuple(found if limit is None else found[:limit]))


def referrals_of(scope: Scope, referrer_id: int) -> list[ReferralLine]:
    """Whom a customer referred in the period, newest first."""
    return [ReferralLine(r[0], r[1] or "", r[2], date.fromisoformat(r[3]), r[4])
            for r in fetch(_OF_REFERRER, {**scope.params(), "referrer": referrer_id})]


@drill("referrers")
def _drill_referrers(scope: Scope, key: str) -> CustomerFilter:
    return by_ids(f"{_LINES} SELECT DISTINCT referrer FROM lines", scope.params())


@drill("referred")
def _drill_referred(scope: Scope, key: str) -> CustomerFilter:
    """Customers referred in the period (key: a referrer's id, or '' for everyone's)."""
    where = "AND referrer = :referrer" if key else ""
    return by_ids(f"{_LINES} SELECT DISTINCT l.referred FROM lines l JOIN customer c "
                  f"ON c.id = l.referred AND c.deleted_at IS NULL WHERE 1 {where}",
                  {**scope.params(), "referrer": int(key) if key else 0})
