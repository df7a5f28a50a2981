"""Inserting many rows of one table in one prepared statement, as a model's create would."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

import peewee as pw

from loyaltydesk.store.database import db
from loyaltydesk.store.fields import DayField, MomentField
from loyaltydesk.store.models import new_uuid


def insert_rows(model: type[pw.Model], rows: Sequence[Mapping[str, object]]) -> list[int]:
    """Insert the rows (field name -> value; missing fields take their default) and return
    their new ids, in order.

    Values are stored as `Model.create` stores them; a callable default is called per row
    for a unique field (a new uuid), once for the others (the moment of writing). Every row
    gives the same fields as the first. One `executemany`: building SQL per row would cost
    more than writing it.
    """
    if not rows:
        return []
    meta = model._meta
    fields = [f for f in meta.sorted_fields if not f.primary_key]
    given = [f for f in fields if f.name in rows[0]]
    missing = [f for f in fields if f.name not in rows[0]]
    fixed = [f for f in missing if not callable(f.default)]
    made = [f for f in missing if callable(f.default)]
    constant = [f.db_value(f.default) for f in fixed] + [
        f.db_value(f.default()) for f in made if not f.unique]
    unique = [f for f in made if f.unique]
    columns = [*given, *fixed, *(f for f in made if not f.unique), *unique]
    sql = (f'INSERT INTO "{meta.table_name}" '
           f'({", ".join(chr(34) + f.column_name + chr(34) for f in columns)}) '
           f'VALUES ({", ".join("?" for _ in columns)})')
    read = itemgetter(*(f.name for f in given)) if len(given) > 1 else \
        (lambda row, name=given[0].name: (row[name],)) if given else (lambda row: ())
    converted = [(i, c) for i, c in enumerate(_converter(f) for f in given) if c]
    values = []
    made_per_row = [_many(f, len(rows)) for f in unique]
    for index, row in enumerate(rows):
        value = list(read(row))
        for i, convert in converted:
            value[i] = convert(value[i])
        value += constant
        value += [made[index] for made in made_per_row]
        values.append(value)
    first = (db.execute_sql(f'SELECT max(id) FROM "{meta.table_name}"').fetchone()[0] or 0) + 1
    cursor = db.cursor()
    cursor.executemany(sql, values)
    # a table without AUTOINCREMENT gives each new row the largest id plus one: the rows
    # written by this one statement hold the next ids in order
    last = db.execute_sql("SELECT last_insert_rowid()").fetchone()[0]
    if last != first + len(values) - 1:
        raise RuntimeError(f"{meta.table_name}: rows were not given consecutive ids")
    return list(range(first, last + 1))


def _converter(field: pw.Field) -> Callable[[object], object] | None:
    """The conversion a value needs before SQLite takes it; None when it takes it as is.

    Moments and days become text (a moment met again is not formatted twice); numbers,
    text, flags and ids go in as they are, as peewee's own conversion would leave them.
    """
    if isinstance(field, MomentField | DayField):
        memo: dict[object, object] = {}
        to_text: Callable[[Any], object] = field.db_value

        def convert(value: object) -> object:
            found = memo.get(value, memo)
            if found is memo:
                found = memo[value] = to_text(value)
            return found
        return convert
    if isinstance(field, pw.ForeignKeyField):
        return lambda value: value.get_id() if isinstance(value, pw.Model) else value
    if isinstance(field, pw.IntegerField | pw.CharField | pw.TextField | pw.BooleanField):
        return None
    return field.db_value


def _many(field: pw.Field, count: int) -> list[object]:
    """`count` values of a unique field's default: new uuids come from one read of the
    system's random source (stored as a new uuid is: its 16 bytes), anything else one by one."""
    if field.default is new_uuid:
        raw = os.urandom(16 * count)
        return [raw[i:i + 16] for i in range(0, 16 * count, 16)]
    return [field.db_value(field.default()) for _ in range(count)]
