"""What the top of a customer's page shows: the record, the last contact and the next step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from loyaltydesk.domain.followups import Status
from loyaltydesk.services import customers, followups, rhythm
from loyaltydesk.services.customers import CustomerRecord
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.services.rhythm import CustomerRhythm
from loyaltydesk.store.models import FollowUp, Interaction


@dataclass(frozen=True)
class LastContact:
    at: datetime
    how: str  # an interaction kind (call, email...) or the channel of a follow-up done


@dataclass(frozen=True)
class CustomerCard:
    record: CustomerRecord
    rhythm: CustomerRhythm
    last_contact: LastContact | None
    next_step: FollowUpRow | None  # the soonest open follow-up


def last_contact(customer_id: int) -> LastContact | None:
    """The latest logged contact or follow-up done, as the keep-in-touch rule counts it."""
    logged = (Interaction.select(Interaction.occurred_at, Interaction.kind)
              .where((Interaction.customer == customer_id) & Interaction.deleted_at.is_null())
              .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).first())
    done = (FollowUp.select(FollowUp.completed_at, FollowUp.channel)
            .where((FollowUp.customer == customer_id) & (FollowUp.status == Status.DONE.value)
                   & FollowUp.deleted_at.is_null() & FollowUp.completed_at.is_null(False))
            .order_by(FollowUp.completed_at.desc(), FollowUp.id.desc()).first())
    found = [LastContact(logged.occurred_at, logged.kind)] if logged else []
    if done is not None:
        found.append(LastContact(done.completed_at, done.channel))
    # A follow-up done through a logged contact has both, at the same moment: the contact wins.
    return max(found, key=lambda c: c.at, default=None)


def next_step(customer_id: int) -> FollowUpRow | None:
    return followups.soonest_open_of(customer_id)


def card_of(customer_id: int) -> CustomerCard:
    """Raises CustomerError for a customer that does not exist."""
    record = customers.get_customer(customer_id)
    return CustomerCard(record, rhythm.rhythm_of(customer_id), last_contact(customer_id),
                        next_step(customer_id))
