from datetime import date, timedelta

import pytest

from loyaltydesk.domain.ladder import LADDER, Stage
from loyaltydesk.domain.stuck import STUCK_AFTER_DAYS, days_on_rung, is_stuck, stuck_before

REACHED = date(2026, 1, 10)


def test_a_first_purchase_with_no_second_order_is_stuck_after_90_days():
    assert not is_stuck(Stage.FIRST_PURCHASE, REACHED, REACHED + timedelta(days=90))
    assert is_stuck(Stage.FIRST_PURCHASE, REACHED, REACHED + timedelta(days=91))


@pytest.mark.parametrize("stage", [Stage.CLIENT, Stage.PARTNER])
def test_clients_and_partners_are_never_stuck(stage):
    assert not is_stuck(stage, REACHED, REACHED + timedelta(days=5000))
    assert stuck_before(stage, REACHED) is None


@pytest.mark.parametrize("stage", [s for s in LADDER if STUCK_AFTER_DAYS[s] is not None])
def test_stuck_before_agrees_with_is_stuck_at_the_boundary(stage):
    today = date(2026, 6, 1)
    cutoff = stuck_before(stage, today)
    assert is_stuck(stage, cutoff - timedelta(days=1), today)
    assert not is_stuck(stage, cutoff, today)


def test_days_on_rung_count_whole_days_and_never_go_negative():
    assert days_on_rung(REACHED, REACHED) == 0
    assert days_on_rung(REACHED, REACHED + timedelta(days=3)) == 3
    assert days_on_rung(REACHED, REACHED - timedelta(days=2)) == 0
