"""What the file formats say to people (a line's problem, a card left out, a note on a file),
in the language of the window or the command line that shows it."""

from __future__ import annotations

from loyaltydesk.domain.words import translated

# Translation context: Exchange
_CONTEXT = "Exchange"


def tr(text: str, count: int = -1) -> str:
    """`text` in the reader's language; `%n` and the plural form follow `count`."""
    return translated(_CONTEXT, text, count)
