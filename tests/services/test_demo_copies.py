"""Past a few thousand customers, the demo copies whole cohorts the services entered: each
copy carries its cohort's history row for row, for new people."""

from __future__ import annotations

import pytest

from loyaltydesk.services import customer_list, demo, figures, goals, integrity
from loyaltydesk.services.demo import DemoError, build_demo, cohort_plan
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.store.database import db

# Tables of a customer's history, and how each row finds its customer.
_OWNER = {
    "stage_change": "customer_id", "purchase": "customer_id", "follow_up": "customer_id",
    "interaction": "customer_id", "survey": "customer_id", "testimonial": "customer_id",
    "referral": "referrer_id", "customer_tag": "customer_id",
    "follow_up_event": "(SELECT customer_id FROM follow_up f WHERE f.id = followup_id)",
}
_KEPT = {  # what a copy keeps of each row: all but its id, its uuid and whom it points at
    "customer": "stage, stage_since, purchase_count, last_contact_at, "
                "next_followup_at, amber_on, red_on, last_score, owner, notes",
    "stage_change": "from_stage, to_stage, changed_at, reason, automatic",
    "purchase": "purchased_on, description, is_renewal, contract_end_on",
    "follow_up": "due_at, kind, channel, title, status, remind_at, completed_at, outcome, "
                 "cadence_step_id, purchase_id IS NULL",
    "follow_up_event": "action, at, detail",
    "interaction": "kind, occurred_at, summary, effort_minutes, followup_id IS NULL",
    "survey": "surveyed_at, score, eleven, followup_id IS NULL",
    "testimonial": "given_on, text, may_publish",
    "referral": "status, reward, referred_on, referred_id IS NULL",
    "customer_tag": "tag_id",
}


def _rows(sql: str, *params) -> list[tuple]:
    return db.execute_sql(sql, params).fetchall()


@pytest.fixture
def copied(data, clock, monkeypatch):
    """Cohorts of 100 entered up to 300 customers: 100, 100 and 50 entered, then 6 copies."""
    monkeypatch.setattr(demo, "COHORT", 100)
    monkeypatch.setattr(demo, "ARCHETYPES", 300)
    assert cohort_plan(850) == ([100, 100, 50], 6)
    build_demo(850, seed=6)


def test_copies_are_whole_so_a_cohort_of_the_odd_size_is_entered():
    assert cohort_plan(1_000) == ([500] * 2, 0)
    assert cohort_plan(1_001) == ([500, 1], 1)
    assert cohort_plan(2_000) == ([500] * 2, 2)
    assert cohort_plan(100_000) == ([500] * 2, 198)
    assert cohort_plan(1_000_250) == ([500, 250], 1999)
    assert cohort_plan(7) == ([7], 0)


def _history(table: str, first: int, last: int) -> list[tuple]:
    owner = "id" if table == "customer" else _OWNER[table]
    order = "customer_id, tag_id" if table == "customer_tag" else "id"
    return _rows(f"SELECT {owner} - ?, {_KEPT[table]} FROM {table} "
                 f"WHERE {owner} BETWEEN ? AND ? ORDER BY {order}", first, first, last)


def test_each_copy_carries_its_cohorts_history_row_for_row(copied):
    # customers 251..850 are six copies of the two cohorts of 100 entered first
    for copy in range(6):
        first = 251 + 100 * copy
        source = 1 + 100 * (copy % 2)
        for table in _KEPT:
            assert _history(table, first, first + 99) == \
                _history(table, source, source + 99), (copy, table)


def test_each_copys_sales_are_worth_a_share_of_its_cohorts(copied):
    shares = []
    for copy in range(6):
        first = 251 + 100 * copy
        source = 1 + 100 * (copy % 2)
        pairs = _rows("SELECT s.amount_cents, c.amount_cents FROM purchase s JOIN purchase c "
                      "ON c.purchased_on = s.purchased_on AND c.customer_id - ? = "
                      "s.customer_id - ? AND c.description = s.description "
                      "WHERE s.customer_id BETWEEN ? AND ?", first, source, source, source + 99)
        assert len(pairs) >= 100
        ratios = {round(c / s, 2) for s, c in pairs if s >= 10_000}
        assert len(ratios) == 1, ratios  # one share for the whole copy
        shares.append(ratios.pop())
        assert 0.85 <= shares[-1] <= 1.15
    assert len(set(shares)) == 6  # no two copies worth the same


def test_what_a_copied_row_points_at_is_its_own_customers(copied):
    assert _rows("SELECT count(*) FROM follow_up f JOIN purchase p ON p.id = f.purchase_id "
                 "WHERE p.customer_id != f.customer_id") == [(0,)]
    for table in ("interaction", "survey"):
        assert _rows(f"SELECT count(*) FROM {table} t JOIN follow_up f ON f.id = t.followup_id "
                     "WHERE f.customer_id != t.customer_id") == [(0,)]
    # referrals stay inside the copy, as they stay inside the cohort
    assert _rows("SELECT count(*) FROM customer c WHERE c.referred_by_id IS NOT NULL AND "
                 "(c.id > 250) != (c.referred_by_id > 250) OR (c.id > 250 AND "
                 "(c.id - 251) / 100 != (c.referred_by_id - 251) / 100)") == [(0,)]
    assert _rows("SELECT count(*) FROM referral WHERE referred_id IS NOT NULL AND referrer_id "
                 "> 250 AND (referrer_id - 251) / 100 != (referred_id - 251) / 100") == [(0,)]
    assert _rows("PRAGMA foreign_key_check") == []
    for table in ("customer", *_OWNER):
        if table != "customer_tag":
            assert _rows(f"SELECT count(DISTINCT uuid) = count(*), min(typeof(uuid)) "
                         f"FROM {table}") == [(1, "blob")], table


def test_each_copy_is_new_people_found_by_search(copied):
    people = _rows("SELECT name, company, email, phone, street, city FROM customer")
    assert len(people) == 850
    assert len(set(people)) == 850
    assert len({p[2] for p in people}) == len({p[3] for p in people}) == 850
    entered = {p[0] for p in people[:250]}
    copies = {p[0] for p in people[250:]}
    assert len(copies - entered) > 100  # new names, not the sources' under new ids
    name, email = _rows("SELECT name, email FROM customer WHERE id = 777")[0]
    assert customer_list.matching_ids(customer_list.CustomerFilter(text=email)) == [777]
    tags = _rows("SELECT group_concat(t.name, ' ') FROM customer_tag ct JOIN tag t "
                 "ON t.id = ct.tag_id WHERE ct.customer_id = 777")[0][0]
    indexed = _rows("SELECT name, tags FROM customer_fts WHERE rowid = 777")[0]
    assert indexed[0] == name
    assert sorted(indexed[1].split()) == sorted((tags or "").split())
    assert _rows("SELECT count(*) FROM customer_fts") == [(850,)]


def test_a_book_of_copies_keeps_every_rule(copied):
    assert integrity.problems() == []
    assert goals.met_but_open() == []
    assert _rows("SELECT count(*) FROM sqlite_temp_master") == [(0,)]


_FIGURES = ("SELECT id, last_contact_at, next_followup_at, purchase_count, first_purchase_on, "
            "last_purchase_on, ltv_cents, ltv_as_of, last_score, amber_on, red_on "
            "FROM customer ORDER BY id")


def test_the_copies_figures_are_what_their_history_makes_of_them(copied):
    stored = _rows(_FIGURES)
    assert len({row[1:] for row in stored}) > 50  # figures of a book, not of one customer
    with db.atomic() as work:
        figures.refresh_all()
        assert _rows(_FIGURES) == stored
        work.rollback()


def test_a_book_of_copies_keeps_its_triggers_and_indexes(copied, tmp_path):
    schema = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') " \
             "ORDER BY name"
    built = _rows(schema)
    close_data()
    open_data(tmp_path / "empty")
    assert _rows(schema) == built


def test_the_copies_are_the_same_for_the_same_seed(tmp_path, clock, monkeypatch):
    monkeypatch.setattr(demo, "COHORT", 40)
    monkeypatch.setattr(demo, "ARCHETYPES", 80)
    people = "SELECT name, email, phone, stage, stage_since, ltv_cents FROM customer ORDER BY id"
    books = []
    for folder in ("one", "two"):
        open_data(tmp_path / folder)
        build_demo(200, seed=9)
        books.append(_rows(people))
        close_data()
    assert books[0] == books[1]
    assert len(books[0]) == 200


def test_cancelling_while_copying_adds_nothing(data, clock, monkeypatch):
    monkeypatch.setattr(demo, "COHORT", 40)
    monkeypatch.setattr(demo, "ARCHETYPES", 80)
    schema = _rows("SELECT type, name, sql FROM sqlite_master ORDER BY name")
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append(done / total)
        return done / total < 0.75  # well into the copies

    with pytest.raises(DemoError):
        build_demo(400, seed=2, progress=progress)
    assert 0.5 < seen[-1] < 1
    assert _rows("SELECT type, name, sql FROM sqlite_master ORDER BY name") == schema
    for table in ("customer", "customer_fts", "purchase", "follow_up", "stage_change"):
        assert _rows(f"SELECT count(*) FROM {table}") == [(0,)], table
    assert _rows("SELECT count(*) FROM sqlite_temp_master") == [(0,)]
