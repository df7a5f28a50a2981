"""A first download of the team's book into a book that holds no customers yet, in bulk.

The team's records come from one snapshot of the server by COPY, a kind at a time in the order
rows point to each other, each as the server stores it (it sorts nothing), read on a thread of
their own while the kinds before are written. That thread also puts their clocks in the
shadows' form and turns each UUID into its 16 bytes, the record's own and the ones it points to
(the server sends those as text beside the JSON), so no function of ours runs in SQLite. Each
kind that is empty here lands in a scratch table as it comes, held in memory while it is read
back; its shadows are the JSON text the server sent, in the order of their key, and its rows
are written by one statement in which SQLite reads the JSON and finds each reference by its
bytes, in the order the records changed, with the table's secondary indexes and triggers
dropped, then made again once (with helper threads sorting); the customers' search index is
filled in one statement, and the customers' figures are computed before their indexes are
made. A kind that already holds rows (the built-in cadences and tags) takes its records the
usual way, so a built-in this laptop made too is adopted rather than doubled. The caller holds
the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing, contextmanager
from typing import Any

import peewee as pw

from loyaltydesk.services import figures
from loyaltydesk.services.events import Change
from loyaltydesk.services.team import journal, records, server
from loyaltydesk.services.team.ahead import Ahead
from loyaltydesk.services.unit_of_work import touched_book
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import uuid_bytes

REFERRER = "referred_by_id"  # set once every customer is here: a referrer may come later


@contextmanager
def written_once() -> Iterator[None]:
    """For the one transaction of a download: its pages written once, into the book's file.

    In WAL mode every page of a large load is written twice, to the log and again when the log
    is copied back. A rollback journal writes each new page once, keeps the pages it replaces,
    and undoes a download that is killed or fails just as the log would (the next opening of
    the book rolls it back). The book goes back to WAL after. Another connection open on the
    book forbids the switch: the download then goes through the log as any write does.
    """
    try:
        switched = db.execute_sql("PRAGMA journal_mode = delete").fetchone()[0] == "delete"
    except pw.OperationalError:  # another connection is open on the book
        switched = False
    try:
        yield
    finally:
        if switched:
            try:
                db.execute_sql("PRAGMA journal_mode = wal")
            except pw.OperationalError:  # a reader came meanwhile: the next opening sets WAL
                pass


def download(conn) -> tuple[int, int]:
    """Write every record this role may see into this book; returns (count, cursor)."""
    cache = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    scratch = db.execute_sql("PRAGMA temp.cache_size").fetchone()[0]
    # the load's pages stay in memory until the commit instead of being written twice, and a
    # kind's scratch table stays in memory while its records are read back in another order
    db.execute_sql(f"PRAGMA cache_size = {-_CACHE_KIB}")
    db.execute_sql(f"PRAGMA temp.cache_size = {-_SCRATCH_KIB}")
    # the indexes are made with helper threads sorting beside this one
    threads = db.execute_sql("PRAGMA threads").fetchone()[0]
    db.execute_sql(f"PRAGMA threads = {_THREADS}")
    later: list[str] = []  # indexes made once the customers' figures are computed
    try:
        with server.snapshot(conn):
            # the next records are read from the server while the ones before are written
            with Ahead([*_KINDS, CONFLICT], lambda kind: _read(conn, kind)) as ahead:
                received = sum(_take(ahead, table, later) for table in records.TABLES)
                for uuid, data, *_ in ahead.rows(CONFLICT):
                    if data is not None:
                        journal.keep_conflict(uuid, json.loads(data))
            # Notices of a customer made private need nothing: a customer private to another
            # member is not readable by this role, so none of its rows came.
            cursor = server.newest_seq(conn)
        # every customer's figures, computed here rather than after: each figure written moves
        # the customers' indexes on it, so they are made once the figures are in
        figures.refresh_all()
        for statement in later:
            db.execute_sql(statement)
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(cache)}")
        db.execute_sql(f"PRAGMA temp.cache_size = {int(scratch)}")
        db.execute_sql(f"PRAGMA threads = {int(threads)}")
    touched_book(Change.BULK)
    return received, cursor


_CACHE_KIB = 1024 * 1024
_SCRATCH_KIB = 512 * 1024
CONFLICT = "conflict"  # the server's records of edits that lost a race


_THREADS = 2
_KINDS = [t.name for t in records.TABLES]


def _read(conn, kind: str) -> Generator[tuple[Any, ...], None, None]:
    """A kind's records as the server sends them, made ready on the reading thread: their
    clocks as the shadows keep them (most records carry one stamp on every field), then their
    uuid and the uuids they point to as the book stores them (so SQLite calls no function of
    ours per row)."""
    table = records.BY_NAME.get(kind)
    with closing(server.copy_kind(conn, kind, list(table.refs) if table else [])) as found:
        for uuid, data, clocks, seq, *refs in found:
            yield (uuid, data, journal.one_clock_text(clocks), seq, uuid_bytes(uuid),
                   *map(uuid_bytes, refs))


def _take(ahead: Ahead, table: records.Table, later: list[str]) -> int:
    rows = ahead.rows(table.name)
    return _load(table, rows, later) if _empty(table.name) else _apply(table, rows)


def _empty(table: str) -> bool:
    return db.execute_sql(f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0] == 1


def _apply(table: records.Table, rows: Iterable[tuple]) -> int:
    """A table that holds rows already: records merged in the usual way."""
    found = sorted(rows, key=lambda row: row[3])  # in the order they changed
    batch = [records.Record(table.name, uuid, json.loads(data) if data is not None else None,
                            clocks=journal.clocks_of(clocks)) for uuid, data, clocks, *_ in found]
    records.apply(batch)
    journal.keep_shadows((r.table, r.uuid, r.data, r.clocks) for r in batch)
    return len(batch)


# ---------------------------------------------------------------------------------------------
# Bulk loading an empty table: the records land as text, SQLite reads their JSON


def _load(table: records.Table, rows: Iterable[tuple], later: list[str]) -> int:
    """Load an empty table; the customers' indexes other than their UUID's are left to
    `later`."""
    # each uuid also as the book stores it, the record's own and the ones it points to
    keys = ", ".join(f'"{_key(column)}" BLOB' for column in ["uuid", *table.refs])
    db.execute_sql("CREATE TEMP TABLE team_load (uuid TEXT, data TEXT, clocks TEXT, "
                   f"seq INTEGER, {keys})")
    marks = ", ".join("?" * (5 + len(table.refs)))
    cursor = db.connection().executemany(f"INSERT INTO temp.team_load VALUES ({marks})", rows)
    count = cursor.rowcount
    # shadows in the order of their key, far faster than a million random places in the table;
    # sorting the keys alone costs less than sorting the records
    db.execute_sql("CREATE INDEX temp.team_load_uuid ON team_load (uuid)")
    db.execute_sql("CREATE INDEX temp.team_load_seq ON team_load (seq)")
    db.execute_sql("INSERT INTO sync_shadow (tbl, uuid, data, clocks) "
                   "SELECT ?, uuid, data, clocks FROM temp.team_load WHERE data IS NOT NULL "
                   "ORDER BY uuid", (table.name,))
    indexes, triggers = _drop_indexes_and_triggers(table.name)
    sql, params = _insert_sql(table)
    db.execute_sql(sql, params)
    for statement in indexes:
        if 'ON "customer" (' in statement and '("uuid")' not in statement:
            later.append(statement)
        else:
            db.execute_sql(statement)
    if table.name == "customer":
        _link_customers()
        _fill_search_index()
    for statement in triggers:
        db.execute_sql(statement)
    db.execute_sql("DROP TABLE temp.team_load")
    return count


def _field(column: str) -> str:
    return f"json_extract(l.data, '$.\"{column}\"')"


def _key(column: str) -> str:
    return f"key_{column}"


def _stored(column: str) -> str:
    """A uuid of the loaded record (its own or one it points to) as the book stores it."""
    return f'l."{_key(column)}"'


def _insert_sql(table: records.Table) -> tuple[str, list[Any]]:
    """The rows of the records loaded, in the order they changed: columns read from their JSON,
    each reference found by the UUID it gives (a row whose owner is not here is left out)."""
    columns = [c for c in records.columns_of(table.name)
               if c not in ("id", "uuid", REFERRER) and c not in table.refs]
    defaults = records.defaults(table.name, {})
    synced = [c for c in columns if c not in table.local_only]
    derived = [c for c in columns if c in table.local_only and c in defaults]
    values, params, joins = [], [], []
    for column in synced:
        if column in defaults:  # absent from the record: the default a new row takes
            values.append(f"CASE WHEN json_type(l.data, '$.\"{column}\"') IS NULL THEN ? "
                          f"ELSE {_field(column)} END")
            params.append(defaults[column])
        else:
            values.append(_field(column))
    values += ["?"] * len(derived)
    params += [defaults[c] for c in derived]
    refs = [c for c in table.refs if c != REFERRER]
    for n, column in enumerate(refs):
        kind = "LEFT JOIN" if column in table.nullable_refs else "JOIN"
        joins.append(f'{kind} "{table.refs[column]}" r{n} '
                     f"ON r{n}.uuid = {_stored(column)}")
        values.append(f"r{n}.id")
    names = ", ".join(f'"{c}"' for c in ["uuid", *synced, *derived, *refs])
    sql = (f'INSERT INTO "{table.name}" ({names}) SELECT {_stored("uuid")}, {", ".join(values)} '
           f"FROM temp.team_load l {' '.join(joins)} WHERE l.data IS NOT NULL "
           "ORDER BY l.seq")
    return sql, params


def _link_customers() -> None:
    """Referrers (any customer may be one, however late it came) and tags, once all are here."""
    db.execute_sql(
        "UPDATE customer SET referred_by_id = r.id FROM temp.team_load l "
        f"JOIN customer r ON r.uuid = {_stored(REFERRER)} "
        f"WHERE customer.uuid = {_stored('uuid')}")
    db.execute_sql(
        "INSERT OR IGNORE INTO customer_tag (customer_id, tag_id) "
        f"SELECT c.id, t.id FROM temp.team_load l JOIN customer c ON c.uuid = {_stored('uuid')}, "
        f"json_each(l.data, '$.{records.TAGS_KEY}') j JOIN tag t ON t.uuid = uuid_bytes(j.value) "
        "WHERE l.data IS NOT NULL")


def _drop_indexes_and_triggers(table: str) -> tuple[list[str], list[str]]:
    """Drop what slows a bulk load of `table` down; returns the SQL that makes the indexes and
    the triggers again. Triggers on the customers' tags go too: the search index is filled once.
    """
    tables = (table, "customer_tag") if table == "customer" else (table,)
    marks = ",".join("?" * len(tables))
    found = db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        f"AND sql IS NOT NULL AND tbl_name IN ({marks})", tables).fetchall()
    for kind, name, _ in found:
        db.execute_sql(f'DROP {kind.upper()} "{name}"')
    return ([sql for kind, _, sql in found if kind == "index"],
            [sql for kind, _, sql in found if kind == "trigger"])


def _fill_search_index() -> None:
    db.execute_sql(
        "INSERT INTO customer_fts (rowid, name, company, email, phone, city, tags, notes) "
        "SELECT c.id, c.name, c.company, c.email, c.phone, c.city, "
        "(SELECT coalesce(group_concat(t.name, ' '), '') FROM customer_tag ct "
        " JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = c.id), c.notes "
        "FROM customer c WHERE c.deleted_at IS NULL")
