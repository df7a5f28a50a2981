"""Follow-ups that close themselves once their goal is met, whatever met it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.goals import (
    CustomerFacts,
    Goal,
    Meeting,
    OpenFollowUp,
    goal_of,
    meeting_for,
)
from loyaltydesk.services.events import Change
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.store import goal_facts
from loyaltydesk.store.database import db
from loyaltydesk.store.goal_facts import MetFollowUp


def close_met_goals(customer_ids: Iterable[int],
                    goals: Iterable[Goal] | None = None) -> list[MetFollowUp]:
    """Close the open follow-ups of these customers whose goal is met; inside the caller's
    transaction (the caller refreshes figures and publishes, as for its own write).

    `goals`: the goals the caller's write can have met (a sale, a second order or a renewal;
    a contact, keep-in-touch): only follow-ups with such a goal are looked at.
    """
    return goal_facts.close_met(db, clock().local_tz(), now(), list(customer_ids), goals)


def facts_of(customer_id: int) -> CustomerFacts:
    return facts_for([customer_id])[customer_id]


def facts_for(customer_ids: Iterable[int],
              goals: Iterable[Goal] | None = None) -> dict[int, CustomerFacts]:
    """What each of these customers has done (as far as `goals` go), read once for them all."""
    return goal_facts.facts_of(db, customer_ids, clock().local_tz(), goals)


def already_met(customer_id: int, kind: FollowUpKind, since: date,
                purchase_id: int | None = None,
                facts: CustomerFacts | None = None) -> Meeting | None:
    """The event that would meet a follow-up of this kind made now, if one already did."""
    if goal_of(kind) is Goal.ITSELF:
        return None
    facts = facts if facts is not None else facts_of(customer_id)
    return meeting_for(OpenFollowUp(kind, since, now(), purchase_id), facts, clock().local_tz())


def met_but_open() -> list[MetFollowUp]:
    """Every open follow-up whose goal is met: none, when the book is consistent."""
    return goal_facts.met_followups(db, clock().local_tz())


def repair() -> int:
    """Close every open follow-up whose goal is met, as one action; returns how many."""
    with unit_of_work():
        closed = close_met_goals_everywhere()
        if closed:
            touched(sorted({m.customer_id for m in closed}), Change.FOLLOWUPS, Change.TIMELINE,
                    Change.CUSTOMERS)
    return len(closed)


def close_met_goals_everywhere() -> list[MetFollowUp]:
    return goal_facts.close_met(db, clock().local_tz(), now())
