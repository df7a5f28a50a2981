import sqlite3

import peewee as pw
import pytest

from loyaltydesk import paths
from loyaltydesk.services.session import open_data
from loyaltydesk.store import database, migrations
from loyaltydesk.store.database import DatabaseError
from loyaltydesk.store.migrations import LATEST_VERSION, SchemaTooNewError
from loyaltydesk.store.models import ALL_MODELS
from tests.backup_files import plain_copy


def test_a_new_folder_gets_the_latest_schema_and_private_permissions(data_dir, clock):
    data = open_data(data_dir)
    assert migrations.schema_version(data.database) == LATEST_VERSION
    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert data.database_path.stat().st_mode & 0o777 == 0o600


def test_the_schema_holds_every_column_the_models_declare(data):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {r[1] for r in data.database.execute_sql(f'PRAGMA table_info("{table}")')}
        declared = {f.column_name for f in model._meta.sorted_fields}
        assert declared <= columns, f"{table} lacks {declared - columns}"


def test_wal_and_foreign_keys_are_on(data):
    assert data.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert data.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(data_dir, clock):
    open_data(data_dir)
    database.close()
    path = data_dir / "loyaltydesk.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer LoyaltyDesk"):
        open_data(data_dir)
    assert path.read_bytes() == before


def test_a_version_one_database_with_data_is_brought_forward_intact(tmp_path, clock):
    """Build a file exactly as version 1 wrote it, then open it with this version."""
    path = tmp_path / "data" / "loyaltydesk.sqlite3"
    path.parent.mkdir()
    raw = sqlite3.connect(path)
    for statement in migrations._statements(migrations._sql("0001_initial.sql")):
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute("INSERT INTO customer (uuid, created_at, updated_at, name, company, email, phone,"
                " street, postal_code, city, country, website, owner, notes, stage, stage_since,"
                " purchase_count, ltv_cents) VALUES ('u1', '2025-01-01T00:00:00.000000Z',"
                " '2025-01-01T00:00:00.000000Z', 'Zoé Martin', '', 'zoe@example.fr', '', '', '',"
                " 'Lyon', '', '', '', '', 'prospect', '2025-01-01T00:00:00.000000Z', 0, 0)")
    raw.commit()
    raw.close()
    data = open_data(path.parent)
    assert migrations.schema_version(data.database) == LATEST_VERSION
    row = data.database.execute_sql("SELECT name, city, amber_on, red_on FROM customer").fetchone()
    # a prospect (21/45 days) last seen when added on 2025-01-01
    assert row == ("Zoé Martin", "Lyon", "2025-01-23", "2025-02-16")


def test_a_failing_step_leaves_the_previous_version(tmp_path, clock, monkeypatch):
    data = open_data(tmp_path / "d")

    def broken(db):
        db.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, broken))
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError):
        migrations.migrate(data.database, tmp_path / "backups")
    assert migrations.schema_version(data.database) == LATEST_VERSION
    tables = {r[0] for r in data.database.execute_sql("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    [copy] = (tmp_path / "backups").glob("before-schema-*.sqlite3.zst")
    with sqlite3.connect(plain_copy(copy)) as raw:  # compressed, at the version it was taken
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_that_is_not_a_database_gives_a_clear_error(data_dir, clock):
    data_dir.mkdir()
    (data_dir / "loyaltydesk.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        open_data(data_dir)


def test_version_two_leaves_trashed_customers_out_of_search_when_brought_forward(tmp_path, clock):
    path = tmp_path / "data" / "loyaltydesk.sqlite3"
    path.parent.mkdir()
    raw = sqlite3.connect(path)
    for statement in migrations._statements(migrations._sql("0001_initial.sql")):
        raw.execute(statement)
    raw.execute('ALTER TABLE "customer" ADD COLUMN "amber_on" TEXT')
    raw.execute('ALTER TABLE "customer" ADD COLUMN "red_on" TEXT')
    raw.execute("PRAGMA user_version = 2")
    for uuid, name, deleted in (("u1", "Ana Live", None), ("u2", "Ana Trashed", "2025-02-01")):
        raw.execute("INSERT INTO customer (uuid, created_at, updated_at, name, company, email, "
                    "phone, street, postal_code, city, country, website, owner, notes, stage, "
                    "stage_since, purchase_count, ltv_cents, deleted_at) VALUES (?, "
                    "'2025-01-01T00:00:00.000000Z', '2025-01-01T00:00:00.000000Z', ?, '', '', "
                    "'', '', '', '', '', '', '', '', 'prospect', '2025-01-01T00:00:00.000000Z', "
                    "0, 0, ?)", (uuid, name, deleted))
    raw.commit()
    raw.close()
    open_data(path.parent)
    from loyaltydesk.services import customers
    from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
    from loyaltydesk.services.integrity import problems
    assert len(matching_ids(CustomerFilter(text="ana"))) == 1
    assert problems() == []
    trashed = matching_ids(CustomerFilter(trashed=True))
    customers.restore_customers(trashed)
    assert len(matching_ids(CustomerFilter(text="trashed"))) == 1
    assert problems() == []


def test_step_5_closes_the_follow_ups_an_older_version_left_open_with_a_timeline_line(
        data_dir, clock, monkeypatch):
    """A version 4 file: a loyal customer still has "Ask for the second order" open."""
    from datetime import date, timedelta
    from decimal import Decimal

    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.services import customers, followups, integrity
    from loyaltydesk.services.purchases import PurchaseInput, record_purchase
    from loyaltydesk.services.timeline import EntryKind, customer_timeline
    from loyaltydesk.store.models import FollowUp

    data = open_data(data_dir)
    cid = customers.create_customer(ContactDetails(name="Zoé Martin"))
    record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("50")))
    record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("70")))
    ask = FollowUp.get((FollowUp.customer == cid) & (FollowUp.kind == "second_order"))
    # What version 4 wrote: the ask stays open, and the customer's next step is its date.
    data.database.execute_sql("UPDATE follow_up SET status = 'open', outcome = '', "
                              "completed_at = NULL WHERE id = ?", [ask.id])
    data.database.execute_sql("UPDATE customer SET next_followup_at = ? WHERE id = ?",
                              [ask.remind_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), cid])
    data.database.execute_sql("PRAGMA user_version = 4")
    database.close()

    clock.advance(timedelta(days=60))
    # The file was made with today's tables: the steps after 5 have nothing left to add.
    later = migrations.STEPS.index(migrations.step_0005_close_met_goals) + 1
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:later] + tuple(
        (lambda database: None) for _ in migrations.STEPS[later:]))
    data = open_data(data_dir)
    assert migrations.schema_version(data.database) == LATEST_VERSION
    closed = followups.get_followup(ask.id)
    assert closed.status == "done" and closed.outcome == "Closed: second purchase on 2 Mar"
    entry = next(e for e in customer_timeline(cid)
                 if e.kind is EntryKind.FOLLOWUP and e.ref_id == ask.id)
    assert entry.detail == "Closed: second purchase on 2 Mar"
    assert customers.get_customer(cid).next_followup_at != ask.remind_at
    assert integrity.problems() == []
    assert list(paths.backup_dir(data_dir).glob("before-schema-5-*.sqlite3.zst"))


def test_contact_identity_step_brings_customers_forward_with_empty_days(tmp_path, clock):
    """A file from just before the step: customers keep their data and gain empty fields."""
    path = tmp_path / "data" / "loyaltydesk.sqlite3"
    path.parent.mkdir()
    before = migrations.STEPS.index(migrations.step_0006_contact_identity)
    old = pw.SqliteDatabase(str(path))
    for step in migrations.STEPS[:before]:
        step(old)
    old.execute_sql(f"PRAGMA user_version = {before}")
    old.execute_sql(
        "INSERT INTO customer (uuid, created_at, updated_at, name, company, email, phone,"
        " street, postal_code, city, country, website, owner, notes, stage, stage_since,"
        " purchase_count, ltv_cents) VALUES ('u1', '2025-01-01T00:00:00.000000Z',"
        " '2025-01-01T00:00:00.000000Z', 'Zoé Martin', '', 'zoe@example.fr', '', '', '',"
        " 'Lyon', '', '', '', '', 'prospect', '2025-01-01T00:00:00.000000Z', 0, 0)")
    old.close()
    data = open_data(path.parent)
    assert migrations.schema_version(data.database) == LATEST_VERSION
    row = data.database.execute_sql(
        "SELECT name, birthday, anniversary, name_parts FROM customer").fetchone()
    assert row == ("Zoé Martin", "", "", "")
    from loyaltydesk.services.customers import get_customer
    record = get_customer(data.database.execute_sql("SELECT id FROM customer").fetchone()[0])
    assert record.kept.is_empty() and record.details.city == "Lyon"
    with pytest.raises(pw.IntegrityError, match="UNIQUE"):  # one customer per source id
        for _ in range(2):
            data.database.execute_sql(
                "INSERT INTO contact_source (customer_id, source_key) VALUES (1, 'uid-1')")
