"""Saving a form writes only what the person changed, and asks when it changed meanwhile."""

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange.importer import apply_import, preview_import
from loyaltydesk.services import customers
from loyaltydesk.services.customer_edits import EditConflict, changed_fields, edit_of, save_changes


def _import_phone_and_notes(tmp_path, email: str) -> None:
    """A real import that merges a phone and a note into the customer with this email."""
    path = tmp_path / "merge.csv"
    path.write_text(f"Name,Email,Phone,Notes\nZoé,{email},+33 4 72 00 00 00,Met at the fair\n",
                    encoding="utf-8")
    apply_import(preview_import(path))


def test_a_save_keeps_what_an_import_merged_meanwhile(data, tmp_path):
    cid = customers.create_customer(ContactDetails(name="Zoé", email="zoe@example.fr"))
    loaded = edit_of(cid)
    typed = loaded.__class__(ContactDetails(name="Zoé", email="zoe@example.fr", city="Lyon"))
    _import_phone_and_notes(tmp_path, "zoe@example.fr")
    done = save_changes(cid, loaded, typed)
    assert done.fields == ("city",)
    stored = customers.get_customer(cid).details
    assert (stored.city, stored.phone, stored.notes) == ("Lyon", "+33 4 72 00 00 00",
                                                          "Met at the fair")


def test_a_field_changed_both_here_and_elsewhere_asks_and_writes_nothing(data, tmp_path):
    cid = customers.create_customer(ContactDetails(name="Zoé", email="zoe@example.fr"))
    loaded = edit_of(cid)
    typed = loaded.__class__(ContactDetails(name="Zoé", email="zoe@example.fr",
                                            phone="+33 6 00 00 00 01", city="Lyon"))
    _import_phone_and_notes(tmp_path, "zoe@example.fr")
    with pytest.raises(EditConflict) as caught:
        save_changes(cid, loaded, typed)
    [conflict] = caught.value.conflicts
    assert (conflict.field, conflict.stored, conflict.mine) == (
        "phone", "+33 4 72 00 00 00", "+33 6 00 00 00 01")
    assert customers.get_customer(cid).details.city == ""  # nothing written
    save_changes(cid, loaded, typed, keep_stored=["phone"])
    stored = customers.get_customer(cid).details
    assert (stored.city, stored.phone, stored.notes) == ("Lyon", "+33 4 72 00 00 00",
                                                          "Met at the fair")
    loaded = edit_of(cid)
    save_changes(cid, loaded.__class__(ContactDetails(name="Zoé")), typed, keep_mine=["phone"])
    assert customers.get_customer(cid).details.phone == "+33 6 00 00 00 01"


def test_the_same_change_made_twice_is_no_conflict(data):
    cid = customers.create_customer(ContactDetails(name="Zoé"))
    loaded = edit_of(cid)
    typed = loaded.__class__(ContactDetails(name="Zoé", city="Lyon"))
    customers.update_customer(cid, ContactDetails(name="Zoé", city="Lyon"))
    assert save_changes(cid, loaded, typed).fields == ("city",)
    assert changed_fields(loaded, loaded) == []
