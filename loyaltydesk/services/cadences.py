"""Cadences in the database: the built-in playbooks, user edits, and running them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.cadences import (
    BUILT_IN_CADENCES,
    STALE_AFTER,
    Channel,
    FollowUpKind,
    OffsetUnit,
    StepPlan,
    Trigger,
    due_moment,
    steps_to_schedule,
)
from loyaltydesk.domain.followups import working_day_due
from loyaltydesk.domain.goals import goal_of
from loyaltydesk.domain.personal import next_occurrence
from loyaltydesk.services.batches import rounds
from loyaltydesk.services.events import Change
from loyaltydesk.services.goals import already_met, facts_for
from loyaltydesk.services.unit_of_work import touched, touched_book, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.bulk import insert_rows
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text
from loyaltydesk.store.models import (
    Cadence,
    CadenceStep,
    Customer,
    FollowUp,
    FollowUpEvent,
    Purchase,
)
from loyaltydesk.store.queries import delete, tuples


class CadenceError(ValueError):
    """A cadence that cannot be saved as given."""


@dataclass
class CadenceInfo:
    id: int | None
    name: str
    trigger: Trigger
    description: str = ""
    active: bool = True
    builtin_key: str | None = None
    steps: list[StepPlan] = field(default_factory=list)


def ensure_builtin() -> None:
    """Add any built-in cadence the database does not have yet (user edits are kept)."""
    known = {c.builtin_key for c in Cadence.select(Cadence.builtin_key)}
    with db.atomic():
        for position, plan in enumerate(BUILT_IN_CADENCES):
            if plan.key in known:
                continue
            cadence = Cadence.create(name=plan.name, description=plan.description,
                                     trigger=plan.trigger.value, builtin_key=plan.key,
                                     position=position, active=plan.active)
            _write_steps(cadence.id, plan.steps)


def _write_steps(cadence_id: int, steps: list[StepPlan] | tuple[StepPlan, ...]) -> None:
    for position, step in enumerate(steps):
        CadenceStep.create(cadence=cadence_id, position=position, offset=step.offset,
                           unit=step.unit.value, kind=step.kind.value,
                           channel=step.channel.value, title=step.title, script=step.script)


def _plan(step: CadenceStep) -> StepPlan:
    return StepPlan(step.offset, OffsetUnit(step.unit), FollowUpKind(step.kind),
                    Channel(step.channel), step.title, step.script)


def list_cadences() -> list[CadenceInfo]:
    result = []
    for c in Cadence.select().order_by(Cadence.position, Cadence.id):
        steps = [_plan(s) for s in c.steps.order_by(CadenceStep.position)]
        result.append(CadenceInfo(c.id, c.name, Trigger(c.trigger), c.description, c.active,
                                  c.builtin_key, steps))
    return result


def save_cadence(info: CadenceInfo) -> int:
    """Create or replace a cadence and its steps; follow-ups already scheduled stay."""
    if not info.name.strip():
        raise CadenceError(tr("A cadence needs a name"))
    if not info.steps:
        raise CadenceError(tr("A cadence needs at least one step"))
    for step in info.steps:
        if not step.title.strip():
            raise CadenceError(tr("Every step needs a title"))
    with unit_of_work():
        if info.id is None:
            position = Cadence.select().count()
            cadence = Cadence.create(name=info.name.strip(), description=info.description,
                                     trigger=info.trigger.value, active=info.active,
                                     position=position)
        else:
            cadence = Cadence.get_by_id(info.id)
            cadence.name, cadence.description = info.name.strip(), info.description
            cadence.trigger, cadence.active = info.trigger.value, info.active
            cadence.save()
            CadenceStep.update(position=CadenceStep.position + 1000).where(
                CadenceStep.cadence == cadence.id).execute()
            # steps that made follow-ups keep them (the link is set to NULL by the FK)
            delete(CadenceStep).where(CadenceStep.cadence == cadence.id).execute()
        _write_steps(cadence.id, info.steps)
        touched_book(Change.CADENCES)
    return cadence.id


def set_active(cadence_id: int, active: bool) -> None:
    with unit_of_work():
        Cadence.update(active=active).where(Cadence.id == cadence_id).execute()
        if active and Cadence.get_by_id(cadence_id).trigger == Trigger.BIRTHDAY.value:
            created = schedule_birthdays()
            planned = {f.customer_id for f in FollowUp.select(FollowUp.customer).where(
                FollowUp.id.in_(created))}
            touched(sorted(planned), Change.FOLLOWUPS)
        touched_book(Change.CADENCES)


def _birthday_followups(customer_ids: list[int] | None) -> tuple[set[int], dict[int, date]]:
    """Customers with a birthday follow-up open, and the last day one was due for each."""
    query = (FollowUp.select(FollowUp.customer, FollowUp.status, FollowUp.due_at)
             .join(CadenceStep).join(Cadence)
             .where((Cadence.trigger == Trigger.BIRTHDAY.value) & FollowUp.deleted_at.is_null()))
    if customer_ids is not None:
        query = query.where(FollowUp.customer.in_(customer_ids))
    tz = clock().local_tz()
    planned: set[int] = set()
    last: dict[int, date] = {}
    for cid, status, due in tuples(query):
        if status == "open":
            planned.add(cid)
        day = due.astimezone(tz).date()
        last[cid] = max(last.get(cid, day), day)
    return planned, last


def schedule_birthdays(customer_ids: list[int] | None = None) -> list[int]:
    """Plan the next birthday of these customers (all when None) with the active birthday
    cadences, unless one is already planned; inside the caller's transaction."""
    if not db.execute_sql("SELECT 1 FROM cadence WHERE \"trigger\" = ? AND active LIMIT 1",
                          [Trigger.BIRTHDAY.value]).fetchone():
        return []
    query = Customer.select(Customer.id, Customer.birthday).where(
        (Customer.birthday != "") & Customer.deleted_at.is_null())
    if customer_ids is not None:
        query = query.where(Customer.id.in_(customer_ids))
    planned, last = _birthday_followups(customer_ids)
    today = now().astimezone(clock().local_tz()).date()
    runs: list[TriggerRun] = []
    for cid, birthday in tuples(query):
        if cid in planned:
            continue
        # past this year's (moved up to two days for a weekend): next year's
        start = max(today, last[cid] + timedelta(days=8)) if cid in last else today
        runs.append(TriggerRun(cid, Trigger.BIRTHDAY, next_occurrence(birthday, start)))
    return [fid for made in run_triggers(runs) for fid in made]


# The outcome of follow-ups a cadence gives up when it starts again (the timeline folds them).
REPLACED_REASON = "Replaced by the same cadence started again"


@dataclass(frozen=True)
class TriggerRun:
    """One trigger firing for a customer: a sale, a score, a contract's end, a birthday."""

    customer_id: int
    trigger: Trigger
    start: date
    purchase_id: int | None = None
    since: date | None = None  # the day its reason arose; the sale's day, else today


def run_trigger(customer_id: int, trigger: Trigger, start: date,
                purchase_id: int | None = None) -> list[int]:
    """Schedule every active cadence for this trigger; inside the caller's transaction."""
    since = Purchase.get_by_id(purchase_id).purchased_on if purchase_id else None
    return run_triggers([TriggerRun(customer_id, trigger, start, purchase_id, since)])[0]


def run_triggers(runs: Sequence[TriggerRun]) -> list[list[int]]:
    """Schedule the active cadences of each run, in the caller's transaction; returns the
    follow-ups each run made. A customer's runs of one trigger are taken in order."""
    created: dict[int, list[int]] = {}
    indexed = list(enumerate(runs))
    for batch in rounds(indexed, lambda r: (r[1].customer_id, r[1].trigger)):
        made = _run_round([run for _, run in batch])
        created.update((index, ids) for (index, _), ids in zip(batch, made, strict=True))
    return [created[index] for index in range(len(runs))]


@dataclass(frozen=True)
class _Active:
    """An active cadence as a run needs it: its name, and its steps' ids and plans."""

    id: int
    name: str
    step_ids: list[int]
    plans: list[StepPlan]


def _cadences(triggers: set[Trigger]) -> dict[Trigger, list[_Active]]:
    """The active cadences of these triggers in order, with their steps."""
    found: dict[Trigger, list[_Active]] = {t: [] for t in triggers}
    wanted = [t.value for t in triggers]
    rows = db.execute_sql(
        "SELECT c.id, c.name, c.\"trigger\", s.id, s.\"offset\", s.unit, s.kind, s.channel, "
        "s.title, s.script FROM cadence c JOIN cadence_step s ON s.cadence_id = c.id "
        f"WHERE c.active AND c.\"trigger\" IN ({','.join('?' * len(wanted))}) "
        "ORDER BY c.position, c.id, s.position, s.id", wanted).fetchall()
    current: _Active | None = None
    for cid, name, trigger, sid, offset, unit, kind, channel, title, script in rows:
        if current is None or current.id != cid:
            current = _Active(cid, name, [], [])
            found[Trigger(trigger)].append(current)
        current.step_ids.append(sid)
        current.plans.append(StepPlan(offset, OffsetUnit(unit), FollowUpKind(kind),
                                      Channel(channel), title, script))
    return found


def _run_round(runs: list[TriggerRun]) -> list[list[int]]:
    """Runs with at most one per customer and trigger."""
    moment, tz = now(), clock().local_tz()
    today = moment.astimezone(tz).date()
    cadences = _cadences({r.trigger for r in runs})
    goals = {goal_of(p.kind) for found in cadences.values() for c in found for p in c.plans}
    facts = facts_for({r.customer_id for r in runs if cadences[r.trigger]}, goals)
    planned: list[tuple[int, dict]] = []  # (run index, follow-up row)
    restarted: set[tuple[int, int]] = set()  # (customer, cadence)
    for index, run in enumerate(runs):
        since = run.since or today
        for cadence in cadences[run.trigger]:
            plans = cadence.plans
            moments = [due_moment(run.start, p, tz, keep_ahead=run.trigger is Trigger.BIRTHDAY)
                       for p in plans]
            chosen = steps_to_schedule(moments, moment,
                                       keep_last=run.trigger is Trigger.CONTRACT_END)
            if not chosen:
                continue
            restarted.add((run.customer_id, cadence.id))
            for i in chosen:
                plan, due = plans[i], moments[i]
                if already_met(run.customer_id, plan.kind, since, run.purchase_id,
                               facts[run.customer_id]):
                    continue  # asking for what the customer already did would be careless
                if due < moment - STALE_AFTER:  # a renewal too close: its last touch, soon
                    due = working_day_due(today + timedelta(days=1), tz)
                planned.append((index, {
                    "customer": run.customer_id, "due_at": due, "remind_at": due,
                    "kind": plan.kind.value, "channel": plan.channel.value, "title": plan.title,
                    "script": plan.script, "cadence_step": cadence.step_ids[i],
                    "purchase": run.purchase_id, "detail": cadence.name}))
    _supersede(restarted, moment)
    details = [row.pop("detail") for _, row in planned]
    ids = insert_rows(FollowUp, [row for _, row in planned])
    insert_rows(FollowUpEvent, [{"followup": i, "action": "scheduled", "at": moment,
                                 "detail": d} for i, d in zip(ids, details, strict=True)])
    made: list[list[int]] = [[] for _ in runs]
    for (index, _), fid in zip(planned, ids, strict=True):
        made[index].append(fid)
    return made


def _supersede(restarted: set[tuple[int, int]], at: datetime) -> None:
    """Open, not yet raised follow-ups from an earlier run of the same cadence give way."""
    customers = sorted({cid for cid, _ in restarted})
    stale: list[int] = []
    for start in range(0, len(customers), 500):
        chunk = customers[start:start + 500]
        rows = db.execute_sql(
            "SELECT f.id, f.customer_id, s.cadence_id FROM follow_up f "
            "JOIN cadence_step s ON s.id = f.cadence_step_id "
            f"WHERE f.customer_id IN ({','.join('?' * len(chunk))}) AND f.status = 'open' "
            "AND f.remind_at > ? AND f.notified_at IS NULL AND f.deleted_at IS NULL",
            [*chunk, moment_text(at)]).fetchall()
        stale += [fid for fid, cid, cadence in rows if (cid, cadence) in restarted]
    if not stale:
        return
    stamp = moment_text(at)
    db.cursor().executemany(
        "UPDATE follow_up SET status = 'skipped', outcome = ?, completed_at = ?, "
        "updated_at = ? WHERE id = ?", [(REPLACED_REASON, stamp, stamp, i) for i in stale])
    insert_rows(FollowUpEvent, [{"followup": i, "action": "skipped", "at": at,
                                 "detail": REPLACED_REASON} for i in stale])
