"""Full-text search over customers with SQLite FTS5: the index and its query language."""

from __future__ import annotations

import re

FTS_TABLE = "customer_fts"
FTS_COLUMNS = ("name", "company", "email", "phone", "city", "tags", "notes")

_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH text for what a user typed: every word must match as a prefix.

    Accents and case are folded by the index's tokenizer, on the query too, so "zoe" finds
    "Zoé". Returns None when the text has no word to look for.
    """
    words = _TOKEN.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


TAGS_OF_CUSTOMER = (
    "(SELECT coalesce(group_concat(t.name, ' '), '') FROM customer_tag ct "
    "JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = {id})"
)
