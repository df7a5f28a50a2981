import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers, rhythm
from loyaltydesk.services.customer_edits import (
    CustomerEdit,
    add_customer,
    edit_of,
    problems,
    save_customer,
)
from loyaltydesk.services.customers import CustomerError


def test_a_save_writes_details_referrer_and_rhythm_together(data):
    friend = customers.create_customer(ContactDetails(name="Friend"))
    cid = customers.create_customer(ContactDetails(name="Zoé"))
    save_customer(cid, CustomerEdit(ContactDetails(name="Zoé D", tags=["craft"]), friend, 10, 20))
    assert edit_of(cid) == CustomerEdit(ContactDetails(name="Zoé D", tags=["craft"]), friend,
                                        10, 20)
    assert rhythm.rhythm_of(cid).source == "customer"


def test_a_bad_part_writes_nothing(data):
    cid = customers.create_customer(ContactDetails(name="Zoé"))
    with pytest.raises(CustomerError) as caught:
        save_customer(cid, CustomerEdit(ContactDetails(name="Changed"), None, 30, 10))
    assert "rhythm" in caught.value.fields
    assert edit_of(cid).details.name == "Zoé"
    with pytest.raises(CustomerError):
        save_customer(cid, CustomerEdit(ContactDetails(name="Changed"), cid))
    assert edit_of(cid).referred_by_id is None


def test_problems_name_each_field(data):
    found = problems(CustomerEdit(ContactDetails(email="nope", phone="call me")), None)
    assert set(found) == {"name", "email", "phone"}


def test_adding_keeps_the_rhythm_override(data):
    cid = add_customer(CustomerEdit(ContactDetails(name="New"), None, 7, None))
    assert edit_of(cid).ideal_gap_days == 7
    assert customers.customer_count() == 1
