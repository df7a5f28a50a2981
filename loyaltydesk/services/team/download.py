"""A first download of the team's book into a book that holds no customers yet, in bulk.

The team's records are read table by table from one snapshot of the server (COPY, as text), and
each table that is empty here is loaded without its secondary indexes and triggers, row ids
given here and remembered by UUID, then indexed once; the full-text index of customers is filled
in one statement. Each record's shadow keeps the JSON text the server sent, as it is. A table
that already holds rows (the built-in cadences and tags) takes its records the usual way, so a
built-in this laptop made too is adopted rather than doubled. The caller holds the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from loyaltydesk.services.events import Change
from loyaltydesk.services.team import journal, records, server
from loyaltydesk.services.unit_of_work import Book, touched_book
from loyaltydesk.store.database import db

REFERRER = "referred_by_id"  # set once every customer is here: a referrer may come later
# Tables whose ids other rows need by UUID (a customer's tags among them)
_REFERENCED = {"tag"} | {target for table in records.TABLES for target in table.refs.values()}


def download(conn) -> tuple[int, int]:
    """Write every record this role may see into this book; returns (count, cursor)."""
    ids: dict[str, dict[str, int]] = {}
    received = 0
    with server.snapshot(conn):
        for table in records.TABLES:
            rows = server.copy_records(conn, table.name)
            if _empty(table.name):
                received += _load(table, rows, ids)
            else:
                received += _apply(table, rows)
                if table.name in _REFERENCED:
                    ids[table.name] = _ids_of(table.name)
        for uuid, data, _, _ in server.copy_records(conn, CONFLICT):
            if data is not None:
                journal.keep_conflict(uuid, json.loads(data))
        cursor = server.newest_seq(conn)
    # Notices of a customer made private need no action: a customer private to another member
    # is not readable by this role, so none of its rows came.
    touched_book(Change.BULK, book=Book.ALL)
    return received, cursor


CONFLICT = "conflict"  # the server's records of edits that lost a race


def _empty(table: str) -> bool:
    return db.execute_sql(f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0] == 1


def _ids_of(table: str) -> dict[str, int]:
    return dict(db.execute_sql(f'SELECT uuid, id FROM "{table}"').fetchall())


def _apply(table: records.Table, rows: Iterable[tuple]) -> int:
    """A table that holds rows already: records merged in the usual way."""
    batch = [records.Record(table.name, uuid, json.loads(data) if data is not None else None,
                            clocks=json.loads(clocks)) for uuid, data, clocks, _ in rows]
    records.apply(batch)
    journal.keep_shadows((r.table, r.uuid, r.data, r.clocks) for r in batch)
    return len(batch)


# ---------------------------------------------------------------------------------------------
# Bulk loading an empty table


def _load(table: records.Table, rows: Iterable[tuple], ids: dict[str, dict[str, int]]) -> int:
    saved = _drop_indexes_and_triggers(table.name)
    loader = _Loader(table, ids)
    count = 0
    for chunk in _chunks(rows, 20_000):
        count += len(chunk)
        loader.add(chunk)
    loader.finish()
    for sql in saved:
        db.execute_sql(sql)
    if table.name == "customer":
        _fill_search_index()
    if table.name in _REFERENCED:
        ids[table.name] = loader.mine
    return count


def _chunks(rows: Iterable[tuple], size: int) -> Iterable[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Loader:
    """Rows of one empty table written in batches, their ids given here."""

    def __init__(self, table: records.Table, ids: dict[str, dict[str, int]]) -> None:
        self.table = table
        self.ids = ids
        self.columns = set(records.columns_of(table.name)) - {"id", "uuid"}
        self.refs = {c: t for c, t in table.refs.items() if c != REFERRER}
        self.next_id = db.execute_sql(
            f'SELECT COALESCE(MAX(id), 0) FROM "{table.name}"').fetchone()[0] + 1
        self.mine: dict[str, int] = {}
        self.defaults: dict[frozenset[str], dict[str, Any]] = {}
        self.referrers: list[tuple[str, str]] = []
        self.tags: list[tuple[int, int]] = []

    def add(self, rows: list[tuple]) -> None:
        inserts: dict[tuple[str, ...], list[list[Any]]] = {}
        shadows = []
        for uuid, text, clocks, _ in rows:
            if text is None:  # deleted for good: nothing to write, nothing to remember
                continue
            shadows.append((self.table.name, uuid, text, clocks))
            data = json.loads(text)
            values = self._values(data)
            if values is None:  # what it belongs to is not on this laptop: leave it
                continue
            row_id = self.next_id
            self.next_id += 1
            self.mine[uuid] = row_id
            inserts.setdefault(("id", "uuid", *values), []).append(
                [row_id, uuid, *values.values()])
            if self.table.name == "customer":
                self._customer_links(row_id, uuid, data)
        for names, batch in inserts.items():
            quoted = ",".join(f'"{n}"' for n in names)
            db.connection().executemany(f'INSERT INTO "{self.table.name}" ({quoted}) VALUES '
                                        f'({",".join("?" * len(names))})', batch)
        journal.keep_shadow_texts(shadows)

    def _values(self, data: dict[str, Any]) -> dict[str, Any] | None:
        values = {c: v for c, v in data.items() if c in self.columns and c != REFERRER}
        for column, target in self.refs.items():
            wanted = data.get(column)
            values[column] = self.ids[target].get(wanted) if wanted is not None else None
            if values[column] is None and column not in self.table.nullable_refs:
                return None
        shape = frozenset(values)
        if shape not in self.defaults:
            self.defaults[shape] = records.defaults(self.table.name, values)
        return {**self.defaults[shape], **values}

    def _customer_links(self, row_id: int, uuid: str, data: dict[str, Any]) -> None:
        if data.get(REFERRER):
            self.referrers.append((uuid, data[REFERRER]))
        tags = self.ids.get("tag", {})
        self.tags += [(row_id, tags[t]) for t in dict.fromkeys(data.get(records.TAGS_KEY) or [])
                      if t in tags]

    def finish(self) -> None:
        raw = db.connection()
        raw.executemany("UPDATE customer SET referred_by_id = ? WHERE id = ?",
                        [(self.mine[referrer], self.mine[uuid]) for uuid, referrer
                         in self.referrers if referrer in self.mine])
        raw.executemany("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)",
                        self.tags)


def _drop_indexes_and_triggers(table: str) -> list[str]:
    """Drop what slows a bulk load of `table` down; returns the SQL that makes it again.

    Triggers on the customers' tags go too: the search index is filled once at the end.
    """
    tables = (table, "customer_tag") if table == "customer" else (table,)
    marks = ",".join("?" * len(tables))
    found = db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        f"AND sql IS NOT NULL AND tbl_name IN ({marks})", tables).fetchall()
    for kind, name, _ in found:
        db.execute_sql(f'DROP {kind.upper()} "{name}"')
    return [sql for _, _, sql in found]


def _fill_search_index() -> None:
    db.execute_sql(
        "INSERT INTO customer_fts (rowid, name, company, email, phone, city, tags, notes) "
        "SELECT c.id, c.name, c.company, c.email, c.phone, c.city, "
        "(SELECT coalesce(group_concat(t.name, ' '), '') FROM customer_tag ct "
        " JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = c.id), c.notes "
        "FROM customer c WHERE c.deleted_at IS NULL")
