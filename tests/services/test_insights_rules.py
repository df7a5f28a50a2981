"""The SQL aggregates give the answers of the pure rules, row by row, on a demo book; and every
count leads to exactly as many customers in the list."""

from datetime import timedelta

import pytest

from loyaltydesk.domain.funnel import Window, conversion, reached_moments, stays
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.metrics import (
    Sale,
    is_high_maintenance,
    lifetime_value,
    median_from_counts,
    nps,
)
from loyaltydesk.services import insights
from loyaltydesk.services.customer_list import count
from loyaltydesk.services.customers import trash_customers
from loyaltydesk.services.demo import build_demo
from loyaltydesk.services.insights.common import local_midnight
from loyaltydesk.store.models import Customer, Interaction, Purchase, StageChange, Survey


@pytest.fixture
def demo(data, clock):
    build_demo(400, seed=5)
    trash_customers([3, 4, 5])  # the trash must not count anywhere
    return data


def _active() -> set[int]:
    return {c.id for c in Customer.select(Customer.id).where(Customer.deleted_at.is_null())}


def _window(where) -> Window:
    start = where.period.start
    return Window(local_midnight(start, where.tz) if start else None,
                  local_midnight(where.period.end + timedelta(days=1), where.tz))


def _reached() -> list:
    timelines: dict[int, list] = {}
    for change in StageChange.select().order_by(StageChange.id):
        timelines.setdefault(change.customer_id, []).append(
            (change.changed_at, Stage(change.to_stage)))
    active = _active()
    return [reached_moments(moves) for cid, moves in timelines.items() if cid in active]


@pytest.mark.parametrize("period", ["30d", "12m", "all"])
def test_funnel_sql_follows_the_domain_rules(demo, period):
    where = insights.scope(period)
    reached = _reached()
    expected = conversion(reached, _window(where))
    stays_expected = [median_from_counts(c) for c in stays(reached, _window(where))]
    funnel = insights.funnel(where)
    assert list(funnel.steps) == expected
    assert [r.median_stay_days for r in funnel.rungs][:-1] == stays_expected
    assert sum(s.moved_up for s in expected) > 0


def test_lifetime_value_sql_follows_the_domain_rule(demo):
    where = insights.scope("12m")
    sales: dict[int, list[Sale]] = {}
    for p in Purchase.select().where(Purchase.deleted_at.is_null()):
        sales.setdefault(p.customer_id, []).append(Sale(p.purchased_on, p.amount_cents))
    per_customer = {cid: lifetime_value(s, where.today) for cid, s in sales.items()
                    if cid in _active()}
    value = insights.value(where)
    assert value.total_cents == sum(per_customer.values()) > 0
    assert value.top[0].values[0] == max(per_customer.values())


def test_nps_sql_follows_the_domain_rule(demo):
    where = insights.scope("12m")
    window = _window(where)
    scores = [s.score for s in Survey.select() if window.holds(s.surveyed_at)
              and s.customer_id in _active()]
    sat = insights.satisfaction(where)
    assert sat.counts.responses == len(scores) > 0
    assert sat.counts.nps == nps(scores)
    assert sum(p.counts.responses for p in sat.over_time) == len(scores)


def test_high_maintenance_follows_the_domain_rule(demo):
    where = insights.scope("12m")
    start = local_midnight(where.effort_start + timedelta(days=1), where.tz)
    effort: dict[int, int] = {}
    for i in Interaction.select().where(Interaction.deleted_at.is_null()):
        if i.occurred_at >= start:
            effort[i.customer_id] = effort.get(i.customer_id, 0) + i.effort_minutes
    revenue: dict[int, int] = {}
    for p in Purchase.select().where(Purchase.deleted_at.is_null()):
        if where.effort_start < p.purchased_on <= where.today:
            revenue[p.customer_id] = revenue.get(p.customer_id, 0) + p.amount_cents
    buyers = {c.id for c in Customer.select().where(Customer.purchase_count >= 1)} & _active()
    expected = {cid for cid, minutes in effort.items()
                if cid in buyers and is_high_maintenance(minutes, revenue.get(cid, 0))}
    risk = insights.at_risk(where, limit=1000)
    assert {line.id for line in risk.high_maintenance_list} == expected
    assert risk.high_maintenance == len(expected) > 0


def _figures(where):
    """(kind, key, the count the view shows) for every clickable figure."""
    value = insights.value(where)
    second = insights.second_sale(where)
    funnel = insights.funnel(where)
    sat = insights.satisfaction(where)
    risk = insights.at_risk(where)
    refs = insights.referrals(where)
    yield "ltv", "", value.buyers
    yield from (("ltv_stage", s.key, s.customers) for s in value.by_stage)
    yield from (("ltv_owner", s.key, s.customers) for s in value.by_owner)
    yield from (("revenue_month", m.month, m.customers) for m in value.by_month)
    yield "buyers", "", second.buyers
    yield "repeat_buyers", "", second.repeat_buyers
    yield "one_purchase", "", second.one_purchase
    for rung in funnel.rungs:
        yield "stage", rung.stage.value, rung.customers
        yield "longer_than_usual", rung.stage.value, rung.longer_than_usual
    for step in funnel.steps:
        yield "funnel_on_rung", step.from_stage.value, step.on_rung
        yield "funnel_moved_up", step.from_stage.value, step.moved_up
    yield "promoters_not_asked", "", sat.promoters_not_asked
    yield "detractors_unfollowed", "", sat.detractors_unfollowed
    yield "red", "", risk.red
    yield "amber", "", risk.amber
    yield "losing_touch", "", risk.red + risk.amber
    yield "no_next_step", "", risk.no_next_step
    yield "renewals", "", risk.renewals
    yield "renewals", "unplanned", risk.renewals_unplanned
    yield "high_maintenance", "", risk.high_maintenance
    yield "referrers", "", refs.referrers


@pytest.mark.parametrize("period", ["90d", "3y"])
def test_every_count_is_the_number_of_customers_behind_it(demo, period):
    where = insights.scope(period)
    checked = 0
    for kind, key, shown in _figures(where):
        listed = count(insights.customers_behind(kind, key, where))
        assert (kind, key, listed) == (kind, key, shown)
        checked += shown > 0
    assert checked > 30
