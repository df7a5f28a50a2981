"""The schema's versions and the ordered steps that bring an older database forward."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import peewee as pw

from loyaltydesk.clock import clock
from loyaltydesk.store import goal_facts, snapshot
from loyaltydesk.store.database import DatabaseError
from loyaltydesk.store.fields import uuid_bytes
from loyaltydesk.store.sync_log import trigger_statements

Step = Callable[[pw.SqliteDatabase], None]


class SchemaTooNewError(DatabaseError):
    """The file was written by a newer LoyaltyDesk; it is left untouched."""


def _sql(name: str) -> str:
    return resources.files("loyaltydesk.store").joinpath("schema", name).read_text("utf-8")


def _statements(script: str) -> list[str]:
    """Split a schema script into complete statements (triggers hold inner semicolons)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer:
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise DatabaseError("Incomplete statement in a schema script")
    return statements


def step_0001_initial(database: pw.SqliteDatabase) -> None:
    for statement in _statements(_sql("0001_initial.sql")):
        database.execute_sql(statement)


def step_0002_rhythm_dates(database: pw.SqliteDatabase) -> None:
    """The days a customer turns amber and red, so 100,000 can be filtered by an index.

    Left empty here; services fill them when the database is opened (figures.refresh_missing).
    """
    database.execute_sql('ALTER TABLE "customer" ADD COLUMN "amber_on" TEXT')
    database.execute_sql('ALTER TABLE "customer" ADD COLUMN "red_on" TEXT')
    database.execute_sql('CREATE INDEX "customer_amber_on" ON "customer" ("amber_on")')
    database.execute_sql('CREATE INDEX "customer_red_on" ON "customer" ("red_on")')


def step_0003_list_and_tick(database: pw.SqliteDatabase) -> None:
    """Indexes for the list and the reminder tick; the trash leaves the search index."""
    for statement in _statements(_sql("0003_list_and_tick.sql")):
        database.execute_sql(statement)


def step_0004_contacts_by_day(database: pw.SqliteDatabase) -> None:
    """An index on when contacts happened, for the calendar."""
    for statement in _statements(_sql("0004_contacts_by_day.sql")):
        database.execute_sql(statement)


def step_0005_close_met_goals(database: pw.SqliteDatabase) -> None:
    """Follow-ups whose goal was met before they knew how to close themselves close now, each
    naming the event that met it; their customers' figures are refilled on open."""
    closed = goal_facts.close_met(database, clock().local_tz(), clock().now())
    customers = sorted({m.customer_id for m in closed})
    for start in range(0, len(customers), 500):
        chunk = customers[start:start + 500]
        database.execute_sql(f"UPDATE customer SET amber_on = NULL WHERE id IN "
                             f"({','.join('?' * len(chunk))})", chunk)


def step_0006_contact_identity(database: pw.SqliteDatabase) -> None:
    """Birthday, anniversary and structured name on the customer; contact ids of sources."""
    for statement in _statements(_sql("0006_contact_identity.sql")):
        database.execute_sql(statement)


def step_0007_phone_sync(database: pw.SqliteDatabase) -> None:
    """Phone sync state: server hrefs, ETags, sync tokens and the phone's changes to show."""
    for statement in _statements(_sql("0007_phone_sync.sql")):
        database.execute_sql(statement)


def step_0008_team_sync(database: pw.SqliteDatabase) -> None:
    """What sharing the book with a team needs: sync state, change triggers, private customers."""
    for statement in _statements(_sql("0008_team_sync.sql")):
        database.execute_sql(statement)
    for statement in trigger_statements(database):
        database.execute_sql(statement)


def step_0009_lighter_file(database: pw.SqliteDatabase) -> None:
    """Indexes that held the row's id twice, or a value almost every row leaves empty, shrink;
    every row's uuid is stored as its 16 bytes instead of 32 hex digits."""
    for statement in _statements(_sql("0009_lighter_file.sql")):
        database.execute_sql(statement)
    database.connection().create_function("uuid_bytes", 1, uuid_bytes, deterministic=True)
    # the change log's triggers would note every row; they are made again to log text uuids
    for (name,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                        "AND name LIKE 'sync\\_%' ESCAPE '\\'").fetchall():
        database.execute_sql(f'DROP TRIGGER "{name}"')
    for table in UUID_TABLES:
        # the unique index is made again once rather than kept in order row by row
        database.execute_sql(f'DROP INDEX "{table}_uuid"')
        database.execute_sql(f'UPDATE "{table}" SET uuid = uuid_bytes(uuid) '
                             "WHERE typeof(uuid) = 'text'")
        database.execute_sql(f'CREATE UNIQUE INDEX "{table}_uuid" ON "{table}" ("uuid")')
    for statement in trigger_statements(database):
        database.execute_sql(statement)


# Every table whose rows carry a uuid (schema 1 made each one's unique index "<table>_uuid").
UUID_TABLES = ("cadence", "cadence_step", "customer", "tag", "purchase", "follow_up",
               "follow_up_event", "interaction", "referral", "stage_change", "survey",
               "testimonial")


def step_0010_live_rhythm(database: pw.SqliteDatabase) -> None:
    """Indexes over live customers for Today's questions: red, amber, no next step, by value."""
    for statement in _statements(_sql("0010_live_rhythm.sql")):
        database.execute_sql(statement)


def step_0011_counted_from_indexes(database: pw.SqliteDatabase) -> None:
    """Red, amber and no-next-step customers are counted from their indexes alone."""
    for statement in _statements(_sql("0011_counted_from_indexes.sql")):
        database.execute_sql(statement)


# Version N is reached by running STEPS[N - 1]; append, never edit a shipped step.
STEPS: tuple[Step, ...] = (step_0001_initial, step_0002_rhythm_dates, step_0003_list_and_tick,
                         step_0004_contacts_by_day, step_0005_close_met_goals,
                         step_0006_contact_identity, step_0007_phone_sync,
                         step_0008_team_sync, step_0009_lighter_file, step_0010_live_rhythm,
                         step_0011_counted_from_indexes)
LATEST_VERSION = len(STEPS)
# Versions whose step frees many pages: a file brought past one is rewritten without them.
COMPACT_AFTER: frozenset[int] = frozenset({9})


def schema_version(database: pw.SqliteDatabase) -> int:
    return database.execute_sql("PRAGMA user_version").fetchone()[0]


def check_version(database: pw.SqliteDatabase) -> int:
    version = schema_version(database)
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"This data was written by a newer LoyaltyDesk (schema {version}, this version "
            f"reads up to {LATEST_VERSION}). Please update LoyaltyDesk; nothing was changed."
        )
    return version


def copy_before_migration(database: pw.SqliteDatabase, folder: Path, version: int) -> Path:
    """A checked copy of the database, compressed (an encrypted one stays encrypted), taken
    with SQLite's online backup before its schema is changed."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    key = database.connect_params.get("passphrase")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    suffix = ".sqlite3" if key else ".sqlite3" + snapshot.COMPRESSED_SUFFIX
    target = folder / f"before-schema-{version + 1}-{stamp}{suffix}"
    try:
        snapshot.take(database.connection(), target, key, compressed=key is None)
    except snapshot.SnapshotError as exc:
        raise DatabaseError(f"No copy could be taken before the upgrade: {exc}") from exc
    return target


def migrate(database: pw.SqliteDatabase, backup_folder: Path | None = None) -> int:
    """Run every missing step, each in its own transaction; returns the version reached."""
    version = check_version(database)
    if version == LATEST_VERSION:
        return version
    if version > 0 and backup_folder is not None:
        copy_before_migration(database, backup_folder, version)
    for number in range(version + 1, LATEST_VERSION + 1):
        with database.atomic():
            STEPS[number - 1](database)
            database.execute_sql(f"PRAGMA user_version = {number}")
    if version > 0 and any(version < number for number in COMPACT_AFTER):
        compact(database)
    return LATEST_VERSION


def compact(database: pw.SqliteDatabase) -> None:
    """Rewrite the file without its free pages, so it shrinks on disk.

    VACUUM is all or nothing: stopped midway, the file stays as the steps left it. It cannot
    run inside a transaction; a caller holding one keeps the free pages for later writes.
    """
    if database.in_transaction():
        return
    database.execute_sql("VACUUM")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
