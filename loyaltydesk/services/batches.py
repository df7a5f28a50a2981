"""Splitting a batch of writes into rounds that each touch a customer at most once."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def rounds(items: Sequence[T], key: Callable[[T], Hashable]) -> Iterator[list[T]]:
    """The items in rounds: the first item of each key, then the second, and so on.

    A batch service reads what it needs once per round and writes the round in one go; a
    customer's later entries see what the earlier ones did, as when entered one by one.
    """
    pending: list[T] = list(items)
    while pending:
        seen: set[Hashable] = set()
        now_: list[T] = []
        later: list[T] = []
        for item in pending:
            k = key(item)
            (later if k in seen else now_).append(item)
            seen.add(k)
        yield now_
        pending = later
