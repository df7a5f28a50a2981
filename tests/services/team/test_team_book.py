"""Two laptops and the team's PostgreSQL book: offline edits on both, one book after sync."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.team import records, sync
from loyaltydesk.services.team.server import TeamError
from loyaltydesk.store.models import Customer, Purchase, StageChange
from tests.services.team.conftest import laptop


def snapshot() -> dict:
    """Every shared fact of the book, as the team's book would hold it."""
    return {t.name: {u: r.data for u, r in records.read(t.name).items()}
            for t in records.TABLES}


def customer_id(name: str) -> int:
    return Customer.get(Customer.name == name).id


@pytest.fixture
def team(tmp_path, book, postgres, clock):
    """Clara made the team's book from her laptop (two customers); Bastien joined from his."""
    clara, bastien = tmp_path / "clara", tmp_path / "bastien"
    with laptop(clara):
        agnes = customers.create_customer(ContactDetails(name="Agnès Andersen",
                                                          phone="+33 4 76 00 00 01"))
        record_purchase(agnes, PurchaseInput(date(2026, 2, 2), Decimal("1530.99")))
        customers.create_customer(ContactDetails(name="Bruno Berger", company="Berger SA"))
        result = sync.create_team(postgres.url("clara", book))
        assert result.sent > 0
    postgres.let_in("bastien", book)
    with laptop(bastien):
        joined = sync.join_team(postgres.url("bastien", book))
        assert joined.received == result.sent
    return clara, bastien


def test_a_joined_laptop_holds_the_same_book(team):
    clara, bastien = team
    with laptop(clara):
        mine = snapshot()
    with laptop(bastien):
        theirs = snapshot()
        assert Customer.get(Customer.name == "Agnès Andersen").purchase_count == 1
    assert theirs == mine
    assert len(mine["customer"]) == 2


def test_offline_edits_on_both_laptops_meet_in_one_book(team, clock):
    clara, bastien = team
    with laptop(bastien):  # on the train: a second purchase for a shared customer
        agnes = customer_id("Agnès Andersen")
        record_purchase(agnes, PurchaseInput(date(2026, 3, 1), Decimal("200")))
        assert Customer.get_by_id(agnes).stage == "loyal"
    clock.advance(timedelta(minutes=5))
    with laptop(clara):  # meanwhile Clara edits the same customer's phone
        agnes = customer_id("Agnès Andersen")
        details = customers.get_customer(agnes).details
        customers.update_customer(agnes, replace(details, phone="+33 6 12 34 56 78"))
        first = sync.sync_now()
        assert (first.sent, first.conflicts) == (1, 0)
    with laptop(bastien):
        second = sync.sync_now()
        assert second.conflicts == 0 and second.received >= 1
    with laptop(clara):
        sync.sync_now()
        clara_book = snapshot()
        agnes = Customer.get(Customer.name == "Agnès Andersen")
        assert agnes.phone == "+33 6 12 34 56 78"
        assert agnes.stage == "loyal"
        assert Purchase.select().where(Purchase.customer == agnes.id).count() == 2
        moves = StageChange.select().where((StageChange.customer == agnes.id)
                                           & (StageChange.to_stage == "loyal")).count()
        assert moves == 1
        assert agnes.purchase_count == 2
    with laptop(bastien):
        sync.sync_now()
        assert snapshot() == clara_book


def test_the_same_field_changed_on_two_laptops_keeps_the_later_and_the_other(team, clock):
    clara, bastien = team
    with laptop(bastien):
        bruno = customer_id("Bruno Berger")
        customers.update_customer(bruno, ContactDetails(name="Bruno Berger",
                                                        company="Berger & Fils"))
    clock.advance(timedelta(minutes=1))
    with laptop(clara):
        bruno = customer_id("Bruno Berger")
        customers.update_customer(bruno, ContactDetails(name="Bruno Berger",
                                                        company="Berger SARL"))
        assert sync.sync_now().conflicts == 0
    with laptop(bastien):
        result = sync.sync_now()
        assert result.conflicts == 1
        assert Customer.get_by_id(customer_id("Bruno Berger")).company == "Berger SARL"
        [conflict] = sync.conflicts()
        assert (conflict.field, conflict.kept, conflict.other) == \
            ("company", "Berger SARL", "Berger & Fils")
        sync.swap(conflict.id)
        assert Customer.get_by_id(customer_id("Bruno Berger")).company == "Berger & Fils"
        assert sync.conflicts() == []
        sync.sync_now()
    with laptop(clara):
        sync.sync_now()
        assert Customer.get_by_id(customer_id("Bruno Berger")).company == "Berger & Fils"


def test_a_sync_run_twice_changes_nothing(team):
    clara, _ = team
    with laptop(clara):
        before = snapshot()
        assert sync.sync_now().sent == 0
        again = sync.sync_now()
        assert (again.sent, again.conflicts) == (0, 0)
        assert snapshot() == before


def test_joining_refuses_a_book_with_customers_unless_merging(team, tmp_path, postgres, book):
    other = tmp_path / "other"
    postgres.let_in("outsider", book)
    with laptop(other):
        customers.create_customer(ContactDetails(name="Chloé Chevalier"))
        with pytest.raises(TeamError, match="--merge"):
            sync.join_team(postgres.url("outsider", book))
        result = sync.join_team(postgres.url("outsider", book), merge=True)
        assert result.sent >= 1
        assert {c.name for c in Customer.select()} == {
            "Agnès Andersen", "Bruno Berger", "Chloé Chevalier"}
    clara, _ = team
    with laptop(clara):
        sync.sync_now()
        assert Customer.select().where(Customer.name == "Chloé Chevalier").count() == 1
