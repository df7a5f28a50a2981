from datetime import timedelta

import caldav
import vobject

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.exchange.dav.collection import path_of
from loyaltydesk.exchange.dav.sync import sync
from loyaltydesk.services.customers import get_customer, move_stage, trash_customers
from loyaltydesk.services.followups import schedule_followup
from loyaltydesk.services.phone import state
from loyaltydesk.services.phone.account import CustomerFilter, update_account
from loyaltydesk.services.phone.from_phone import accept_contact_edit, dismiss
from tests.dav.conftest import add_customer
from tests.radicale_server import PASSWORD, USER


def _book(radicale, connected):
    client = caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD)
    return client, caldav.Calendar(client=client, url=connected.addressbook_url)


def _cards(radicale, connected) -> dict[str, vobject.base.Component]:
    client, book = _book(radicale, connected)
    found = {}
    for obj in book.get_objects_by_sync_token():
        response = client.request(str(obj.url))
        if response.status == 200:
            card = vobject.readOne(response.raw)
            found[card.fn.value] = card
    return found


def _edit_on_phone(radicale, connected, name: str, phone_number: str) -> None:
    client, book = _book(radicale, connected)
    for obj in book.get_objects_by_sync_token():
        response = client.request(str(obj.url))
        card = vobject.readOne(response.raw)
        if card.fn.value == name:
            card.tel.value = phone_number
            client.put(str(obj.url), card.serialize(),
                       {"Content-Type": "text/vcard", "If-Match": response.headers["ETag"]})


def test_the_phone_shows_stage_and_lifetime_value_when_the_customer_calls(
        connected, radicale, clock):
    cid = add_customer("Agnès Andersen", "+33 6 11 22 33 44")
    move_stage(cid, Stage.FIRST_PURCHASE, "bought")
    sync()
    card = _cards(radicale, connected)["Agnès Andersen"]
    assert card.tel.value == "+33 6 11 22 33 44"
    assert card.note.value.startswith("LoyaltyDesk: First purchase, LTV 0.00 EUR")
    assert card.url.value == f"loyaltydesk://customer/{get_customer(cid).uuid}"
    assert card.uid.value == f"{get_customer(cid).uuid}@loyaltydesk.app"


def test_the_lifetime_value_is_in_the_books_currency(connected, radicale, clock):
    from decimal import Decimal

    from loyaltydesk.services.purchases import PurchaseInput, record_purchase

    cid = add_customer("Agnès Andersen")
    record_purchase(cid, PurchaseInput(clock.now().date(), Decimal("1530"), "GBP"))
    sync()
    card = _cards(radicale, connected)["Agnès Andersen"]
    assert card.note.value == "LoyaltyDesk: First purchase, LTV 1,530.00 GBP"
    assert sync().sent == 0  # and it stays as sent


def test_filters_choose_who_goes_to_the_phone_and_the_others_leave(connected, radicale, clock):
    busy = add_customer("Bruno Busy")
    add_customer("Chloé Quiet")
    schedule_followup(busy, clock.now() + timedelta(days=1), "Call")
    sync()
    assert set(_cards(radicale, connected)) == {"Bruno Busy", "Chloé Quiet"}
    update_account(customer_filter=CustomerFilter(with_open_followup=True))
    sync()
    assert set(_cards(radicale, connected)) == {"Bruno Busy"}
    trash_customers([busy])
    sync()
    assert _cards(radicale, connected) == {}


def test_without_offering_back_the_apps_card_goes_back(connected, radicale, clock):
    update_account(contacts_back=False)
    add_customer("Agnès Andersen", "+33 1")
    sync()
    _edit_on_phone(radicale, connected, "Agnès Andersen", "+33 9")
    sync()
    assert _cards(radicale, connected)["Agnès Andersen"].tel.value == "+33 1"
    assert state.open_notices() == []


def test_a_number_edited_on_the_phone_is_offered_back_not_applied(connected, radicale, clock):
    assert connected.contacts_back  # by default
    cid = add_customer("Agnès Andersen", "+33 1")
    sync()
    _edit_on_phone(radicale, connected, "Agnès Andersen", "+33 9")
    sync()
    assert get_customer(cid).details.phone == "+33 1"
    [offer] = state.open_notices()
    assert (offer.field, offer.app_value, offer.phone_value) == ("phone", "+33 1", "+33 9")
    sync()
    assert len(state.open_notices()) == 1  # offered once
    accept_contact_edit(offer)
    assert get_customer(cid).details.phone == "+33 9"
    assert state.open_notices() == []


def test_a_dismissed_phone_edit_is_overwritten_by_the_apps(connected, radicale, clock):
    update_account(contacts_back=True)
    add_customer("Agnès Andersen", "+33 1")
    sync()
    _edit_on_phone(radicale, connected, "Agnès Andersen", "+33 9")
    sync()
    [offer] = state.open_notices()
    dismiss(offer)
    sync()
    assert _cards(radicale, connected)["Agnès Andersen"].tel.value == "+33 1"


def test_cards_live_under_the_address_book(connected, clock):
    add_customer("Agnès Andersen")
    sync()
    [copy] = state.copies("customer").values()
    assert copy.href.startswith(path_of(connected.addressbook_url))
