"""Importing order history: each line finds its customer, then is recorded as a sale by hand
would be (ladder moves, cadences), all in one transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import email_key, folded
from loyaltydesk.domain.ladder import Stage, StageMove
from loyaltydesk.domain.money import to_cents
from loyaltydesk.domain.words import Words, english
from loyaltydesk.services.customers import record_move
from loyaltydesk.services.events import Change
from loyaltydesk.services.imports import Cancelled, ImportFailed, Progress, tr
from loyaltydesk.services.purchases import PurchaseError, PurchaseInput, check_purchase
from loyaltydesk.services.purchases import apply_purchases as apply_sales
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.store.models import Customer, Purchase
from loyaltydesk.store.queries import tuples

CHUNK = 500  # sales recorded between two looks at the progress and the cancel button


@dataclass
class IncomingPurchase:
    line: int
    email: str
    name: str
    entry: PurchaseInput

    @property
    def who(self) -> str:
        return self.email or self.name


@dataclass
class PlannedPurchase:
    incoming: IncomingPurchase
    customer_id: int | None  # None: no such customer yet
    customer_name: str
    already_recorded: bool = False


@dataclass(frozen=True)
class PurchaseSummary:
    recorded: int
    already_recorded: int
    customers_added: int
    stage_moves: int
    followups: int
    customer_ids: list[int]

    def describe(self, words: Words = english) -> str:
        parts = [words(PURCHASE_SUMMARY_LABELS["recorded"], self.recorded),
                 words(PURCHASE_SUMMARY_LABELS["moves"], self.stage_moves),
                 words(PURCHASE_SUMMARY_LABELS["followups"], self.followups)]
        if self.customers_added:
            parts.append(words(PURCHASE_SUMMARY_LABELS["added"], self.customers_added))
        if self.already_recorded:
            parts.append(words(PURCHASE_SUMMARY_LABELS["already"], self.already_recorded))
        return ", ".join(parts)


# Translation context: ImportSummary
PURCHASE_SUMMARY_LABELS = {
    "recorded": "%n purchase(s) recorded", "moves": "%n move(s) on the ladder",
    "followups": "%n follow-up(s) scheduled", "added": "%n customer(s) added",
    "already": "%n already recorded",
}


def _lookup() -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]]:
    by_email: dict[str, list[tuple[int, str]]] = defaultdict(list)
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    rows = tuples(Customer.select(Customer.id, Customer.name, Customer.company, Customer.email)
                  .where(Customer.deleted_at.is_null()))
    for cid, name, company, email in rows:
        label = name or company
        if email:
            by_email[email_key(email)].append((cid, label))
        for key in {folded(name), folded(company)} - {""}:
            by_name[key].append((cid, label))
    return by_email, by_name


def _recorded(customer_id: int, entry: PurchaseInput) -> bool:
    return Purchase.select().where(
        (Purchase.customer == customer_id) & Purchase.deleted_at.is_null()
        & (Purchase.purchased_on == entry.purchased_on)
        & (Purchase.amount_cents == to_cents(entry.amount))
        & (Purchase.currency == entry.currency.strip().upper())
        & (Purchase.description == entry.description.strip())).exists()


def plan_purchases(incoming: Sequence[IncomingPurchase]) -> list[PlannedPurchase]:
    """Whose purchase each line is; ImportFailed names a line whose customer is ambiguous."""
    by_email, by_name = _lookup()
    plan = []
    for item in incoming:
        found = by_email.get(email_key(item.email), []) if item.email else []
        if not found and item.name:
            found = by_name.get(folded(item.name), [])
        if len(found) > 1:
            raise ImportFailed(tr("line {line}: %n customers are called {name}; give their "
                                  "email to tell them apart", len(found)).format(
                line=item.line, name=repr(item.who)))
        cid, label = found[0] if found else (None, item.name or item.email)
        plan.append(PlannedPurchase(item, cid, label,
                                    cid is not None and _recorded(cid, item.entry)))
    return plan


def _customer_for(item: PlannedPurchase, added: dict[str, int], origin: str) -> int:
    key = email_key(item.incoming.email) or folded(item.incoming.name)
    if key not in added:
        details = ContactDetails(name=item.incoming.name or item.incoming.email,
                                 email=item.incoming.email)
        row = Customer.create(name=details.name, email=details.email, stage=Stage.SUSPECT.value)
        record_move(row.id, StageMove(None, Stage.SUSPECT, f"Imported from {origin}", True))
        added[key] = row.id
    return added[key]


def _missing_error(missing: list[PlannedPurchase]) -> ImportFailed:
    first = missing[0].incoming
    more = tr(" (and %n more line(s))", len(missing) - 1) if len(missing) > 1 else ""
    text = MISSING_LABELS["email" if first.email else "name"]
    return ImportFailed(tr(text).format(line=first.line, who=repr(first.who), more=more))


MISSING_LABELS = {
    "email": "line {line}: no customer with email {who}{more}; import the contacts first, or "
             "let the import add the customers it does not find",
    "name": "line {line}: no customer with name {who}{more}; import the contacts first, or "
            "let the import add the customers it does not find",
}


def apply_purchases(plan: Sequence[PlannedPurchase], origin: str, add_missing: bool = False,
                    progress: Progress | None = None) -> PurchaseSummary:
    """Record the lines oldest first, so the ladder climbs in the order the sales happened."""
    missing = [p for p in plan if p.customer_id is None]
    if missing and not add_missing:
        raise _missing_error(missing)
    ordered = sorted(plan, key=lambda p: (p.incoming.entry.purchased_on, p.incoming.line))
    added: dict[str, int] = {}
    todo = [item for item in ordered if not item.already_recorded]
    for item in todo:
        try:
            check_purchase(item.incoming.entry)
        except PurchaseError as exc:
            raise ImportFailed(tr("line {line}: {problem}").format(
                line=item.incoming.line, problem=exc)) from exc
    moves = followups = 0
    ids: list[int] = []
    with unit_of_work():
        for start in range(0, len(todo), CHUNK):
            if progress is not None and not progress(start, len(todo)):
                raise Cancelled(tr("Import cancelled: nothing was changed"))
            chunk = todo[start:start + CHUNK]
            entries = [(item.customer_id or _customer_for(item, added, origin),
                        item.incoming.entry) for item in chunk]
            for outcome in apply_sales(entries):
                moves += outcome.stage_move is not None
                followups += len(outcome.followup_ids)
            ids += [cid for cid, _ in entries]
        touched(ids, Change.BULK)
    recorded, skipped = len(todo), len(ordered) - len(todo)
    return PurchaseSummary(recorded, skipped, len(added), moves, followups,
                           list(dict.fromkeys(ids)))
