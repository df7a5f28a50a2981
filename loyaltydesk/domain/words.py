"""Counted English words for the texts services write, and the shape of a caller's own words.

A service that words a result for people ("3 added, 1 merged…") takes `words`: the window and
the command line pass their catalogue's lookup, so the reader gets it in their language; the
English default is used where no one translates.
"""

from __future__ import annotations

from collections.abc import Callable

Words = Callable[[str, int], str]


def english(text: str, count: int = -1) -> str:
    """`text` as written, its `%n` the count and its '(s)' a plural only past one."""
    if count < 0:
        return text
    return text.replace("(s)", "" if count == 1 else "s").replace("%n", str(count))
