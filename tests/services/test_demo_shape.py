"""The demo looks like a small business's book on whatever day it is made, and keeps every
rule a real book keeps. Bounds, not exact numbers: the shape is what a person judges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import NEXT_STEP_FROM
from loyaltydesk.services import figures, goals, integrity, rhythm
from loyaltydesk.services.demo import build_demo
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.store.database import db
from tests.services.demo_shape import measure, median_days_late

# A book all entered through the services, and one mostly made of copies of cohorts so
# entered (smaller cohorts than a large demo's, so that the test stays quick).
_MADE = {"entered": None, "copied": (250, 1000)}


@pytest.fixture(scope="module", params=list(_MADE))
def shape(request, tmp_path_factory):
    from loyaltydesk import clock as clock_module
    from loyaltydesk.clock import FixedClock

    previous = clock_module.set_clock(FixedClock(datetime(2026, 12, 1, 10, tzinfo=UTC)))
    open_data(tmp_path_factory.mktemp("demo") / "data")
    with pytest.MonkeyPatch.context() as patch:
        _copy_past(patch, _MADE[request.param])
        build_demo(2000, seed=11)
    yield measure()
    close_data()
    clock_module.set_clock(previous)


def _copy_past(patch: pytest.MonkeyPatch, cohorts: tuple[int, int] | None) -> None:
    """Cohorts of the first size, copied past the second number of customers."""
    if cohorts is not None:
        from loyaltydesk.services import demo

        patch.setattr(demo, "COHORT", cohorts[0])
        patch.setattr(demo, "ARCHETYPES", cohorts[1])


def test_most_customers_are_in_touch_some_amber_fewer_red(shape):
    assert 0.08 <= shape.amber <= 0.30
    assert 0.02 <= shape.red < shape.amber
    assert shape.amber + shape.red < 0.4


def test_overdue_work_is_spread_over_the_last_weeks_mostly_a_few_days_late(shape):
    assert 0.03 * shape.customers <= shape.overdue <= 0.2 * shape.customers
    assert median_days_late(shape) <= 7
    assert max(shape.days_late) <= 42
    assert len(set(shape.days_late)) >= 10  # not all the same lateness
    assert sum(d > 14 for d in shape.days_late) <= 0.2 * shape.overdue


def test_a_believable_share_of_each_rung_is_stuck(shape):
    for stage in (Stage.SUSPECT, Stage.PROSPECT, Stage.FIRST_PURCHASE,
                  Stage.VALUE_CONFIRMED, Stage.LOYAL):
        assert 0.02 <= shape.stuck[stage] <= 0.2, stage


def test_renewals_only_for_customers_with_a_contract(shape):
    assert shape.renewals_without_contract == 0


def test_revenue_grows_and_dips_by_season(shape):
    months = shape.revenue_by_month
    last_year = sum(v for m, v in months.items() if "2025-12" <= m <= "2026-11")
    year_before = sum(v for m, v in months.items() if "2024-12" <= m <= "2025-11")
    assert last_year > year_before
    busy = months["2025-11"] + months["2025-12"]
    quiet = months["2025-07"] + months["2025-08"]
    assert busy > 1.3 * quiet


def test_surveys_are_mostly_promoters_and_passives(shape):
    assert shape.promoters_and_passives >= 0.75
    assert 0.02 <= shape.detractors <= 0.2


def test_a_few_referral_chains_and_a_few_high_maintenance_customers(shape):
    assert shape.longest_referral_chain >= 3
    assert 0.002 <= shape.high_maintenance <= 0.05


@pytest.mark.parametrize("made", list(_MADE))
def test_the_demo_keeps_every_rule_a_real_book_keeps(data, clock, monkeypatch, made):
    _copy_past(monkeypatch, _MADE[made] and (150, 400))
    build_demo(1530, seed=3)  # copied: two cohorts (150 and 30) entered, nine copies
    assert integrity.problems() == []
    assert goals.met_but_open() == []
    wrong = db.execute_sql(
        "SELECT count(*) FROM customer WHERE "
        "(purchase_count = 0 AND stage NOT IN ('suspect', 'prospect')) "
        "OR (purchase_count = 1 AND stage NOT IN ('first_purchase', 'value_confirmed')) "
        "OR (purchase_count >= 2 AND stage IN ('suspect', 'prospect', 'first_purchase', "
        "'value_confirmed'))").fetchone()[0]
    assert wrong == 0
    no_step = set(rhythm.without_next_step())
    planned = {r[0] for r in db.execute_sql(
        "SELECT DISTINCT customer_id FROM follow_up WHERE status = 'open'")}
    upper = {r[0] for r in db.execute_sql(
        "SELECT id FROM customer WHERE stage NOT IN ('suspect', 'prospect')")}
    assert NEXT_STEP_FROM is Stage.FIRST_PURCHASE
    assert upper == (upper & planned) | no_step
    assert 0.02 * len(upper) <= len(no_step) <= 0.2 * len(upper)


@pytest.mark.parametrize("day", [datetime(2026, 3, 2, 8, tzinfo=UTC),
                                 datetime(2031, 7, 15, 16, tzinfo=UTC)])
def test_the_demo_is_anchored_on_the_day_it_is_made(data_dir, clock, day):
    clock.set(day)
    open_data(data_dir)
    build_demo(300, seed=4)
    today = figures.today()
    current = measure()
    assert today - timedelta(days=7) <= current.latest_activity < today
    assert current.overdue and max(current.days_late) <= 42
    upcoming = db.execute_sql("SELECT count(*) FROM follow_up WHERE status = 'open' "
                              "AND remind_at >= ?", [today.isoformat()]).fetchone()[0]
    assert upcoming > current.overdue
    close_data()
