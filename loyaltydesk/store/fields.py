"""Column types the models share: UTC moments, calendar days, stable ids."""

from __future__ import annotations

from datetime import UTC, date, datetime

import peewee as pw

# Fixed-width UTC text ("2026-12-01T10:00:00.000000Z") sorts in time order and stays
# readable in any SQLite tool.


def moment_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: LoyaltyDesk stores only aware moments")
    # isoformat, not strftime: it writes a year before 1000 with its four digits too
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_moment(text: str) -> datetime:
    # fromisoformat reads the stored "...Z" form fifty times faster than strptime.
    return datetime.fromisoformat(text)


class MomentField(pw.Field):
    """A timezone-aware moment, stored as UTC ISO-8601 text and read back aware (UTC)."""

    field_type = "TEXT"

    def db_value(self, value: datetime | str | None) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return moment_text(value)

    def python_value(self, value: str | None) -> datetime | None:
        return None if value is None else parse_moment(value)


class DayField(pw.Field):
    """A calendar day (no time, no zone), stored as ISO text."""

    field_type = "TEXT"

    def db_value(self, value: date | str | None) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return value.isoformat()

    def python_value(self, value: str | None) -> date | None:
        return None if value is None else date.fromisoformat(value)


def uuid_bytes(value: str | bytes | None) -> str | bytes | None:
    """A row's uuid as stored: 32 hex digits become their 16 bytes, half the room in the row
    and in its index. Any other text (an id from an older or a foreign tool) stays as it is."""
    if isinstance(value, str) and len(value) == 32:
        try:
            return bytes.fromhex(value)
        except ValueError:
            return value
    return value


def uuid_text(value: str | bytes | None) -> str | None:
    """A stored uuid as the code and the people see it: 32 lowercase hex digits."""
    return value.hex() if isinstance(value, bytes) else value


def uuid_sql(column: str) -> str:
    """SQL reading a stored uuid as its text, in plain SQL (triggers run in any SQLite tool)."""
    return (f"CASE typeof({column}) WHEN 'blob' THEN lower(hex({column})) "
            f"ELSE {column} END")


class UuidField(pw.Field):
    """A row's stable id: a str of 32 hex digits in Python, 16 bytes in the file."""

    field_type = "BLOB"

    def db_value(self, value: str | bytes | None) -> str | bytes | None:
        return uuid_bytes(value)

    def python_value(self, value: str | bytes | None) -> str | None:
        return uuid_text(value)
