"""A use case's figures are refreshed once and its events published once, after the commit."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from loyaltydesk.clock import now
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customer_edits, customers, events, followups
from loyaltydesk.services.events import Change
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Customer

FIGURES_STATEMENT = "UPDATE customer SET\n    purchase_count"


class Boom(Exception):
    pass


@pytest.fixture
def heard(data):
    """Every event published, with whether a transaction was still open when it was."""
    got: list[tuple[Change, object, bool]] = []
    for change in Change:
        events.subscribe(change, lambda c, p: got.append((c, p, db.in_transaction())))
    return got


@pytest.fixture
def statements(data):
    seen: list[str] = []
    db.connection().set_trace_callback(seen.append)
    yield seen
    db.connection().set_trace_callback(None)


def _figures_runs(seen: list[str]) -> int:
    return sum(s.lstrip().startswith(FIGURES_STATEMENT.strip()) for s in seen)


def test_a_call_that_answers_a_follow_up_refreshes_once_and_tells_each_view_once(
        data, clock, heard, statements):
    cid = customers.create_customer(ContactDetails(name="Ann"))
    planned = followups.schedule_followup(cid, clock.now() + timedelta(days=1), "Call back")
    heard.clear()
    statements.clear()
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Called"), followup_id=planned)
    assert _figures_runs(statements) == 1
    assert sorted(c for c, _, _ in heard) == sorted(
        [Change.FOLLOWUPS, Change.TIMELINE, Change.CUSTOMERS])
    assert all(payload == cid and not open_ for _, payload, open_ in heard)
    assert Customer.get_by_id(cid).last_contact_at == clock.now()


def test_saving_a_whole_customer_page_publishes_once_after_the_commit(data, heard):
    cid = customers.create_customer(ContactDetails(name="Ann"))
    referrer = customers.create_customer(ContactDetails(name="Bob"))
    heard.clear()
    edit = customer_edits.CustomerEdit(ContactDetails(name="Ann B"), referred_by_id=referrer,
                                       ideal_gap_days=5, max_gap_days=9)
    customer_edits.save_customer(cid, edit)
    assert heard == [(Change.CUSTOMERS, cid, False)]
    assert Customer.get_by_id(cid).ideal_gap_days == 5


def test_a_rolled_back_unit_of_work_publishes_nothing_and_keeps_nothing(data, heard):
    with pytest.raises(Boom), unit_of_work():
        cid = customers.create_customer(ContactDetails(name="Ann"))
        record_purchase(cid, PurchaseInput(now().date(), Decimal("10")))
        raise Boom
    assert heard == []
    assert customers.customer_count() == 0


def test_a_nested_use_case_that_fails_forgets_only_its_own_changes(data, heard):
    with unit_of_work():
        cid = customers.create_customer(ContactDetails(name="Ann"))
        try:
            with unit_of_work():
                customers.move_stage(cid, Stage.PROSPECT, "Asked for prices")
                raise Boom
        except Boom:
            pass
    assert heard == [(Change.CUSTOMERS, cid, False)]
    assert Customer.get_by_id(cid).stage == "suspect"


def test_many_customers_touched_are_one_event_with_all_of_them(data, heard):
    ids = [customers.create_customer(ContactDetails(name=n)) for n in ("Ann", "Bob")]
    heard.clear()
    with unit_of_work():
        for cid in ids:
            touched(cid, Change.TIMELINE)
        touched(ids[:1], Change.TIMELINE)
    assert heard == [(Change.TIMELINE, ids, False)]


def test_a_bulk_change_stands_for_every_other_kind(data, heard):
    cid = customers.create_customer(ContactDetails(name="Ann"))
    heard.clear()
    with unit_of_work():
        touched(cid, Change.TIMELINE)
        touched([cid], Change.BULK)
    assert heard == [(Change.BULK, [cid], False)]


def test_a_write_outside_a_unit_of_work_is_refused(data):
    with pytest.raises(RuntimeError):
        touched(1, Change.CUSTOMERS)

