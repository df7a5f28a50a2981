"""Logging contacts with a customer: calls, emails, meetings, visits, events, messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from loyaltydesk.clock import now
from loyaltydesk.services.events import Change
from loyaltydesk.services.followups import complete_followup
from loyaltydesk.services.goals import close_met_goals
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.models import Interaction


class InteractionKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"
    EVENT = "event"
    MESSAGE = "message"


class InteractionError(ValueError):
    """An interaction that cannot be logged as given."""


@dataclass(frozen=True)
class InteractionInput:
    kind: InteractionKind
    summary: str
    occurred_at: datetime | None = None
    notes: str = ""
    effort_minutes: int = 0


def log_interaction(customer_id: int, entry: InteractionInput,
                    followup_id: int | None = None) -> int:
    """Log a contact; when it answers a follow-up, that follow-up is marked done with it."""
    if not entry.summary.strip():
        raise InteractionError(tr("Say in a few words what the contact was about"))
    if entry.effort_minutes < 0:
        raise InteractionError(tr("Effort cannot be negative"))
    with unit_of_work():
        row = Interaction.create(customer=customer_id, kind=entry.kind.value,
                                 occurred_at=entry.occurred_at or now(),
                                 summary=" ".join(entry.summary.split()), notes=entry.notes,
                                 effort_minutes=entry.effort_minutes, followup=followup_id)
        if followup_id is not None:
            complete_followup(followup_id, entry.summary.strip())
        close_met_goals([customer_id])  # a contact meets keep-in-touch follow-ups
        touched(customer_id, Change.TIMELINE, Change.CUSTOMERS, Change.FOLLOWUPS)
    return row.id


def trash_interaction(interaction_id: int) -> None:
    with unit_of_work():
        row = Interaction.get_by_id(interaction_id)
        row.deleted_at = now()
        row.save()
        touched(row.customer_id, Change.TIMELINE)
