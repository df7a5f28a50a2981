"""A realistic, deterministic demo book of business, built in bulk for speed."""

from __future__ import annotations

from collections.abc import Callable

from loyaltydesk.clock import clock, now
from loyaltydesk.services.demo_names import TAGS
from loyaltydesk.services.demo_story import Story
from loyaltydesk.services.events import Change
from loyaltydesk.services.goals import close_met_goals_everywhere
from loyaltydesk.services.unit_of_work import Book, touched_book, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.database import db

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class DemoError(ValueError):
    """The demo cannot be built here."""


_INSERTS = {
    "customer": "INSERT INTO customer (id, uuid, created_at, updated_at, name, company, email, "
                "phone, street, postal_code, city, country, website, owner, notes, stage, "
                "stage_since, purchase_count, ltv_cents) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0)",
    "customer_tag": "INSERT INTO customer_tag (customer_id, tag_id) VALUES (?,?)",
    "customer_fts": "INSERT INTO customer_fts (rowid, name, company, email, phone, city, tags, "
                    "notes) VALUES (?,?,?,?,?,?,?,?)",
    "stage_change": "INSERT INTO stage_change (id, uuid, created_at, updated_at, customer_id, "
                    "from_stage, to_stage, changed_at, reason, automatic) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)",
    "purchase": "INSERT INTO purchase (id, uuid, created_at, updated_at, customer_id, "
                "purchased_on, amount_cents, currency, description, is_renewal, "
                "contract_end_on) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "interaction": "INSERT INTO interaction (id, uuid, created_at, updated_at, customer_id, "
                   "kind, occurred_at, summary, notes, effort_minutes) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?)",
    "follow_up": "INSERT INTO follow_up (id, uuid, created_at, updated_at, customer_id, due_at, "
                 "kind, channel, title, script, status, remind_at, notified_at, completed_at, "
                 "outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "survey": "INSERT INTO survey (id, uuid, created_at, updated_at, customer_id, surveyed_at, "
              "score, eleven, comment) VALUES (?,?,?,?,?,?,?,?,?)",
    "referral": "INSERT INTO referral (id, uuid, created_at, updated_at, referrer_id, "
                "referred_id, referred_name, status, reward, referred_on) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
    "testimonial": "INSERT INTO testimonial (id, uuid, created_at, updated_at, customer_id, "
                   "given_on, kind, text, may_publish) VALUES (?,?,?,?,?,?,?,?,?)",
}


def build_demo(customers: int, seed: int = 1, progress: Progress | None = None) -> int:
    """Fill an empty database with `customers` demo customers and their history, as of today.

    Each story follows the ladder's, the cadences' and the rhythm's rules; the book is then
    finished by the services that keep any book true (follow-ups whose goal is met close,
    figures are computed), so every invariant a real book keeps holds here too.
    """
    if customers < 1:
        raise DemoError(tr("The demo needs at least one customer"))
    if db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]:
        raise DemoError(tr("The demo is only built into an empty database"))
    moment = now()
    story = Story(seed, moment.astimezone(clock().local_tz()).date(), moment)
    with unit_of_work():
        story.tag_ids = _ensure_tags(story)
        indexes = _drop_indexes() + _drop_search_triggers()
        chunk = 5000
        for start in range(0, customers, chunk):
            for number in range(start, min(start + chunk, customers)):
                story.customer(number + 1)
            _flush(story)
            if progress and not progress(min(start + chunk, customers), customers):
                raise DemoError(tr("Cancelled: nothing was added"))
        pairs = story.referrals(customers)
        _flush(story)
        db.cursor().executemany("UPDATE customer SET referred_by_id = ? WHERE id = ? "
                                "AND referred_by_id IS NULL", pairs)
        for sql in indexes:
            db.execute_sql(sql)
        close_met_goals_everywhere()
        touched_book(Change.BULK, book=Book.ALL)
    return customers


def _ensure_tags(story: Story) -> list[int]:
    rows = [(story.uuid(), story.now_text, story.now_text, name) for name in TAGS]
    db.cursor().executemany("INSERT INTO tag (uuid, created_at, updated_at, name) "
                            "VALUES (?,?,?,?) ON CONFLICT(name) DO NOTHING", rows)
    ids = dict(db.execute_sql("SELECT name, id FROM tag").fetchall())
    return [ids[name] for name in TAGS]


def _drop_indexes() -> list[str]:
    """Secondary indexes of the bulk-loaded tables: rebuilt once after loading, which is far
    faster than keeping a million random uuids in order row by row."""
    tables = tuple(t for t in _INSERTS if t not in ("customer_tag", "customer_fts"))
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(tables))})", tables).fetchall()
    for name, _ in rows:
        db.execute_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


# Search entries are written once per customer, tags included, instead of once for the
# customer and again for each tag by these triggers; they are put back after loading.
_SEARCH_TRIGGERS = ("customer_fts_insert", "customer_fts_tag_added")


def _drop_search_triggers() -> list[str]:
    rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name "
                          "IN (?, ?)", _SEARCH_TRIGGERS).fetchall()
    for name, _ in rows:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    return [sql for _, sql in rows]


def _flush(story: Story) -> None:
    cursor = db.cursor()
    for table, rows in story.tables.items():
        if rows:
            cursor.executemany(_INSERTS[table], rows)
            rows.clear()
