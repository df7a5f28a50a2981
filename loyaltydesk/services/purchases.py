"""Recording purchases: the sale itself, the move on the ladder, and the care it schedules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from loyaltydesk.clock import now
from loyaltydesk.domain.cadences import Trigger
from loyaltydesk.domain.ladder import Stage, StageMove, stage_after_purchase
from loyaltydesk.domain.money import to_cents
from loyaltydesk.services.cadences import run_trigger
from loyaltydesk.services.customers import record_move
from loyaltydesk.services.events import Change
from loyaltydesk.services.goals import close_met_goals
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Customer, Purchase


class PurchaseError(ValueError):
    """A purchase that cannot be recorded as given."""


@dataclass(frozen=True)
class PurchaseInput:
    purchased_on: date
    amount: Decimal
    currency: str = "EUR"
    description: str = ""
    is_renewal: bool = False
    contract_end_on: date | None = None


@dataclass(frozen=True)
class PurchaseOutcome:
    purchase_id: int
    stage_move: StageMove | None
    followup_ids: list[int]


MAX_AMOUNT = Decimal(10) ** 12  # far above any sale; keeps cents inside SQLite's integers


def _validate(entry: PurchaseInput) -> None:
    if not isinstance(entry.amount, Decimal | int) or not Decimal(entry.amount).is_finite():
        raise PurchaseError(tr("{amount} is not an amount of money").format(
            amount=repr(entry.amount)))
    if entry.amount > MAX_AMOUNT:
        raise PurchaseError(tr("That amount is too large for a purchase"))
    if entry.amount < 0:
        raise PurchaseError(tr("A purchase amount cannot be negative"))
    currency = entry.currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise PurchaseError(tr("{code} is not a three-letter currency code").format(
            code=repr(entry.currency)))
    if entry.contract_end_on and entry.contract_end_on < entry.purchased_on:
        raise PurchaseError(tr("A contract cannot end before it was bought"))


def apply_purchase(customer_id: int, entry: PurchaseInput) -> PurchaseOutcome:
    """Record a purchase inside the caller's unit of work (imports batch many of these)."""
    _validate(entry)
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None or customer.deleted_at is not None:
        raise PurchaseError(tr("No customer with id {id}").format(id=customer_id))
    purchase = Purchase.create(customer=customer_id, purchased_on=entry.purchased_on,
                               amount_cents=to_cents(entry.amount),
                               currency=entry.currency.strip().upper(),
                               description=entry.description.strip(),
                               is_renewal=entry.is_renewal,
                               contract_end_on=entry.contract_end_on)
    count = Purchase.select().where((Purchase.customer == customer_id)
                                    & Purchase.deleted_at.is_null()).count()
    move = stage_after_purchase(Stage(customer.stage), count)
    if move is not None:
        record_move(customer_id, move, now())
    followups = run_trigger(customer_id, Trigger.PURCHASE, entry.purchased_on, purchase.id)
    if count == 1:
        followups += run_trigger(customer_id, Trigger.FIRST_PURCHASE, entry.purchased_on,
                                 purchase.id)
    if entry.contract_end_on:
        followups += run_trigger(customer_id, Trigger.CONTRACT_END, entry.contract_end_on,
                                 purchase.id)
    close_met_goals([customer_id])  # a second order, a renewal: their asks are done
    touched(customer_id, Change.CUSTOMERS, Change.TIMELINE, Change.FOLLOWUPS)
    return PurchaseOutcome(purchase.id, move, followups)


def record_purchase(customer_id: int, entry: PurchaseInput) -> PurchaseOutcome:
    with unit_of_work():
        return apply_purchase(customer_id, entry)


def trash_purchase(purchase_id: int) -> None:
    """A purchase entered by mistake goes to the trash; the ladder keeps its history."""
    with unit_of_work():
        row = Purchase.get_by_id(purchase_id)
        row.deleted_at = now()
        row.save()
        touched(row.customer_id, Change.TIMELINE, Change.CUSTOMERS)


def main_currency() -> str:
    """The currency of most of the latest thousand sales (amounts are summed as they are)."""
    row = db.execute_sql("SELECT currency FROM (SELECT currency FROM purchase "
                         "WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1000) "
                         "GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1").fetchone()
    return row[0] if row else "EUR"
