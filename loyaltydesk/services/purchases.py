"""Recording purchases: the sale itself, the move on the ladder, and the care it schedules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from loyaltydesk.clock import now
from loyaltydesk.domain.cadences import Trigger
from loyaltydesk.domain.goals import Goal
from loyaltydesk.domain.ladder import Stage, StageMove, stage_after_purchase
from loyaltydesk.domain.money import to_cents
from loyaltydesk.services.batches import rounds
from loyaltydesk.services.cadences import TriggerRun, run_triggers
from loyaltydesk.services.customers import record_moves
from loyaltydesk.services.events import Change
from loyaltydesk.services.goals import close_met_goals
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.bulk import insert_rows
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Purchase


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


# What a sale can meet: the ask for another order, the renewal worked on.
SALE_GOALS = (Goal.SECOND_ORDER, Goal.RENEWAL)

MAX_AMOUNT = Decimal(10) ** 12  # far above any sale; keeps cents inside SQLite's integers


def check_purchase(entry: PurchaseInput) -> None:
    """Raise PurchaseError when the sale cannot be recorded as given."""
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
    """Record a purchase inside the caller's unit of work."""
    return apply_purchases([(customer_id, entry)])[0]


def apply_purchases(entries: Sequence[tuple[int, PurchaseInput]]) -> list[PurchaseOutcome]:
    """Record sales inside the caller's unit of work, each as if entered alone and in the
    order given: the sale, the move on the ladder, the care it schedules, the goals it meets.

    Written a round at a time (each customer's first sale, then their second...), so an
    import or a year of sales costs a few statements per round, not per sale.
    """
    for _, entry in entries:
        check_purchase(entry)
    outcomes: dict[int, PurchaseOutcome] = {}
    for batch in rounds(list(enumerate(entries)), lambda e: e[1][0]):
        made = _record_round([e for _, e in batch])
        outcomes.update((index, o) for (index, _), o in zip(batch, made, strict=True))
    return [outcomes[index] for index in range(len(entries))]


def _record_round(entries: list[tuple[int, PurchaseInput]]) -> list[PurchaseOutcome]:
    """Sales of different customers."""
    ids = [cid for cid, _ in entries]
    stages = _live_stages(ids)
    for cid in ids:
        if cid not in stages:
            raise PurchaseError(tr("No customer with id {id}").format(id=cid))
    purchase_ids = insert_rows(Purchase, [{
        "customer": cid, "purchased_on": e.purchased_on, "amount_cents": to_cents(e.amount),
        "currency": e.currency.strip().upper(), "description": e.description.strip(),
        "is_renewal": e.is_renewal, "contract_end_on": e.contract_end_on}
        for cid, e in entries])
    counts = _purchase_counts(ids)
    moves = [stage_after_purchase(stages[cid], counts[cid]) for cid in ids]
    record_moves([(cid, m) for cid, m in zip(ids, moves, strict=True) if m is not None], now())
    runs: list[tuple[int, TriggerRun]] = []
    for index, ((cid, entry), pid) in enumerate(zip(entries, purchase_ids, strict=True)):
        day = entry.purchased_on
        runs.append((index, TriggerRun(cid, Trigger.PURCHASE, day, pid, day)))
        if counts[cid] == 1:
            runs.append((index, TriggerRun(cid, Trigger.FIRST_PURCHASE, day, pid, day)))
        if entry.contract_end_on:
            runs.append((index, TriggerRun(cid, Trigger.CONTRACT_END, entry.contract_end_on,
                                           pid, day)))
    followups: list[list[int]] = [[] for _ in entries]
    for (index, _), made in zip(runs, run_triggers([r for _, r in runs]), strict=True):
        followups[index] += made
    close_met_goals(ids, SALE_GOALS)  # a second order, a renewal: their asks are done
    touched(ids if len(ids) > 1 else ids[0], Change.CUSTOMERS, Change.TIMELINE,
            Change.FOLLOWUPS)
    return [PurchaseOutcome(pid, move, made) for pid, move, made
            in zip(purchase_ids, moves, followups, strict=True)]


def _live_stages(customer_ids: list[int]) -> dict[int, Stage]:
    found: dict[int, Stage] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = customer_ids[start:start + 500]
        found.update((cid, Stage(stage)) for cid, stage in db.execute_sql(
            f"SELECT id, stage FROM customer WHERE id IN ({','.join('?' * len(chunk))}) "
            "AND deleted_at IS NULL", chunk))
    return found


def _purchase_counts(customer_ids: list[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = customer_ids[start:start + 500]
        found.update(db.execute_sql(
            "SELECT customer_id, count(*) FROM purchase "
            f"WHERE customer_id IN ({','.join('?' * len(chunk))}) AND +deleted_at IS NULL "
            "GROUP BY customer_id", chunk).fetchall())
    return found


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
