"""vCard files as phones, Google, Outlook, Apple, Evolution and Thunderbird write them."""

import pytest

from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.exchange.vcard import read_vcards


def _read(samples, name):
    return read_vcards((samples / name).read_bytes())


def _one(samples, name):
    read = _read(samples, name)
    assert len(read.contacts) == 1, read.contacts
    return read.contacts[0].details


def test_several_cards_in_one_file(samples):
    read = _read(samples, "vcard/ezvcard_gmail_list_3cards.vcf")
    assert [(c.details.name, c.details.email) for c in read.contacts] == [
        ("Arnold Smith", "asmithk@gmail.com"), ("Chris Beatle", "chrisy55d@yahoo.com"),
        ("Doug White", "dwhite@gmail.com")]


def test_an_unescaped_comma_in_fn_keeps_the_whole_name(samples):
    details = _one(samples, "vcard/ezvcard_gmail_v30_folded.vcf")
    assert details.name == "Mr. John Richter, James Doe Sr."
    assert details.company == "IBM" and details.phone == "905-555-1234"
    assert "IMPLIED WARRANTIES, INCLUDING" in details.notes  # folded, escaped commas


def test_android_quoted_printable_with_soft_breaks_and_a_photo(samples):
    read = _read(samples, "vcard/ezvcard_android_v21_qp_multi.vcf")
    names = [c.details.name for c in read.contacts]
    assert names[2] == " ".join(["Ñ"] * 5)
    assert names[3] == " ".join(["Ñ"] * 11)  # quoted-printable across a soft line break
    assert read.contacts[0].details.name == "john.doe@company.com"  # no name: its email
    assert any("named after" in w for w in read.contacts[0].warnings)
    assert "Phone (home): 234567" in read.contacts[3].details.notes


def test_outlook_21_with_a_photo_and_quoted_printable_labels(samples):
    details = _one(samples, "vcard/ezvcard_ms_outlook_v21.vcf")
    assert details.name == "Mr. John Richter James Doe Sr."
    assert (details.street, details.city, details.postal_code) == (
        "Cresent moon drive", "Albaney", "12345")
    assert details.phone == "(905) 555-1234"


def test_iphone_cards_with_cr_cr_lf_and_grouped_properties(samples):
    details = _one(samples, "vcard/ezvcard_ios5_iphone_v30.vcf")
    assert details.email == "john.doe@ibm.com"
    assert details.phone == "905-555-1234"  # the preferred one
    assert details.city == "New York"
    assert "Phone (pager): 905-111-1234" in details.notes  # the others are kept


def test_cards_without_n_or_without_fn(samples):
    assert _one(samples, "vcard/khard_korean_noN_v40.vcf").name == "최유림"
    assert _one(samples, "vcard/khard_no_FN_v30.vcf").name == "Mike Jones"
    hans = _one(samples, "vcard/tine20_without_N_v21.vcf")
    assert (hans.name, hans.company, hans.city) == ("Hans Müller", "Mein Schiff", "Nürnberg")


def test_a_company_card_has_no_person_name(samples):
    details = _one(samples, "vcard/roundcube_apple_company_photo.vcf")
    assert (details.name, details.company) == ("", "Apple Computer AG")
    assert details.city == "Wallisellen-Zürich"


def test_vcard_40_uris_and_an_unquoted_label(samples):
    simon = _one(samples, "vcard/ezvcard_rfc6350_example_v40.vcf")
    assert simon.phone == "+1-418-656-9254 ext. 102"
    assert (simon.company, simon.city, simon.postal_code) == ("Viagenie", "Quebec", "G1V 2M2")
    dummy = _one(samples, "vcard/ezvcard_issue114_v40_caret_label.vcf")
    assert (dummy.name, dummy.city, dummy.country) == ("Dummy, Dummy", "Bad Homburg", "Germany")
    assert "Dummy-Dummy-Strasse 1" in dummy.street
    assert _one(samples, "vcard/khard_photo_datauri_v40.vcf").name == "with photo v4"


def test_placeholder_emails_are_kept_in_the_notes(samples):
    read = _read(samples, "vcard/thunderbird_export_v40.vcf")
    first = read.contacts[0]
    assert first.details.email == "" and "Email: contact1@invalid" in first.details.notes
    assert "kept in the notes" in first.warnings[0]


def test_evolution_and_outlook_exports(samples):
    john = _one(samples, "vcard/ezvcard_evolution_v30.vcf")
    assert (john.name, john.company, john.city) == (
        "Mr. John Richter, James Doe Sr.", "IBM", "Albaney")
    assert john.tags == ["vip"]
    outlook = _one(samples, "vcard/tine20_webdavcollaborator_outlook_v30.vcf")
    assert outlook.email == "mail@example.com" and "Email: mail2@example.com" in outlook.notes


def test_charsets_a_card_declares_or_not(samples):
    assert _one(samples, "malformed/roundcube_vcard_cp1252_raw.vcf").name == "John Doë"
    assert _one(samples, "malformed/roundcube_vcard_utf16be_nobom.vcf").city == "LaPaz"
    assert _one(samples, "malformed/thunderbird_vcard_crcrlf.vcf").email == "example@gmail.com"
    guessed = _read(samples, "malformed/roundcube_vcard_qp_no_charset.vcf").contacts[0]
    assert guessed.details.name == "Piotr Iksiñski"  # Windows-1252 guessed, and said so
    assert "read by a guess" in guessed.warnings[0]
    chosen = read_vcards((samples / "malformed/roundcube_vcard_qp_no_charset.vcf").read_bytes(),
                         encoding="cp1250")
    assert chosen.contacts[0].details.name == "Piotr Iksiński"


def test_a_truncated_card_is_listed_with_its_line(samples):
    read = _read(samples, "malformed/khard_vcard_truncated.vcf")
    assert read.contacts == []
    assert read.bad == ["card 1 (line 1) ends without END:VCARD: the file looks cut short"]


def test_a_line_that_is_no_property_is_skipped_and_the_card_kept(samples):
    read = _read(samples, "malformed/tine20_vcard_bad_label_latin1.vcf")
    assert read.bad == [] and len(read.contacts) == 1
    assert any("line 6: 'LABEL,TYPE=HOME:Klippe 58' is not a vCard property" in w
               for w in read.skipped)


def test_junk_outside_cards_and_a_bare_fn_are_warnings_not_refusals():
    data = (b"exported by PhoneSync 2.1\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN\r\n"
            b"N:Lee;Ann;;;\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n")
    read = read_vcards(data)
    assert [c.details.name for c in read.contacts] == ["Ann Lee"] and read.bad == []
    assert read.skipped[0].startswith("line 1: 'exported by PhoneSync 2.1' is outside any card")
    assert "line 4: 'FN' is not a vCard property" in read.skipped[1]


def test_a_formula_as_a_name_makes_a_bad_card():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:=HYPERLINK(\"http://x\")\r\nEND:VCARD\r\n"
    read = read_vcards(data)
    assert read.contacts == [] and "card 1" in read.bad[0] and "spreadsheet formula" in read.bad[0]


def test_a_second_begin_before_the_end_makes_the_first_card_bad():
    data = b"BEGIN:VCARD\nVERSION:3.0\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n"
    read = read_vcards(data)
    assert read.bad == ["card 1 (line 1) has no END:VCARD before the next card starts on line 4"]
    assert [c.details.name for c in read.contacts] == ["B"]


def test_text_that_is_no_vcard_at_all():
    with pytest.raises(ExchangeError, match="holds no vCard"):
        read_vcards(b"Name,Email\nZoe,zoe@example.com\n")
