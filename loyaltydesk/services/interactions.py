"""Logging contacts with a customer: calls, emails, meetings, visits, events, messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from loyaltydesk.clock import now
from loyaltydesk.domain.followups import Status
from loyaltydesk.domain.goals import Goal
from loyaltydesk.services.events import Change
from loyaltydesk.services.followups import close_followups
from loyaltydesk.services.goals import close_met_goals
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.bulk import insert_rows
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
    return log_interactions([(customer_id, entry, followup_id)])[0]


def log_interactions(entries: Sequence[tuple[int, InteractionInput, int | None]]) -> list[int]:
    """Log contacts, all or none, each with the follow-up it answers (or None)."""
    for _, entry, _ in entries:
        if not entry.summary.strip():
            raise InteractionError(tr("Say in a few words what the contact was about"))
        if entry.effort_minutes < 0:
            raise InteractionError(tr("Effort cannot be negative"))
    if not entries:
        return []
    with unit_of_work():
        moment = now()
        ids = insert_rows(Interaction, [{
            "customer": cid, "kind": entry.kind.value, "occurred_at": entry.occurred_at or moment,
            "summary": " ".join(entry.summary.split()), "notes": entry.notes,
            "effort_minutes": entry.effort_minutes, "followup": fid}
            for cid, entry, fid in entries])
        close_followups([(fid, Status.DONE, entry.summary.strip())
                         for _, entry, fid in entries if fid is not None])
        customers = list(dict.fromkeys(cid for cid, _, _ in entries))
        close_met_goals(customers, (Goal.CONTACT,))  # a contact meets keep-in-touch
        touched(customers if len(customers) > 1 else customers[0], Change.TIMELINE,
                Change.CUSTOMERS, Change.FOLLOWUPS)
    return ids


def trash_interaction(interaction_id: int) -> None:
    with unit_of_work():
        row = Interaction.get_by_id(interaction_id)
        row.deleted_at = now()
        row.save()
        touched(row.customer_id, Change.TIMELINE)
