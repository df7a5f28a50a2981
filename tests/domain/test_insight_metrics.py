"""The book-wide figures of the Insights view, on values worked out by hand."""

from datetime import date

import pytest

from loyaltydesk.domain.metrics import (
    cents_per_hour,
    is_high_maintenance,
    median_from_counts,
    nps,
    nps_from_counts,
    renewal_is_near,
    score_group,
    share,
)


@pytest.mark.parametrize("score,group", [(0, "detractor"), (6, "detractor"), (7, "passive"),
                                         (8, "passive"), (9, "promoter"), (10, "promoter")])
def test_scores_fall_into_three_groups_at_the_exact_boundaries(score, group):
    assert score_group(score) == group


def test_nps_from_counts_matches_nps_of_the_answers():
    # 3 promoters, 2 passives, 1 detractor: (3 - 1) / 6 = 33.3 % -> 33
    assert nps_from_counts(3, 2, 1) == 33
    assert nps([9, 10, 9, 7, 8, 2]) == 33
    # 1 promoter, 0 passives, 3 detractors: (1 - 3) / 4 = -50 %
    assert nps_from_counts(1, 0, 3) == -50
    assert nps_from_counts(0, 0, 0) is None


def test_nps_rounds_half_to_even_like_python():
    # 1 promoter of 8 answers: 12.5 -> 12
    assert nps_from_counts(1, 7, 0) == 12


def test_share_of_nothing_is_none():
    assert share(1, 4) == 0.25
    assert share(0, 0) is None


def test_median_from_counts_odd_and_even_totals():
    # values 3, 5, 5, 40 -> middle two are 5 and 5
    assert median_from_counts({40: 1, 3: 1, 5: 2}) == 5
    # values 10, 20 -> 15
    assert median_from_counts({10: 1, 20: 1}) == 15
    # values 1, 2, 9 -> 2
    assert median_from_counts({9: 1, 1: 1, 2: 1}) == 2
    # values 0, 0, 0, 7, 8, 100 -> (0 + 7) / 2
    assert median_from_counts({0: 3, 7: 1, 8: 1, 100: 1}) == 3.5
    assert median_from_counts({}) is None
    assert median_from_counts({4: 0}) is None


def test_revenue_per_hour_of_effort():
    # 90 minutes that brought 30.00: 20.00 an hour
    assert cents_per_hour(30_00, 90) == 20_00
    # 7 minutes for 1.00: 8.571... -> 8.57
    assert cents_per_hour(1_00, 7) == 8_57
    assert cents_per_hour(500_00, 0) is None


def test_high_maintenance_needs_four_hours_and_under_fifty_an_hour():
    assert is_high_maintenance(240, 0)
    assert not is_high_maintenance(239, 0)  # not enough effort to matter
    # 5 hours at exactly 50.00 an hour (250.00) is fine; one cent less is not
    assert not is_high_maintenance(300, 250_00)
    assert is_high_maintenance(300, 249_99)


def test_a_renewal_is_near_from_today_to_ninety_days_ahead():
    today = date(2026, 3, 2)
    assert renewal_is_near(date(2026, 3, 2), today)
    assert renewal_is_near(date(2026, 5, 31), today)  # 90 days ahead
    assert not renewal_is_near(date(2026, 6, 1), today)  # 91 days ahead
    assert not renewal_is_near(date(2026, 3, 1), today)  # already over
