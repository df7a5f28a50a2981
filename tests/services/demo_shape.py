"""Measures of how a book looks, the ones a person judges a demo by."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.metrics import is_high_maintenance
from loyaltydesk.domain.stuck import is_stuck
from loyaltydesk.services import figures, rhythm
from loyaltydesk.store.database import db


@dataclass(frozen=True)
class Shape:
    customers: int
    amber: float
    red: float
    overdue: int
    days_late: list[int]
    stuck: dict[Stage, float]
    renewals_without_contract: int
    revenue_by_month: dict[str, int]
    promoters_and_passives: float
    detractors: float
    longest_referral_chain: int
    high_maintenance: float
    latest_activity: date


def _rows(sql: str, *params) -> list[tuple]:
    return db.execute_sql(sql, params).fetchall()


def _chain(referred_by: dict[int, int]) -> int:
    longest = 0
    for start in referred_by:
        length, seen, cid = 1, {start}, start
        while cid in referred_by and referred_by[cid] not in seen:
            cid = referred_by[cid]
            seen.add(cid)
            length += 1
        longest = max(longest, length)
    return longest


def measure() -> Shape:
    today = figures.today()
    total = _rows("SELECT count(*) FROM customer WHERE deleted_at IS NULL")[0][0]
    counts = rhythm.counts(today)
    due = [date.fromisoformat(r[0][:10]) for r in _rows(
        "SELECT remind_at FROM follow_up WHERE status = 'open' AND deleted_at IS NULL "
        "AND remind_at < ?", today.isoformat())]
    on_rung: dict[Stage, list[bool]] = {}
    for stage, since in _rows("SELECT stage, stage_since FROM customer"):
        on_rung.setdefault(Stage(stage), []).append(
            is_stuck(Stage(stage), date.fromisoformat(since[:10]), today))
    orphans = _rows("SELECT count(*) FROM follow_up f WHERE kind = 'renewal' AND NOT EXISTS "
                    "(SELECT 1 FROM purchase p WHERE p.customer_id = f.customer_id "
                    "AND p.contract_end_on IS NOT NULL)")[0][0]
    months = dict(_rows("SELECT substr(purchased_on, 1, 7), sum(amount_cents) FROM purchase "
                        "GROUP BY 1"))
    scores = Counter(r[0] for r in _rows("SELECT score FROM survey"))
    answered = sum(scores.values()) or 1
    year_ago = (today - timedelta(days=365)).isoformat()
    effort = dict(_rows("SELECT customer_id, sum(effort_minutes) FROM interaction "
                        "WHERE occurred_at > ? GROUP BY 1", year_ago))
    revenue = dict(_rows("SELECT customer_id, sum(amount_cents) FROM purchase "
                         "WHERE purchased_on > ? GROUP BY 1", year_ago))
    heavy = sum(is_high_maintenance(m, revenue.get(c, 0)) for c, m in effort.items())
    latest = max(r[0] for r in _rows("SELECT max(occurred_at) FROM interaction UNION ALL "
                                     "SELECT max(purchased_on) FROM purchase"))
    return Shape(
        customers=total, amber=counts.amber / total, red=counts.red / total, overdue=len(due),
        days_late=sorted((today - d).days for d in due),
        stuck={s: sum(v) / len(v) for s, v in on_rung.items()},
        renewals_without_contract=orphans, revenue_by_month=months,
        promoters_and_passives=sum(scores[s] for s in range(7, 11)) / answered,
        detractors=sum(scores[s] for s in range(7)) / answered,
        longest_referral_chain=_chain(dict(_rows(
            "SELECT id, referred_by_id FROM customer WHERE referred_by_id IS NOT NULL"))),
        high_maintenance=heavy / total, latest_activity=date.fromisoformat(latest[:10]))


def median_days_late(shape: Shape) -> float:
    return median(shape.days_late) if shape.days_late else 0
