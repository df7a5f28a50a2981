"""Change clocks for a shared book: hybrid logical stamps, and how two edits of a field merge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A stamp's text sorts as the stamp does: milliseconds, a counter for the same millisecond, then
# the device, so two laptops never make equal stamps and every laptop orders them alike.
_WIDTH_MS, _WIDTH_COUNTER = 15, 6


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.millis:0{_WIDTH_MS}d}.{self.counter:0{_WIDTH_COUNTER}d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        millis, counter, device = text.split(".", 2)
        return cls(int(millis), int(counter), device)


def next_stamp(wall_ms: int, device: str, after: Stamp | None = None) -> Stamp:
    """A stamp for an edit made at `wall_ms` that must sort after `after` (what it was based on)."""
    if after is not None and after.millis >= wall_ms:
        return Stamp(after.millis, after.counter + 1, device)
    return Stamp(wall_ms, 0, device)


@dataclass(frozen=True)
class FieldConflict:
    """The same field changed on two laptops: `kept` won, `other` lost and is kept for review."""

    field: str
    kept: Any
    other: Any
    other_device: str


# Values a field can only move forward through when two edits race: a follow-up done on one
# laptop and snoozed (still open) on another ends done.
FORWARD_ONLY: dict[str, tuple[str, ...]] = {"follow_up.status": ("open", "skipped", "done")}


# Bookkeeping that two laptops never disagree about: the newer moment simply stands.
NEWEST_WINS: frozenset[str] = frozenset({"updated_at"})


def _rank(key: str, value: Any) -> int:
    order = FORWARD_ONLY.get(key)
    return order.index(value) if order and value in order else -1


def merge_field(key: str, mine: Any, my_stamp: str, base: str | None,
                theirs: Any, their_stamp: str | None) -> tuple[Any, str, FieldConflict | None]:
    """Merge my edit of one field (made from `base`) into the shared value.

    Returns the value and stamp to keep, and the conflict when two edits raced with different
    values. `key` is "table.field".
    """
    field = key.rpartition(".")[2]
    if their_stamp is None or their_stamp == base:  # nobody else changed it since I saw it
        return mine, my_stamp, None
    if mine == theirs:
        return theirs, max(my_stamp, their_stamp), None
    if field in NEWEST_WINS:
        newest = max(mine, theirs, key=lambda v: (v is not None, v or ""))
        return newest, max(my_stamp, their_stamp), None
    my_rank, their_rank = _rank(key, mine), _rank(key, theirs)
    if my_rank != their_rank and min(my_rank, their_rank) >= 0:
        i_win = my_rank > their_rank
    else:
        i_win = my_stamp > their_stamp
    if i_win:
        return mine, my_stamp, FieldConflict(field, mine, theirs, Stamp.parse(their_stamp).device)
    return theirs, their_stamp, FieldConflict(field, theirs, mine, Stamp.parse(my_stamp).device)
