"""Follow-ups: scheduling by hand, completing, skipping, snoozing, and what is due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.followups import (
    FollowUpError,
    FollowUpState,
    Status,
    check_open,
    check_skip_reason,
    check_snooze,
)
from loyaltydesk.domain.goals import Goal, goal_of
from loyaltydesk.services.events import Change
from loyaltydesk.services.goals import already_met, close_met_goals, facts_for
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store import tallies, today_reads
from loyaltydesk.store.bulk import insert_rows
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text
from loyaltydesk.store.models import Customer, FollowUp, FollowUpEvent


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    customer_id: int
    customer_name: str
    due_at: datetime
    remind_at: datetime
    kind: FollowUpKind
    channel: Channel
    title: str
    script: str
    status: Status
    snoozed_until: datetime | None
    notified_at: datetime | None
    completed_at: datetime | None
    outcome: str


_COLUMNS = (FollowUp.id, FollowUp.customer, Customer.name, Customer.company, FollowUp.due_at,
            FollowUp.remind_at, FollowUp.kind, FollowUp.channel, FollowUp.title, FollowUp.script,
            FollowUp.status, FollowUp.snoozed_until, FollowUp.notified_at, FollowUp.completed_at,
            FollowUp.outcome)


def _query():
    """The columns a FollowUpRow needs, read as plain tuples (no model per row)."""
    return (FollowUp.select(*_COLUMNS).join(Customer)
            .where(FollowUp.deleted_at.is_null() & Customer.deleted_at.is_null()))


def _rows(query) -> list[FollowUpRow]:
    return [FollowUpRow(fid, cid, name or company, due, remind, FollowUpKind(kind),
                        Channel(channel), title, script, Status(status), snoozed, notified,
                        completed, outcome)
            for (fid, cid, name, company, due, remind, kind, channel, title, script, status,
                 snoozed, notified, completed, outcome) in query.tuples()]


def get_followup(followup_id: int) -> FollowUpRow:
    query = _query()
    found = _rows(query.where(FollowUp.id == followup_id))
    if not found:
        raise FollowUpError(tr("No follow-up with id {id}").format(id=followup_id))
    return found[0]


def _state(f: FollowUp) -> FollowUpState:
    return FollowUpState(Status(f.status), f.due_at, f.snoozed_until)


def _log(followup_id: int, action: str, detail: str = "", at: datetime | None = None) -> None:
    FollowUpEvent.create(followup=followup_id, action=action, at=at or now(), detail=detail)


def _local_today():
    return now().astimezone(clock().local_tz()).date()


def _changed(customer_id: int, figures: bool = True) -> None:
    touched(customer_id, Change.FOLLOWUPS, Change.TIMELINE, figures=figures)


def schedule_followup(customer_id: int, due_at: datetime, title: str,
                      kind: FollowUpKind = FollowUpKind.TASK,
                      channel: Channel = Channel.PHONE, script: str = "") -> int:
    return schedule_followups([PlannedFollowUp(customer_id, due_at, title, kind, channel,
                                               script)])[0]


@dataclass(frozen=True)
class PlannedFollowUp:
    """A follow-up planned by hand."""

    customer_id: int
    due_at: datetime
    title: str
    kind: FollowUpKind = FollowUpKind.TASK
    channel: Channel = Channel.PHONE
    script: str = ""


def schedule_followups(plans: Sequence[PlannedFollowUp]) -> list[int]:
    """Plan follow-ups by hand, all or none: one whose goal is already met is refused."""
    if not plans:
        return []
    if any(not p.title.strip() for p in plans):
        raise FollowUpError(tr("A follow-up needs a title"))
    facts = facts_for({p.customer_id for p in plans}, {goal_of(p.kind) for p in plans})
    today = _local_today()
    for p in plans:
        met = already_met(p.customer_id, p.kind, today, facts=facts[p.customer_id])
        if met is not None:
            raise FollowUpError(f"Its goal is already met: {met.describe()}")
    with unit_of_work():
        ids = insert_rows(FollowUp, [{
            "customer": p.customer_id, "due_at": p.due_at, "remind_at": p.due_at,
            "title": p.title.strip(), "kind": p.kind.value, "channel": p.channel.value,
            "script": p.script} for p in plans])
        _log_all(ids, "scheduled", "by hand")
        customers = [p.customer_id for p in plans]
        touched(customers if len(customers) > 1 else customers[0], Change.FOLLOWUPS,
                Change.TIMELINE)
    return ids


def _log_all(ids: list[int], action: str, detail: str) -> None:
    insert_rows(FollowUpEvent, [{"followup": i, "action": action, "at": now(),
                                 "detail": detail} for i in ids])


def complete_followup(followup_id: int, note: str = "") -> int:
    """Mark done (the interaction that did it is logged by services.interactions)."""
    return close_followups([(followup_id, Status.DONE, note)])[0]


def skip_followup(followup_id: int, reason: str) -> None:
    close_followups([(followup_id, Status.SKIPPED, check_skip_reason(reason))])


def close_followups(outcomes: Sequence[tuple[int, Status, str]]) -> list[int]:
    """Mark follow-ups done or skipped (a skip needs its reason), each with its note;
    returns their customers. One that is not open refuses them all."""
    if not outcomes:
        return []
    ids = [fid for fid, _, _ in outcomes]
    found: dict[int, tuple[int, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update((fid, (cid, status)) for fid, cid, status in db.execute_sql(
            "SELECT id, customer_id, status FROM follow_up "
            f"WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    customers = []
    for fid, status, note in outcomes:
        if fid not in found:
            raise FollowUpError(tr("No follow-up with id {id}").format(id=fid))
        if Status(found[fid][1]) is not Status.OPEN:
            check_open(_state(FollowUp.get_by_id(fid)),
                       "completed" if status is Status.DONE else "skipped")
        if status is Status.SKIPPED:
            check_skip_reason(note)
        customers.append(found[fid][0])
    with unit_of_work():
        moment = now()
        stamp = moment_text(moment)
        db.cursor().executemany(
            "UPDATE follow_up SET status = ?, outcome = ?, completed_at = ?, updated_at = ? "
            "WHERE id = ?", [(status.value, note.strip(), stamp, stamp, fid)
                             for fid, status, note in outcomes])
        insert_rows(FollowUpEvent, [{"followup": fid, "action": status.value, "at": moment,
                                     "detail": note.strip()} for fid, status, note in outcomes])
        # a birthday wished (or let go) makes way for next year's
        from loyaltydesk.services.cadences import schedule_birthdays
        schedule_birthdays(sorted(set(customers)))
        done = [cid for cid, (_, status, _) in zip(customers, outcomes, strict=True)
                if status is Status.DONE]
        close_met_goals(done, (Goal.CONTACT,))  # done is a contact: keep-in-touch is met
        unique = list(dict.fromkeys(customers))
        touched(unique if len(unique) > 1 else unique[0], Change.FOLLOWUPS, Change.TIMELINE)
    return customers


def snooze_followup(followup_id: int, until: datetime) -> None:
    with unit_of_work():
        f = FollowUp.get_by_id(followup_id)
        check_snooze(_state(f), until, now())
        f.snoozed_until, f.remind_at, f.notified_at = until, until, None
        f.save()
        _log(f.id, "snoozed", until.isoformat())
        _changed(f.customer_id)


def reschedule_followup(followup_id: int, due_at: datetime) -> None:
    with unit_of_work():
        f = FollowUp.get_by_id(followup_id)
        check_open(_state(f), "rescheduled")
        f.due_at, f.remind_at, f.snoozed_until, f.notified_at = due_at, due_at, None, None
        f.save()
        _log(f.id, "rescheduled", due_at.isoformat())
        _changed(f.customer_id)


class FollowUpChanged(FollowUpError):
    """Fields changed both in the form and elsewhere since `loaded`: nothing was written."""

    def __init__(self, fields: list[str], current: FollowUpRow) -> None:
        super().__init__(f"Changed elsewhere meanwhile: {', '.join(fields)}")
        self.fields = fields
        self.current = current


def edit_followup(followup_id: int, title: str | None, kind: FollowUpKind | None,
                  channel: Channel | None, script: str | None, *,
                  loaded: FollowUpRow | None = None) -> None:
    """Write what the form changed; a None leaves that field as stored (a phone or a team
    may have changed it since the form was opened). With `loaded` (the follow-up as the form
    read it), a changed field whose stored value changed since raises FollowUpChanged."""
    if title is not None and not title.strip():
        raise FollowUpError(tr("A follow-up needs a title"))
    values = {name: value for name, value in (
        ("title", title.strip() if title is not None else None),
        ("kind", kind.value if kind is not None else None),
        ("channel", channel.value if channel is not None else None),
        ("script", script)) if value is not None}
    if not values:
        return
    with unit_of_work():
        if loaded is not None:
            _refuse_crossed_edits(followup_id, values, loaded)
        FollowUp.update(**values, updated_at=now()).where(FollowUp.id == followup_id).execute()
        customer_id = FollowUp.get_by_id(followup_id).customer_id
        # now of a kind whose goal is already met: it closes, and the figures follow
        _changed(customer_id, figures=bool(close_met_goals([customer_id])))


def _refuse_crossed_edits(followup_id: int, values: dict[str, str],
                          loaded: FollowUpRow) -> None:
    current = get_followup(followup_id)
    crossed = [name for name, value in values.items()
               if str(getattr(current, name)) != str(getattr(loaded, name))
               and str(getattr(current, name)) != value]
    if crossed:
        raise FollowUpChanged(crossed, current)


def drop_followup(followup_id: int) -> None:
    """Move a follow-up to the trash."""
    with unit_of_work():
        f = FollowUp.get_by_id(followup_id)
        f.deleted_at = now()
        f.save()
        _log(f.id, "dropped")
        _changed(f.customer_id)


def restore_followup(followup_id: int) -> None:
    with unit_of_work():
        f = FollowUp.get_by_id(followup_id)
        f.deleted_at = None
        f.save()
        _log(f.id, "restored")
        close_met_goals([f.customer_id])  # met while it was in the trash: closes now
        _changed(f.customer_id)


def due_followups(at: datetime | None = None, limit: int | None = None) -> list[FollowUpRow]:
    """Open follow-ups whose reminder time has come, oldest first."""
    # Read in (remind_at, id) order from the (status, remind_at) index, as Today's lists
    # are (store.today_reads): the open ones' partial index would sort reminders that share
    # a time. The status is spelled out: bound as a parameter, it would not pick the index.
    ids = [row[0] for row in db.execute_sql(
        "SELECT f.id FROM follow_up f INDEXED BY follow_up_status_remind_at "
        "CROSS JOIN customer c ON c.id = f.customer_id "
        "WHERE f.status = 'open' AND f.deleted_at IS NULL AND c.deleted_at IS NULL "
        "AND f.remind_at <= ? ORDER BY f.remind_at, f.id LIMIT ?",
        [moment_text(at or now()), -1 if limit is None else limit])]
    return _rows_of(ids)


def _rows_of(ids: list[int]) -> list[FollowUpRow]:
    """These follow-ups' rows, in the order of `ids`."""
    found: dict[int, FollowUpRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update((r.id, r) for r in _rows(_query().where(FollowUp.id.in_(chunk))))
    return [found[i] for i in ids if i in found]


def due_count(at: datetime | None = None) -> int:
    """Open follow-ups due by `at`, of customers outside the trash.

    Kept by the connection as the book changes (store.tallies): a tick reads only the
    reminders that came since the last one. A stored moment never holds a character below a
    space, so those up to `at` are those before its text and a space.
    """
    before = moment_text(at or now()) + " "
    kept = tallies.due_before(before, today_reads.due_count)
    return kept if kept is not None else today_reads.due_count(today_reads.EARLIEST, before)


def pending_notices(at: datetime | None = None, limit: int = 200) -> list[FollowUpRow]:
    """Due follow-ups whose reminder has not been raised for their current time yet."""
    # Read from the partial index of unraised reminders; the status is spelled out, as a
    # bound parameter would keep SQLite from choosing that index.
    ids = [row[0] for row in db.execute_sql(
        "SELECT f.id FROM follow_up f INDEXED BY follow_up_pending_notice "
        "CROSS JOIN customer c ON c.id = f.customer_id "
        "WHERE f.status = 'open' AND f.notified_at IS NULL AND f.deleted_at IS NULL "
        "AND c.deleted_at IS NULL AND f.remind_at <= ? ORDER BY f.remind_at, f.id LIMIT ?",
        [moment_text(at or now()), limit])]
    return _rows_of(ids)


def mark_notified(followup_ids: list[int], at: datetime | None = None) -> None:
    moment = at or now()
    with db.atomic():
        FollowUp.update(notified_at=moment).where(FollowUp.id.in_(followup_ids)).execute()
        FollowUpEvent.insert_many([{"followup": i, "action": "raised", "at": moment}
                                   for i in followup_ids]).execute()


def followups_between(start: datetime, end: datetime,
                      include_closed: bool = True) -> list[FollowUpRow]:
    query = _query()
    query = query.where((FollowUp.remind_at >= start) & (FollowUp.remind_at < end))
    if not include_closed:
        query = query.where(FollowUp.status == "open")
    return _rows(query.order_by(FollowUp.remind_at))


def followups_of(customer_id: int) -> list[FollowUpRow]:
    query = _query()
    return _rows(query.where(FollowUp.customer == customer_id).order_by(FollowUp.remind_at))


def soonest_open_of(customer_id: int) -> FollowUpRow | None:
    """The customer's next step: the open follow-up that reminds first (of one moment, the
    first made), read from the open follow-ups' index alone."""
    found = _rows(_query().where((FollowUp.customer == customer_id)
                                 & (FollowUp.status == Status.OPEN.value))
                  .order_by(FollowUp.remind_at, FollowUp.id).limit(1))
    return found[0] if found else None


def history_of(followup_id: int) -> list[tuple[datetime, str, str]]:
    events = FollowUpEvent.select().where(FollowUpEvent.followup == followup_id).order_by(
        FollowUpEvent.at, FollowUpEvent.id)
    return [(e.at, e.action, e.detail) for e in events]
