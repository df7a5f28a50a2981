from loyaltydesk.domain.contacts import ContactDetails, cleaned, parse_tags, problems


def test_a_customer_needs_a_name_or_a_company():
    assert "name" in problems(ContactDetails())
    assert problems(ContactDetails(company="Atelier Nord")) == {}


def test_email_and_phone_are_checked():
    found = problems(ContactDetails(name="Zoé", email="zoe@", phone="call me"))
    assert set(found) == {"email", "phone"}
    assert problems(ContactDetails(name="Zoé", email="zoe@example.fr",
                                   phone="+33 (0)6 12-34.56/78")) == {}


def test_tags_are_normalised_and_deduplicated():
    assert parse_tags("Local  Sourcing, craft; local sourcing,,") == ["local sourcing", "craft"]


def test_cleaning_trims_and_drops_control_characters():
    result = cleaned(ContactDetails(name="  Zoé \t Martin ", notes="line one\x00\nline two"))
    assert result.name == "Zoé Martin"
    assert result.notes == "line one\nline two"


def test_a_postal_address_joins_the_parts_given_on_one_line():
    from loyaltydesk.domain.contacts import ContactDetails

    assert ContactDetails(street="12 rue des Lilas", postal_code="69003", city="Lyon",
                          country="France").postal_address() == \
        "12 rue des Lilas, 69003 Lyon, France"
    assert ContactDetails(city="Lyon").postal_address() == "Lyon"
    assert ContactDetails(name="Al").postal_address() == ""
