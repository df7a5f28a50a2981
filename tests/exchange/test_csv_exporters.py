"""CSV headers as real exporters write them, in English, French and German."""

import pytest

from loyaltydesk.exchange.csv_contacts import read_csv_contacts
from loyaltydesk.exchange.csv_headers import ColumnTarget, Target, mapped_by_name
from loyaltydesk.exchange.errors import ExchangeError


def _one(text: str, encoding: str = "utf-8"):
    read = read_csv_contacts(text.encode(encoding))
    assert len(read.contacts) == 1, (read.contacts, read.skipped, read.bad)
    return read.contacts[0]


def test_yahoo_first_last_and_three_emails():
    contact = _one("First,Middle,Last,Nickname,Email Home,Email Work,Email Other,Home Mobile,"
                   "Company,Birthday\n"
                   "Ann,Marie,Lee,Annie,ann@home.example,ann@work.example,ann@old.example,"
                   "+44 7700 900123,Acme,1985-04-12\n")
    d = contact.details
    assert (d.name, d.company, d.phone) == ("Ann Marie Lee", "Acme", "+44 7700 900123")
    assert d.email == "ann@work.example"  # work first, the others kept in the notes
    assert "Email: ann@home.example" in d.notes and "Email: ann@old.example" in d.notes
    assert "Nickname: Annie" in d.notes and contact.kept.birthday == "1985-04-12"


def test_formatted_name_and_old_gmail_sections():
    contact = _one("Formatted Name,Section 1 - Email,Section 1 - Mobile,Section 2 - Email,"
                   "Section 1 - Company,Section 1 - Title\n"
                   "Zoé Durand,zoe@example.fr,06 12 34 56 78,zoe@perso.example,Soleil,Chef\n")
    d = contact.details
    assert (d.name, d.email, d.phone, d.company) == (
        "Zoé Durand", "zoe@example.fr", "06 12 34 56 78", "Soleil")
    assert "Email: zoe@perso.example" in d.notes and "Job title: Chef" in d.notes


def test_outlook_in_french_with_home_and_work_addresses():
    text = ("Prénom;Nom;Société;Adresse de messagerie;Téléphone mobile;Rue (bureau);"
            "Code postal (bureau);Ville (bureau);Pays/Région (bureau);Rue (domicile);"
            "Code postal (domicile);Ville (domicile);Anniversaire;Identifiant\n"
            "Agnès;Moreau;Bloem;agnes@bloem.example;06 11 22 33 44;1 rue A;69002;Lyon;"
            "France;2 rue B;75011;Paris;12/04/1985;outlook-77\n")
    contact = _one(text, "cp1252")
    d = contact.details
    assert (d.name, d.company, d.street, d.postal_code, d.city, d.country) == (
        "Agnès Moreau", "Bloem", "1 rue A", "69002", "Lyon", "France")
    assert "Other address: 2 rue B, 75011, Paris" in d.notes
    assert contact.kept.birthday == "1985-04-12"  # a French file: the day first
    assert contact.source_id == "outlook-77"


def test_outlook_in_french_as_it_writes_its_mobile_anniversary_and_web_page():
    # the header Outlook writes in French, in its order, the columns without data left out
    text = ("Titre,Prénom,Deuxième prénom,Nom,Suffixe,Société,Service,Fonction,Rue (bureau),"
            "Ville (bureau),Code postal (bureau),Pays/Région (bureau),Téléphone (bureau),"
            "Téléphone (domicile),Tél. mobile,Adresse de messagerie,Type de messagerie,"
            "Anniversaire,Anniversaire de mariage ou fête,Catégories,Notes,Page Web\n"
            "Mme,Agnès,,Moreau,,Bloem,Achats,Acheteuse,1 rue A,Lyon,69002,France,,"
            "01 22 33 44 55,06 11 22 33 44,agnes@bloem.example,SMTP,12/04/1985,20/06/2010,"
            "VIP,Aime le thé,https://bloem.example\n")
    contact = _one(text, "cp1252")
    d = contact.details
    assert (d.name, d.phone, d.website) == ("Agnès Moreau", "06 11 22 33 44",
                                            "https://bloem.example")  # the mobile first
    assert "Phone: 01 22 33 44 55" in d.notes and "Job title: Acheteuse" in d.notes
    assert (contact.kept.birthday, contact.kept.anniversary) == ("1985-04-12", "2010-06-20")
    assert contact.warnings == []


def test_the_macos_address_book_in_german_tab_separated():
    text = ("Vorname\tNachname\tFirma\tE-Mail (Arbeit)\tE-Mail (Privat)\tTelefon (Mobil)\t"
            "Straße (Arbeit)\tPLZ (Arbeit)\tOrt (Arbeit)\tLand (Arbeit)\tGeburtstag\n"
            "Jürgen\tWeiß\tMüller GmbH\tj.weiss@mueller.example\tjw@privat.example\t"
            "0171 1234567\tHauptstraße 5\t80331\tMünchen\tDeutschland\t12.04.1985\n")
    d = (contact := _one(text)).details
    assert (d.name, d.company, d.email, d.phone) == (
        "Jürgen Weiß", "Müller GmbH", "j.weiss@mueller.example", "0171 1234567")
    assert (d.street, d.postal_code, d.city, d.country) == (
        "Hauptstraße 5", "80331", "München", "Deutschland")
    assert contact.kept.birthday == "1985-04-12"


def test_outlook_in_german_keeps_its_anniversary():
    contact = _one("Vorname,Nachname,E-Mail-Adresse,Geburtstag,Jahrestag\n"
                   "Jonas,Weber,jonas@example.de,1.2.1980,0/0/00\n")
    assert contact.kept.birthday == "1980-02-01" and contact.kept.anniversary == ""
    assert "Anniversary: 0/0/00" in contact.details.notes  # not a day: kept, not lost


def test_outlook_in_english_writes_the_month_first():
    contact = _one("First Name,Last Name,Birthday\nAnn,Lee,4/12/1985\n")
    assert contact.kept.birthday == "1985-04-12"


def test_thunderbird_birthday_in_three_columns():
    contact = _one("First Name,Last Name,Birth Year,Birth Month,Birth Day\nAnn,Lee,,4,12\n")
    assert contact.kept.birthday == "--04-12"


def test_columns_no_field_takes_are_named_and_can_be_mapped_by_name():
    read = read_csv_contacts(b"Name,Fax du bureau,Humeur\nAnn Lee,01 23,happy\n")
    assert read.mapping[2] == ColumnTarget(Target.IGNORE)
    from loyaltydesk.exchange.csv_contacts import unplaced_note
    assert unplaced_note(read) == ["Columns left out unless you map them: Fax du bureau, Humeur"]
    mapped = mapped_by_name(read.table.headers, read.mapping, {"humeur": "note_field"})
    assert mapped[2].target is Target.NOTE_FIELD
    with pytest.raises(ExchangeError, match="'mood' is not a field"):
        mapped_by_name(read.table.headers, read.mapping, {"Humeur": "mood"})


@pytest.mark.parametrize(("header", "message"), [
    ("Subject,Start Date,Start Time,End Date,Location\nLunch,2026-03-02,12:00,2026-03-02,Lyon",
     "calendar saved as CSV"),
    ("Invoice number,Company,Amount,VAT,Total\nF-1,Acme,100,20,120", "invoices"),
])
def test_files_that_are_not_contacts_say_what_they_look_like(header, message):
    from loyaltydesk.exchange.csv_contacts import other_data
    read = read_csv_contacts(header.encode())
    assert message in other_data(read.table.headers)
