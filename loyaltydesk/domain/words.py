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


# The lookup of the catalogue the window or the command line loaded: (context, text, count) ->
# the text in the reader's language. The layers below the window carry no Qt, so they reach the
# catalogue through this one seam; with none given, they speak English.
_catalogue: list[Callable[[str, str, int], str]] = []


def use_catalogue(lookup: Callable[[str, str, int], str] | None) -> None:
    """Make `translated` look texts up in `lookup` (None: English as written)."""
    _catalogue[:] = [lookup] if lookup is not None else []


def translated(context: str, text: str, count: int = -1) -> str:
    """`text` in the reader's language, in its plural form for `count` (`%n` the count)."""
    found = _catalogue[0](context, text, count) if _catalogue else ""
    return english(found or text, count)
