"""A book from before team sharing is brought forward: its rows intact, ready to be shared."""

from __future__ import annotations

import peewee as pw

from loyaltydesk.services.session import open_data
from loyaltydesk.services.team import journal
from loyaltydesk.store import migrations
from loyaltydesk.store.models import Customer


def test_a_book_from_before_sharing_gains_the_sync_state_and_keeps_its_customers(tmp_path,
                                                                                 clock):
    path = tmp_path / "data" / "loyaltydesk.sqlite3"
    path.parent.mkdir()
    before = migrations.STEPS.index(migrations.step_0008_team_sync)
    old = pw.SqliteDatabase(str(path))
    for step in migrations.STEPS[:before]:
        step(old)
    old.execute_sql(f"PRAGMA user_version = {before}")
    old.execute_sql(
        "INSERT INTO customer (uuid, created_at, updated_at, name, company, email, phone,"
        " street, postal_code, city, country, website, owner, notes, stage, stage_since,"
        " purchase_count, ltv_cents) VALUES ('u1', '2025-01-01T00:00:00.000000Z',"
        " '2025-01-01T00:00:00.000000Z', 'Zoé Martin', '', '', '', '', '', '', '', '', '', '',"
        " 'prospect', '2025-01-01T00:00:00.000000Z', 0, 0)")
    old.close()

    data = open_data(path.parent)
    assert migrations.schema_version(data.database) == migrations.LATEST_VERSION
    zoe = Customer.get(Customer.uuid == "u1")
    assert zoe.name == "Zoé Martin" and zoe.private_to is None
    assert not journal.shared() and journal.waiting() == 0
    # not shared: edits are not noted for a team
    zoe.city = "Lyon"
    zoe.save()
    assert journal.waiting() == 0
    journal.set_logging(True)
    zoe.city = "Grenoble"
    zoe.save()
    assert journal.waiting() == 1
