"""The Insights figures on a real data folder, against answers worked out by hand.

The book and its story are in tests/insights_book.py; today is 2 March 2026. The 12-month
period runs from 3 March 2025 to 2 March 2026; the lifetime value counts purchases after
2 March 2023.
"""

from datetime import date

import pytest

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import insights
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
from tests.insights_book import build_book


@pytest.fixture
def book(data, clock):
    return build_book(clock)


@pytest.fixture
def year():
    return insights.scope("12m")


def behind(kind, key, where, book):
    return book.names(matching_ids(insights.customers_behind(kind, key, where)))


def test_lifetime_value_over_three_years_by_stage_owner_and_customer(book, year):
    value = insights.value(year)
    assert value.ltv_start == date(2023, 3, 3)
    # Ann 1000 + 500 (her 200 of 2 March 2023 is just outside), Bob 300, Eve 2000 + 1000 + 700,
    # Fay 50 + 400, Gil 80 + 120; Dora's only purchase is from 2022; Hal is in the trash.
    assert value.total_cents == 6150_00 and value.buyers == 5
    stages = {s.key: (s.customers, s.cents) for s in value.by_stage}
    assert stages == {"suspect": (0, 0), "prospect": (0, 0), "first_purchase": (1, 300_00),
                      "value_confirmed": (0, 0), "loyal": (3, 2150_00), "client": (0, 0),
                      "partner": (1, 3700_00)}
    assert [(s.key, s.customers, s.cents) for s in value.by_owner] == [
        ("Bob", 3, 4200_00), ("Alice", 2, 1950_00)]
    assert [(c.name, c.values[0]) for c in value.top] == [
        ("Eve", 3700_00), ("Ann", 1500_00), ("Fay", 450_00), ("Bob", 300_00), ("Gil", 200_00)]
    assert value.currency == "EUR"


def test_revenue_by_month_covers_three_years(book, year):
    months = insights.value(year).by_month
    assert len(months) == 36 and months[0].month == "2023-04" and months[-1].month == "2026-03"
    spent = {m.month: (m.cents, m.customers) for m in months if m.cents}
    assert spent == {"2024-01": (3000_00, 1), "2024-02": (1000_00, 1), "2024-07": (80_00, 1),
                     "2025-04": (700_00, 1), "2025-05": (120_00, 1), "2025-06": (800_00, 2),
                     "2025-08": (50_00, 1), "2025-10": (400_00, 1)}


def test_second_sale_figures(book, year):
    second = insights.second_sale(year)
    # buyers: Ann, Bob, Dora, Eve, Fay, Gil; two or more: Ann, Eve, Fay, Gil
    assert (second.buyers, second.repeat_buyers, second.one_purchase) == (6, 4, 2)
    assert second.repeat_rate == pytest.approx(4 / 6)
    # first to second: Eve 10, Fay 37, Gil 304, Ann 336 days -> (37 + 304) / 2
    assert second.median_days_to_second == 170.5
    assert [(c.name, *c.values) for c in second.one_purchase_oldest] == [
        ("Dora", date(2022, 6, 1), 1370), ("Bob", date(2025, 6, 1), 274)]


def test_funnel_counts_conversion_and_stays_over_twelve_months(book, year):
    funnel = insights.funnel(year)
    steps = [(s.from_stage.value, s.on_rung, s.moved_up) for s in funnel.steps]
    assert steps == [("suspect", 3, 3), ("prospect", 3, 2), ("first_purchase", 4, 3),
                     ("value_confirmed", 3, 2), ("loyal", 4, 1), ("client", 1, 1)]
    rungs = {r.stage.value: (r.customers, r.median_stay_days, r.median_days_so_far,
                             r.longer_than_usual) for r in funnel.rungs}
    assert rungs == {
        "suspect": (0, 9, None, 0),  # stays: Bob 9, Cem 348, Fay 5
        "prospect": (1, 11, 46, 1),  # stays: Bob 22, Fay 0; Cem here 46 days
        "first_purchase": (1, 244, 273, 1),  # stays: Dora 1349, Fay 37, Gil 244; Bob 273
        "value_confirmed": (1, 29.5, 20, 0),  # stays: Fay 0, Gil 59; Dora 20
        "loyal": (3, 436, 304, 1),  # stay: Eve 436; Ann 759, Gil 304, Fay 151
        "client": (0, 306, None, 0),  # stay: Eve 306
        "partner": (1, None, 29, 0),
    }


def test_funnel_over_all_time_counts_everyone_who_reached_a_rung(book):
    steps = insights.funnel(insights.scope("all")).steps
    # reached prospect: all 7; first purchase: all but Cem; value confirmed: Ann, Dora, Eve,
    # Fay, Gil; loyal: Ann, Eve, Fay, Gil; client and partner: Eve
    assert [(s.on_rung, s.moved_up) for s in steps] == [
        (7, 7), (7, 6), (6, 5), (5, 4), (4, 1), (1, 1)]


def test_satisfaction_over_the_period(book, year):
    sat = insights.satisfaction(year)
    # Ann 10, Eve 9 | Gil 7 (3 March 08:00), Dora 8 | Bob 3; Cem's 2 came the evening before
    assert (sat.counts.promoters, sat.counts.passives, sat.counts.detractors) == (2, 2, 1)
    assert sat.counts.nps == 20
    assert sat.eleven_answers == 3
    assert [(c.name, *c.values) for c in sat.latest_eleven] == [
        ("Bob", date(2025, 9, 1), 3, "Call me back"),
        ("Ann", date(2025, 7, 1), 10, "Faster delivery"),
        ("Gil", date(2025, 3, 3), 7, "More colours")]
    assert (sat.promoters_not_asked, [c.name for c in sat.promoters_not_asked_list]) == (1, ["Ann"])
    assert (sat.detractors_unfollowed, [c.name for c in sat.detractors_unfollowed_list]) == (
        1, ["Bob"])


def test_nps_month_by_month(book, year):
    points = insights.satisfaction(year).over_time
    assert [p.bucket for p in points][0] == "2025-03" and len(points) == 13
    answered = {p.bucket: (p.counts.responses, p.counts.nps) for p in points if p.counts.responses}
    assert answered == {"2025-03": (1, 0), "2025-07": (1, 100), "2025-09": (1, -100),
                        "2026-01": (1, 100), "2026-02": (1, 0)}


def test_short_periods_go_week_by_week(book):
    points = insights.satisfaction(insights.scope("30d")).over_time
    assert points[0].bucket == "2026-W05" and points[-1].bucket == "2026-W10"
    assert [p.bucket for p in points if p.counts.responses] == ["2026-W07"]  # Dora, 10 Feb


def test_at_risk(book, year):
    risk = insights.at_risk(year)
    assert (risk.amber, risk.red, risk.no_next_step) == (2, 2, 5)
    assert [(c.name, c.values[0]) for c in risk.losing_touch] == [
        ("Bob", "red"), ("Dora", "red"), ("Fay", "amber"), ("Cem SARL", "amber")]
    assert (risk.renewals, risk.renewals_unplanned) == (2, 1)
    assert [(c.name, *c.values) for c in risk.renewals_unplanned_list] == [
        ("Eve", date(2026, 4, 15), 3700_00)]
    # Gil: 180 + 120 minutes in the last year for 120.00 -> 24.00 an hour
    assert risk.high_maintenance == 1
    assert [(c.name, *c.values) for c in risk.high_maintenance_list] == [
        ("Gil", 300, 120_00, 24_00)]


def test_referrals_in_the_period_and_the_revenue_through_each_referrer(book, year):
    refs = insights.referrals(year)
    assert (refs.referrals, refs.won, refs.referrers, refs.revenue_cents) == (3, 1, 2, 400_00)
    assert [(r.name, r.referrals, r.won, r.revenue_cents) for r in refs.by_referrer] == [
        ("Eve", 2, 1, 400_00), ("Gil", 1, 0, 0)]
    lines = insights.referrals_of(year, book.eve)
    assert [(x.referred_name, x.status, x.on, x.revenue_cents) for x in lines] == [
        ("Gus Name", "suggested", date(2026, 1, 10), 0),
        ("Fay", "won", date(2025, 9, 1), 400_00)]
    assert lines[0].referred_id is None and lines[1].referred_id == book.fay


def test_referrals_of_all_time_include_a_referrer_set_by_hand(book):
    refs = insights.referrals(insights.scope("all"))
    assert [(r.name, r.referrals, r.won, r.revenue_cents) for r in refs.by_referrer] == [
        ("Eve", 3, 2, 600_00), ("Ann", 1, 0, 100_00), ("Gil", 1, 0, 0)]
    assert insights.referrals_of(insights.scope("all"), book.ann)[0].status == "linked"


@pytest.mark.parametrize("kind,key,names", [
    ("ltv", "", {"ann", "bob", "eve", "fay", "gil"}),
    ("ltv_stage", "loyal", {"ann", "fay", "gil"}),
    ("ltv_owner", "Alice", {"ann", "fay"}),
    ("revenue_month", "2025-06", {"ann", "bob"}),
    ("buyers", "", {"ann", "bob", "dora", "eve", "fay", "gil"}),
    ("repeat_buyers", "", {"ann", "eve", "fay", "gil"}),
    ("one_purchase", "", {"bob", "dora"}),
    ("stage", "loyal", {"ann", "fay", "gil"}),
    ("funnel_on_rung", "first_purchase", {"bob", "dora", "fay", "gil"}),
    ("funnel_moved_up", "first_purchase", {"dora", "fay", "gil"}),
    ("longer_than_usual", "loyal", {"ann"}),
    ("longer_than_usual", "partner", set()),
    ("answered", "", {"ann", "bob", "dora", "eve", "gil"}),
    ("answered", "promoter", {"ann", "eve"}),
    ("answered", "passive", {"dora", "gil"}),
    ("answered", "detractor", {"bob"}),
    ("answered_in", "2025-03", {"gil"}),
    ("eleven", "", {"ann", "bob", "gil"}),
    ("promoters_not_asked", "", {"ann"}),
    ("detractors_unfollowed", "", {"bob"}),
    ("red", "", {"bob", "dora"}),
    ("amber", "", {"cem", "fay"}),
    ("losing_touch", "", {"bob", "cem", "dora", "fay"}),
    ("no_next_step", "", {"ann", "bob", "dora", "eve", "fay"}),
    ("renewals", "", {"eve", "gil"}),
    ("renewals", "unplanned", {"eve"}),
    ("high_maintenance", "", {"gil"}),
    ("referrers", "", {"eve", "gil"}),
    ("referred", "", {"fay", "bob"}),
])
def test_every_figure_leads_to_the_customers_it_counts(book, year, kind, key, names):
    assert behind(kind, key, year, book) == names


def test_stage_click_through_is_a_stage_filter_and_empty_sets_show_nobody(book, year):
    assert insights.customers_behind("stage", "loyal", year) == CustomerFilter(
        stages=(Stage.LOYAL,))
    assert insights.customers_behind("one_purchase", "", year).one_purchase_only
    assert matching_ids(insights.customers_behind("longer_than_usual", "partner", year)) == []
    with pytest.raises(insights.UnknownFigure):
        insights.customers_behind("nonsense", "", year)
