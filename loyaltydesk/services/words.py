"""What the services say to people when they refuse something (a file they may not write, a
phone sync not set up), in the language of the window or the command line that shows it."""

from __future__ import annotations

from loyaltydesk.domain.words import translated

# Translation context: Services
_CONTEXT = "Services"


def tr(text: str, count: int = -1) -> str:
    """`text` in the reader's language; `%n` and the plural form follow `count`."""
    return translated(_CONTEXT, text, count)
