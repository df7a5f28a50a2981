"""Inserting many rows of one table in one prepared statement, as a model's create would."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import peewee as pw

from loyaltydesk.store.database import db


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
    constant = {f.name: f.db_value(f.default) for f in missing if not callable(f.default)}
    made = [f for f in missing if callable(f.default)]
    columns = [*given, *(f for f in missing if not callable(f.default)), *made]
    sql = (f'INSERT INTO "{meta.table_name}" '
           f'({", ".join(chr(34) + f.column_name + chr(34) for f in columns)}) '
           f'VALUES ({", ".join("?" for _ in columns)})')
    fixed = [constant[f.name] for f in columns if f.name in constant]
    values = [[*(f.db_value(row[f.name]) for f in given), *fixed,
               *(f.db_value(f.default()) for f in made)] for row in rows]
    first = (db.execute_sql(f'SELECT max(id) FROM "{meta.table_name}"').fetchone()[0] or 0) + 1
    cursor = db.cursor()
    cursor.executemany(sql, values)
    # a table without AUTOINCREMENT gives each new row the largest id plus one: the rows
    # written by this one statement hold the next ids in order
    last = db.execute_sql("SELECT last_insert_rowid()").fetchone()[0]
    if last != first + len(values) - 1:
        raise RuntimeError(f"{meta.table_name}: rows were not given consecutive ids")
    return list(range(first, last + 1))
