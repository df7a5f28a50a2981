"""Inserting many rows of one table in one prepared statement, as a model's create would."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import peewee as pw

from loyaltydesk.store.database import db
from loyaltydesk.store.fields import DayField, MomentField


def insert_rows(model: type[pw.Model], rows: Sequence[Mapping[str, object]]) -> list[int]:
    """Insert the rows (field name -> value; missing fields take their default) and return
    their new ids, in order.

    Values go through each field's own conversion, as `Model.create` does; a callable default
    (a new uuid, the current moment) is called per row. Every row gives the same fields as
    the first. One `executemany`: building SQL per row would cost more than writing it.
    """
    if not rows:
        return []
    meta = model._meta
    fields = [f for f in meta.sorted_fields if not f.primary_key]
    given = [f for f in fields if f.name in rows[0]]
    missing = [f for f in fields if f.name not in rows[0]]
    fixed = [f for f in missing if not callable(f.default)]
    made = [f for f in missing if callable(f.default)]
    columns = [*given, *fixed, *made]
    sql = (f'INSERT INTO "{meta.table_name}" '
           f'({", ".join(chr(34) + f.column_name + chr(34) for f in columns)}) '
           f'VALUES ({", ".join("?" for _ in columns)})')
    constant = [f.db_value(f.default) for f in fixed]
    convert = [_converter(f) for f in given]
    names = [f.name for f in given]
    values = [[*(c(row[n]) if c else row[n] for c, n in zip(convert, names, strict=True)),
               *constant, *(f.db_value(f.default()) for f in made)] for row in rows]
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

        def convert(value: object) -> object:
            found = memo.get(value, memo)
            if found is memo:
                found = memo[value] = field.db_value(value)
            return found
        return convert
    if isinstance(field, pw.ForeignKeyField):
        return lambda value: value.id if isinstance(value, pw.Model) else value
    if isinstance(field, pw.IntegerField | pw.CharField | pw.TextField | pw.BooleanField):
        return None
    return field.db_value
