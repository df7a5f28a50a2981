"""The demo is only input: every row it leaves was made by the services real input goes
through, for the reasons they give."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from loyaltydesk import clock as clock_module
from loyaltydesk.domain.ladder import FIRST_PURCHASE_REASON, SECOND_PURCHASE_REASON
from loyaltydesk.services.cadences import REPLACED_REASON
from loyaltydesk.services.demo import ORIGIN, DemoError, build_demo
from loyaltydesk.services.demo_desk import DONE_NOTES, UNREACHED
from loyaltydesk.services.demo_story import MOVE_REASONS
from loyaltydesk.store.database import db


@pytest.fixture
def demo(data, clock):
    build_demo(400, seed=5)


def _rows(sql: str, *params) -> list[tuple]:
    return db.execute_sql(sql, params).fetchall()


def test_every_follow_up_was_scheduled_by_a_cadence_or_by_hand(demo):
    unscheduled = _rows("SELECT count(*) FROM follow_up f WHERE NOT EXISTS (SELECT 1 FROM "
                        "follow_up_event e WHERE e.followup_id = f.id AND e.action = 'scheduled')")
    assert unscheduled == [(0,)]
    by_hand = _rows("SELECT count(*) FROM follow_up f JOIN follow_up_event e "
                    "ON e.followup_id = f.id AND e.action = 'scheduled' "
                    "WHERE f.cadence_step_id IS NULL AND e.detail != 'by hand'")
    assert by_hand == [(0,)]
    assert _rows("SELECT count(*) FROM follow_up WHERE cadence_step_id IS NULL")[0][0] > 0


def test_every_closed_follow_up_says_what_closed_it(demo):
    outcomes = {o for (o,) in _rows("SELECT DISTINCT outcome FROM follow_up "
                                    "WHERE status != 'open'")}
    made_by_people = set(DONE_NOTES.values()) | {UNREACHED}
    by_goals = {o for o in outcomes if o.startswith("Closed: ")}
    assert outcomes - by_goals <= made_by_people | {REPLACED_REASON}
    assert by_goals, "a second sale, a survey or a renewal closed some asks"
    assert REPLACED_REASON in outcomes
    silent = _rows("SELECT count(*) FROM follow_up f WHERE status != 'open' AND NOT EXISTS "
                   "(SELECT 1 FROM follow_up_event e WHERE e.followup_id = f.id "
                   "AND e.action = f.status)")
    assert silent == [(0,)]


def test_every_move_on_the_ladder_is_for_a_reason_the_ladder_or_a_person_gives(demo):
    reasons = {r for (r,) in _rows("SELECT DISTINCT reason FROM stage_change")}
    surveys = {r for r in reasons if r.startswith("Satisfaction ")
               and r.endswith("/10 after the first purchase")}
    assert surveys
    assert reasons - surveys == {f"Imported from {ORIGIN}", FIRST_PURCHASE_REASON,
                                 SECOND_PURCHASE_REASON, *MOVE_REASONS.values()}


def test_the_stage_is_the_last_move_and_the_timeline_is_in_order(demo):
    wrong = _rows("SELECT count(*) FROM customer c WHERE c.stage != (SELECT to_stage FROM "
                  "stage_change s WHERE s.customer_id = c.id ORDER BY changed_at DESC, id DESC "
                  "LIMIT 1) OR c.stage_since != (SELECT max(changed_at) FROM stage_change s "
                  "WHERE s.customer_id = c.id)")
    assert wrong == [(0,)]


def test_a_cancelled_demo_adds_nothing(data, clock):
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3

    schema = _rows("SELECT type, name, sql FROM sqlite_master ORDER BY name")
    with pytest.raises(DemoError):
        build_demo(200, seed=2, progress=progress)
    assert _rows("SELECT type, name, sql FROM sqlite_master ORDER BY name") == schema
    assert clock_module.clock() is clock
    for table in ("customer", "purchase", "follow_up", "stage_change", "interaction"):
        assert _rows(f"SELECT count(*) FROM {table}") == [(0,)], table
    assert build_demo(50, seed=2) == 50
    assert _rows("SELECT type, name, sql FROM sqlite_master ORDER BY name") == schema


def test_only_the_building_thread_steps_through_past_days(data, clock):
    seen: dict[str, object] = {}
    replaying, looked = threading.Event(), threading.Event()

    def progress(done: int, total: int) -> bool:
        if done:
            seen["builder"] = clock_module.now()
            replaying.set()
            looked.wait(10)
        return True

    builder = threading.Thread(target=lambda: build_demo(60, seed=1, progress=progress))
    builder.start()
    assert replaying.wait(60)
    seen["window"] = clock_module.now()
    looked.set()
    builder.join(120)
    assert seen["window"] == clock.now()
    assert seen["builder"] < clock.now() - timedelta(days=1)
    assert clock_module.now() == clock.now()


def test_a_large_demo_is_told_and_entered_in_cohorts_that_keep_every_rule(data, clock,
                                                                          monkeypatch):
    from loyaltydesk.services import demo, goals, integrity

    monkeypatch.setattr(demo, "COHORT", 150)
    assert build_demo(400, seed=8) == 400
    assert integrity.problems() == []
    assert goals.met_but_open() == []
    cohorts = _rows("SELECT count(*) FROM customer GROUP BY (id - 1) / 150 ORDER BY 1")
    assert cohorts == [(100,), (150,), (150,)]
    # each cohort's manager worked through its own customers' care, weeks ago included
    untouched = _rows("SELECT count(*) FROM follow_up WHERE status = 'open' "
                      "AND remind_at < ?", "2026-02-04")  # the latest are 25 days late
    assert untouched == [(0,)]
