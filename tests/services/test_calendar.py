from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.clock import FixedClock
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import calendar, customers, followups
from loyaltydesk.services.calendar import EntryType
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction

MONDAY = date(2026, 3, 2)


@pytest.fixture
def zoé(data):
    return customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.LOYAL)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def test_entries_fall_on_their_local_day_in_time_order(zoé, monkeypatch):
    monkeypatch.setattr("loyaltydesk.clock._current",
                        FixedClock(_at(MONDAY, 10), ZoneInfo("America/New_York")))
    late = followups.schedule_followup(zoé, _at(MONDAY, 23, 30), "Late call")  # 18:30 local
    night = followups.schedule_followup(zoé, _at(MONDAY + timedelta(days=1), 2), "Night")
    days = calendar.days_between(MONDAY, MONDAY + timedelta(days=7))
    assert [e.id for e in days[MONDAY].entries] == [late, night]  # 02:00 UTC is 21:00 Monday
    assert MONDAY + timedelta(days=1) not in days


def test_a_day_keeps_its_first_entries_and_counts_them_all(zoé, clock):
    for hour in range(11, 17):
        followups.schedule_followup(zoé, _at(MONDAY, hour), f"Call {hour}")
    day = calendar.days_between(MONDAY, MONDAY + timedelta(days=1), per_day=4)[MONDAY]
    assert [e.title for e in day.entries] == ["Call 11", "Call 12", "Call 13", "Call 14"]
    assert day.total == 6


def test_overdue_done_and_logged_contacts_are_told_apart(zoé, clock):
    sunday = MONDAY - timedelta(days=1)
    overdue = followups.schedule_followup(zoé, _at(sunday, 17), "Overdue")
    due = followups.schedule_followup(zoé, clock.now() - timedelta(hours=1), "Due this morning")
    done = followups.schedule_followup(zoé, clock.now() + timedelta(hours=1), "Done")
    followups.complete_followup(done)
    log_interaction(zoé, InteractionInput(InteractionKind.CALL, "Talked"))
    days = calendar.days_between(sunday, MONDAY + timedelta(days=1))
    assert [(e.id, e.overdue) for e in days[sunday].entries] == [(overdue, True)]
    kinds = {(e.type, e.status, e.overdue) for e in days[MONDAY].entries}
    assert kinds == {(EntryType.FOLLOWUP, "open", False), (EntryType.FOLLOWUP, "done", False),
                     (EntryType.INTERACTION, "logged", False)}
    assert (days[sunday].overdue, days[MONDAY].overdue) == (1, 0)
    assert [e.id for e in days[MONDAY].entries if e.movable] == [due]


def test_contacts_and_closed_follow_ups_can_be_left_out(zoé, clock):
    open_one = followups.schedule_followup(zoé, clock.now() + timedelta(hours=1), "Open")
    done = followups.schedule_followup(zoé, clock.now() + timedelta(hours=2), "Done")
    followups.complete_followup(done)
    log_interaction(zoé, InteractionInput(InteractionKind.CALL, "Talked"))
    day = calendar.entries_on(MONDAY, interactions=False, include_closed=False)
    assert [e.id for e in day.entries] == [open_one]


def test_trashed_customers_and_follow_ups_are_not_in_the_calendar(zoé, clock):
    dropped = followups.schedule_followup(zoé, clock.now(), "Dropped")
    followups.drop_followup(dropped)
    other = customers.create_customer(ContactDetails(name="Gone"), stage=Stage.LOYAL)
    followups.schedule_followup(other, clock.now(), "Call")
    customers.trash_customers([other])
    assert calendar.entries_on(MONDAY).entries == []
    assert calendar.entries_on(MONDAY).total == 0
    amber_day = MONDAY + timedelta(days=31)  # Zoé and the trashed customer turn amber then
    assert calendar.days_between(amber_day, amber_day + timedelta(days=1))[amber_day].amber == 1


def test_the_days_a_customer_turns_amber_and_red_are_marked(zoé, clock):
    amber_day, red_day = MONDAY + timedelta(days=31), MONDAY + timedelta(days=61)
    days = calendar.days_between(MONDAY, MONDAY + timedelta(days=70))
    assert (days[amber_day].amber, days[amber_day].red) == (1, 0)
    assert (days[red_day].amber, days[red_day].red) == (0, 1)
    marks, total = calendar.rhythm_marks_on(red_day)
    assert total == 1 and marks[0].customer_id == zoé and marks[0].state is GapState.RED


def test_logging_a_contact_moves_the_amber_mark_later(zoé, clock):
    clock.advance(timedelta(days=10))
    log_interaction(zoé, InteractionInput(InteractionKind.CALL, "Caught up"))
    assert calendar.rhythm_marks_on(MONDAY + timedelta(days=31))[1] == 0
    assert calendar.rhythm_marks_on(MONDAY + timedelta(days=41))[1] == 1


def test_moving_to_another_day_keeps_the_time_and_rearms_the_reminder(zoé, clock):
    fid = followups.schedule_followup(zoé, _at(MONDAY, 9, 30), "Call")
    followups.mark_notified([fid])
    moved = calendar.move_followup_to_day(fid, date(2026, 3, 5))
    row = followups.get_followup(fid)
    assert moved == row.due_at == row.remind_at == _at(date(2026, 3, 5), 9, 30)
    assert row.notified_at is None


def test_a_day_with_many_contacts_lists_its_first_and_counts_them_all(zoé, clock):
    for hour in (11, 12, 13):
        clock.set(_at(MONDAY, hour))
        log_interaction(zoé, InteractionInput(InteractionKind.CALL, f"Call at {hour}"))
    week = calendar.days_between(MONDAY, MONDAY + timedelta(days=7), per_day=2)
    assert week[MONDAY].total == 3
    assert [e.title for e in week[MONDAY].entries] == ["Call at 11", "Call at 12"]
    day = calendar.entries_on(MONDAY)
    assert [e.title for e in day.entries] == ["Call at 11", "Call at 12", "Call at 13"]
