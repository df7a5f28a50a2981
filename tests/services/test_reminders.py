from datetime import timedelta

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers, followups, reminders
from loyaltydesk.services.reminders import Catching, ReminderError, ReminderSettings


@pytest.fixture
def customer(data):
    return customers.create_customer(ContactDetails(name="Zoé"))


def test_a_due_follow_up_is_raised_once_and_the_raise_is_on_its_history(customer, clock):
    fid = followups.schedule_followup(customer, clock.now() + timedelta(minutes=5), "Call")
    assert reminders.raise_batch() == []
    clock.advance(timedelta(minutes=5))
    assert [f.id for f in reminders.raise_batch()] == [fid]
    assert reminders.raise_batch() == []
    clock.advance(timedelta(hours=3))
    assert reminders.raise_batch() == []
    assert [action for _, action, _ in followups.history_of(fid)] == ["scheduled", "raised"]


def test_a_snoozed_follow_up_is_raised_again_when_the_snooze_ends(customer, clock):
    fid = followups.schedule_followup(customer, clock.now(), "Call")
    assert len(reminders.raise_batch()) == 1
    followups.snooze_followup(fid, clock.now() + timedelta(hours=1))
    clock.advance(timedelta(minutes=59))
    assert reminders.raise_batch() == []
    clock.advance(timedelta(minutes=1))
    assert [f.id for f in reminders.raise_batch()] == [fid]


def test_a_long_catch_up_comes_in_batches_oldest_first(customer, clock):
    ids = [followups.schedule_followup(customer, clock.now() - timedelta(days=d), f"Call {d}")
           for d in (3, 2, 1)]
    assert [f.id for f in reminders.raise_batch(limit=2)] == ids[:2]
    assert [f.id for f in reminders.raise_batch(limit=2)] == ids[2:]
    assert reminders.raise_batch(limit=2) == []


def test_closed_and_trashed_follow_ups_are_not_raised(customer, clock):
    done = followups.schedule_followup(customer, clock.now(), "Done already")
    followups.complete_followup(done)
    dropped = followups.schedule_followup(customer, clock.now(), "Dropped")
    followups.drop_followup(dropped)
    assert reminders.raise_batch() == []


def test_the_first_check_catches_up_with_what_fell_due_while_closed(clock):
    assert reminders.catching(None, clock.now(), timedelta(minutes=1)) is Catching.SINCE_CLOSED


def test_a_check_long_after_the_last_one_means_the_computer_slept(clock):
    minute = timedelta(minutes=1)
    last = clock.now()
    assert reminders.catching(last, last + minute, minute) is Catching.LIVE
    assert reminders.catching(last, last + 2 * minute, minute) is Catching.LIVE
    assert reminders.catching(last, last + timedelta(hours=8), minute) is Catching.SINCE_AWAY


def test_reminder_settings_are_kept_with_the_data(data):
    assert reminders.load_settings() == ReminderSettings(60, True)
    reminders.save_settings(ReminderSettings(tick_seconds=15, close_to_tray=False))
    assert reminders.load_settings() == ReminderSettings(15, False)


@pytest.mark.parametrize("seconds", [0, 4, 3601])
def test_a_tick_interval_out_of_range_is_refused_and_nothing_changes(data, seconds):
    reminders.save_settings(ReminderSettings(tick_seconds=30))
    with pytest.raises(ReminderError):
        reminders.save_settings(ReminderSettings(tick_seconds=seconds))
    assert reminders.load_settings().tick_seconds == 30


def test_the_rest_of_a_long_catch_up_is_marked_in_steps_with_its_history(customer, clock):
    ids = [followups.schedule_followup(customer, clock.now() - timedelta(hours=h), f"Call {h}")
           for h in range(5, 0, -1)]
    followups.drop_followup(ids[0])
    gone = customers.create_customer(ContactDetails(name="Gone"))
    gone_call = followups.schedule_followup(gone, clock.now(), "Call Gone")
    customers.trash_customers([gone])
    assert reminders.raise_batch(limit=1)[0].id == ids[1]
    assert reminders.raise_rest(limit=2) == 2
    assert reminders.raise_rest(limit=2) == 1
    assert reminders.raise_rest(limit=2) == 0
    assert followups.pending_notices() == []
    for fid in ids[1:]:
        assert [a for _, a, _ in followups.history_of(fid)] == ["scheduled", "raised"]
    assert [a for _, a, _ in followups.history_of(gone_call)] == ["scheduled"]
    assert [a for _, a, _ in followups.history_of(ids[0])] == ["scheduled", "dropped"]
