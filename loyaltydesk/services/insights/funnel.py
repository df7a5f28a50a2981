"""The stage funnel: customers on each rung, conversion between rungs, time spent on each.

The SQL follows the rules of domain.funnel (a rung is reached the first time the customer is
at or above it); tests hold the two to the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from loyaltydesk.domain.funnel import Step, longer_than_usual
from loyaltydesk.domain.ladder import LADDER, Stage, parse_stage
from loyaltydesk.domain.metrics import median_from_counts
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.insights.common import NOBODY, STAGE_RANK_SQL, Scope, by_ids, drill, fetch

TOP = len(LADDER) - 1

_REACHED = ",\n".join(f"min(CASE WHEN r >= {k} THEN at END) AS r{k}" for k in range(len(LADDER)))

# One row per active customer: the first moment at or above each rung (r0 .. r6). Ranking each
# change once in an inner query is several times faster than ranking it in every column.
_WITH_REACHED = f"""
WITH reached AS MATERIALIZED (
    SELECT id, {_REACHED} FROM (
        SELECT sc.customer_id AS id, {STAGE_RANK_SQL.format(col='sc.to_stage')} AS r,
               sc.changed_at AS at
        FROM stage_change sc
        WHERE sc.customer_id NOT IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL))
    GROUP BY id)
"""


def _on_rung(k: int) -> str:
    return (f"(r{k} IS NOT NULL AND r{k} < :end_m "
            f"AND (r{k + 1} IS NULL OR r{k + 1} >= :start_m))")


def _moved_up(k: int) -> str:
    return f"({_on_rung(k)} AND r{k + 1} IS NOT NULL AND r{k + 1} < :end_m)"


def _whole_days(earlier: str, later: str) -> str:
    """Whole days between two stored moments, in exact integer seconds."""
    return (f"((CAST(strftime('%s', {later}) AS INTEGER) "
            f"- CAST(strftime('%s', {earlier}) AS INTEGER)) / 86400)")


# Per step: ('step', rank, on the rung, moved up); then per completed stay length:
# ('stay', rank, days, customers).
_STEPS = [f"SELECT 'step', {k}, coalesce(sum({_on_rung(k)}), 0), "
          f"coalesce(sum({_moved_up(k)}), 0) FROM reached" for k in range(TOP)]
_STAYS = [f"SELECT 'stay', {k}, days, count(*) FROM (SELECT "
          f"{_whole_days(f'r{k}', f'r{k + 1}')} AS days FROM reached WHERE {_moved_up(k)}) "
          "GROUP BY days" for k in range(TOP)]
_FUNNEL = _WITH_REACHED + "\nUNION ALL\n".join(_STEPS + _STAYS)
_ONLY_STAYS = _WITH_REACHED + "\nUNION ALL\n".join(_STAYS)

_SO_FAR = f"""
SELECT stage, {_whole_days('stage_since', ':now')} AS days, count(*) FROM customer
WHERE deleted_at IS NULL GROUP BY stage, days
"""


@dataclass(frozen=True)
class Rung:
    stage: Stage
    customers: int  # on the rung now
    median_stay_days: float | None  # of the stays that ended by moving up in the period
    median_days_so_far: float | None  # of the customers on it now
    longer_than_usual: int  # on it now for more days than the median stay


@dataclass(frozen=True)
class Funnel:
    rungs: tuple[Rung, ...]  # every rung, in ladder order
    steps: tuple[Step, ...]  # conversion from each rung to the next, over the period


def _stay_counts(rows: list[tuple]) -> list[dict[int, int]]:
    counts: list[dict[int, int]] = [{} for _ in range(TOP)]
    for kind, k, days, n in rows:
        if kind == "stay":
            counts[k][days] = n
    return counts


def funnel(scope: Scope) -> Funnel:
    rows = fetch(_FUNNEL, scope.params())
    steps = tuple(Step(LADDER[k], LADDER[k + 1], on, up)
                  for kind, k, on, up in rows if kind == "step")
    usual = [median_from_counts(c) for c in _stay_counts(rows)] + [None]
    so_far: dict[str, dict[int, int]] = {s.value: {} for s in LADDER}
    for stage, days, n in fetch(_SO_FAR, scope.params()):
        so_far.setdefault(stage, {})[days] = n
    rungs = []
    for stage in LADDER:
        hist = so_far[stage.value]
        longer = sum(n for d, n in hist.items() if longer_than_usual(d, usual[stage.rank]))
        rungs.append(Rung(stage, sum(hist.values()), usual[stage.rank],
                          median_from_counts(hist), longer))
    return Funnel(tuple(rungs), steps)


@drill("stage")
def _drill_stage(scope: Scope, key: str) -> CustomerFilter:
    return CustomerFilter(stages=(parse_stage(key),))


@drill("funnel_on_rung")
def _drill_on_rung(scope: Scope, key: str) -> CustomerFilter:
    k = parse_stage(key).rank
    return by_ids(f"{_WITH_REACHED} SELECT id FROM reached WHERE {_on_rung(k)}", scope.params())


@drill("funnel_moved_up")
def _drill_moved_up(scope: Scope, key: str) -> CustomerFilter:
    k = parse_stage(key).rank
    return by_ids(f"{_WITH_REACHED} SELECT id FROM reached WHERE {_moved_up(k)}", scope.params())


@drill("longer_than_usual")
def _drill_longer(scope: Scope, key: str) -> CustomerFilter:
    stage = parse_stage(key)
    if stage.rank == TOP:
        return NOBODY
    usual = median_from_counts(_stay_counts(fetch(_ONLY_STAYS, scope.params()))[stage.rank])
    if usual is None:
        return NOBODY
    return by_ids(f"SELECT id FROM customer WHERE deleted_at IS NULL AND stage = :stage "
                  f"AND {_whole_days('stage_since', ':now')} > :usual",
                  {**scope.params(), "stage": stage.value, "usual": usual})
