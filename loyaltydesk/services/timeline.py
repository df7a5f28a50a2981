"""A customer's timeline: ladder moves, contacts, sales, feedback and follow-ups in one stream."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

import peewee as pw

from loyaltydesk.clock import clock
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.money import format_money
from loyaltydesk.store.models import (
    Customer,
    FollowUp,
    Interaction,
    Purchase,
    Referral,
    StageChange,
    Survey,
    Testimonial,
)


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


REPLACED = "replaced"  # subtype of the line standing for follow-ups a restart replaced


def _on_day(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=clock().local_tz())


def _stages(customer_id: int) -> list[TimelineEntry]:
    rows = StageChange.select().where(StageChange.customer == customer_id)
    return [TimelineEntry(EntryKind.STAGE, r.changed_at, f"Now {Stage(r.to_stage).label}",
                          r.reason, r.id, r.to_stage) for r in rows]


def _interactions(customer_id: int) -> list[TimelineEntry]:
    rows = Interaction.select().where((Interaction.customer == customer_id)
                                      & Interaction.deleted_at.is_null())
    return [TimelineEntry(EntryKind.INTERACTION, r.occurred_at, r.summary,
                          r.notes + (f"\n{r.effort_minutes} min" if r.effort_minutes else ""),
                          r.id, r.kind) for r in rows]


def _purchases(customer_id: int) -> list[TimelineEntry]:
    rows = Purchase.select().where((Purchase.customer == customer_id)
                                   & Purchase.deleted_at.is_null())
    result = []
    for r in rows:
        detail = r.description
        if r.contract_end_on:
            detail += f"\nContract ends {r.contract_end_on.isoformat()}"
        label = "Renewal" if r.is_renewal else "Purchase"
        title = f"{label}: {format_money(r.amount_cents, r.currency)}"
        result.append(TimelineEntry(EntryKind.PURCHASE, _on_day(r.purchased_on), title,
                                    detail.strip(), r.id))
    return result


def _surveys(customer_id: int) -> list[TimelineEntry]:
    rows = Survey.select().where((Survey.customer == customer_id) & Survey.deleted_at.is_null())
    return [TimelineEntry(EntryKind.SURVEY, r.surveyed_at, f"Satisfaction {r.score}/10",
                          "\n".join(x for x in (f"11/10: {r.eleven}" if r.eleven else "",
                                                r.comment) if x), r.id, str(r.score))
            for r in rows]


def _followups(customer_id: int) -> list[TimelineEntry]:
    rows = FollowUp.select().where((FollowUp.customer == customer_id)
                                   & FollowUp.deleted_at.is_null())
    result = []
    for r in rows:
        at = r.completed_at if r.status != "open" and r.completed_at else r.remind_at
        detail = r.outcome if r.status != "open" else r.script
        result.append(TimelineEntry(EntryKind.FOLLOWUP, at, r.title, detail, r.id, r.status))
    return result


def _referrals(customer_id: int) -> list[TimelineEntry]:
    made = (Referral.select(Referral, Customer.id, Customer.name).join(
        Customer, on=(Referral.referred == Customer.id), join_type=pw.JOIN.LEFT_OUTER)
        .where((Referral.referrer == customer_id) & Referral.deleted_at.is_null()))
    result = []
    for r in made:
        name = r.referred.name if r.referred_id else r.referred_name
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


def customer_timeline(customer_id: int) -> list[TimelineEntry]:
    """Everything dated about a customer, newest first."""
    entries: list[TimelineEntry] = []
    for part in (_stages, _interactions, _purchases, _surveys, _followups, _referrals,
                 _testimonials):
        entries.extend(part(customer_id))
    # Entries of one moment keep a fixed order: the later-written row of a kind shows first.
    entries.sort(key=lambda e: (e.at, e.kind != EntryKind.STAGE, e.kind, e.ref_id),
                 reverse=True)
    return entries


def fold_replaced(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """The follow-ups one cadence restart replaced, as one line where the first of them was.

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
            folded.append(TimelineEntry(EntryKind.FOLLOWUP, entry.at, "", REPLACED_REASON,
                                        entry.ref_id, REPLACED, tuple(group)))
    return folded


def stage_history(customer_id: int) -> list[TimelineEntry]:
    """The ladder alone, oldest first: every rung reached, when and why."""
    return sorted(_stages(customer_id), key=lambda e: (e.at, e.ref_id))
