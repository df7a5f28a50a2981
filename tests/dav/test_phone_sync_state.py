import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from loyaltydesk.domain.phone_sync import Action, PhoneEntry, decide
from loyaltydesk.services.phone.account import Account, PhoneSyncError, check_url, save_account
from loyaltydesk.services.session import open_data
from loyaltydesk.store import database, migrations
from loyaltydesk.store.dav_models import DAV_MODELS
from loyaltydesk.store.models import Setting

DUE = datetime(2026, 3, 3, 9, tzinfo=UTC)


def test_an_older_database_gains_the_phone_sync_tables(data_dir, clock, monkeypatch):
    open_data(data_dir)
    database.close()
    path = data_dir / "loyaltydesk.sqlite3"
    step = migrations.STEPS.index(migrations.step_0007_phone_sync)
    with sqlite3.connect(path) as raw:
        for model in DAV_MODELS:
            raw.execute(f'DROP TABLE "{model._meta.table_name}"')
        raw.execute(f"PRAGMA user_version = {step}")
    # the file has what the later steps add already: only the phone sync step runs again
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:step + 1] + tuple(
        (lambda database: None) for _ in migrations.STEPS[step + 1:]))
    data = open_data(data_dir)
    assert migrations.schema_version(data.database) == migrations.LATEST_VERSION
    for model in DAV_MODELS:
        table = model._meta.table_name
        columns = {r[1] for r in data.database.execute_sql(f'PRAGMA table_info("{table}")')}
        assert {f.column_name for f in model._meta.sorted_fields} <= columns


def test_the_password_is_never_kept_in_the_data_folder(data):
    save_account(Account("https://dav.example.com/", "agnes"))
    stored = " ".join(s.value for s in Setting.select())
    assert "agnes" in stored and "password" not in stored


@pytest.mark.parametrize("url", ["http://dav.example.com/", "ftp://127.0.0.1/", "dav.example.com"])
def test_plain_http_is_refused_except_for_this_computer(url):
    with pytest.raises(PhoneSyncError):
        check_url(url)
    assert check_url("http://127.0.0.1:5232/") and check_url("https://dav.example.com/")


def test_phone_completion_completes_an_untouched_followup():
    decision = decide(DUE, True, False, True, PhoneEntry(DUE, True))
    assert decision.action is Action.COMPLETE


def test_phone_move_reschedules_an_untouched_followup():
    later = DUE + timedelta(days=2)
    assert decide(DUE, True, False, True, PhoneEntry(later, False)).due == later


def test_phone_deletion_skips_an_untouched_followup():
    assert decide(DUE, True, False, True, None).action is Action.SKIP


def test_changes_on_both_sides_keep_the_apps_and_say_what_the_phone_did():
    decision = decide(DUE, True, True, True, PhoneEntry(DUE, True))
    assert decision.action is Action.KEEP_APP and decision.shown == "done on the phone"


def test_a_phone_edit_of_nothing_tracked_changes_nothing():
    assert decide(DUE, True, True, True, PhoneEntry(DUE, False)).action is Action.NOTHING
