"""Column types the models share: UTC moments, stable ids."""

from __future__ import annotations

from datetime import UTC, date, datetime

import peewee as pw

# Fixed-width UTC text sorts in time order and stays readable in any SQLite tool.
MOMENT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def moment_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: LoyaltyDesk stores only aware moments")
    utc = value.astimezone(UTC)
    if utc.year < 1000:  # strftime does not pad such years; keep what it always wrote
        return utc.strftime(MOMENT_FORMAT)
    # the same text as MOMENT_FORMAT, several times faster than strftime
    return utc.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


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
