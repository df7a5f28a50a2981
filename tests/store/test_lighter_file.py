"""The lighter file: a book made before schema 9 comes over whole, smaller, with good plans."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from loyaltydesk import paths
from loyaltydesk.services import (
    calendar,
    customer_card,
    customer_list,
    customers,
    figures,
    followups,
    interactions,
    rhythm,
    timeline,
)
from loyaltydesk.services.demo import build_demo
from loyaltydesk.services.integrity import problems
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.store import migrations
from loyaltydesk.store.database import db
from tests.conftest import run_cli

LIGHTER = migrations.STEPS.index(migrations.step_0009_lighter_file) + 1
BIG_TABLES = ("customer", "follow_up", "interaction", "purchase", "stage_change", "survey")


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read by SQLite itself rather than through the models; a
    uuid stored as bytes is read as the hex digits it stands for."""
    with sqlite3.connect(path) as raw:
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_fts_%' ORDER BY name")]
        return {t: sorted((tuple(v.hex() if isinstance(v, bytes) else v for v in row)
                           for row in raw.execute(f'SELECT * FROM "{t}"')), key=repr)
                for t in tables}


def _text_uuids(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        return sum(raw.execute(f'SELECT count(*) FROM "{t}" WHERE typeof(uuid) != \'blob\' '
                               "OR length(uuid) != 16").fetchone()[0]
                   for t in migrations.UUID_TABLES)


def _indexes(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as raw:
        return dict(raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND sql IS NOT NULL").fetchall())


def _bytes_in_use(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT sum(pgsize) FROM dbstat").fetchone()[0]


@pytest.fixture
def older_book(data_dir, clock, monkeypatch) -> Path:
    """A demo book as the version before the lighter file wrote it, with some of it in the
    trash and a contact logged for a follow-up."""
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:LIGHTER - 1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LIGHTER - 1)
    open_data(data_dir)
    build_demo(120, seed=5)
    customers.trash_customers([3, 4])
    interactions.trash_interaction(db.execute_sql(
        "SELECT min(id) FROM interaction WHERE customer_id = 7").fetchone()[0])
    customer, followup = db.execute_sql("SELECT customer_id, min(id) FROM follow_up "
                                        "WHERE status = 'open' AND customer_id > 4").fetchone()
    interactions.log_interaction(customer, interactions.InteractionInput(
        interactions.InteractionKind.CALL, "Spoke about the order"), followup_id=followup)
    close_data()
    monkeypatch.undo()
    path = paths.database_path(data_dir)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LIGHTER - 1
        for table in migrations.UUID_TABLES:  # schema 8 wrote each uuid as 32 hex digits
            raw.execute(f'UPDATE "{table}" SET uuid = lower(hex(uuid)) '
                        "WHERE typeof(uuid) = 'blob'")
    assert _text_uuids(path) == sum(_counts(path).values())
    return path


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as raw:
        return {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in migrations.UUID_TABLES}


def test_an_older_book_comes_over_with_every_row_and_a_clean_check(older_book, data_dir):
    before, old_indexes = _rows(older_book), _indexes(older_book)
    assert "customer_name_nocase" in old_indexes
    open_data(data_dir)
    assert migrations.schema_version(db) == migrations.LATEST_VERSION
    assert problems() == []
    close_data()
    assert _rows(older_book) == before  # every row, every link, every uuid as it was
    assert _text_uuids(older_book) == 0  # ... each uuid now in its 16 bytes
    assert list(paths.backup_dir(data_dir).glob(f"before-schema-{LIGHTER}-*"))
    checked = run_cli("check", data_dir=data_dir)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"ok: schema {migrations.LATEST_VERSION}")


def test_the_book_is_lighter_and_its_duplicate_indexes_are_gone(older_book, data_dir):
    before = _bytes_in_use(older_book)
    open_data(data_dir)
    close_data()
    after = _bytes_in_use(older_book)
    indexes = _indexes(older_book)
    assert "customer_name_nocase" not in indexes
    assert '"id"' not in indexes["customer_live_name"]
    assert '"id"' not in indexes["interaction_occurred_at"]
    assert "IS NOT NULL" in indexes["interaction_deleted_at"]
    assert "IS NOT NULL" in indexes["interaction_followup_id"]
    assert after < before * 0.97
    # the freed pages went back to the disk, not only to SQLite's free list
    with sqlite3.connect(older_book) as raw:
        assert raw.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert older_book.stat().st_size == after


def test_a_new_book_has_the_same_indexes_as_one_brought_forward(older_book, data_dir, tmp_path,
                                                                clock):
    open_data(data_dir)
    close_data()
    open_data(tmp_path / "new")
    close_data()
    assert _indexes(paths.database_path(tmp_path / "new")) == _indexes(older_book)


def test_trash_and_links_still_work_through_the_partial_indexes(older_book, data_dir):
    open_data(data_dir)
    assert set(customer_list.matching_ids(customer_list.CustomerFilter(trashed=True))) == {3, 4}
    linked = db.execute_sql("SELECT followup_id FROM interaction WHERE followup_id IS NOT NULL "
                            "LIMIT 1").fetchone()
    assert linked is not None
    db.execute_sql("DELETE FROM follow_up WHERE id = ?", linked)
    assert db.execute_sql("SELECT count(*) FROM interaction WHERE followup_id = ?",
                          linked).fetchone()[0] == 0
    customers.empty_trash()
    assert customer_list.matching_ids(customer_list.CustomerFilter(trashed=True)) == []
    assert problems() == []


def _plans(action) -> list[tuple[str, str]]:
    """The query plan of every read the action made, each as one line."""
    seen: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(seen.append)
    try:
        action()
    finally:
        connection.set_trace_callback(None)
    reads = [sql for sql in seen if sql.lstrip().upper().startswith(("SELECT", "WITH"))
             and "_fts_config" not in sql]
    assert reads, "the action read nothing"
    return [(sql, " | ".join(r[3] for r in connection.execute(f"EXPLAIN QUERY PLAN {sql}")))
            for sql in reads]


def _scans_a_big_table(plan: str) -> bool:
    """A step that reads a whole big table row by row, with no index to narrow it."""
    return any(step.strip() in {f"SCAN {t}" for t in BIG_TABLES} | {"SCAN t1", "SCAN c",
                                                                     "SCAN f", "SCAN t"}
               for step in plan.split("|"))


@pytest.mark.parametrize("name", ["due count", "Today", "list page", "customer open",
                                  "calendar day", "start", "out of touch"])
def test_the_hot_reads_keep_an_index_after_the_lighter_file(older_book, data_dir, name):
    open_data(data_dir)
    day = date(2026, 3, 2)
    actions = {
        "due count": followups.due_count,
        "Today": lambda: (followups.due_followups(limit=50), followups.pending_notices()),
        "list page": lambda: (customer_list.first_page(), customer_list.first_page(
            customer_list.CustomerFilter(text="ma"))),
        "customer open": lambda: (customer_card.card_of(10), timeline.customer_timeline(10),
                                  followups.followups_of(10)),
        "calendar day": lambda: calendar.entries_on(day),
        "start": figures.refresh_missing,
        "out of touch": lambda: (rhythm.counts(day), rhythm.losing_touch(as_of=day),
                                 rhythm.without_next_step(limit=50),
                                 calendar.rhythm_marks_on(day)),
    }
    for sql, plan in _plans(actions[name]):
        assert not _scans_a_big_table(plan), f"{sql}\n{plan}"
        if name == "list page" and "LIMIT" in sql and "customer_fts" not in sql:
            assert "TEMP B-TREE" not in plan, f"the first page is sorted, not read in order\n{sql}"


def test_every_table_with_a_uuid_has_it_stored_as_bytes():
    from loyaltydesk.store.fields import UuidField
    from loyaltydesk.store.models import ALL_MODELS

    with_uuid = {m._meta.table_name for m in ALL_MODELS
                 if isinstance(m._meta.fields.get("uuid"), UuidField)}
    assert with_uuid == set(migrations.UUID_TABLES)


def test_a_shared_book_comes_over_without_noting_every_row_as_an_edit(older_book, data_dir):
    with sqlite3.connect(older_book) as raw:
        raw.execute("INSERT INTO sync_meta (key, value) VALUES ('logging', '1')")
    open_data(data_dir)
    assert db.execute_sql("SELECT count(*) FROM sync_change").fetchone()[0] == 0
    from loyaltydesk.store.models import Customer, Tag

    db.execute_sql("UPDATE customer SET name = 'Zoé Martin' WHERE id = 5")
    db.execute_sql("INSERT INTO customer_tag (customer_id, tag_id) SELECT 6, id FROM tag "
                   "WHERE id NOT IN (SELECT tag_id FROM customer_tag WHERE customer_id = 6) "
                   "LIMIT 1")
    assert Tag.select().count() > 0
    noted = db.execute_sql("SELECT tbl, uuid FROM sync_change ORDER BY seq").fetchall()
    assert noted == [("customer", Customer.get_by_id(5).uuid),
                     ("customer", Customer.get_by_id(6).uuid)]
    assert len(noted[0][1]) == 32 and Customer.get(Customer.uuid == noted[0][1]).id == 5
