"""Contacts CSV from Google, Outlook, Thunderbird and LinkedIn, and our own CSV export."""

import csv
import io

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange.csv_contacts import read_csv_contacts, write_csv
from loyaltydesk.exchange.csv_headers import ColumnTarget, Target, auto_mapping
from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.services import customers
from loyaltydesk.services.export_data import customer_records


def _read(samples, name, **options):
    return read_csv_contacts((samples / name).read_bytes(), **options)


def test_google_contacts_with_groups_as_tags(samples):
    read = _read(samples, "csv/tine20_google_contacts.csv")
    axel = read.contacts[3].details
    assert (axel.name, axel.email, axel.phone, axel.tags) == (
        "axel", "abc@here.de", "+4921234435", ["kunden"])
    bus = read.contacts[4].details
    assert (bus.street, bus.city) == ("Niedersachsen Ring 22", "Winsen")


def test_google_legacy_with_many_emails_and_phones(samples):
    read = _read(samples, "csv/roundcube_google_legacy.csv")
    details = read.contacts[0].details
    assert details.name == "Prefix Firstname Middle Lastname Suffix"
    assert details.email == "home@aaa.pl" and "Email: work@email.pl" in details.notes
    assert (details.company, details.city, details.postal_code) == (
        "company", "home_city", "home_zip")
    assert details.tags == ["test"]  # "* My Contacts" is Google's, not a shared value


def test_outlook_german_in_windows_1252(samples):
    read = _read(samples, "csv/tine20_outlook2013_de_cp1252.csv")
    assert read.table.encoding == "cp1252"
    first, second = (c.details for c in read.contacts)
    assert (first.name, first.company, first.city, first.street) == (
        "Christian Baumann", "unittest", "Hamburg", "Pickhuben 2")
    assert second.name == "Cornelius Weiß"
    assert second.phone == "0176 164321545"  # the mobile first
    assert read.contacts[1].source == "line 4"  # the first row spans lines 2 and 3


@pytest.mark.parametrize(("name", "encoding", "person"), [
    ("csv/thunderbird_utf16le_bom.csv", "utf-16-le", "John Doe"),
    ("csv/thunderbird_shiftjis.csv", "shift_jis", "名無しの権兵衛"),
    ("csv/linkedin_connections_kawsay.csv", "utf-8-sig", "José García"),
])
def test_encodings_are_recognised(samples, name, encoding, person):
    read = _read(samples, name)
    assert read.table.encoding == encoding
    assert read.contacts[0].details.name == person


def test_linkedin_notes_above_the_header_are_skipped(samples):
    read = _read(samples, "csv/linkedin_connections_kawsay.csv")
    assert read.table.header_line == 4
    jose = read.contacts[0].details
    assert jose.company == "Acme, Inc." and "Job title: Senior Engineer" in jose.notes


def test_thunderbird_quoted_newlines_and_tabs_stay_in_one_row(samples):
    read = _read(samples, "csv/thunderbird_export.csv")
    assert [c.details.name for c in read.contacts] == ["contact number one",
                                                       "contact number two"]
    assert "unicode text…" in read.contacts[1].details.notes


def test_mixed_separators_are_refused_naming_the_line(samples):
    with pytest.raises(ExchangeError, match="line 1: .*commas where the rest .* tabs"):
        _read(samples, "malformed/thunderbird_csv_tab_comma_mixed.csv")


def test_semicolons_and_windows_1252_from_a_french_spreadsheet():
    data = "Nom;Prénom;Société;Courriel;Téléphone;Ville\r\nDurand;Zoé;Café SSoleil;" \
           "zoe@example.fr;+33 6 12 34 56 78;Lyon\r\n".encode("cp1252")
    read = read_csv_contacts(data)
    assert read.table.delimiter == ";"
    zoe = read.contacts[0].details
    assert (zoe.name, zoe.company, zoe.city) == ("Zoé Durand", "Café SSoleil", "Lyon")


def test_unknown_headers_are_mapped_by_hand():
    data = b"Kontakt\tMail\nZoe Durand\tzoe@example.com\n"
    read = read_csv_contacts(data)
    assert not read.recognised
    mapping = [ColumnTarget(Target.NAME), ColumnTarget(Target.EMAIL)]
    mapped = read_csv_contacts(data, mapping=mapping)
    assert mapped.contacts[0].details.email == "zoe@example.com"


def test_a_formula_in_a_name_makes_a_bad_row_naming_the_line():
    data = b"Name,Email\nZoe,zoe@example.com\n\"=HYPERLINK(\"\"http://evil\"\")\",x@example.com\n"
    read = read_csv_contacts(data)
    assert [c.details.name for c in read.contacts] == ["Zoe"]
    assert len(read.bad) == 1 and read.bad[0].startswith("line 3: the name '=HYPERLINK")


def test_a_quote_left_open_is_refused():
    with pytest.raises(ExchangeError, match="line 3"):
        read_csv_contacts(b"Name,Email\nZoe,zoe@example.com\n\"Ann,ann@example.com\n"
                          b"Bob,bob@example.com\n" + b"x" * 200_000)


def test_a_row_with_too_many_cells_is_a_bad_row():
    read = read_csv_contacts(b"Name,Email\nZoe,zoe@example.com\nAnn,ann@example.com,extra\n")
    assert [c.details.name for c in read.contacts] == ["Zoe"]
    assert read.bad[0].startswith("line 3: this row has 3 cells")


def test_export_neutralises_formulas_and_reads_back(data):
    cid = customers.create_customer(ContactDetails(
        name="Zoé Durand", company="-Minus & Co", phone="+33 6 12 34 56 78",
        notes="=1+1", city="Lyon", tags=["craft"]))
    exported = write_csv(customer_records([cid]))
    assert exported.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig"))))
    header, row = rows
    cell = dict(zip(header, row, strict=True))
    assert cell["Company"] == "'-Minus & Co" and cell["Notes"] == "'=1+1"
    assert cell["Phone"] == "'+33 6 12 34 56 78" and cell["Name"] == "Zoé Durand"
    back = read_csv_contacts(exported).contacts[0].details
    assert (back.name, back.company, back.phone, back.notes, back.city, back.tags) == (
        "Zoé Durand", "-Minus & Co", "+33 6 12 34 56 78", "=1+1", "Lyon", ["craft"])


def test_auto_mapping_knows_our_own_export_headers():
    targets = [m.target for m in auto_mapping(["Name", "Company", "Email", "Postal code",
                                               "Tags", "Owner", "Stage"])]
    assert targets == [Target.NAME, Target.COMPANY, Target.EMAIL, Target.POSTAL_CODE,
                       Target.TAGS, Target.OWNER, Target.IGNORE]
