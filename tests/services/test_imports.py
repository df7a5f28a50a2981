"""Applying contact imports: duplicates offered as merges, one transaction, cancel."""

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import MatchReason
from loyaltydesk.services import customers, events
from loyaltydesk.services.imports import (
    Action,
    Cancelled,
    ImportFailed,
    IncomingContact,
    apply_contacts,
    plan_contacts,
)


def _incoming(*details: ContactDetails) -> list[IncomingContact]:
    return [IncomingContact(d, f"line {i + 2}") for i, d in enumerate(details)]


def test_a_contact_matching_a_customer_is_planned_as_a_merge(data):
    zoe = customers.create_customer(ContactDetails(name="Zoé Durand", email="Zoe@Example.com"))
    ann = customers.create_customer(ContactDetails(name="Ann Lee", phone="+33 6 12 34 56 78"))
    bob = customers.create_customer(ContactDetails(name="Robert Martin", company="Acme SA"))
    plan = plan_contacts(_incoming(
        ContactDetails(name="Z. Durand", email="zoe@example.com"),
        ContactDetails(name="Ann", phone="06 12 34 56 78"),
        ContactDetails(name="Robert Martinn", company="ACME SA"),
        ContactDetails(name="Robert Martin", company="Other Ltd"),
    ))
    assert [(p.action, p.match_id, p.reason) for p in plan] == [
        (Action.MERGE, zoe, MatchReason.EMAIL), (Action.MERGE, ann, MatchReason.PHONE),
        (Action.MERGE, bob, MatchReason.NAME_AT_COMPANY), (Action.ADD, None, None)]


def test_merge_completes_and_never_overwrites(data):
    zoe = customers.create_customer(ContactDetails(name="Zoé Durand", email="zoe@example.com",
                                                   city="Lyon"))
    plan = plan_contacts(_incoming(ContactDetails(name="Zoe Durand", email="zoe@example.com",
                                                  phone="0612345678", city="Paris")))
    summary = apply_contacts(plan, "contacts.vcf")
    assert (summary.added, summary.merged) == (0, 1)
    details = customers.get_customer(zoe).details
    assert (details.name, details.city, details.phone) == ("Zoé Durand", "Lyon", "0612345678")
    assert "Address: Paris" in details.notes
    again = apply_contacts(plan_contacts(_incoming(ContactDetails(
        name="Zoe Durand", email="zoe@example.com", phone="0612345678", city="Paris"))), "x")
    assert (again.merged, again.unchanged) == (0, 1)


def test_duplicates_inside_one_file_become_one_customer(data):
    plan = plan_contacts(_incoming(ContactDetails(name="Zoé", email="zoe@example.com"),
                                   ContactDetails(name="Zoé D.", email="ZOE@example.com",
                                                  phone="0612345678")))
    assert plan[1].match_is_new
    summary = apply_contacts(plan, "x.csv")
    assert (summary.added, summary.merged) == (1, 1)
    assert customers.customer_count() == 1
    assert customers.get_customer(summary.customer_ids[0]).details.phone == "0612345678"


def test_added_contacts_start_on_the_ladder_with_the_file_named(data):
    summary = apply_contacts(plan_contacts(_incoming(ContactDetails(
        name="Ann", tags=["local sourcing"]))), "google.csv")
    record = customers.get_customer(summary.customer_ids[0])
    assert record.stage.value == "suspect" and record.details.tags == ["local sourcing"]
    from loyaltydesk.services.timeline import stage_history
    assert stage_history(record.id)[0].detail == "Imported from google.csv"


def test_a_bad_contact_changes_nothing_and_names_its_line(data):
    customers.create_customer(ContactDetails(name="Zoé", email="zoe@example.com"))
    plan = plan_contacts(_incoming(ContactDetails(name="Ann"), ContactDetails(name="Bob"),
                                   ContactDetails(name="Eve", email="not an email")))
    with pytest.raises(ImportFailed, match="line 4: This is not an email address"):
        apply_contacts(plan, "x.csv")
    assert customers.customer_count() == 1


def test_cancel_changes_nothing(data):
    plan = plan_contacts(_incoming(*(ContactDetails(name=f"P{i}") for i in range(120))))
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 100

    with pytest.raises(Cancelled):
        apply_contacts(plan, "x.csv", progress)
    assert seen[:3] == [0, 50, 100] and customers.customer_count() == 0


def test_skipped_rows_are_left_out_and_views_hear_of_the_import(data):
    heard = []
    events.subscribe(events.Change.BULK, lambda change, ids: heard.append(ids))
    plan = plan_contacts(_incoming(ContactDetails(name="Ann"), ContactDetails(name="Bob")))
    plan[1].action = Action.SKIP
    summary = apply_contacts(plan, "x.csv")
    assert (summary.added, summary.skipped) == (1, 1)
    assert heard == [summary.customer_ids]
