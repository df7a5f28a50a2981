"""Joining a team from an empty book: the whole book arrives in bulk, searchable and indexed."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from peewee import IntegrityError

from loyaltydesk.services import customer_list, customers
from loyaltydesk.services.demo import build_demo
from loyaltydesk.services.team import journal, records, sync
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import uuid_sql
from loyaltydesk.store.models import Customer, Purchase
from tests.services.team.conftest import laptop

FIGURES = ("purchase_count", "ltv_cents", "first_purchase_on", "last_purchase_on",
           "last_contact_at", "next_followup_at", "stage", "stage_since")


def snapshot(but_customer: str | None = None) -> dict:
    """Every shared fact of the book, but for the rows of one customer (whom the others then
    name as their referrer no more: that customer is not on the other laptop)."""
    def seen(data: dict) -> dict:
        if but_customer is not None and data.get("referred_by_id") == but_customer:
            return {**data, "referred_by_id": None}
        return data

    return {t.name: {u: seen(r.data) for u, r in records.read(t.name).items()
                     if but_customer is None or r.customer_uuid != but_customer}
            for t in records.TABLES}


def schema_objects() -> set[tuple[str, str, str]]:
    return set(db.execute_sql("SELECT type, name, sql FROM sqlite_master "
                              "WHERE type IN ('index', 'trigger')").fetchall())


def figures_by_uuid() -> dict[str, tuple]:
    columns = ", ".join(FIGURES)
    return {row[0]: row[1:] for row in db.execute_sql(
        f"SELECT {uuid_sql('uuid')}, {columns} FROM customer")}


def searched(words: list[str], ids: tuple[int, ...] = ()) -> dict[str, int]:
    return {w: customer_list.count(customer_list.CustomerFilter(text=w, ids=ids)) for w in words}


@pytest.fixture
def clara_book(tmp_path, book, postgres, clock):
    """Clara's believable book (tags, referrals, purchases, follow-ups) made the team's book;
    one customer in the trash, one kept private, one referred by a customer made after it."""
    clara = tmp_path / "clara"
    with laptop(clara):
        build_demo(40, seed=3)
        first, second, trashed, private = [c.id for c in Customer.select().order_by(Customer.id)
                                           .limit(4)]
        customers.set_referrer(first, second)  # the referrer comes later in the book
        customers.trash_customers([trashed])
        sync.create_team(postgres.url("clara", book))
        sync.set_private(private, True)
        sync.sync_now()
    postgres.let_in("bastien", book)
    return clara, private


def test_a_joined_empty_book_holds_the_team_book_whole(clara_book, tmp_path, postgres, book):
    clara, private_id = clara_book
    with laptop(clara):
        private_uuid = Customer.get_by_id(private_id).uuid
        mine = snapshot(but_customer=private_uuid)
        mine_figures = figures_by_uuid()
        words = [c.name.split()[-1] for c in Customer.select().where(
            Customer.deleted_at.is_null()).limit(12)]
        # the private customer stays with Clara: what it matches is found on her laptop alone
        mine_search = {w: n - searched([w], (private_id,))[w] for w, n in searched(words).items()}
        trashed_uuid = Customer.get(Customer.deleted_at.is_null(False)).uuid
    with laptop(tmp_path / "bastien"):
        before = schema_objects()
        result = sync.join_team(postgres.url("bastien", book))
        theirs = snapshot()
        assert schema_objects() == before  # every index and trigger is back
        assert private_uuid not in theirs["customer"]
        assert not Purchase.select().join(Customer).where(Customer.uuid == private_uuid).exists()
        assert Customer.get(Customer.uuid == trashed_uuid).deleted_at is not None
        their_figures = figures_by_uuid()
        their_search = searched(words)
        tagged = db.execute_sql("SELECT COUNT(*) FROM customer_tag").fetchone()[0]
        referred = Customer.select().where(Customer.referred_by.is_null(False)).count()
        check = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    assert result.received >= sum(len(rows) for rows in theirs.values())
    assert theirs == mine
    assert tagged > 0 and referred > 0 and check == []
    assert their_figures == {u: f for u, f in mine_figures.items() if u != private_uuid}
    assert their_search == mine_search and sum(mine_search.values()) >= len(words)


def test_an_edit_after_a_bulk_join_merges_field_by_field(clara_book, tmp_path, postgres, book,
                                                        clock):
    clara, _ = clara_book
    bastien = tmp_path / "bastien"
    with laptop(bastien):
        sync.join_team(postgres.url("bastien", book))
        shared = Customer.select().where(Customer.deleted_at.is_null()).order_by(
            Customer.id.desc()).first()
        details = customers.get_customer(shared.id).details
        customers.update_customer(shared.id, replace(details, city="Grenoble"))
        result = sync.sync_now()
        assert (result.sent, result.conflicts) == (1, 0)
    with laptop(clara):
        customer = Customer.get(Customer.uuid == shared.uuid)
        customers.update_customer(customer.id, replace(
            customers.get_customer(customer.id).details, phone="+33 4 76 11 22 33"))
        result = sync.sync_now()
        assert result.conflicts == 0
        customer = Customer.get(Customer.uuid == shared.uuid)
        assert (customer.city, customer.phone) == ("Grenoble", "+33 4 76 11 22 33")
    with laptop(bastien):
        assert sync.sync_now().conflicts == 0
        assert Customer.get(Customer.uuid == shared.uuid).phone == "+33 4 76 11 22 33"


def test_a_join_that_fails_midway_leaves_the_book_as_it_was(clara_book, tmp_path, postgres,
                                                           book):
    with postgres.admin(book) as conn:  # a record this laptop cannot write, after good ones
        conn.execute("INSERT INTO loyaltydesk.record (tbl, uuid, data, clocks) VALUES "
                     "('customer', 'ffffffffffffffffffffffffffffffff', '{\"name\": null}', '{}')")
    with laptop(tmp_path / "bastien"):
        before = schema_objects()
        with pytest.raises(IntegrityError):
            sync.join_team(postgres.url("bastien", book))
        assert schema_objects() == before
        assert Customer.select().count() == 0
        assert db.execute_sql("SELECT COUNT(*) FROM sync_shadow").fetchone()[0] == 0
        assert sync.status().url is None


ROOT = Path(__file__).resolve().parents[3]


def test_a_join_killed_while_writing_leaves_the_book_as_it_was(clara_book, tmp_path, postgres,
                                                              book):
    bastien = tmp_path / "bastien"
    with laptop(bastien):
        before = schema_objects()
    child = subprocess.run(
        [sys.executable, "-m", "tests.services.team.join_child", str(bastien),
         postgres.url("bastien", book)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert (bastien / "loyaltydesk.sqlite3-journal").exists()  # killed inside its transaction
    with laptop(bastien):
        assert schema_objects() == before
        assert Customer.select().count() == 0
        assert db.execute_sql("SELECT COUNT(*) FROM sync_shadow").fetchone()[0] == 0
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert sync.status().url is None
        sync.join_team(postgres.url("bastien", book))  # and the next join completes
        assert Customer.select().count() > 0


def test_a_join_beside_another_reader_goes_through_the_log(clara_book, tmp_path, postgres, book):
    bastien = tmp_path / "bastien"
    with laptop(bastien):
        with closing(sqlite3.connect(bastien / "loyaltydesk.sqlite3")) as reader:
            reader.execute("SELECT COUNT(*) FROM customer").fetchone()
            sync.join_team(postgres.url("bastien", book))
            assert reader.execute("SELECT COUNT(*) FROM customer").fetchone()[0] > 0
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_shadows_of_a_joined_book_read_back_as_the_server_sent_them(clara_book, tmp_path,
                                                                    postgres, book):
    with postgres.admin(book) as conn:
        sent = {(t, u): (d, c) for t, u, d, c in conn.execute(
            "SELECT tbl, uuid, data, clocks FROM loyaltydesk.record WHERE data IS NOT NULL "
            "AND private_to IS NULL AND tbl NOT IN ('conflict', 'privacy')").fetchall()}
    with laptop(tmp_path / "bastien"):
        sync.join_team(postgres.url("bastien", book))
        kept = db.execute_sql("SELECT tbl, uuid, clocks FROM sync_shadow").fetchall()
        shadows = journal.shadows(sent)
    assert shadows == sent
    # a book just made the team's carries one stamp on every field: each shadow keeps it once
    assert sum(text.startswith("[") for _, _, text in kept) == len(kept) > 0


def test_a_joined_books_rows_are_written_in_the_order_their_records_changed(clara_book, tmp_path,
                                                                          postgres, book):
    with postgres.admin(book) as conn:
        server_rows = conn.execute(
            "SELECT tbl, uuid FROM loyaltydesk.record WHERE data IS NOT NULL "
            "AND private_to IS NULL AND tbl NOT IN ('conflict', 'privacy') ORDER BY seq"
            ).fetchall()
    changed: dict[str, list[str]] = {}
    for table, uuid in server_rows:
        changed.setdefault(table, []).append(uuid)
    with laptop(tmp_path / "bastien"):
        sync.join_team(postgres.url("bastien", book))
        written = {table: [u for (u,) in db.execute_sql(
            f'SELECT {uuid_sql("uuid")} FROM "{table}" ORDER BY id').fetchall()]
            for table in changed}
    assert written == changed
    # the records do not come in the order they changed: the join puts them back in it
    assert any(uuids != sorted(uuids) for uuids in changed.values())


def test_rows_whose_ids_are_not_hex_arrive_linked_to_what_they_point_to(tmp_path, book,
                                                                        postgres, clock):
    """An id from an older or a foreign tool is kept as its text: a row pointing to such a row
    finds it after a join as it does on the laptop that made it."""
    clara = tmp_path / "clara"
    with laptop(clara):
        build_demo(12, seed=5)
        owner = db.execute_sql("SELECT customer_id FROM purchase GROUP BY customer_id "
                               "ORDER BY COUNT(*) DESC, customer_id LIMIT 1").fetchone()[0]
        db.execute_sql("UPDATE customer SET uuid = 'crm-0042' WHERE id = ?", (owner,))
        db.execute_sql("UPDATE purchase SET uuid = 'CRM-PURCHASE-7' WHERE id = (SELECT MIN(id) "
                       "FROM purchase WHERE customer_id = ?)", (owner,))
        bought = {p.uuid: p.amount_cents for p in Purchase.select().where(
            Purchase.customer == owner)}
        mine = snapshot()
        sync.create_team(postgres.url("clara", book))
    postgres.let_in("bastien", book)
    with laptop(tmp_path / "bastien"):
        sync.join_team(postgres.url("bastien", book))
        customer = Customer.get(Customer.uuid == "crm-0042")
        theirs = {p.uuid: p.amount_cents for p in Purchase.select().where(
            Purchase.customer == customer)}
        stored = db.execute_sql("SELECT typeof(uuid) FROM customer WHERE id = ?",
                                (customer.id,)).fetchone()[0]
        assert snapshot() == mine
    assert theirs == bought and "CRM-PURCHASE-7" in theirs and len(theirs) > 1
    assert stored == "text"


@pytest.mark.parametrize(("clocks", "once"), [
    ({}, False), ({"name": "0017.000000.ab12"}, True),
    ({"name": "0017.000000.ab12", "city": "0017.000000.ab12"}, True),
    ({"name": "0017.000000.ab12", "city": "0017.000001.ab12"}, False),
    ({"name": "0017.000000.ab12", "city": "0017.000000.ab1"}, False),
    ({"a:b": "0017.000000.ab12", "c": "0017.000000.ab12"}, False),
    ({'a": "x': "x", "c": "x"}, False), ({"x": 's"', "y": "s"}, False),
    ({"x": "", "y": ""}, False), ({"x": "a b", "y": "a b"}, False),
    ({"x": "a\\", "y": "a\\"}, False),
])
def test_a_shadows_clocks_read_back_as_they_were_given(clocks, once):
    kept = journal.one_clock(clocks)
    assert journal.clocks_of(kept) == clocks
    assert journal.clocks_of(journal.one_clock_text(json.dumps(clocks))) == clocks
    assert kept.startswith("[") == once  # kept once only where that reads back exactly
