"""Which contact a file's contact duplicates, and why: ids, email, the same person."""

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.duplicates import ContactIndex, MatchReason, names_close, source_key
from loyaltydesk.domain.personal import (
    KeptFields,
    join_name_parts,
    merged_kept,
    next_occurrence,
    parse_day,
    split_name_parts,
)


def _index(*rows):
    index = ContactIndex()
    for key, details, ids in rows:
        index.add(key, details, ids)
    return index


def test_the_files_own_id_wins_over_everything_else():
    index = _index((1, ContactDetails(name="Ann Lee", email="ann@example.com"), ["uid-7"]),
                   (2, ContactDetails(name="Bob", email="bob@example.com"), []))
    assert index.find(ContactDetails(name="Robert", email="bob@example.com"), "uid-7") == (
        1, MatchReason.SOURCE_ID)
    assert index.find(ContactDetails(name="Robert", email="BOB@example.com")) == (
        2, MatchReason.EMAIL)


def test_our_own_uuid_is_found_in_any_spelling():
    hex_id = "1b4e28ba2fa111d2883f0016d3cca427"
    assert source_key("urn:uuid:1B4E28BA-2FA1-11D2-883F-0016D3CCA427") == hex_id
    assert source_key(hex_id) == hex_id
    assert source_key(" contact-17 ") == "contact-17"


def test_a_shared_switchboard_phone_alone_is_not_the_same_person():
    index = _index((1, ContactDetails(name="Ann Lee", phone="+33 1 40 00 00 00"), []))
    assert index.find(ContactDetails(name="Reception", phone="01 40 00 00 00")) is None
    assert index.find(ContactDetails(name="Paul Martin", phone="01 40 00 00 00")) is None
    assert index.find(ContactDetails(name="Ann", phone="01 40 00 00 00")) == (
        1, MatchReason.NAME_AT_PHONE)


def test_the_same_person_at_the_same_company_and_a_company_by_itself():
    index = _index((1, ContactDetails(name="Zoé Durand", company="Acme SA"), []),
                   (2, ContactDetails(company="Acme SA", phone="0140000000"), []))
    assert index.find(ContactDetails(name="Z. Durand", company="ACME SA")) == (
        1, MatchReason.NAME_AT_COMPANY)
    assert index.find(ContactDetails(company="acme sa")) == (2, MatchReason.COMPANY)
    assert index.find(ContactDetails(name="Paul", company="Acme SA")) is None


def test_close_names():
    assert names_close("Ann", "Ann Lee") and names_close("Z. Durand", "Zoé Durand")
    assert not names_close("A.", "Ann Lee")  # an initial alone says too little
    assert not names_close("Reception", "Ann Lee")


def test_days_with_and_without_a_year():
    assert parse_day("19850412") == "1985-04-12"
    assert parse_day("1985-04-12T00:00:00Z") == "1985-04-12"
    assert parse_day("--0412") == parse_day("--04-12") == "--04-12"
    assert parse_day("1604-04-12") == "--04-12"  # Apple's year for "no year"
    assert parse_day("12.04.1985") == parse_day("4/12/1985") == "1985-04-12"
    assert parse_day("--0229") == "--02-29"
    for bad in ("tomorrow", "1985-13-01", "1985-02-30"):
        try:
            parse_day(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_the_next_birthday():
    from datetime import date
    assert next_occurrence("1985-04-12", date(2026, 3, 2)) == date(2026, 4, 12)
    assert next_occurrence("--04-12", date(2026, 4, 13)) == date(2027, 4, 12)
    assert next_occurrence("--02-29", date(2026, 3, 1)) == date(2027, 2, 28)


def test_structured_names_keep_their_parts():
    parts = ("Van Dijk", "Agnès", "", "Dr.", "")
    assert split_name_parts(join_name_parts(parts)) == parts
    assert split_name_parts(join_name_parts(("A;B", "C\\D", "", "", ""))) == (
        "A;B", "C\\D", "", "", "")
    assert join_name_parts(("", "", "", "", "")) == ""


def test_kept_fields_merge_without_losing_a_different_day():
    ours = KeptFields(birthday="1985-04-12")
    result, notes = merged_kept(ours, KeptFields(birthday="--04-13", anniversary="2010-06-01",
                                                 name_parts="Lee;Ann;;;"))
    assert result == KeptFields("1985-04-12", "2010-06-01", "Lee;Ann;;;")
    assert notes == ["Birthday: --04-13"]
    assert merged_kept(ours, KeptFields(name_parts="X;Y;;;"), same_name=False)[0] == ours


def test_the_very_same_name_matches_only_when_nothing_differs():
    index = _index((1, ContactDetails(name="Ann Lee", email="ann@example.com"), []))
    assert index.find(ContactDetails(name="LEE Ann")) == (1, MatchReason.SAME_NAME)
    assert index.find(ContactDetails(name="Ann Lee", city="Lyon")) == (1, MatchReason.SAME_NAME)
    assert index.find(ContactDetails(name="Ann Lee", email="other@example.com")) is None
