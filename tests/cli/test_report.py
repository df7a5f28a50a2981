"""`loyaltydesk report`, run as a child process on the hand-made book (tests/insights_book.py)."""

import json

import pytest

from tests.conftest import run_cli
from tests.insights_book import build_book

AT = "2026-03-02T10:00:00+00:00"
UTC_ENV = {"TZ": "UTC"}


@pytest.fixture
def book_dir(data, data_dir, clock):
    build_book(clock)
    return data_dir


def report(data_dir, *args):
    result = run_cli("report", "--json", "--at", AT, *args, data_dir=data_dir, env=UTC_ENV)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_report_json_carries_the_hand_worked_figures(book_dir):
    data = report(book_dir)
    assert data["schema_version"] == 1 and data["as_of"] == "2026-03-02"
    assert data["period"] == {"key": "12m", "label": "Last 12 months", "start": "2025-03-03",
                              "end": "2026-03-02"}
    assert (data["customers"], data["currency"]) == (7, "EUR")
    value = data["value"]
    assert (value["ltv_total_cents"], value["buyers"], value["ltv_start"]) == (
        615000, 5, "2023-03-03")
    assert value["by_owner"][0] == {"owner": "Bob", "customers": 3, "ltv_cents": 420000}
    assert value["top_customers"][0] == {"id": 5, "name": "Eve", "ltv_cents": 370000}
    second = data["second_sale"]
    assert (second["repeat_rate"], second["median_days_to_second"]) == (0.6667, 170.5)
    assert second["one_purchase_oldest"][0] == {
        "id": 4, "name": "Dora", "first_purchase_on": "2022-06-01", "days_waiting": 1370}
    assert data["funnel"]["conversion"][2] == {"from": "first_purchase", "to": "value_confirmed",
                                               "on_rung": 4, "moved_up": 3, "rate": 0.75}
    sat = data["satisfaction"]
    assert (sat["nps"], sat["responses"], sat["promoters_not_asked"],
            sat["detractors_without_followup"]) == (20, 5, 1, 1)
    assert sat["latest_eleven"][0] == {"id": 2, "name": "Bob", "on": "2025-09-01", "score": 3,
                                       "answer": "Call me back"}
    risk = data["at_risk"]
    assert (risk["amber"], risk["red"], risk["no_next_step"]) == (2, 2, 5)
    assert (risk["renewals_next_90_days"], risk["renewals_unplanned"],
            risk["high_maintenance"]) == (2, 1, 1)
    assert risk["high_maintenance_list"] == [{"id": 7, "name": "Gil", "effort_minutes": 300,
                                              "revenue_cents": 12000, "cents_per_hour": 2400}]
    eve = data["referrals"]["by_referrer"][0]
    assert (eve["name"], eve["revenue_cents"]) == ("Eve", 40000)
    assert eve["referred"][0] == {"id": None, "name": "Gus Name", "status": "suggested",
                                  "on": "2026-01-10", "revenue_cents": 0}


def test_the_schema_keys_are_stable(book_dir):
    data = report(book_dir, "--limit", "1")
    assert list(data) == ["schema_version", "generated_at", "as_of", "period", "currency",
                          "customers", "value", "second_sale", "funnel", "satisfaction",
                          "at_risk", "referrals"]
    assert set(data["value"]) == {"ltv_years", "ltv_start", "ltv_total_cents", "buyers",
                                  "by_stage", "by_owner", "revenue_by_month", "top_customers"}
    assert set(data["at_risk"]) == {
        "amber", "red", "no_next_step", "losing_touch", "renewals_next_90_days",
        "renewals_unplanned", "renewals_unplanned_list", "high_maintenance",
        "high_maintenance_list"}
    assert len(data["value"]["top_customers"]) == 1  # --limit shortens lists, not counts
    assert data["second_sale"]["one_purchase"] == 2


def test_the_period_changes_what_the_period_figures_count(book_dir):
    data = report(book_dir, "--period", "all")
    assert data["period"]["start"] is None
    assert data["referrals"]["referrals"] == 5
    assert data["satisfaction"]["responses"] == 7  # every answer but the trashed customer's


def test_text_report_for_people(book_dir):
    result = run_cli("report", "--at", AT, data_dir=book_dir, env=UTC_ENV)
    assert result.returncode == 0, result.stderr
    assert "€6,150.00" in result.stdout and "NPS" in result.stdout
    assert "First purchase -> Value confirmed  75.0%  (3 of 4)" in result.stdout
    assert "#4  Dora  01/06/2022  almost 4 years" in result.stdout  # days, spans in words


def test_report_mistakes_give_one_line(tmp_path, book_dir):
    bad_period = run_cli("report", "--period", "week", data_dir=book_dir)
    assert bad_period.returncode == 2 and len(bad_period.stderr.splitlines()) == 1
    missing = run_cli("report", data_dir=tmp_path / "nothing-here")
    assert missing.returncode == 1 and len(missing.stderr.splitlines()) == 1
    assert not (tmp_path / "nothing-here").exists()
    bad_at = run_cli("report", "--at", "yesterday", data_dir=book_dir)
    assert bad_at.returncode == 1 and "ISO" in bad_at.stderr


def _paths(value, path=""):
    """Every leaf key as `a.b.c`, every list as `a.b[]` (its items' keys as `a.b[].c`)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        yield path + "[]"
        if value:
            yield from _paths(value[0], path + "[]")
    else:
        yield path


def _documented(path: str, section: str) -> bool:
    last = path.rsplit(".", 1)[-1]
    return any(f"`{name}`" in section for name in (path, last, "." + last))


def test_every_json_key_is_documented_in_the_readme(book_dir):
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Insights and `report`"):]
    paths = list(_paths(report(book_dir, "--period", "all")))
    assert "value.by_stage[].ltv_cents" in paths and "referrals.by_referrer[].referred[]" in paths
    assert [p for p in paths if not _documented(p, section)] == []


def test_limit_zero_lists_nobody_but_counts_everyone(book_dir):
    data = report(book_dir, "--limit", "0")
    risk = data["at_risk"]
    assert risk["losing_touch"] == [] and risk["red"] == 2
    assert data["referrals"]["by_referrer"] == [] and data["referrals"]["referrers"] == 2
    assert data["value"]["top_customers"] == [] and data["value"]["buyers"] == 5
