from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.services.followups import followups_of
from loyaltydesk.services.purchases import PurchaseError, PurchaseInput, record_purchase
from loyaltydesk.services.timeline import EntryKind, customer_timeline, stage_history


def _customer(stage=Stage.PROSPECT):
    return customers.create_customer(ContactDetails(name="Zoé Martin"), stage=stage)


def test_first_purchase_moves_a_prospect_and_schedules_post_sale_care(data, clock):
    cid = _customer()
    outcome = record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("120.00")))
    assert outcome.stage_move.to_stage is Stage.FIRST_PURCHASE
    record = customers.get_customer(cid)
    assert record.stage is Stage.FIRST_PURCHASE
    assert record.purchase_count == 1 and record.ltv_cents == 12000
    titles = {f.title: f for f in followups_of(cid)}
    d1 = titles["Check the delivery went well"]
    assert d1.due_at == datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
    assert "Ask for the second order" in titles
    assert "Satisfaction: what would make it 11/10?" in titles
    assert record.next_followup_at == d1.due_at


def test_second_purchase_makes_the_customer_loyal_on_the_timeline(data, clock):
    cid = _customer()
    record_purchase(cid, PurchaseInput(date(2026, 2, 20), Decimal("50")))
    outcome = record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("70")))
    assert outcome.stage_move.to_stage is Stage.LOYAL
    ladder = [e.subtype for e in stage_history(cid)]
    assert ladder == ["prospect", "first_purchase", "loyal"]
    assert customer_timeline(cid)[0].kind in (EntryKind.STAGE, EntryKind.FOLLOWUP)
    second_order = [f for f in followups_of(cid) if f.title == "Ask for the second order"]
    assert len(second_order) == 1  # asked once, after the first purchase only


def test_a_repeat_purchase_replaces_not_yet_raised_care_from_the_earlier_one(data, clock):
    cid = _customer()
    record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("50")))
    record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("60")))
    open_checks = [f for f in followups_of(cid)
                   if f.title == "Check the delivery went well" and f.status == "open"]
    assert len(open_checks) == 1


def test_contract_end_schedules_renewal_touches_ahead_of_time(data, clock):
    cid = _customer(Stage.CLIENT)
    record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("5000"),
                                       contract_end_on=date(2027, 3, 2)))
    renewal = sorted(f.due_at.date() for f in followups_of(cid) if f.kind == "renewal")
    assert renewal == [date(2026, 12, 2), date(2027, 1, 1), date(2027, 1, 29)]


def test_an_old_purchase_from_history_does_not_pile_up_stale_reminders(data, clock):
    cid = _customer()
    record_purchase(cid, PurchaseInput(date(2024, 5, 1), Decimal("80")))
    assert [f for f in followups_of(cid) if f.due_at < clock.now() - timedelta(days=7)] == []


@pytest.mark.parametrize("entry", [
    PurchaseInput(date(2026, 3, 2), Decimal("-1")),
    PurchaseInput(date(2026, 3, 2), Decimal("1"), currency="euro"),
    PurchaseInput(date(2026, 3, 2), Decimal("1"), contract_end_on=date(2026, 1, 1)),
])
def test_bad_purchases_change_nothing(data, clock, entry):
    cid = _customer()
    with pytest.raises(PurchaseError):
        record_purchase(cid, entry)
    assert customers.get_customer(cid).purchase_count == 0
    assert followups_of(cid) == []


def test_lifetime_value_slides_with_the_calendar_when_the_data_is_opened_again(data, clock):
    from loyaltydesk.services.figures import refresh_stale_ltv
    from loyaltydesk.store.models import Customer

    old, steady = _customer(), _customer()
    record_purchase(old, PurchaseInput(date(2023, 3, 10), Decimal("100.00")))
    record_purchase(old, PurchaseInput(date(2026, 3, 20), Decimal("5.00")))  # dated ahead
    record_purchase(old, PurchaseInput(date(2026, 1, 5), Decimal("40.00")))
    record_purchase(steady, PurchaseInput(date(2025, 6, 1), Decimal("70.00")))
    assert customers.get_customer(old).ltv_cents == 14000
    assert refresh_stale_ltv() == 0
    clock.advance(timedelta(days=9))  # 2026-03-11: the 2023-03-10 sale is over three years old
    assert refresh_stale_ltv(date(2026, 3, 2)) == 0  # that day was checked already
    assert refresh_stale_ltv() == 1
    assert customers.get_customer(old).ltv_cents == 4000
    assert Customer.get_by_id(steady).ltv_as_of == date(2026, 3, 2)  # untouched, still right
    clock.advance(timedelta(days=10))  # 2026-03-21: the sale dated ahead has happened
    assert refresh_stale_ltv() == 1
    assert customers.get_customer(old).ltv_cents == 4500
    assert customers.get_customer(steady).ltv_cents == 7000
