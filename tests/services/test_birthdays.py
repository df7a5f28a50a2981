"""Birthdays from contact files: kept on the customer, and a birthday cadence off by default."""

from datetime import date

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.personal import KeptFields
from loyaltydesk.domain.records import IncomingContact
from loyaltydesk.services import cadences, customers, followups
from loyaltydesk.services.imports import apply_contacts, plan_contacts


def _import(*people):
    items = [IncomingContact(ContactDetails(name=name), f"card {i + 1}", kept=KeptFields(day))
             for i, (name, day) in enumerate(people)]
    return apply_contacts(plan_contacts(items), "phone.vcf")


def _birthday_cadence():
    return next(c for c in cadences.list_cadences() if c.builtin_key == "birthday")


def _open_followups(customer_id):
    return [f for f in followups.followups_of(customer_id) if f.status == "open"]


def test_the_birthday_cadence_ships_off(data):
    cadence = _birthday_cadence()
    assert not cadence.active and cadence.trigger.value == "birthday"
    summary = _import(("Ann Lee", "1985-04-12"))
    assert _open_followups(summary.customer_ids[0]) == []
    assert customers.get_customer(summary.customer_ids[0]).kept.birthday == "1985-04-12"


def test_turned_on_it_plans_each_next_birthday_once(data, clock):
    summary = _import(("Ann Lee", "1985-04-12"), ("Bob Stone", "--03-07"), ("Eve", ""))
    ann, bob, eve = summary.customer_ids
    cadences.set_active(_birthday_cadence().id, True)
    assert [f.due_at.date() for f in _open_followups(ann)] == [date(2026, 4, 10)]  # a Sunday
    assert [f.title for f in _open_followups(bob)] == ["Wish a happy birthday"]
    assert _open_followups(bob)[0].due_at.date() == date(2026, 3, 6)  # Saturday: Friday before
    assert _open_followups(eve) == []
    again = _import(("Ann Lee", "1985-04-12"), ("Bob Stone", "--03-07"), ("Eve", ""))
    assert (again.added, again.merged) == (0, 0)
    assert len(_open_followups(ann)) == 1  # importing again plans nothing new
    assert customers.get_customer(ann).next_followup_at is not None


def test_an_import_plans_the_birthday_when_the_cadence_is_on(data, clock):
    cadences.set_active(_birthday_cadence().id, True)
    ann = _import(("Ann Lee", "--03-10")).customer_ids[0]
    assert [f.due_at.date() for f in _open_followups(ann)] == [date(2026, 3, 10)]


def test_a_birthday_wished_plans_next_years(data, clock):
    cadences.set_active(_birthday_cadence().id, True)
    ann = _import(("Ann Lee", "--03-04")).customer_ids[0]
    [wish] = _open_followups(ann)
    assert wish.due_at.date() == date(2026, 3, 4)
    clock.set(clock.now().replace(day=4, hour=10))
    followups.complete_followup(wish.id, "Sent a card")
    assert [f.due_at.date() for f in _open_followups(ann)] == [date(2027, 3, 4)]
