"""Applying contact imports: duplicates offered as merges, one transaction, cancel."""

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import MatchReason
from loyaltydesk.domain.records import IncomingContact
from loyaltydesk.services import customers, events
from loyaltydesk.services.imports import (
    Action,
    Cancelled,
    ImportFailed,
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
        (Action.MERGE, zoe, MatchReason.EMAIL), (Action.MERGE, ann, MatchReason.NAME_AT_PHONE),
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


def test_reading_a_file_reports_progress_and_stops_when_told(data, tmp_path):
    from loyaltydesk.exchange.importer import preview_import
    path = tmp_path / "phone.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nEND:VCARD\r\n"
                            for i in range(450)), encoding="utf-8")
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return True

    assert len(preview_import(path, progress=progress).contacts) == 450
    # the cards read, every 100, then who they are, every 200: one scale of 900
    assert seen == [(0, 900), (100, 900), (200, 900), (300, 900), (400, 900),
                    (450, 900), (650, 900), (850, 900)]
    with pytest.raises(Cancelled):
        preview_import(path, progress=lambda done, total: done < 200)
    assert customers.customer_count() == 0


def test_skipped_rows_are_left_out_and_views_hear_of_the_import(data):
    heard = []
    events.subscribe(events.Change.BULK, lambda change, ids: heard.append(ids))
    plan = plan_contacts(_incoming(ContactDetails(name="Ann"), ContactDetails(name="Bob")))
    plan[1].action = Action.SKIP
    summary = apply_contacts(plan, "x.csv")
    assert (summary.added, summary.skipped) == (1, 1)
    assert heard == [summary.customer_ids]


def test_a_contact_comes_back_by_its_file_id_even_renamed(data):
    first = IncomingContact(ContactDetails(name="Ann Lee"), "card 1", source_id="abc-1")
    summary = apply_contacts(plan_contacts([first]), "phone.vcf")
    renamed = IncomingContact(ContactDetails(name="Ann Lee-Martin", email="ann@example.com"),
                              "card 1", source_id="abc-1")
    plan = plan_contacts([renamed])
    assert (plan[0].action, plan[0].match_id, plan[0].reason) == (
        Action.MERGE, summary.customer_ids[0], MatchReason.SOURCE_ID)
    apply_contacts(plan, "phone.vcf")
    assert customers.customer_count() == 1
    uuid = customers.get_customer(summary.customer_ids[0]).uuid
    ours = plan_contacts([IncomingContact(ContactDetails(name="Someone"), "card 1",
                                          source_id=f"urn:uuid:{uuid[:8]}-{uuid[8:12]}-"
                                          f"{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}")])
    assert ours[0].reason is MatchReason.SOURCE_ID  # our own export's UID


def test_a_switchboard_is_not_merged_but_a_company_card_is(data):
    customers.create_customer(ContactDetails(name="Ann Lee", phone="+33 1 40 00 00 00"))
    acme = customers.create_customer(ContactDetails(company="Acme SA"))
    plan = plan_contacts(_incoming(ContactDetails(name="Reception", phone="0140000000"),
                                   ContactDetails(company="ACME SA", city="Lyon")))
    assert [(p.action, p.match_id, p.reason) for p in plan] == [
        (Action.ADD, None, None), (Action.MERGE, acme, MatchReason.COMPANY)]


def test_the_same_card_twice_in_a_file_is_one_customer_and_a_second_import_changes_nothing(data):
    card = ContactDetails(name="Ann Lee")
    items = [IncomingContact(card, "card 1", source_id="x-1"),
             IncomingContact(ContactDetails(name="Ann Lee", city="Lyon"), "card 2",
                             source_id="x-1")]
    first = apply_contacts(plan_contacts(items), "a.vcf")
    assert (first.added, first.merged, customers.customer_count()) == (1, 1, 1)
    again = apply_contacts(plan_contacts(items), "a.vcf")
    assert (again.added, again.merged, again.unchanged) == (0, 0, 2)


def test_a_structured_name_comes_with_the_name_it_fills_in(data):
    from loyaltydesk.domain.personal import KeptFields
    company = IncomingContact(ContactDetails(company="Acme SA", email="ann@example.com"), "card 1")
    ann = IncomingContact(ContactDetails(name="Ann", email="ann@example.com"), "card 2",
                          kept=KeptFields(name_parts="Ann;;;;"))
    first = apply_contacts(plan_contacts([company, ann]), "a.vcf")
    assert customers.get_customer(first.customer_ids[0]).kept.name_parts == "Ann;;;;"
    again = apply_contacts(plan_contacts([company, ann]), "a.vcf")
    assert (again.added, again.merged, again.unchanged) == (0, 0, 2)
