"""A customer's timeline: ladder moves, contacts, sales, feedback and follow-ups in one stream."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

import peewee as pw

from loyaltydesk.clock import clock
from loyaltydesk.domain.ladder import Stage, StageMove, purchase_behind
from loyaltydesk.domain.money import format_money
from loyaltydesk.store.models import (
    Cadence,
    CadenceStep,
    Customer,
    FollowUp,
    FollowUpEvent,
    Interaction,
    Purchase,
    Referral,
    StageChange,
    Survey,
    Testimonial,
)
from loyaltydesk.store.queries import tuples


class EntryKind(StrEnum):
    STAGE = "stage"
    INTERACTION = "interaction"
    PURCHASE = "purchase"
    SURVEY = "survey"
    FOLLOWUP = "followup"
    REFERRAL = "referral"
    TESTIMONIAL = "testimonial"


@dataclass(frozen=True)
class TimelineEntry:
    kind: EntryKind
    at: datetime
    title: str
    detail: str
    ref_id: int
    subtype: str = ""  # the interaction kind, stage key, follow-up status...
    folded: tuple[TimelineEntry, ...] = ()  # the entries this one line stands for
    day_only: bool = False  # its day is known, not its time (a sale recorded another day)
    restarted_by: date | None = None  # a folded line: the day of the sale that restarted them


REPLACED = "replaced"  # subtype of the line standing for follow-ups a restart replaced


def _on_day(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=clock().local_tz())


def _in_its_day(day: date, recorded: datetime) -> datetime:
    """When a sale dated `day` happened, as near as we know: when it was recorded if that was
    on its day; else the edge of its day nearest to that, after all else known of a past day."""
    start = datetime.combine(day, time.min, tzinfo=clock().local_tz())
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=start.tzinfo)
    return min(max(recorded, start), end - timedelta(microseconds=1))


def _moves(customer_id: int) -> list[tuple[TimelineEntry, StageMove]]:
    rows = StageChange.select().where(StageChange.customer == customer_id)
    return [(TimelineEntry(EntryKind.STAGE, r.changed_at, f"Now {Stage(r.to_stage).label}",
                           r.reason, r.id, r.to_stage),
             StageMove(Stage(r.from_stage) if r.from_stage else None, Stage(r.to_stage),
                       r.reason, r.automatic)) for r in rows]


def _stages(customer_id: int) -> list[TimelineEntry]:
    return [entry for entry, _move in _moves(customer_id)]


# Each part reads the columns it shows as tuples: a customer with a long history is read in
# a fraction of the time whole rows take to become models.


def _interactions(customer_id: int) -> list[TimelineEntry]:
    rows = tuples(Interaction.select(Interaction.occurred_at, Interaction.summary,
                                     Interaction.notes, Interaction.effort_minutes,
                                     Interaction.id, Interaction.kind)
                  .where((Interaction.customer == customer_id)
                         & Interaction.deleted_at.is_null()))
    return [TimelineEntry(EntryKind.INTERACTION, at, summary,
                          notes + (f"\n{minutes} min" if minutes else ""), ref, kind)
            for at, summary, notes, minutes, ref, kind in rows]


def _purchases(customer_id: int) -> list[TimelineEntry]:
    rows = tuples(Purchase.select(Purchase.description, Purchase.contract_end_on,
                                  Purchase.is_renewal, Purchase.amount_cents, Purchase.currency,
                                  Purchase.purchased_on, Purchase.created_at, Purchase.id)
                  .where((Purchase.customer == customer_id) & Purchase.deleted_at.is_null()))
    result = []
    for detail, contract_end_on, is_renewal, cents, currency, on, created_at, ref in rows:
        if contract_end_on:
            detail += f"\nContract ends {contract_end_on.isoformat()}"
        label = "Renewal" if is_renewal else "Purchase"
        title = f"{label}: {format_money(cents, currency)}"
        at = _in_its_day(on, created_at)
        result.append(TimelineEntry(EntryKind.PURCHASE, at, title, detail.strip(), ref,
                                    day_only=at != created_at))
    return result


def _surveys(customer_id: int) -> list[TimelineEntry]:
    rows = tuples(Survey.select(Survey.surveyed_at, Survey.score, Survey.eleven, Survey.comment,
                                Survey.id)
                  .where((Survey.customer == customer_id) & Survey.deleted_at.is_null()))
    return [TimelineEntry(EntryKind.SURVEY, at, f"Satisfaction {score}/10",
                          "\n".join(x for x in (f"11/10: {eleven}" if eleven else "", comment)
                                    if x), ref, str(score))
            for at, score, eleven, comment, ref in rows]


def _followups(customer_id: int) -> list[TimelineEntry]:
    rows = tuples(FollowUp.select(FollowUp.status, FollowUp.completed_at, FollowUp.remind_at,
                                  FollowUp.outcome, FollowUp.script, FollowUp.title, FollowUp.id)
                  .where((FollowUp.customer == customer_id) & FollowUp.deleted_at.is_null()))
    result = []
    for status, completed_at, remind_at, outcome, script, title, ref in rows:
        at = completed_at if status != "open" and completed_at else remind_at
        detail = outcome if status != "open" else script
        result.append(TimelineEntry(EntryKind.FOLLOWUP, at, title, detail, ref, status))
    return result


def _referrals(customer_id: int) -> list[TimelineEntry]:
    made = (Referral.select(Referral, Customer.id, Customer.name).join(
        Customer, on=(Referral.referred == Customer.id), join_type=pw.JOIN.LEFT_OUTER)
        .where((Referral.referrer == customer_id) & Referral.deleted_at.is_null()))
    result = []
    for r in made:
        name = r.referred.name if r.referred_id and r.referred is not None else r.referred_name
        result.append(TimelineEntry(EntryKind.REFERRAL, _on_day(r.referred_on),
                                    f"Referred {name}", r.reward, r.id, r.status))
    return result


def _testimonials(customer_id: int) -> list[TimelineEntry]:
    rows = Testimonial.select().where((Testimonial.customer == customer_id)
                                      & Testimonial.deleted_at.is_null())
    return [TimelineEntry(EntryKind.TESTIMONIAL, _on_day(r.given_on),
                          f"{r.kind.replace('_', ' ').capitalize()}"
                          + (" (may publish)" if r.may_publish else ""), r.text, r.id, r.kind)
            for r in rows]


def _key(entry: TimelineEntry, rank: int) -> tuple:
    # Of one moment, the later-written row of a kind is the newer.
    return (entry.at, rank, entry.kind, entry.ref_id, 0)


def _placed_moves(customer_id: int, sales: list[tuple[tuple, TimelineEntry]]) -> list[tuple]:
    """Where each ladder move goes: a move a sale made right after that sale; and since each
    move starts from the rung the one before it reached, never after a move made later."""
    moves = sorted(_moves(customer_id), key=lambda pair: (pair[0].at, pair[0].ref_id))
    placed: list[tuple[tuple, TimelineEntry]] = []
    limit: tuple | None = None  # where the block of the next newer move starts
    for entry, move in reversed(moves):
        nth = purchase_behind(move)
        if nth is not None and nth <= len(sales):
            start, sale = sales[nth - 1]
            key, entry = (*start[:4], 1, entry.ref_id), replace(entry, at=sale.at,
                                                                day_only=sale.day_only)
        else:
            start = key = _key(entry, 0 if move.from_stage is None else 3)
        if limit is not None and start > limit:
            start = key = (*limit[:4], -1, entry.ref_id)
        placed.append((key, entry))
        limit = start
    return placed


def customer_timeline(customer_id: int) -> list[TimelineEntry]:
    """Everything dated about a customer, newest first.

    Sales sort by their date. Of one moment, adding the customer comes first, then a sale
    (with the move it made), then the rest; other moves come last: they follow what was
    recorded with them (a survey).
    """
    keyed: list[tuple[tuple, TimelineEntry]] = []
    for part in (_interactions, _purchases, _surveys, _followups, _referrals, _testimonials):
        keyed.extend((_key(entry, 1 if part is _purchases else 2), entry)
                     for entry in part(customer_id))
    sales = sorted((pair for pair in keyed if pair[1].kind is EntryKind.PURCHASE),
                   key=lambda pair: pair[0])
    keyed.extend(_placed_moves(customer_id, sales))
    keyed.sort(key=lambda pair: pair[0], reverse=True)
    return [entry for _key_, entry in keyed]


def fold_replaced(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """The follow-ups one cadence restart replaced, as one line where the first of them was,
    naming the cadences (its title) and the sale that started them again.

    A restart skips them all at the same moment with the same outcome: that is the group.
    """
    from loyaltydesk.services.cadences import REPLACED_REASON

    def replaced(e: TimelineEntry) -> bool:
        return e.kind is EntryKind.FOLLOWUP and e.subtype == "skipped" \
            and e.detail == REPLACED_REASON

    groups: dict[datetime, list[TimelineEntry]] = {}
    for entry in entries:
        if replaced(entry):
            groups.setdefault(entry.at, []).append(entry)
    folded: list[TimelineEntry] = []
    for entry in entries:
        group = groups.get(entry.at) if replaced(entry) else None
        if group is None or len(group) < 2:
            folded.append(entry)
        elif group[0] is entry:
            names, sale = _restart_of([e.ref_id for e in group], entry.at)
            folded.append(TimelineEntry(EntryKind.FOLLOWUP, entry.at, "\n".join(names),
                                        REPLACED_REASON, entry.ref_id, REPLACED, tuple(group),
                                        restarted_by=sale))
    return folded


def _restart_of(followup_ids: list[int], at: datetime) -> tuple[list[str], date | None]:
    """The cadences these replaced follow-ups came from, in the cadences' order, and the day
    of the sale recorded at that moment that started them again (None: not a sale)."""
    names = [str(name) for (name,) in tuples(
        Cadence.select(Cadence.name).distinct().join(CadenceStep).join(FollowUp)
        .where(FollowUp.id.in_(followup_ids)).order_by(Cadence.position, Cadence.name))]
    customer = FollowUp.select(FollowUp.customer).where(FollowUp.id == followup_ids[0])
    sales = [day for (day,) in tuples(
        Purchase.select(Purchase.purchased_on)
        .join(FollowUp, on=(FollowUp.purchase == Purchase.id)).join(FollowUpEvent)
        .where((FollowUp.customer.in_(customer)) & (FollowUpEvent.action == "scheduled")
               & (FollowUpEvent.at == at)).limit(1))]
    return names, sales[0] if sales else None


def stage_history(customer_id: int) -> list[TimelineEntry]:
    """The ladder alone, oldest first: every rung reached, when and why."""
    return sorted(_stages(customer_id), key=lambda e: (e.at, e.ref_id))
