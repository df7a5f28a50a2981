from datetime import date, timedelta

import pytest

from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState, Rhythm, RhythmError
from loyaltydesk.services import customers, followups, rhythm
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.timeline import EntryKind, customer_timeline


def _loyal(name="Zoé", tags=()):
    return customers.create_customer(ContactDetails(name=name, tags=list(tags)),
                                     stage=Stage.LOYAL)


def test_a_loyal_customer_turns_amber_after_30_days_and_red_after_60(data, clock):
    cid = _loyal()  # added on Monday 2026-03-02: that day counts as the last contact
    assert rhythm.rhythm_of(cid).state is GapState.OK
    clock.advance(timedelta(days=30))
    assert rhythm.rhythm_of(cid).state is GapState.OK
    clock.advance(timedelta(days=1))
    assert rhythm.rhythm_of(cid).state is GapState.AMBER
    assert rhythm.counts() == rhythm.RhythmCounts(amber=1, red=0, no_next_step=1)
    clock.advance(timedelta(days=30))
    assert rhythm.rhythm_of(cid).state is GapState.RED
    assert rhythm.counts().red == 1


def test_logging_a_call_turns_a_red_customer_back_to_normal_at_once(data, clock):
    cid = _loyal()
    clock.advance(timedelta(days=70))
    assert rhythm.losing_touch() == [(cid, GapState.RED)]
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Caught up"))
    assert rhythm.rhythm_of(cid).state is GapState.OK
    assert rhythm.losing_touch() == []
    assert customers.get_customer(cid).amber_on == date(2026, 5, 11) + timedelta(days=31)


def test_contact_closes_the_keep_in_touch_follow_up_and_says_why(data, clock):
    cid = _loyal()
    planned = rhythm.plan_next_step(cid)
    assert followups.get_followup(planned).kind is FollowUpKind.KEEP_IN_TOUCH
    clock.advance(timedelta(days=3))
    log_interaction(cid, InteractionInput(InteractionKind.EMAIL, "Sent the new catalogue"))
    closed = followups.get_followup(planned)
    assert closed.status == "done" and closed.outcome == "Closed: contact on 5 Mar"
    entry = next(e for e in customer_timeline(cid)
                 if e.kind is EntryKind.FOLLOWUP and e.ref_id == planned)
    assert entry.detail == "Closed: contact on 5 Mar"


def test_a_planned_follow_up_is_never_duplicated_by_the_rhythm(data, clock):
    cid = _loyal()
    first = rhythm.plan_next_step(cid)
    assert rhythm.plan_next_step(cid) == first
    assert len([f for f in followups.followups_of(cid) if f.status == "open"]) == 1
    assert rhythm.counts().no_next_step == 0


def test_planning_the_next_step_lands_before_the_customer_turns_amber(data, clock):
    cid = _loyal()
    fid = rhythm.plan_next_step(cid)
    due = followups.get_followup(fid).due_at.date()
    assert due <= rhythm.rhythm_of(cid).amber_on - timedelta(days=1)
    assert due.weekday() < 5


def test_tag_and_customer_rhythms_override_the_stage_default(data, clock):
    cid = _loyal(tags=["key account"])
    rhythm.set_tag_rhythm("key account", 7, 14)
    current = rhythm.rhythm_of(cid)
    assert current.rhythm == Rhythm(7, 14) and current.source == "tag key account"
    clock.advance(timedelta(days=8))
    assert rhythm.rhythm_of(cid).state is GapState.AMBER
    customers.set_rhythm(cid, 10, None)
    assert rhythm.rhythm_of(cid).source == "customer"
    assert rhythm.rhythm_of(cid).state is GapState.OK
    with pytest.raises(RhythmError):
        rhythm.set_tag_rhythm("key account", 7, None)


def test_changing_a_stage_default_moves_everyone_on_that_rung(data, clock):
    cid = _loyal()
    clock.advance(timedelta(days=15))
    rhythm.set_stage_rhythm(Stage.LOYAL, 10, 20)
    assert rhythm.rhythm_of(cid).state is GapState.AMBER
    assert customers.get_customer(cid).amber_on == date(2026, 3, 13)


def test_completing_a_follow_up_counts_as_contact(data, clock):
    cid = _loyal()
    fid = followups.schedule_followup(cid, clock.now(), "Call")
    clock.advance(timedelta(days=40))
    followups.complete_followup(fid, "Talked")
    assert rhythm.rhythm_of(cid).state is GapState.OK


def test_counts_follow_every_write_to_the_book_whoever_makes_it(data, clock):
    """Counts are answered from memory between writes: a write here, another program's
    commit, or the day turning must each be seen at once."""
    import sqlite3

    cid = _loyal()
    clock.advance(timedelta(days=31))
    assert rhythm.counts() == rhythm.RhythmCounts(amber=1, red=0, no_next_step=1)
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Caught up"))  # this program
    assert rhythm.counts() == rhythm.RhythmCounts(amber=0, red=0, no_next_step=1)
    other = sqlite3.connect(data.database_path)  # another program turns her red
    with other:
        other.execute("UPDATE customer SET amber_on = '2026-01-01', red_on = '2026-02-01'")
    other.close()
    assert rhythm.counts() == rhythm.RhythmCounts(amber=0, red=1, no_next_step=1)
    assert rhythm.counts(as_of=date(2026, 1, 15)).amber == 1  # another day, its own answer


def test_losing_touch_gives_the_same_page_whether_it_sorts_or_walks_the_value_index(
        data, clock, monkeypatch):
    """Few out of touch are sorted by value; many are met walking down the value index. The
    page is the same either way: red first, then amber, the most valuable first, ties by id."""
    import random

    dice = random.Random(7)
    ids = [_loyal(f"C{i}") for i in range(40)]
    today = date(2026, 3, 2)
    for cid in ids:
        state = dice.choice(("red", "amber", "ok"))
        amber_on = today - timedelta(days=5) if state != "ok" else today + timedelta(days=5)
        red_on = today - timedelta(days=1) if state == "red" else today + timedelta(days=9)
        data.database.execute_sql(
            "UPDATE customer SET ltv_cents = ?, amber_on = ?, red_on = ? WHERE id = ?",
            [dice.choice((0, 500, 500, 1200, 9900)), amber_on.isoformat(), red_on.isoformat(),
             cid])
    customers.trash_customers(ids[:3])  # the trash is never out of touch
    rows = data.database.execute_sql(
        "SELECT id, ltv_cents, red_on <= :d, amber_on <= :d FROM customer "
        "WHERE deleted_at IS NULL", {"d": today.isoformat()}).fetchall()
    expected = sorted(((-ltv, cid), GapState.RED if red else GapState.AMBER)
                      for cid, ltv, red, amber in rows if amber)
    expected.sort(key=lambda e: (e[1] is GapState.AMBER, e[0]))
    pages = {}
    for sort_at_most in (1_000, 0):  # sorted, then walked
        monkeypatch.setattr(rhythm, "_SORT_AT_MOST", sort_at_most)
        pages[sort_at_most] = (rhythm.losing_touch(limit=7, as_of=today),
                               rhythm.losing_touch(limit=None, as_of=today))
    assert pages[0] == pages[1_000]
    assert pages[0][1] == [(key[1], state) for key, state in expected]
    assert pages[0][0] == pages[0][1][:7]
