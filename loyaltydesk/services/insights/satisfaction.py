"""Satisfaction: NPS over the period and over time, 11/10 answers, promoters and detractors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from loyaltydesk.domain.metrics import DETRACTOR_MAX, PROMOTER_MIN, nps_from_counts, score_group
from loyaltydesk.domain.periods import bucket_from_key, bucket_of, bucket_size, buckets
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.insights.common import (
    LIST_LIMIT,
    CustomerLine,
    Scope,
    by_ids,
    display_name,
    drill,
    fetch,
    local_midnight,
)
from loyaltydesk.store.fields import moment_text

_IN_PERIOD = """
FROM survey s JOIN customer c ON c.id = s.customer_id AND c.deleted_at IS NULL
WHERE s.deleted_at IS NULL AND s.surveyed_at >= :start_m AND s.surveyed_at < :end_m
"""

_BY_DAY = f"SELECT date(s.surveyed_at, :offset) AS day, s.score, count(*) {_IN_PERIOD} " \
          "GROUP BY day, s.score"

_ELEVEN = f"""
SELECT c.id, c.name, c.company, date(s.surveyed_at, :offset), s.score, s.eleven {_IN_PERIOD}
AND s.eleven != '' ORDER BY s.surveyed_at DESC, s.id DESC LIMIT :limit
"""

_ASK_KINDS = "('testimonial', 'referral')"
_PROMOTERS_NOT_ASKED = f"""
FROM customer c WHERE c.deleted_at IS NULL AND c.last_score >= {PROMOTER_MIN}
AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.customer_id = c.id AND f.deleted_at IS NULL
                AND f.kind IN {_ASK_KINDS} AND f.status IN ('open', 'done'))
AND NOT EXISTS (SELECT 1 FROM testimonial t WHERE t.customer_id = c.id AND t.deleted_at IS NULL)
AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.referrer_id = c.id AND r.deleted_at IS NULL)
"""

_DETRACTORS_UNFOLLOWED = f"""
FROM customer c WHERE c.deleted_at IS NULL AND c.last_score <= {DETRACTOR_MAX}
AND c.next_followup_at IS NULL
"""

_SCORE_RANGES = {"promoter": (PROMOTER_MIN, 10), "passive": (DETRACTOR_MAX + 1, PROMOTER_MIN - 1),
                 "detractor": (0, DETRACTOR_MAX), "": (0, 10)}


@dataclass(frozen=True)
class ScoreCounts:
    promoters: int = 0
    passives: int = 0
    detractors: int = 0

    @property
    def responses(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def nps(self) -> int | None:
        return nps_from_counts(self.promoters, self.passives, self.detractors)

    def plus(self, score: int, n: int) -> ScoreCounts:
        group = score_group(score)
        return ScoreCounts(self.promoters + n * (group == "promoter"),
                           self.passives + n * (group == "passive"),
                           self.detractors + n * (group == "detractor"))


@dataclass(frozen=True)
class NpsPoint:
    bucket: str  # "2026-03" or "2026-W10"
    start: date
    end: date
    counts: ScoreCounts


@dataclass(frozen=True)
class Satisfaction:
    counts: ScoreCounts  # answers given in the period
    over_time: tuple[NpsPoint, ...]  # by week or month across the period
    eleven_answers: int  # answers to "what would make it 11/10?" in the period
    latest_eleven: tuple[CustomerLine, ...]  # values: (day, score, answer)
    promoters_not_asked: int
    promoters_not_asked_list: tuple[CustomerLine, ...]  # values: (last score, LTV cents)
    detractors_unfollowed: int
    detractors_unfollowed_list: tuple[CustomerLine, ...]  # values: (last score, LTV cents)


def _customer_list(where: str, limit: int) -> tuple[int, tuple[CustomerLine, ...]]:
    total = fetch(f"SELECT count(*) {where}")[0][0]
    rows = fetch(f"SELECT c.id, c.name, c.company, c.last_score, c.ltv_cents {where} "
                 "ORDER BY c.ltv_cents DESC, c.id LIMIT ?", (limit,))
    return total, tuple(CustomerLine(r[0], display_name(r[1], r[2]), (r[3], r[4])) for r in rows)


def _over_time(scope: Scope, per_day: list[tuple[str, int, int]]) -> tuple[NpsPoint, ...]:
    days = [date.fromisoformat(d) for d, _, _ in per_day]
    start = scope.period.start or (min(days) if days else scope.today)
    size = bucket_size(start, scope.today)
    points = {b.key: NpsPoint(b.key, b.start, b.end, ScoreCounts())
              for b in buckets(start, scope.today, size)}
    for day, (_, score, n) in zip(days, per_day, strict=True):
        # the zone's offset today may differ from the survey's by an hour: stay in range
        day = min(max(day, start), scope.today)
        point = points[bucket_of(day, size).key]
        points[point.bucket] = NpsPoint(point.bucket, point.start, point.end,
                                        point.counts.plus(score, n))
    return tuple(points.values())


def satisfaction(scope: Scope, limit: int = LIST_LIMIT) -> Satisfaction:
    params = scope.params()
    per_day = fetch(_BY_DAY, params)
    counts = ScoreCounts()
    for _, score, n in per_day:
        counts = counts.plus(score, n)
    eleven_total = fetch(f"SELECT count(*) {_IN_PERIOD} AND s.eleven != ''", params)[0][0]
    eleven = tuple(CustomerLine(r[0], display_name(r[1], r[2]),
                                (date.fromisoformat(r[3]), r[4], r[5]))
                   for r in fetch(_ELEVEN, {**params, "limit": limit}))
    promoters = _customer_list(_PROMOTERS_NOT_ASKED, limit)
    detractors = _customer_list(_DETRACTORS_UNFOLLOWED, limit)
    return Satisfaction(counts, _over_time(scope, per_day), eleven_total, eleven, *promoters,
                        *detractors)


def _answered(scope: Scope, group: str, params: dict[str, object]) -> CustomerFilter:
    low, high = _SCORE_RANGES[group]
    return by_ids(f"SELECT DISTINCT c.id {_IN_PERIOD} AND s.score BETWEEN :low AND :high",
                  {**scope.params(), **params, "low": low, "high": high})


@drill("answered")
def _drill_answered(scope: Scope, key: str) -> CustomerFilter:
    """Customers who answered in the period (key: '', 'promoter', 'passive' or 'detractor')."""
    return _answered(scope, key, {})


@drill("answered_in")
def _drill_answered_in(scope: Scope, key: str) -> CustomerFilter:
    """Customers who answered in one week or month of the chart, within the period."""
    bucket = bucket_from_key(key)
    start = max(moment_text(local_midnight(bucket.start, scope.tz)), scope.start_moment)
    end = min(moment_text(local_midnight(bucket.end + timedelta(days=1), scope.tz)),
              scope.end_moment)
    return _answered(scope, "", {"start_m": start, "end_m": end})


@drill("eleven")
def _drill_eleven(scope: Scope, key: str) -> CustomerFilter:
    return by_ids(f"SELECT DISTINCT c.id {_IN_PERIOD} AND s.eleven != ''", scope.params())


@drill("promoters_not_asked")
def _drill_promoters(scope: Scope, key: str) -> CustomerFilter:
    return by_ids(f"SELECT c.id {_PROMOTERS_NOT_ASKED}", {})


@drill("detractors_unfollowed")
def _drill_detractors(scope: Scope, key: str) -> CustomerFilter:
    return by_ids(f"SELECT c.id {_DETRACTORS_UNFOLLOWED}", {})
