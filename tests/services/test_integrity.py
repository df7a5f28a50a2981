"""integrity.problems(), the oracle of "nothing damaged" elsewhere, finds each kind of damage."""

from __future__ import annotations

import sqlite3

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, integrity
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.store.database import db


def _book(count: int = 3) -> list[int]:
    return [customers.create_customer(ContactDetails(name=f"Customer {n}"), stage=Stage.PROSPECT)
            for n in range(count)]


def test_a_healthy_book_has_no_problems(data):
    _book()
    assert integrity.problems() == []


def test_a_purchase_of_a_missing_customer_is_a_foreign_key_break(data):
    cid = _book()[0]
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql("INSERT INTO purchase (uuid, created_at, updated_at, customer_id, "
                   "purchased_on, amount_cents, currency, description, is_renewal) "
                   "VALUES ('p-orphan', '2026-03-02', '2026-03-02', ?, '2026-03-01', 100, "
                   "'EUR', '', 0)", [cid + 1000])
    db.execute_sql("PRAGMA foreign_keys = ON")
    found = integrity.problems()
    assert found == ["foreign key: purchase row 1 points to a missing customer"]


def test_a_stage_that_differs_from_the_timeline_is_stale(data):
    first, second, _ = _book()
    db.execute_sql("UPDATE customer SET stage = 'partner' WHERE id IN (?, ?)", [first, second])
    assert integrity.problems() == ["stages: 2 customers whose stage differs from their timeline"]


def test_a_customer_missing_from_the_search_index_is_found(data):
    cid = _book()[1]
    db.execute_sql("DELETE FROM customer_fts WHERE rowid = ?", [cid])
    found = integrity.problems()
    assert "search index: 2 entries for 3 customers" in found


def test_a_broken_file_is_found(data):
    _book(400)
    path = data.database_path
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_data()
    with sqlite3.connect(path) as raw:
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer_email'"
                           ).fetchone()[0]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as handle:  # scribble over an index page, as a bad disk would
        handle.seek((root - 1) * size + 8)
        handle.write(b"\x07" * 200)
    open_data(data.folder)
    found = integrity.problems()
    assert found and all(line.startswith("integrity: ") for line in found)
