"""Sharing the book with a team: create, join, sync, status, conflicts and leave.

A sync first sends: every row changed here since the last sync is merged field by field into the
team's copy under the server's write lock (the later edit of a field wins, the other is kept as
a conflict). Then it receives every record changed on the server since the last one seen, and
writes it here in one transaction. Each side commits whole, and what was sent is forgotten only
after the server committed it, so a sync cut at any point is simply run again.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from loyaltydesk.clock import now
from loyaltydesk.domain.clocks import Stamp, merge_field, next_stamp
from loyaltydesk.services.events import Change
from loyaltydesk.services.team import journal, records, server
from loyaltydesk.services.team.derived import settle
from loyaltydesk.services.team.download import download, written_once
from loyaltydesk.services.team.server import TeamError
from loyaltydesk.services.unit_of_work import touched, touched_book, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import uuid_bytes, uuid_sql


@dataclass(frozen=True)
class SyncResult:
    sent: int
    received: int
    conflicts: int


@dataclass(frozen=True)
class TeamStatus:
    url: str | None
    role: str | None
    last_sync: str | None
    waiting: int
    conflicts: int


def _now_ms() -> int:
    return int(now().timestamp() * 1000)


def _plain(value: Any) -> Any:
    """A value as it reads back from JSON, so a row and its shadow compare alike."""
    return json.loads(json.dumps(value, default=str))


def _uploaded(stamp: str) -> Iterator[server.Row]:
    """Every row of this book as a record for the team's book, its shadow kept here as sent."""
    for table in records.TABLES:
        for batch in records.read_in_batches(table.name):
            shadows = []
            for r in batch:
                text = json.dumps(r.data, sort_keys=True, default=str)
                clocks = dict.fromkeys(r.data or {}, stamp)
                shadows.append((r.table, r.uuid, text, journal.one_clock(clocks)))
                yield (r.table, r.uuid, text, json.dumps(clocks), r.customer_uuid,
                       r.private_to)
            journal.keep_shadow_texts(shadows)


# ---------------------------------------------------------------------------------------------
# Create, join, leave


def create_team(url: str) -> SyncResult:
    """Make an empty PostgreSQL database the team's book and upload this book into it."""
    if journal.shared():
        raise TeamError(tr("This book is already shared with a team ('team leave' first)"))
    device = uuidlib.uuid4().hex[:12]
    stamp = Stamp(_now_ms(), 0, device).text()
    conn = server.connect(url)
    with server.answering(), conn, db.atomic():  # here, committed only once the server has
        params = server.settings(url)
        group = f"{params.get('dbname') or conn.info.dbname}_team"
        with server.writing(conn):
            sent = server.create_schema(conn, group, _uploaded(stamp))
        _remember(url, device, conn.info.user, server.newest_seq(conn))
    return SyncResult(sent, 0, 0)


def join_team(url: str, *, merge: bool = False) -> SyncResult:
    """Connect this laptop to the team's book and bring it here (and this book there: merge)."""
    if journal.shared():
        raise TeamError(tr("This book is already shared with a team ('team leave' first)"))
    count = db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
    if count and not merge:
        raise TeamError(tr("This book already holds %n customer(s): join with --merge to add "
                           "them to the team's book, or join from an empty data folder", count))
    device = uuidlib.uuid4().hex[:12]
    conn = server.connect(url)
    with server.answering(), conn:
        server.check_schema(conn)
        with nullcontext() if merge else written_once(), unit_of_work():
            if merge:
                _note_everything()
            if merge:
                received, cursor = _receive(conn, 0)
            else:  # into a book with no customers: in bulk
                received, cursor = download(conn)
            _remember(url, device, conn.info.user, cursor)
        sent = conflicts = 0
        if merge:
            sent, conflicts = _send(conn)
            _, cursor = _receive(conn, cursor)
            with db.atomic():
                journal.put(journal.CURSOR, str(cursor))
    return SyncResult(sent, received, conflicts)


def _note_everything() -> None:
    """Mark every row of this book as changed, so the first sync sends it."""
    at = _now_ms()
    for table in records.TABLES:
        db.execute_sql(f"INSERT INTO sync_change (tbl, uuid, at_ms) "
                       f"SELECT '{table.name}', {uuid_sql('uuid')}, ? FROM \"{table.name}\"",
                       (at,))


def _remember(url: str, device: str, role: str, cursor: int) -> None:
    journal.put(journal.URL, server.safe_url(url))
    journal.put(journal.DEVICE, device)
    journal.put(journal.ROLE, role)
    journal.put(journal.CURSOR, str(cursor))
    journal.put(journal.LAST_SYNC, now().astimezone(UTC).isoformat(timespec="seconds"))
    journal.set_logging(True)


def leave_team() -> None:
    """Back to a single-user book; every row stays here."""
    if not journal.shared():
        raise TeamError(tr("This book is not shared with a team"))
    with db.atomic():
        journal.forget_all()


# ---------------------------------------------------------------------------------------------
# Sync


Progress = Callable[[str, int], None]  # what step a sync has reached, and how many records


def _quiet(step: str, count: int) -> None:
    pass


def sync_now(progress: Progress = _quiet, batch: int = 5000, timeout: int = 10) -> SyncResult:
    """Send what changed here, then receive what changed on the server.

    `progress` hears each step as it is done: "sending", "sent" (the server committed),
    "received" (one batch written here).
    """
    url = journal.get(journal.URL)
    if url is None:
        raise TeamError(tr("This book is not shared with a team ('team create' or 'team "
                           "join')"))
    conn = server.connect(url, timeout=timeout)
    with server.answering(), conn:
        server.check_schema(conn)
        sent, conflicts = _send(conn, progress)
        cursor = int(journal.get(journal.CURSOR, "0") or 0)
        received, cursor = _receive(conn, cursor, progress, batch)
    with db.atomic():
        journal.put(journal.CURSOR, str(cursor))
        journal.put(journal.LAST_SYNC, now().astimezone(UTC).isoformat(timespec="seconds"))
    return SyncResult(sent, received, conflicts)


def _send(conn, progress: Progress = _quiet) -> tuple[int, int]:
    waiting, high = journal.pending()
    settled = journal.resolutions_to_send()
    if not waiting and not settled:
        return 0, 0
    progress("sending", len(waiting) + len(settled))
    device = journal.get(journal.DEVICE) or "device"
    keys = [(p.table, p.uuid) for p in waiting]
    local: dict[tuple[str, str], records.Record] = {}
    for table in {p.table for p in waiting}:
        found = records.read(table, [p.uuid for p in waiting if p.table == table])
        local.update({(table, u): r for u, r in found.items()})
    shadows = journal.shadows(keys)
    found_at = now().astimezone(UTC).isoformat(timespec="seconds")
    rows, lost, moved = [], [], []
    with server.writing(conn) as cur:
        shared = server.current(cur, keys)
        for entry in sorted(waiting, key=lambda p: records.ORDER[p.table]):
            key = (entry.table, entry.uuid)
            row, conflicts = _merge(local.get(key), shadows.get(key), shared.get(key), device,
                                    entry.at_ms)
            if row is not None and row[2] is None:  # a deletion: keep who may see it
                row = (entry.table, entry.uuid, None, row[3], row[4].customer_uuid,
                       row[4].private_to)
            if row is not None:
                rows.append(row)
                if entry.table == "customer" and key in shared \
                        and shared[key].private_to != row[5]:
                    moved.append((entry.uuid, row[5]))
            lost += [(row, c) for c in conflicts]
        server.write(cur, rows)
        for customer_uuid, private_to in moved:
            server.set_private(cur, customer_uuid, private_to)
        server.write(cur, [_privacy_notice(uuid, private_to) for uuid, private_to in moved])
        # conflicts go to the team's book in the same transaction: none is lost to a crash
        server.write(cur, [_conflict_record(r, c, found_at) for r, c in lost]
                     + [(CONFLICT, c.uuid, c.shared_data(), {}, None, None) for c in settled])
    progress("sent", len(rows))
    with db.atomic():
        journal.sent(high)
        journal.resolutions_sent([c.uuid for c in settled])
    return len(rows), len(lost)


def _conflict_record(row, conflict, found_at: str):
    table, uuid, _, _, customer_uuid, private_to = row
    data = {"table": table, "uuid": uuid, "field": conflict.field, "kept": conflict.kept,
            "other": conflict.other, "other_device": conflict.other_device,
            "found_at": found_at, "resolved_at": None}
    return (CONFLICT, uuidlib.uuid4().hex, data, {}, customer_uuid, private_to)


PRIVACY = "privacy"  # records that tell the team a customer went private (or shared again)
CONFLICT = "conflict"  # records of edits that lost a race, for any member to review


def _privacy_notice(customer_uuid: str, private_to: str | None):
    stamp = Stamp(_now_ms(), 0, journal.get(journal.DEVICE) or "device").text()
    return (PRIVACY, customer_uuid, {"private_to": private_to}, {"private_to": stamp}, None, None)


def is_private(customer_id: int) -> bool:
    row = db.execute_sql("SELECT private_to FROM customer WHERE id = ?", (customer_id,)).fetchone()
    return bool(row and row[0])


def set_private(customer_id: int, private: bool) -> None:
    """Keep a customer to oneself in the team's book (its owner's role alone sees it)."""
    role = journal.get(journal.ROLE)
    if role is None:
        raise TeamError(tr("Only a customer of a team's book can be kept private"))
    from loyaltydesk.store.fields import moment_text

    with unit_of_work():
        db.execute_sql("UPDATE customer SET private_to = ?, updated_at = ? WHERE id = ?",
                       (role if private else None, moment_text(now()), customer_id))
        touched(customer_id, Change.CUSTOMERS, figures=False)


def _merge(record: records.Record | None, shadow: tuple[dict, dict] | None,
           shared: server.Shared | None, device: str, at_ms: int):
    """The server row to write for one changed row here, and the conflicts found."""
    if shared is not None and shared.data is None:
        return None, []  # deleted for good on another laptop: the deletion stands
    if record is None:  # deleted for good here
        if shared is None:
            return None, []
        tomb = {"deleted": next_stamp(at_ms, device).text()}
        return (None, None, None, tomb, shared), []
    shadow_data, shadow_clocks = shadow or ({}, {})
    mine = _plain(record.data)
    changed = [f for f in mine if f not in shadow_data or shadow_data[f] != mine[f]]
    if not changed:
        return None, []
    based_on = max(shadow_clocks.values(), default=None)
    stamp = next_stamp(_edit_ms(record, at_ms), device,
                       Stamp.parse(based_on) if based_on else None).text()
    data = dict(shared.data) if shared and shared.data is not None else {}
    clocks = dict(shared.clocks) if shared else {}
    conflicts = []
    for field in mine:
        if field not in changed and field in data:
            continue
        value, clock, conflict = merge_field(f"{record.table}.{field}", mine[field], stamp,
                                             shadow_clocks.get(field), data.get(field),
                                             clocks.get(field))
        data[field], clocks[field] = value, clock
        if conflict is not None:
            conflicts.append(conflict)
    private_to = data.get("private_to") if record.table == "customer" else record.private_to
    return (record.table, record.uuid, data, clocks, record.customer_uuid, private_to), conflicts


def _edit_ms(record: records.Record, at_ms: int) -> int:
    """When the person saved the row, by the app's clock; else when the row was noted."""
    updated = (record.data or {}).get("updated_at")
    if isinstance(updated, str):
        try:
            return int(datetime.fromisoformat(updated).timestamp() * 1000)
        except ValueError:
            pass
    return at_ms


def _receive(conn, cursor: int, progress: Progress = _quiet,
             batch_size: int = 5000) -> tuple[int, int]:
    """Write here every record changed on the server after `cursor`; returns (count, cursor).

    A row edited here since the last send is left as it is: the next sync merges it.
    """
    received = 0
    for batch in server.changes_after(conn, cursor, batch_size):
        with unit_of_work():
            busy = journal.changed_since(0)
            incoming = [records.Record(r.table, r.uuid, r.data, clocks=r.clocks) for r in batch
                        if (r.table, r.uuid) not in busy and r.table in records.BY_NAME]
            logging = journal.get(journal.LOGGING) == "1"
            journal.set_logging(False)
            _forget_private([r for r in batch if r.table == PRIVACY])
            for r in batch:
                if r.table == CONFLICT and r.data:
                    journal.keep_conflict(r.uuid, r.data)
            changed = records.apply(incoming)
            journal.keep_shadows((r.table, r.uuid, r.data, r.clocks) for r in incoming)
            journal.set_logging(logging)
            settle(changed)  # noted as edits here when shared: twins removed everywhere
            if incoming:
                touched(sorted(changed), Change.BULK)
            cursor = batch[-1].seq
            journal.put(journal.CURSOR, str(cursor))
        received += len(incoming)
        progress("received", len(incoming))
    return received, cursor


def _forget_private(notices: list[server.ServerRecord]) -> None:
    """A customer another member made private leaves this laptop (it comes back if shared)."""
    me = journal.get(journal.ROLE)
    for notice in notices:
        owner = (notice.data or {}).get("private_to")
        if owner and owner != me:
            db.execute_sql("DELETE FROM customer WHERE uuid = ?", (uuid_bytes(notice.uuid),))


# ---------------------------------------------------------------------------------------------
# Status and conflicts


def shared() -> bool:
    """Whether this book is shared with a team (one cheap read: edits ask it often)."""
    return journal.shared()


def status() -> TeamStatus:
    if not journal.shared():
        return TeamStatus(None, None, None, 0, 0)
    return TeamStatus(journal.get(journal.URL), journal.get(journal.ROLE),
                      journal.get(journal.LAST_SYNC), journal.waiting(),
                      len(journal.open_conflicts()))


def conflicts() -> list[journal.Conflict]:
    return journal.open_conflicts()


def swap(conflict_id: int) -> None:
    """Keep the value that lost instead: it becomes a new edit, sent at the next sync."""
    found = {c.id: c for c in journal.open_conflicts()}
    if conflict_id not in found:
        raise TeamError(tr("No open conflict #{id}").format(id=conflict_id))
    conflict = found[conflict_id]
    if conflict.field not in records.columns_of(conflict.table):
        raise TeamError(tr("{field} cannot be set back by hand").format(field=conflict.field))
    with unit_of_work():
        db.execute_sql(f'UPDATE "{conflict.table}" SET "{conflict.field}" = ?, updated_at = ? '
                       "WHERE uuid = ?",
                       (conflict.other, _moment_text(), uuid_bytes(conflict.row_uuid)))
        journal.resolve(conflict_id, _moment_text())
        link = records.customer_link(conflict.table)
        row = db.execute_sql(f'SELECT {link} FROM "{conflict.table}" t WHERE t.uuid = ?',
                             (uuid_bytes(conflict.row_uuid),)).fetchone() if link else None
        if row and row[0] is not None:
            touched(row[0], Change.CUSTOMERS, Change.TIMELINE)
        else:
            touched_book(Change.CUSTOMERS)


def dismiss(conflict_id: int) -> None:
    with db.atomic():
        journal.resolve(conflict_id, _moment_text())


def _moment_text() -> str:
    from loyaltydesk.store.fields import moment_text

    return moment_text(now())
