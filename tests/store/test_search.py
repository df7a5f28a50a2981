from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
from loyaltydesk.services.integrity import problems
from loyaltydesk.store.search import match_expression


def _find(text):
    return matching_ids(CustomerFilter(text=text))


def test_search_matches_prefixes_without_accents_or_case(data):
    zoe = customers.create_customer(ContactDetails(name="Zoé Lefèvre", city="Genève"))
    customers.create_customer(ContactDetails(name="Lucas Martin", city="Lyon"))
    assert _find("zoe") == [zoe]
    assert _find("LEFE") == [zoe]
    assert _find("gen") == [zoe]


def test_search_follows_edits_tags_and_trash(data):
    cid = customers.create_customer(ContactDetails(name="Ana", tags=["sustainability"]))
    assert _find("sustain") == [cid]
    customers.update_customer(cid, ContactDetails(name="Ana", notes="prefers email",
                                                  tags=["craft"]))
    assert _find("sustain") == []
    assert _find("craft") == [cid]
    assert _find("prefers") == [cid]
    customers.trash_customers([cid])
    assert _find("craft") == []
    customers.restore_customers([cid])
    assert _find("craft") == [cid]
    customers.empty_trash()  # nothing in it now: the customer stays
    assert _find("ana") == [cid]
    assert problems() == []


def test_typed_punctuation_is_not_fts_syntax(data):
    customers.create_customer(ContactDetails(name='O\'Brien "Quotes" AND (x)'))
    assert len(_find('o\'brien "quo')) == 1
    assert match_expression("  ,;  ") is None
    assert len(_find("NOT")) == 0
