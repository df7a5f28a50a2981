"""Who sees what in a team's book: a private customer stays with its owner, outsiders see none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import psycopg
import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.team import sync
from loyaltydesk.services.team.server import TeamError
from loyaltydesk.store.models import Customer
from tests.services.team.conftest import laptop
from tests.services.team.postgres import PASSWORDS


def rows_seen_by(postgres, role: str, book: str, customer_uuid: str) -> int:
    """What `role`'s own connection to the server may read of one customer."""
    with psycopg.connect(host="127.0.0.1", port=postgres.port, user=role, dbname=book,
                         password=PASSWORDS[role]) as conn:
        return conn.execute("SELECT COUNT(*) FROM loyaltydesk.record WHERE customer_uuid = %s",
                            (customer_uuid,)).fetchone()[0]


@pytest.fixture
def shared_book(tmp_path, book, postgres, clock):
    clara, bastien = tmp_path / "clara", tmp_path / "bastien"
    with laptop(clara):
        customers.create_customer(ContactDetails(name="Agnès Andersen"))
        sync.create_team(postgres.url("clara", book))
    postgres.let_in("bastien", book)
    with laptop(bastien):
        sync.join_team(postgres.url("bastien", book))
    return clara, bastien


def test_a_private_customer_never_reaches_another_laptop(shared_book, postgres, book):
    clara, bastien = shared_book
    with laptop(clara):
        dora = customers.create_customer(ContactDetails(name="Dora Dubois"))
        record_purchase(dora, PurchaseInput(date(2026, 2, 20), Decimal("90")))
        sync.set_private(dora, True)
        sync.sync_now()
        dora_uuid = Customer.get_by_id(dora).uuid
    assert rows_seen_by(postgres, "clara", book, dora_uuid) >= 3  # customer, purchase, moves
    assert rows_seen_by(postgres, "bastien", book, dora_uuid) == 0
    with laptop(bastien):
        sync.sync_now()
        assert not Customer.select().where(Customer.name == "Dora Dubois").exists()


def test_a_customer_made_private_leaves_the_other_laptops(shared_book, postgres, book):
    clara, bastien = shared_book
    with laptop(clara):
        agnes = Customer.get(Customer.name == "Agnès Andersen")
        sync.set_private(agnes.id, True)
        sync.sync_now()
    assert rows_seen_by(postgres, "bastien", book, agnes.uuid) == 0
    with laptop(bastien):
        sync.sync_now()
        assert not Customer.select().where(Customer.uuid == agnes.uuid).exists()
    with laptop(clara):
        sync.set_private(agnes.id, False)
        sync.sync_now()
    with laptop(bastien):
        sync.sync_now()
        assert Customer.get(Customer.uuid == agnes.uuid).name == "Agnès Andersen"


def test_a_role_outside_the_team_gets_nothing(shared_book, tmp_path, postgres, book):
    with laptop(tmp_path / "outsider"):
        with pytest.raises(TeamError, match="not in this team"):
            sync.join_team(postgres.url("outsider", book))
        assert Customer.select().count() == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rows_seen_by(postgres, "outsider", book, "any")
