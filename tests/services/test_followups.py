from datetime import UTC, datetime, timedelta

import pytest

from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.followups import FollowUpError
from loyaltydesk.services import customers, followups
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction


@pytest.fixture
def customer(data):
    return customers.create_customer(ContactDetails(name="Zoé"))


def test_due_lists_open_follow_ups_oldest_first(customer, clock):
    later = followups.schedule_followup(customer, clock.now() - timedelta(hours=1), "Later")
    first = followups.schedule_followup(customer, clock.now() - timedelta(days=2), "First")
    followups.schedule_followup(customer, clock.now() + timedelta(days=1), "Not yet")
    assert [f.id for f in followups.due_followups()] == [first, later]


def test_a_reminder_is_pending_once_per_due_time(customer, clock):
    fid = followups.schedule_followup(customer, clock.now() + timedelta(minutes=5), "Call")
    assert followups.pending_notices() == []
    clock.advance(timedelta(minutes=6))
    assert [f.id for f in followups.pending_notices()] == [fid]
    followups.mark_notified([fid])
    assert followups.pending_notices() == []


def test_a_snoozed_follow_up_comes_back_when_the_snooze_ends(customer, clock):
    fid = followups.schedule_followup(customer, clock.now(), "Call")
    followups.mark_notified([fid])
    followups.snooze_followup(fid, clock.now() + timedelta(hours=1))
    assert followups.due_followups() == []
    clock.advance(timedelta(hours=1))
    assert [f.id for f in followups.pending_notices()] == [fid]
    actions = [a for _, a, _ in followups.history_of(fid)]
    assert actions == ["scheduled", "raised", "snoozed"]


def test_snoozing_into_the_past_or_a_closed_follow_up_is_refused(customer, clock):
    fid = followups.schedule_followup(customer, clock.now(), "Call")
    with pytest.raises(FollowUpError):
        followups.snooze_followup(fid, clock.now() - timedelta(minutes=1))
    followups.skip_followup(fid, "Customer on holiday")
    with pytest.raises(FollowUpError):
        followups.snooze_followup(fid, clock.now() + timedelta(hours=1))


def test_skipping_needs_a_reason(customer, clock):
    fid = followups.schedule_followup(customer, clock.now(), "Call")
    with pytest.raises(FollowUpError):
        followups.skip_followup(fid, " ")
    assert followups.get_followup(fid).status == "open"


def test_logging_the_contact_completes_the_follow_up_and_restarts_the_contact_clock(
        customer, clock):
    fid = followups.schedule_followup(customer, clock.now(), "Call",
                                      kind=FollowUpKind.CHECK)
    log_interaction(customer, InteractionInput(InteractionKind.CALL, "All good", effort_minutes=10),
                    followup_id=fid)
    done = followups.get_followup(fid)
    assert done.status == "done" and done.completed_at == clock.now()
    record = customers.get_customer(customer)
    assert record.last_contact_at == clock.now() and record.next_followup_at is None


def test_rescheduling_moves_the_due_time_and_rearms_the_reminder(customer, clock):
    fid = followups.schedule_followup(customer, clock.now(), "Call")
    followups.mark_notified([fid])
    new_time = datetime(2026, 3, 10, 14, tzinfo=UTC)
    followups.reschedule_followup(fid, new_time)
    row = followups.get_followup(fid)
    assert row.due_at == new_time and row.notified_at is None
