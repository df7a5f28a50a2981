"""Typed doors to the two peewee queries its stubs describe wrongly: rows as tuples, deletes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import peewee as pw


def tuples(query: pw.BaseQuery) -> Iterable[tuple[Any, ...]]:
    """`query.tuples()`, the same lazy query: the stubs say its rows are still models (the
    method returns `Self`), while peewee gives a tuple of the selected columns."""
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


def delete(model: type[pw.Model]) -> pw.ModelDelete:
    """`model.delete()`: the stubs declare it as an instance attribute, which mypy refuses
    to read through a model class."""
    return model.delete()
