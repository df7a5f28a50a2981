"""Copies of demo cohorts the services entered: each copy takes a cohort's whole history,
row for row and moment for moment, for new people. What the services made of that history
(stages, closed goals, next steps, figures) holds for the copy as it holds for the cohort."""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from loyaltydesk.services import figures
from loyaltydesk.services.demo_story import contact_details
from loyaltydesk.services.team import journal
from loyaltydesk.store.database import db
from loyaltydesk.store.sync_log import LOGGING

# Each table a customer's history fills: how its rows find their cohort, and the columns that
# point at other copied rows (column -> the table it points at). Columns not named are copied
# as they are (cadence steps and tags are the book's, not the customer's).
_CUSTOMER = "customer"
_HISTORY: dict[str, tuple[str, dict[str, str]]] = {
    "stage_change": ("customer_id", {"customer_id": _CUSTOMER}),
    "purchase": ("customer_id", {"customer_id": _CUSTOMER}),
    "follow_up": ("customer_id", {"customer_id": _CUSTOMER, "purchase_id": "purchase"}),
    "follow_up_event": ("followup_id", {"followup_id": "follow_up"}),
    "interaction": ("customer_id", {"customer_id": _CUSTOMER, "followup_id": "follow_up"}),
    "survey": ("customer_id", {"customer_id": _CUSTOMER, "followup_id": "follow_up"}),
    "referral": ("referrer_id", {"referrer_id": _CUSTOMER, "referred_id": _CUSTOMER}),
    "testimonial": ("customer_id", {"customer_id": _CUSTOMER}),
}
# What a copy's sales are worth, in thousandths of its cohort's: each share in turn, and
# the step prime to the range's length, so copies of one cohort seldom share one.
_SHARES = (850, 1150)
_SHARE_STEP = 97
# Who the customer is: each copy gets new ones (the rest of the row is its history).
_IDENTITY = ("name", "company", "email", "phone", "street", "postal_code", "city", "country")
# The search entry is written once per copied customer, tags included.
_SEARCH_TRIGGERS = ("customer_fts_insert", "customer_fts_tag_added")

Progress = Callable[[int, int], object]  # (done, total)


@dataclass(frozen=True)
class Cohort:
    """Customers `first`..`last` (ids), entered together, their referrals among themselves."""

    first: int
    last: int

    @property
    def size(self) -> int:
        return self.last - self.first + 1


class Copier:
    """Copies cohorts of the book after its last customer, each time for new people.

    A cohort's rows of each table are one run of ids (it was entered alone), so a copy of
    them is the same run moved along: each row and what it points at move by the same steps.
    """

    def __init__(self, sources: list[Cohort], seed: int) -> None:
        self.sources = sources
        self.rng = random.Random(seed * 7_919 + 17)
        self.next_ids = {t: _largest_id(t) + 1 for t in (_CUSTOMER, *_HISTORY)}
        self.first_copied = self.next_ids[_CUSTOMER]
        self.customers = {c: _customer_rows(c) for c in sources}
        self.columns = {t: _columns(t) for t in (_CUSTOMER, *_HISTORY)}
        self.runs = {c: _runs(c) for c in sources}
        self.made = 0

    def copy(self, count: int, progress: Progress | None = None) -> None:
        """`count` copies, cohort after cohort of the sources in turn."""
        with _set_aside():
            for index in range(count):
                self.copy_one(self.sources[index % len(self.sources)])
                if progress:
                    progress(index + 1, count)  # may raise to cancel the whole demo
            self._search_entries()

    def copy_one(self, cohort: Cohort) -> None:
        runs = self.runs[cohort]
        moved = {_CUSTOMER: self.next_ids[_CUSTOMER] - cohort.first}
        for table, (first, _) in runs.items():
            moved[table] = self.next_ids[table] - first
        self._customers(cohort, moved[_CUSTOMER])
        db.execute_sql("INSERT INTO customer_tag (customer_id, tag_id) SELECT customer_id + ?, "
                       "tag_id FROM customer_tag WHERE customer_id BETWEEN ? AND ? "
                       "ORDER BY customer_id, tag_id",
                       [moved[_CUSTOMER], cohort.first, cohort.last])
        # Each copy's sales are worth a little more or less than its cohort's, all by the
        # same share: the same story, not the same figures in a list sorted by value.
        share = _SHARES[0] + (self.made * _SHARE_STEP) % (_SHARES[1] - _SHARES[0] + 1)
        for table, (first, last) in runs.items():
            self._rows(table, first, last, moved, share)
            self.next_ids[table] += last - first + 1
        first_customer = self.next_ids[_CUSTOMER]
        self.next_ids[_CUSTOMER] += cohort.size
        figures.refresh_values(first_customer, self.next_ids[_CUSTOMER] - 1)
        self.made += 1

    # -- the rows ---------------------------------------------------------------------------

    def _customers(self, cohort: Cohort, moved: int) -> None:
        columns = self.columns[_CUSTOMER]
        at = {name: i for i, name in enumerate(columns)}
        rows = []
        uuids = os.urandom(16 * cohort.size)
        for index, source in enumerate(self.customers[cohort]):
            row = list(source)
            new_id = row[at["id"]] + moved
            details = contact_details(self.rng, new_id)
            row[at["id"]], row[at["uuid"]] = new_id, uuids[16 * index:16 * index + 16]
            for name in _IDENTITY:
                row[at[name]] = getattr(details, name)
            row[at["name_parts"]] = ""  # a card's parts of the source's name, none of this one
            if row[at["referred_by_id"]] is not None:
                row[at["referred_by_id"]] += moved
            rows.append(row)
        names = ", ".join(f'"{c}"' for c in columns)
        db.cursor().executemany(f"INSERT INTO customer ({names}) VALUES "
                                f"({', '.join('?' * len(columns))})", rows)

    def _rows(self, table: str, first: int, last: int, moved: dict[str, int],
              share: int) -> None:
        """Copy the run `first`..`last` of `table`, in order, moved along; amounts of money
        become `share` thousandths of the cohort's."""
        refs = _HISTORY[table][1]
        values = []
        for name in self.columns[table]:
            if name == "amount_cents":
                values.append(f'("amount_cents" * {share} + 500) / 1000')
            elif name == "id":
                values.append(f'"id" + {moved[table]}')
            elif name == "uuid":
                values.append("randomblob(16)")
            elif name in refs:  # NULL (points at nothing) stays NULL
                values.append(f'"{name}" + {moved[refs[name]]}')
            else:
                values.append(f'"{name}"')
        names = ", ".join(f'"{c}"' for c in self.columns[table])
        db.execute_sql(f'INSERT INTO "{table}" ({names}) SELECT {", ".join(values)} '
                       f'FROM "{table}" WHERE id BETWEEN ? AND ? ORDER BY id', [first, last])

    def _search_entries(self) -> None:
        db.execute_sql(
            "INSERT INTO customer_fts (rowid, name, company, email, phone, city, tags, notes) "
            "SELECT c.id, c.name, c.company, c.email, c.phone, c.city, coalesce((SELECT "
            "group_concat(t.name, ' ') FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.customer_id = c.id), ''), c.notes FROM customer c WHERE c.id >= ?",
            [self.first_copied])


def _leading_column(sql: str) -> str:
    found = _LEADING.search(sql.split(" ON ", 1)[1])
    return found.group(1) if found else ""


def _largest_id(table: str) -> int:
    return db.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0]


def _columns(table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')]


def _runs(cohort: Cohort) -> dict[str, tuple[int, int]]:
    """The first and last id of the cohort's rows in each history table it has rows in."""
    runs: dict[str, tuple[int, int]] = {}
    for table, (owner, _) in _HISTORY.items():
        if owner == "followup_id":
            first, last = runs.get("follow_up", (1, 0))
            where, params = "followup_id BETWEEN ? AND ?", [first, last]
        else:
            where, params = f'"{owner}" BETWEEN ? AND ?', [cohort.first, cohort.last]
        low, high, count = db.execute_sql(
            f'SELECT min(id), max(id), count(*) FROM "{table}" WHERE {where}', params).fetchone()
        if not count:
            continue
        # no row of another cohort (or of no cohort) in between
        if count != high - low + 1:
            raise RuntimeError(f"{table}: the rows of customers {cohort.first}..{cohort.last} "
                               "are not one run of ids")
        runs[table] = (low, high)
    return runs


def _customer_rows(cohort: Cohort) -> list[tuple]:
    return db.execute_sql("SELECT * FROM customer WHERE id BETWEEN ? AND ? ORDER BY id",
                          [cohort.first, cohort.last]).fetchall()


# Indexes led by these columns take each copy's rows at their end (the copy's ids come after
# all others) or in a few places: kept as rows come, they cost less than a rebuild.
_IN_ORDER = {"customer_id", "followup_id", "purchase_id", "referrer_id", "referred_by_id",
             "deleted_at", "cadence_step_id", "tag_id"}
_LEADING = re.compile(r'\(\s*"?(\w+)"?')


@contextmanager
def _set_aside() -> Iterator[None]:
    """The copied tables' other indexes (uuids, moments: random places) are rebuilt once after
    copying, and the search entries written once per customer: far faster than keeping them
    row by row."""
    tables = (_CUSTOMER, "customer_tag", *_HISTORY)
    indexes = [(name, sql) for name, sql in db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(tables))})", tables)
        if _leading_column(sql) not in _IN_ORDER]
    names = list(_SEARCH_TRIGGERS)
    if journal.get(LOGGING) != "1":  # a book not shared notes no changes: they do nothing
        names += [f"sync_{table}_insert" for table in tables]
    triggers = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND name IN ({','.join('?' * len(names))})", names).fetchall()
    for name, _ in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    for name, _ in triggers:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in indexes + triggers:
        db.execute_sql(sql)
