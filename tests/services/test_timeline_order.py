"""The timeline reads in the order things happened: sales on their day, with the moves they made."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.store.models import Purchase

SHOWN = {EntryKind.STAGE, EntryKind.PURCHASE, EntryKind.INTERACTION}


def _stream(cid: int) -> list[str]:
    """Titles, with a sale named by the amount the test gave it (money text follows the locale)."""
    amounts = {p.id: p.amount_cents // 100 for p in Purchase.select()}
    return [f"Sale {amounts[e.ref_id]}" if e.kind is EntryKind.PURCHASE else e.title
            for e in customer_timeline(cid) if e.kind in SHOWN]


def _sale(cid: int, day: date, amount: int) -> None:
    record_purchase(cid, PurchaseInput(day, Decimal(amount)))


def _call(cid: int, summary: str) -> None:
    log_interaction(cid, InteractionInput(InteractionKind.CALL, summary))


def test_a_sale_entered_today_for_a_past_day_sits_on_its_day_with_the_move_it_made(data, clock):
    clock.set(datetime(2026, 2, 20, 9, 0, tzinfo=UTC))
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    clock.set(datetime(2026, 2, 25, 11, 0, tzinfo=UTC))
    _call(cid, "Sent the offer")
    clock.set(datetime(2026, 2, 28, 16, 0, tzinfo=UTC))
    _call(cid, "Asked how the delivery went")
    clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    _sale(cid, date(2026, 2, 27), 300)
    assert _stream(cid) == ["Asked how the delivery went", "Now First purchase",
                            "Sale 300", "Sent the offer", "Now Prospect"]
    [move] = [e for e in customer_timeline(cid) if e.title == "Now First purchase"]
    assert move.at.date() == date(2026, 2, 27) and move.day_only


def test_a_sale_recorded_on_its_day_keeps_its_time_among_that_days_contacts(data, clock):
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    clock.advance(timedelta(hours=1))
    _call(cid, "Agreed on the order")
    clock.advance(timedelta(hours=1))
    _sale(cid, clock.now().date(), 120)
    clock.advance(timedelta(hours=1))
    _call(cid, "Thanked for the order")
    assert _stream(cid) == ["Thanked for the order", "Now First purchase", "Sale 120",
                            "Agreed on the order", "Now Prospect"]
    [sale] = [e for e in customer_timeline(cid) if e.kind is EntryKind.PURCHASE]
    assert sale.at == datetime(2026, 3, 2, 12, 0, tzinfo=UTC) and not sale.day_only


def test_two_sales_of_one_day_each_come_with_their_own_move(data, clock):
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    clock.advance(timedelta(hours=2))
    _sale(cid, clock.now().date(), 100)
    clock.advance(timedelta(hours=3))
    _sale(cid, clock.now().date(), 80)
    assert _stream(cid) == ["Now Loyal", "Sale 80", "Now First purchase",
                            "Sale 100", "Now Prospect"]


def test_two_past_sales_of_one_day_keep_the_order_they_were_entered_in(data, clock):
    clock.set(datetime(2026, 2, 1, 9, 0, tzinfo=UTC))
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    _sale(cid, date(2026, 2, 10), 100)
    _sale(cid, date(2026, 2, 10), 80)
    assert _stream(cid) == ["Now Loyal", "Sale 80", "Now First purchase",
                            "Sale 100", "Now Prospect"]


def test_a_sale_dated_before_an_older_one_makes_the_first_purchase_move(data, clock):
    clock.set(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    clock.set(datetime(2026, 2, 1, 9, 0, tzinfo=UTC))
    _call(cid, "Asked about the January order")
    clock.set(datetime(2026, 2, 20, 9, 0, tzinfo=UTC))
    _sale(cid, date(2026, 2, 20), 100)
    clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    _sale(cid, date(2026, 1, 15), 80)  # found an older invoice: she first bought in January
    assert _stream(cid) == ["Now Loyal", "Sale 100", "Asked about the January order",
                            "Now First purchase", "Sale 80", "Now Prospect"]


def test_a_move_by_hand_later_that_day_shows_after_the_sale_and_its_move(data, clock):
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    clock.advance(timedelta(hours=1))
    _sale(cid, clock.now().date(), 100)
    clock.advance(timedelta(hours=4))
    customers.move_stage(cid, Stage.VALUE_CONFIRMED, "Said it saved her a day a week")
    assert _stream(cid) == ["Now Value confirmed", "Now First purchase", "Sale 100",
                            "Now Prospect"]


def test_a_move_by_hand_earlier_that_day_shows_before_the_sale(data, clock):
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.SUSPECT)
    clock.advance(timedelta(hours=1))
    customers.move_stage(cid, Stage.PROSPECT, "Asked for a quote")
    clock.advance(timedelta(hours=1))
    _sale(cid, clock.now().date(), 100)
    assert _stream(cid) == ["Now First purchase", "Sale 100", "Now Prospect",
                            "Now Suspect"]


def test_moves_keep_the_order_they_were_made_in_when_a_sale_is_dated_before_them(data, clock):
    # Each move starts from the rung the one before reached: the ladder never reads backwards.
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.SUSPECT)
    clock.advance(timedelta(hours=1))
    customers.move_stage(cid, Stage.PROSPECT, "Asked for a quote")
    clock.advance(timedelta(hours=1))
    _sale(cid, date(2026, 2, 10), 100)  # an older sale, entered after the move
    moves = [e.title for e in customer_timeline(cid) if e.kind is EntryKind.STAGE]
    assert moves == ["Now First purchase", "Now Prospect", "Now Suspect"]
    assert _stream(cid)[:2] == ["Now First purchase", "Sale 100"]
