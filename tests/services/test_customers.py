import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import LadderError, Stage
from loyaltydesk.services import customers
from loyaltydesk.services.customer_list import CustomerFilter, SortKey, count, matching_ids, rows
from loyaltydesk.services.customers import CustomerError
from loyaltydesk.services.timeline import stage_history


def test_a_new_customer_starts_its_timeline(data):
    cid = customers.create_customer(ContactDetails(name="Zoé", email="zoe@example.fr"))
    record = customers.get_customer(cid)
    assert record.stage is Stage.SUSPECT and len(record.uuid) == 32
    assert [e.subtype for e in stage_history(cid)] == ["suspect"]


def test_invalid_details_are_refused_with_the_field_named(data):
    with pytest.raises(CustomerError) as caught:
        customers.create_customer(ContactDetails(name="Zoé", email="nope"))
    assert "email" in caught.value.fields
    assert customers.customer_count() == 0


def test_manual_moves_are_dated_and_keep_their_reason(data, clock):
    cid = customers.create_customer(ContactDetails(name="Zoé"))
    customers.move_stage(cid, Stage.PROSPECT, "Saw the demo, liked it")
    with pytest.raises(LadderError):
        customers.move_stage(cid, Stage.CLIENT, "")
    history = stage_history(cid)
    assert history[-1].detail == "Saw the demo, liked it" and history[-1].at == clock.now()
    assert customers.get_customer(cid).stage is Stage.PROSPECT


def test_trash_hides_restores_and_empties(data):
    keep = customers.create_customer(ContactDetails(name="Keep"))
    gone = customers.create_customer(ContactDetails(name="Gone"))
    customers.trash_customers([gone])
    assert matching_ids() == [keep]
    assert [r.id for r in customers.trashed_customers()] == [gone]
    customers.restore_customers([gone])
    assert sorted(matching_ids()) == sorted([keep, gone])
    customers.trash_customers([gone])
    assert customers.empty_trash() == 1
    with pytest.raises(CustomerError):
        customers.get_customer(gone)


def test_the_list_sorts_filters_and_windows(data):
    ids = {n: customers.create_customer(ContactDetails(name=n, city=c, owner=o, tags=t))
           for n, c, o, t in [("beta", "Lyon", "Alice", ["craft"]), ("Alpha", "Paris", "Bob", []),
                              ("gamma", "Lyon", "Alice", ["craft", "bio"])]}
    assert matching_ids(sort=SortKey.NAME) == [ids["Alpha"], ids["beta"], ids["gamma"]]
    assert matching_ids(sort=SortKey.NAME, descending=True)[0] == ids["gamma"]
    assert matching_ids(CustomerFilter(city="lyon")) == [ids["beta"], ids["gamma"]]
    assert matching_ids(CustomerFilter(tag="bio")) == [ids["gamma"]]
    assert count(CustomerFilter(owner="Alice", text="gam")) == 1
    window = rows([ids["gamma"], ids["Alpha"]])
    assert [r.name for r in window] == ["gamma", "Alpha"]
