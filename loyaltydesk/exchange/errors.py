"""What goes wrong with a file: where (a line or a card) and what."""

from __future__ import annotations

from loyaltydesk.exchange.words import tr


class ExchangeError(ValueError):
    """A file that cannot be read or written as asked; the message names where and what."""


def at_line(line: int, message: str) -> ExchangeError:
    return ExchangeError(tr("line {line}: {problem}").format(line=line, problem=message))


def looks_like_formula(text: str) -> bool:
    """A name or company that a spreadsheet would run as a formula ('=cmd|...', '@SUM(A1)')."""
    text = text.strip()
    if text.startswith("="):
        return True
    return text[:1] in ("+", "-", "@") and any(ch in text for ch in "(!|")
