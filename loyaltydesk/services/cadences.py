"""Cadences in the database: the built-in playbooks, user edits, and running them."""

from __future__ import annotations

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
from loyaltydesk.domain.personal import next_occurrence
from loyaltydesk.services.events import Change
from loyaltydesk.services.goals import already_met, facts_of
from loyaltydesk.services.unit_of_work import touched, touched_book, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.database import db
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
    if not Cadence.select().where((Cadence.trigger == Trigger.BIRTHDAY.value)
                                  & Cadence.active).exists():
        return []
    query = Customer.select(Customer.id, Customer.birthday).where(
        (Customer.birthday != "") & Customer.deleted_at.is_null())
    if customer_ids is not None:
        query = query.where(Customer.id.in_(customer_ids))
    planned, last = _birthday_followups(customer_ids)
    today = now().astimezone(clock().local_tz()).date()
    created: list[int] = []
    for cid, birthday in tuples(query):
        if cid in planned:
            continue
        # past this year's (moved up to two days for a weekend): next year's
        start = max(today, last[cid] + timedelta(days=8)) if cid in last else today
        created += run_trigger(cid, Trigger.BIRTHDAY, next_occurrence(birthday, start))
    return created


# The outcome of follow-ups a cadence gives up when it starts again (the timeline folds them).
REPLACED_REASON = "Replaced by the same cadence started again"


def _supersede(customer_id: int, cadence_id: int, at: datetime) -> None:
    """Open, not yet raised follow-ups from an earlier run of the same cadence give way."""
    stale = (FollowUp.select(FollowUp.id).join(CadenceStep)
             .where((FollowUp.customer == customer_id) & (CadenceStep.cadence == cadence_id)
                    & (FollowUp.status == "open") & (FollowUp.remind_at > at)
                    & FollowUp.notified_at.is_null() & FollowUp.deleted_at.is_null()))
    ids = [f.id for f in stale]
    if not ids:
        return
    reason = REPLACED_REASON
    FollowUp.update(status="skipped", outcome=reason, completed_at=at, updated_at=at).where(
        FollowUp.id.in_(ids)).execute()
    FollowUpEvent.insert_many([{"followup": i, "action": "skipped", "at": at, "detail": reason}
                               for i in ids]).execute()


def run_trigger(customer_id: int, trigger: Trigger, start: date,
                purchase_id: int | None = None) -> list[int]:
    """Schedule every active cadence for this trigger; inside the caller's transaction."""
    c = clock()
    moment, tz = now(), c.local_tz()
    created: list[int] = []
    since = Purchase.get_by_id(purchase_id).purchased_on if purchase_id else \
        moment.astimezone(tz).date()
    facts = facts_of(customer_id)
    cadences = Cadence.select().where((Cadence.trigger == trigger.value) & Cadence.active)
    for cadence in cadences.order_by(Cadence.position):
        steps = list(cadence.steps.order_by(CadenceStep.position))
        moments = [due_moment(start, _plan(s), tz, keep_ahead=trigger is Trigger.BIRTHDAY)
                   for s in steps]
        chosen = steps_to_schedule(moments, moment, keep_last=trigger is Trigger.CONTRACT_END)
        if not chosen:
            continue
        _supersede(customer_id, cadence.id, moment)
        for index in chosen:
            step, due = steps[index], moments[index]
            if already_met(customer_id, FollowUpKind(step.kind), since, purchase_id, facts):
                continue  # asking for what the customer already did would be careless
            if due < moment - STALE_AFTER:  # a renewal too close: its last touch, soon
                due = working_day_due(moment.astimezone(tz).date() + timedelta(days=1), tz)
            followup = FollowUp.create(customer=customer_id, due_at=due, remind_at=due,
                                       kind=step.kind, channel=step.channel, title=step.title,
                                       script=step.script, cadence_step=step.id,
                                       purchase=purchase_id)
            FollowUpEvent.create(followup=followup.id, action="scheduled", at=moment,
                                 detail=cadence.name)
            created.append(followup.id)
    return created
