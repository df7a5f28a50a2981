"""The laptop's side of a shared book: rows as records keyed by UUID, applied back in order.

A record is one row as plain JSON values, its foreign keys given as the other row's UUID (ids
differ from laptop to laptop), without the figures each laptop derives for itself. A customer's
record also carries the UUIDs of its tags.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from loyaltydesk.store.database import db
from loyaltydesk.store.fields import uuid_bytes, uuid_sql, uuid_text
from loyaltydesk.store.sync_log import LOCAL_ONLY, SYNCED_MODELS

TAGS_KEY = "tag_uuids"



# Unique columns besides the UUID: the same built-in cadence or tag made on two laptops is one.
_NATURAL_KEYS: dict[str, str] = {"tag": "name", "cadence": "builtin_key"}


@dataclass(frozen=True)
class Table:
    name: str
    refs: dict[str, str]  # foreign-key column -> the table it points to
    local_only: frozenset[str] = frozenset()
    nullable_refs: frozenset[str] = frozenset()


def _table(model: type[pw.Model]) -> Table:
    refs, nullable = {}, set()
    for f in model._meta.sorted_fields:
        if isinstance(f, pw.ForeignKeyField):
            refs[f.column_name] = f.rel_model._meta.table_name
            if f.null:
                nullable.add(f.column_name)
    name = model._meta.table_name
    return Table(name, refs, LOCAL_ONLY.get(name, frozenset()), frozenset(nullable))


TABLES: tuple[Table, ...] = tuple(_table(m) for m in SYNCED_MODELS)
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
ORDER: dict[str, int] = {t.name: i for i, t in enumerate(TABLES)}

# Which customer a row belongs to, for privacy: rows of a private customer stay with its owner.
_CUSTOMER_LINK: dict[str, str | None] = {
    "tag": None, "cadence": None, "cadence_step": None, "customer": "t.id",
    "referral": "t.referrer_id",
    "follow_up_event": "(SELECT customer_id FROM follow_up WHERE id = t.followup_id)",
}


def customer_link(table: str) -> str | None:
    """SQL giving the id of the customer a row of `table` (aliased t) belongs to."""
    return _CUSTOMER_LINK.get(table, "t.customer_id")


def customer_expression(table: str) -> str | None:
    link = customer_link(table)
    return f"(SELECT {uuid_sql('uuid')} FROM customer WHERE id = {link})" if link else None


@dataclass
class Record:
    table: str
    uuid: str
    data: dict[str, Any] | None  # None: the row is deleted for good
    customer_uuid: str | None = None
    private_to: str | None = None
    clocks: dict[str, str] = field(default_factory=dict)


def columns_of(table: str) -> list[str]:
    return _columns(table)


def _columns(table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def _chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _map(table: str, column: str, wanted: str, values: Iterable[Any]) -> dict[Any, Any]:
    """`column` -> `wanted` for rows of `table` whose `column` is among `values` (a uuid given
    and given back as its text, whatever the file stores)."""
    found: dict[Any, Any] = {}
    keys = [v for v in dict.fromkeys(values) if v is not None]
    stored = uuid_bytes if column == "uuid" else _same
    shown = uuid_text if wanted == "uuid" else _same
    for chunk in _chunks(keys):
        marks = ",".join("?" * len(chunk))
        sql = f'SELECT "{column}", "{wanted}" FROM "{table}" WHERE "{column}" IN ({marks})'
        for key, value in db.execute_sql(sql, [stored(k) for k in chunk]).fetchall():
            found[uuid_text(key) if column == "uuid" else key] = shown(value)
    return found


def _same(value: Any) -> Any:
    return value


# ---------------------------------------------------------------------------------------------
# Reading


def read(table: str, uuids: Iterable[str] | None = None) -> dict[str, Record]:
    """The records of `table` (all of them, or these UUIDs); deleted rows are simply absent."""
    if uuids is None:
        return _records(table, _select(table))
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(list(dict.fromkeys(uuids))):
        rows += _select(table, f"WHERE t.uuid IN ({','.join('?' * len(chunk))})",
                        [uuid_bytes(u) for u in chunk])
    return _records(table, rows)


def read_in_batches(table: str, size: int = 20_000) -> Iterator[list[Record]]:
    """Every record of `table`, a batch of rows at a time (in the order of their ids)."""
    last = 0
    while rows := _select(table, "WHERE t.id > ? ORDER BY t.id LIMIT ?", [last, size]):
        last = rows[-1]["id"]
        yield list(_records(table, rows).values())


def _select(table: str, where: str = "", params: list[Any] | None = None) -> list[dict[str, Any]]:
    columns = [*_columns(table), "__customer"]
    owner = customer_expression(table) or "NULL"
    cursor = db.execute_sql(f'SELECT t.*, {owner} AS __customer FROM "{table}" t {where}',
                            params or [])
    rows = [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]
    for row in rows:
        row["uuid"] = uuid_text(row["uuid"])
    return rows


def _records(table: str, rows: list[dict[str, Any]]) -> dict[str, Record]:
    spec = BY_NAME[table]
    ref_uuids = {column: _map(target, "id", "uuid", (r[column] for r in rows))
                 for column, target in spec.refs.items()}
    tags = _tags_of([r["id"] for r in rows]) if table == "customer" else {}
    private = _private_of({r["__customer"] for r in rows if r["__customer"]})
    records = {}
    for row in rows:
        data = {c: v for c, v in row.items()
                if c not in ("id", "uuid", "__customer") and c not in spec.local_only}
        for column in spec.refs:
            data[column] = ref_uuids[column].get(row[column])
        if table == "customer":
            data[TAGS_KEY] = tags.get(row["id"], [])
        customer = row["__customer"]
        records[row["uuid"]] = Record(table, row["uuid"], data, customer,
                                      private.get(customer) if customer else None)
    return records


def _tags_of(customer_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for chunk in _chunks(customer_ids):
        sql = (f"SELECT ct.customer_id, {uuid_sql('t.uuid')} FROM customer_tag ct JOIN tag t "
               f"ON t.id = ct.tag_id WHERE ct.customer_id IN ({','.join('?' * len(chunk))}) "
               "ORDER BY 2")
        for cid, tag_uuid in db.execute_sql(sql, chunk).fetchall():
            found.setdefault(cid, []).append(tag_uuid)
    return found


def _private_of(customer_uuids: set[str]) -> dict[str, str | None]:
    return _map("customer", "uuid", "private_to", customer_uuids)


def record_json(record: Record) -> str:
    return json.dumps(record.data, sort_keys=True, default=str)


# ---------------------------------------------------------------------------------------------
# Writing what came from the shared book (the caller holds the transaction)


def apply(records: Iterable[Record]) -> set[int]:
    """Write these records into the book; returns the ids of the customers they touched."""
    ordered = sorted(records, key=lambda r: ORDER[r.table])
    touched: set[int] = set()
    referrers: list[tuple[str, str | None]] = []
    tag_lists: list[tuple[str, list[str]]] = []
    for table in TABLES:
        batch = [r for r in ordered if r.table == table.name]
        if not batch:
            continue
        touched |= _apply_table(table, batch)
        if table.name == "customer":
            referrers += [(r.uuid, r.data.get("referred_by_id")) for r in batch if r.data]
            tag_lists += [(r.uuid, r.data.get(TAGS_KEY, [])) for r in batch if r.data]
    _link_referrers(referrers)
    _link_tags(tag_lists)
    return touched


def _apply_table(table: Table, batch: list[Record]) -> set[int]:
    columns = set(_columns(table.name)) - {"id", "uuid"}
    refs = {column: _map(target, "uuid", "id",
                         (r.data.get(column) for r in batch if r.data))
            for column, target in table.refs.items() if column != "referred_by_id"}
    existing = _map(table.name, "uuid", "id", (r.uuid for r in batch))
    gone = [existing[r.uuid] for r in batch if r.data is None and r.uuid in existing]
    touched = _customers_of(table.name, gone)
    for chunk in _chunks(gone):
        db.execute_sql(f'DELETE FROM "{table.name}" WHERE id IN ({",".join("?" * len(chunk))})',
                       chunk)
    inserts: dict[tuple[str, ...], list[list[Any]]] = {}
    written: list[int] = []
    for record in batch:
        if record.data is None:
            continue
        values = {c: v for c, v in record.data.items() if c in columns and c != "referred_by_id"}
        for column, ids in refs.items():
            target = record.data.get(column)
            values[column] = ids.get(target) if target is not None else None
            if values[column] is None and column not in table.nullable_refs:
                break  # what it belongs to is not on this laptop (private or gone): leave it
        else:
            row_id = existing.get(record.uuid) or _adopt(table.name, record)
            if row_id is None:  # new here: written together with the others of its shape
                values = {**defaults(table.name, values), **values}
                inserts.setdefault(("uuid", *values), []).append(
                    [uuid_bytes(record.uuid), *values.values()])
            else:
                _write(table.name, record.uuid, row_id, values)
                written.append(row_id)
    for names, rows in inserts.items():
        quoted = ",".join(f'"{n}"' for n in names)
        db.connection().executemany(
            f'INSERT INTO "{table.name}" ({quoted}) VALUES ({",".join("?" * len(names))})', rows)
    if inserts:
        new = [row[0] for rows in inserts.values() for row in rows]
        written += list(_map(table.name, "uuid", "id", new).values())
    return touched | _customers_of(table.name, written)


def _adopt(table: str, record: Record) -> int | None:
    """A built-in cadence or a tag this laptop made too: it takes the shared UUID."""
    column = _NATURAL_KEYS.get(table)
    value = record.data.get(column) if column and record.data else None
    if value is None:
        return None
    row = db.execute_sql(f'SELECT id FROM "{table}" WHERE "{column}" = ?', (value,)).fetchone()
    if row is None:
        return None
    db.execute_sql(f'UPDATE "{table}" SET uuid = ? WHERE id = ?',
                   (uuid_bytes(record.uuid), row[0]))
    if table == "cadence":  # its steps come from the shared copy too
        db.execute_sql("DELETE FROM cadence_step WHERE cadence_id = ?", (row[0],))
    return row[0]


_MODELS: dict[str, type[pw.Model]] = {m._meta.table_name: m for m in SYNCED_MODELS}


def defaults(table: str, given: dict[str, Any]) -> dict[str, Any]:
    """What a new row needs that the record does not carry (figures this laptop derives)."""
    found = {}
    for f in _MODELS[table]._meta.sorted_fields:
        if f.column_name in given or f.column_name in ("id", "uuid") or f.null:
            continue
        if f.default is not None:
            found[f.column_name] = f.db_value(f.default() if callable(f.default) else f.default)
    return found


def _write(table: str, uuid: str, row_id: int | None, values: dict[str, Any]) -> None:
    names = list(values)
    if row_id is None:
        marks = ",".join("?" * (len(names) + 1))
        quoted = ",".join(f'"{n}"' for n in ["uuid", *names])
        db.execute_sql(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
                       [uuid_bytes(uuid), *values.values()])
    elif names:
        sets = ",".join(f'"{n}" = ?' for n in names)
        db.execute_sql(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*values.values(), row_id])


def _customers_of(table: str, row_ids: Sequence[int | None]) -> set[int]:
    ids = [i for i in row_ids if i is not None]
    owner = customer_link(table)
    if not ids or owner is None:
        return set()
    if owner == "t.id":
        return set(ids)
    found: set[int] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = db.execute_sql(f'SELECT {owner} FROM "{table}" t WHERE t.id IN ({marks})', chunk)
        found |= {r[0] for r in rows.fetchall() if r[0] is not None}
    return found


def _link_referrers(pairs: list[tuple[str, str | None]]) -> None:
    ids = _map("customer", "uuid", "id", [u for pair in pairs for u in pair])
    for customer, referrer in pairs:
        if customer in ids:
            db.execute_sql("UPDATE customer SET referred_by_id = ? WHERE id = ?",
                           (ids.get(referrer) if referrer else None, ids[customer]))


def _link_tags(lists: list[tuple[str, list[str]]]) -> None:
    customers = _map("customer", "uuid", "id", (c for c, _ in lists))
    tags = _map("tag", "uuid", "id", (t for _, wanted in lists for t in wanted))
    for customer, wanted in lists:
        cid = customers.get(customer)
        if cid is None:
            continue
        have = {r[0] for r in db.execute_sql(
            "SELECT tag_id FROM customer_tag WHERE customer_id = ?", (cid,)).fetchall()}
        want = {tags[t] for t in wanted if t in tags}
        for tag_id in have - want:
            db.execute_sql("DELETE FROM customer_tag WHERE customer_id = ? AND tag_id = ?",
                           (cid, tag_id))
        for tag_id in want - have:
            db.execute_sql("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)",
                           (cid, tag_id))
