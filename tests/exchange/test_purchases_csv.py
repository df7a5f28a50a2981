"""Order history from a shop: stages move and cadences run as for a sale entered by hand."""

from datetime import date
from decimal import Decimal

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.exchange.importer import ImportFormat, apply_import, preview_import
from loyaltydesk.exchange.purchases_csv import read_purchases
from loyaltydesk.services import customers, followups
from loyaltydesk.services.imports import ImportFailed
from tests.exchange.conftest import snapshot

SHOP = """Date,Email,Customer,Amount,Currency,Description
2026-01-10,zoe@example.com,,"1 200,00",EUR,Kitchen table
2026-02-20,zoe@example.com,,150.50,EUR,Chairs
15/02/2026,,Ann Lee,€99,,Lamp
"""


@pytest.fixture
def shop(tmp_path, data):
    zoe = customers.create_customer(ContactDetails(name="Zoé Durand", email="zoe@example.com"))
    ann = customers.create_customer(ContactDetails(name="Ann Lee"))
    path = tmp_path / "orders.csv"
    path.write_text(SHOP, encoding="utf-8")
    return path, zoe, ann


def test_lines_are_read_with_their_dates_amounts_and_currencies():
    read = read_purchases(SHOP.encode())
    assert [(p.line, p.entry.purchased_on, p.entry.amount, p.entry.currency)
            for p in read.purchases] == [
        (2, date(2026, 1, 10), Decimal("1200.00"), "EUR"),
        (3, date(2026, 2, 20), Decimal("150.50"), "EUR"),
        (4, date(2026, 2, 15), Decimal("99.00"), "EUR")]


def test_an_import_climbs_the_ladder_and_schedules_care(shop):
    path, zoe, ann = shop
    preview = preview_import(path)
    assert preview.format is ImportFormat.PURCHASES_CSV
    summary = apply_import(preview)
    assert summary.recorded == 3 and summary.stage_moves == 3
    assert customers.get_customer(zoe).stage.value == "loyal"
    assert customers.get_customer(ann).stage.value == "first_purchase"
    assert customers.get_customer(zoe).ltv_cents == 135050
    assert followups.followups_of(ann)  # the first purchase's cadences ran


def test_importing_the_same_file_again_records_nothing_twice(shop):
    path, zoe, _ = shop
    apply_import(preview_import(path))
    again = apply_import(preview_import(path))
    assert (again.recorded, again.already_recorded) == (0, 3)
    assert customers.get_customer(zoe).purchase_count == 2


def test_an_unknown_customer_stops_the_import_unless_asked_to_add(shop, data):
    path, _, _ = shop
    path.write_text(SHOP + "2026-03-01,new@example.com,,10,EUR,Gift card\n", encoding="utf-8")
    before = snapshot(data.database_path)
    with pytest.raises(ImportFailed, match="line 5: no customer with email 'new@example.com'"):
        apply_import(preview_import(path))
    assert snapshot(data.database_path) == before
    summary = apply_import(preview_import(path), add_missing=True)
    assert summary.customers_added == 1 and summary.recorded == 4


@pytest.mark.parametrize(("line", "message"), [
    ("2026-02-30,zoe@example.com,,10,EUR,x", "line 5: the date '2026-02-30' is not a real date"),
    ("tomorrow,zoe@example.com,,10,EUR,x", "line 5: the date 'tomorrow' is not a date"),
    ("2026-03-01,zoe@example.com,,ten,EUR,x", "line 5: the amount 'ten' is not an amount"),
    ("2026-03-01,zoe@example.com,,-10,EUR,x", "line 5: the amount '-10' is negative"),
    ("2026-03-01,zoe@example.com,,10,EURO,x", "line 5: 'EURO' is not a three-letter"),
])
def test_a_bad_line_changes_nothing_and_is_named(shop, data, line, message):
    path, _, _ = shop
    path.write_text(SHOP + line + "\n", encoding="utf-8")
    before = snapshot(data.database_path)
    with pytest.raises(ExchangeError, match=message):
        apply_import(preview_import(path))
    assert snapshot(data.database_path) == before


def test_slashed_dates_are_month_first_when_the_file_shows_it():
    read = read_purchases(b"Date,Email,Amount\n03/04/2026,a@b.cd,1\n12/31/2026,a@b.cd,1\n")
    assert [p.entry.purchased_on for p in read.purchases] == [date(2026, 3, 4),
                                                              date(2026, 12, 31)]
    ambiguous = read_purchases(b"Date,Email,Amount\n03/04/2026,a@b.cd,1\n")
    assert ambiguous.purchases[0].entry.purchased_on == date(2026, 4, 3)
    assert "day first" in ambiguous.notes[0]


def test_a_file_without_amounts_is_no_purchases_file():
    with pytest.raises(ExchangeError, match="needs a date and an amount"):
        read_purchases(b"Date,Email\n2026-01-01,a@b.cd\n")
