from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import folded, merged, names_close, phone_key


def test_phones_compare_on_their_last_digits():
    assert phone_key("+33 6 12 34 56 78") == phone_key("06.12.34.56.78")
    assert phone_key("12") == ""


def test_close_names_are_the_same_person():
    assert names_close("Jon Smith", "John Smith")
    assert names_close("Smith John", "John Smith")
    assert names_close("Zoé Durand", "ZOE DURAND")
    assert not names_close("Zoé Durand", "Paul Durand")
    assert folded("  Zoé   O'Brien ") == "zoe o brien"


def test_merging_fills_gaps_and_keeps_what_differs_in_the_notes():
    ours = ContactDetails(name="Zoé Durand", email="zoe@example.com", city="Lyon",
                          street="1 rue A", notes="Met at the fair", tags=["craft"])
    theirs = ContactDetails(name="Zoe Durand", email="zoe.d@work.example", phone="0612345678",
                            city="Paris", street="2 rue B", notes="Likes tea",
                            tags=["craft", "local"])
    result = merged(ours, theirs)
    assert result.email == "zoe@example.com" and result.phone == "0612345678"
    assert result.city == "Lyon"
    assert result.notes.splitlines() == ["Met at the fair", "Email: zoe.d@work.example",
                                         "Address: 2 rue B, Paris", "Likes tea"]
    assert result.tags == ["craft", "local"]
    assert merged(result, theirs) == result  # merging twice adds nothing
