from datetime import UTC, timedelta

import pytest
from icalendar import Calendar

from loyaltydesk.exchange.dav.sync import sync
from loyaltydesk.services.followups import (
    complete_followup,
    get_followup,
    history_of,
    reschedule_followup,
    schedule_followup,
)
from loyaltydesk.services.phone import state
from loyaltydesk.services.phone.account import PhoneSyncError, status
from tests.dav.conftest import add_customer, add_followups


def _entries(phone) -> dict[str, Calendar]:
    found = {}
    for obj in phone.get_objects_by_sync_token(load_objects=True):
        if obj.data is None:  # listed, then gone before it was read
            continue
        cal = Calendar.from_ical(obj.data)
        for comp in cal.walk():
            if comp.name in ("VTODO", "VEVENT"):
                found[str(comp["uid"])] = comp
    return found


def _uid(followup_id: int) -> str:
    from loyaltydesk.store.models import FollowUp
    return f"{FollowUp.get_by_id(followup_id).uuid}@loyaltydesk.app"


def test_first_sync_puts_each_open_followup_once_with_its_fields(connected, phone, clock):
    cid = add_customer("Agnès Andersen", "+33 6 11 22 33 44")
    fid = schedule_followup(cid, clock.now() + timedelta(days=1), "Call 0",
                            script="Would you share a few words?")
    sync()
    [entry] = _entries(phone).values()
    assert str(entry["uid"]) == _uid(fid)
    assert entry.name == "VTODO"
    assert "Agnès Andersen" in str(entry["summary"]) and "Call 0" in str(entry["summary"])
    description = str(entry["description"])
    assert "+33 6 11 22 33 44" in description and "loyaltydesk://customer/" in description
    assert entry["due"].dt == get_followup(fid).remind_at.astimezone(UTC)
    assert [c.name for c in entry.subcomponents] == ["VALARM"]
    assert "Would you share a few words?" in description  # what to ask
    assert entry["dtstart"].dt < entry["due"].dt  # RFC 5545 3.8.2.3
    [alarm] = entry.subcomponents
    assert alarm["trigger"].params["RELATED"] == "END"  # rings before it is due
    sync()
    assert len(_entries(phone)) == 1
    assert status().last_error == "" and status().last_sync_at


@pytest.mark.slow
def test_two_thousand_followups_go_up_in_one_sync(connected, phone, clock):
    add_followups(clock, 2000)
    result = sync()
    assert result.sent == 2000 + 1  # and their customer's card
    entries = _entries(phone)
    assert len(entries) == 2000 and len(state.copies("followup")) == 2000
    again = sync()
    assert (again.sent, again.received) == (0, 0)


def test_a_todo_ticked_off_on_the_phone_completes_the_followup(connected, phone, clock):
    [fid] = add_followups(clock, 1)
    sync()
    todo = phone.get_todo_by_uid(_uid(fid))
    todo.complete()
    sync()
    row = get_followup(fid)
    assert row.status.value == "done" and row.outcome == "Done on the phone"
    assert ("done", "Done on the phone") in [(a, d) for _, a, d in history_of(fid)]
    sync()
    assert get_followup(fid).status.value == "done"


def test_a_todo_moved_on_the_phone_reschedules_the_followup(connected, phone, clock):
    [fid] = add_followups(clock, 1)
    sync()
    todo = phone.get_todo_by_uid(_uid(fid))
    new_due = (clock.now() + timedelta(days=5)).replace(microsecond=0)
    component = todo.icalendar_component
    component.pop("due")
    component.add("due", new_due)
    component.pop("dtstart")
    component.add("dtstart", new_due)
    todo.save()
    sync()
    assert get_followup(fid).due_at == new_due
    assert sync().sent == 0


def test_an_entry_deleted_on_the_phone_skips_the_followup_with_a_reason(connected, phone, clock):
    [fid] = add_followups(clock, 1)
    sync()
    phone.get_todo_by_uid(_uid(fid)).delete()
    sync()
    row = get_followup(fid)
    assert row.status.value == "skipped" and row.outcome == "Deleted on the phone"
    assert _entries(phone) == {}


def test_an_edit_in_the_app_reaches_the_phone(connected, phone, clock):
    [fid] = add_followups(clock, 1)
    sync()
    later = clock.now() + timedelta(days=9)
    reschedule_followup(fid, later)
    assert sync().sent == 1
    assert _entries(phone)[_uid(fid)]["due"].dt == later


def test_completed_in_the_app_shows_completed_on_the_phone(connected, phone, clock):
    [fid] = add_followups(clock, 1)
    sync()
    complete_followup(fid, "called")
    sync()
    assert str(_entries(phone)[_uid(fid)]["status"]) == "COMPLETED"


def test_changes_on_both_sides_keep_the_apps_and_show_the_phones(connected, phone, clock):
    [fid] = add_followups(clock, 1)
    sync()
    phone.get_todo_by_uid(_uid(fid)).complete()
    later = clock.now() + timedelta(days=3)
    reschedule_followup(fid, later)
    sync()
    assert get_followup(fid).status.value == "open"
    entry = _entries(phone)[_uid(fid)]
    assert entry["due"].dt == later and str(entry.get("status")) == "NEEDS-ACTION"
    [notice] = state.open_notices()
    assert notice.kind == "conflict" and "done on the phone" in notice.message


def test_a_change_on_the_phone_during_the_sync_is_reread_not_overwritten(connected, phone,
                                                                          clock, monkeypatch):
    """The phone writes between the sync's read and its write: the server answers 412."""
    from loyaltydesk.exchange.dav.calendar_sync import CalendarSync

    ids = add_followups(clock, 2)
    sync()
    for fid in ids:
        reschedule_followup(fid, clock.now() + timedelta(days=4))
    moved = (clock.now() + timedelta(days=7)).replace(microsecond=0)
    push = CalendarSync.push

    def phone_moves_one_then_push(self):
        todo = phone.get_todo_by_uid(_uid(ids[1]))
        todo.icalendar_component.pop("due")
        todo.icalendar_component.add("due", moved)
        todo.save()
        push(self)

    monkeypatch.setattr(CalendarSync, "push", phone_moves_one_then_push)
    sync()
    entry = _entries(phone)[_uid(ids[1])]
    assert entry["due"].dt == clock.now() + timedelta(days=4)  # the app's version won
    assert get_followup(ids[1]).due_at == clock.now() + timedelta(days=4)
    [notice] = state.open_notices()
    assert "moved on the phone" in notice.message


def test_a_wrong_password_is_one_clear_line(connected, clock):
    add_followups(clock, 1)
    with pytest.raises(PhoneSyncError, match="refused the user name or password"):
        sync(password="wrong")
    assert "refused" in status().last_error


def test_as_events_an_event_moved_on_the_phone_reschedules_and_done_leaves_the_phone(
        connected, phone, clock):
    from loyaltydesk.services.phone.account import update_account
    update_account(as_events=True)
    first, second = add_followups(clock, 2)
    sync()
    entries = _entries(phone)
    assert {e.name for e in entries.values()} == {"VEVENT"}
    event = phone.get_event_by_uid(_uid(first))
    moved = (clock.now() + timedelta(days=6)).replace(microsecond=0)
    component = event.icalendar_component
    component.pop("dtstart")
    component.pop("dtend")
    component.add("dtstart", moved)
    component.add("dtend", moved + timedelta(minutes=30))
    event.save()
    complete_followup(second, "called")
    sync()
    assert get_followup(first).due_at == moved
    assert set(_entries(phone)) == {_uid(first)}


def test_a_calendar_that_takes_only_events_gets_the_followups_as_events(data, radicale, clock,
                                                                        monkeypatch):
    """Many servers' calendars hold events only: follow-ups go there as events, unasked."""
    import caldav

    from loyaltydesk.exchange.dav.setup import connect
    from loyaltydesk.services.phone.account import ENV_PASSWORD, account
    from tests.radicale_server import PASSWORD, USER

    client = caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD)
    events_only = client.principal().make_calendar(
        name="Work", cal_id="work", supported_calendar_component_set=["VEVENT"])
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    connected = connect(radicale.url, USER, PASSWORD, calendar_url=str(events_only.url))
    assert connected.as_events and account().as_events
    [fid] = add_followups(clock, 1)
    sync()
    [entry] = _entries(events_only).values()
    assert entry.name == "VEVENT" and str(entry["uid"]) == _uid(fid)


def test_a_calendar_that_takes_to_dos_keeps_them(connected):
    assert not connected.as_events


def _server_forgets_its_sync_tokens(radicale) -> None:
    """What a server does past the time it keeps tokens (a laptop offline for weeks)."""
    import shutil
    for folder in radicale.storage.glob("collection-root/*/*/.Radicale.cache/sync-token"):
        shutil.rmtree(folder)


def test_a_sync_token_the_server_forgot_means_one_full_listing_not_a_stuck_sync(
        connected, phone, radicale, clock):
    kept, deleted = add_followups(clock, 2)
    sync()
    phone.get_todo_by_uid(_uid(deleted)).delete()
    _server_forgets_its_sync_tokens(radicale)
    result = sync()
    assert status().last_error == ""
    row = get_followup(deleted)
    assert row.status.value == "skipped" and row.outcome == "Deleted on the phone"
    assert get_followup(kept).status.value == "open"
    assert set(_entries(phone)) == {_uid(kept)} and result.received == 1
    assert sync().requests == 2  # incremental again: one report per collection


def test_a_collection_of_someone_else_is_not_called_a_wrong_password(connected, clock):
    from loyaltydesk.services.phone.account import update_account
    update_account(calendar_url=connected.calendar_url.replace("/agnes/", "/bruno/"))
    add_followups(clock, 1)
    with pytest.raises(PhoneSyncError, match="does not let agnes use /bruno/"):
        sync()
