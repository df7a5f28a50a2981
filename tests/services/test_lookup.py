from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers, lookup


def _add(name: str, company: str = "") -> int:
    return customers.create_customer(ContactDetails(name=name, company=company))


def test_typed_words_find_customers_by_prefix_accents_folded(data):
    marc = _add("Marc Lefèvre")
    _add("Zoé Durand")
    assert [r.id for r in lookup.suggest("lefe")] == [marc]
    assert [r.display_name for r in lookup.suggest("zoe dur")] == ["Zoé Durand"]


def test_suggestions_stop_at_the_limit_and_leave_out_the_trash_and_the_excluded(data):
    ids = [_add(f"Martin {i}") for i in range(10)]
    customers.trash_customers(ids[:2])
    found = lookup.suggest("martin", limit=5, exclude=ids[2])
    assert len(found) == 5
    assert not {r.id for r in found} & {ids[0], ids[1], ids[2]}
    assert lookup.suggest("", limit=5) == [] and lookup.suggest("martin", limit=0) == []
