"""Column headers other programs write (Google old and new, Outlook in English, French and
German, Yahoo, Thunderbird, the macOS address book, LinkedIn, our own export), and the contact
field each one fills."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.exchange.words import tr


class Target(StrEnum):
    IGNORE = "ignore"
    NAME = "name"
    FIRST = "first_name"
    MIDDLE = "middle_name"
    LAST = "last_name"
    COMPANY = "company"
    JOB_TITLE = "job_title"
    EMAIL = "email"
    PHONE = "phone"
    STREET = "street"
    POSTAL_CODE = "postal_code"
    CITY = "city"
    REGION = "region"
    COUNTRY = "country"
    WEBSITE = "website"
    NOTES = "notes"
    NOTE_FIELD = "note_field"  # kept as "Header: value" in the notes
    TAGS = "tags"
    OWNER = "owner"
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    BIRTH_YEAR = "birth_year"  # Thunderbird writes the birthday in three columns
    BIRTH_MONTH = "birth_month"
    BIRTH_DAY = "birth_day"
    SOURCE_ID = "source_id"  # the exporting program's own id for the contact


# Translation context: Exchange (the window shows these words in its language)
TARGET_LABELS = {
    Target.IGNORE: "Leave out", Target.NAME: "Full name", Target.FIRST: "First name",
    Target.MIDDLE: "Middle name", Target.LAST: "Last name", Target.COMPANY: "Company",
    Target.JOB_TITLE: "Job title (into notes)", Target.EMAIL: "Email", Target.PHONE: "Phone",
    Target.STREET: "Street", Target.POSTAL_CODE: "Postal code", Target.CITY: "City",
    Target.REGION: "Region (into notes)", Target.COUNTRY: "Country", Target.WEBSITE: "Website",
    Target.NOTES: "Notes", Target.NOTE_FIELD: "Add to notes", Target.TAGS: "Tags",
    Target.OWNER: "Owner", Target.BIRTHDAY: "Birthday", Target.ANNIVERSARY: "Anniversary",
    Target.BIRTH_YEAR: "Year of birth", Target.BIRTH_MONTH: "Month of birth",
    Target.BIRTH_DAY: "Day of birth", Target.SOURCE_ID: "Contact id (to recognise it again)",
}

ADDRESS_TARGETS = {Target.STREET, Target.POSTAL_CODE, Target.CITY, Target.REGION,
                   Target.COUNTRY}


@dataclass(frozen=True)
class ColumnTarget:
    target: Target
    rank: int = 0  # among several emails or phones, lower wins; for addresses, the group


_SIMPLE: dict[Target, tuple[str, ...]] = {
    Target.NAME: ("name", "display name", "full name", "nom complet", "anzeigename",
                  "formatted name", "nom affiché"),
    Target.FIRST: ("first name", "given name", "vorname", "prénom", "prenom", "first"),
    Target.MIDDLE: ("middle name", "additional name", "weitere vornamen", "middle",
                    "deuxième prénom", "zweiter vorname"),
    Target.LAST: ("last name", "family name", "surname", "nachname", "nom", "nom de famille",
                  "last"),
    Target.COMPANY: ("company", "organization", "organisation", "organization 1 - name",
                     "firma", "entreprise", "société", "societe"),
    Target.JOB_TITLE: ("job title", "position", "organization 1 - title", "fonction",
                       "berufsbezeichnung", "title"),
    Target.BIRTHDAY: ("birthday", "geburtstag", "anniversaire", "date de naissance",
                      "birth date", "date of birth"),
    Target.ANNIVERSARY: ("anniversary", "jahrestag", "anniversaire de mariage",
                         "anniversaire de mariage ou fête", "wedding anniversary"),
    Target.BIRTH_YEAR: ("birth year",),
    Target.BIRTH_MONTH: ("birth month",),
    Target.BIRTH_DAY: ("birth day",),
    Target.SOURCE_ID: ("id", "uid", "contact id", "identifiant", "kontakt-id"),
    Target.WEBSITE: ("website", "web site", "web page", "web page 1", "webseite", "url",
                     "website 1 - value", "homepage", "business web page", "site web",
                     "page web", "page d'accueil professionnelle",
                     "page d’accueil professionnelle"),
    Target.NOTES: ("notes", "note", "notizen", "remarques", "comments"),
    Target.TAGS: ("tags", "categories", "kategorien", "group membership", "labels",
                  "catégories"),
    Target.OWNER: ("owner", "account manager"),
}

_NOTE_FIELDS = ("department", "abteilung", "organization 1 - department", "nickname",
                "fax number", "pager number", "business fax", "home fax", "fax geschäftlich",
                "fax privat", "pager", "web page 2", "website 2 - value", "connected on",
                "screen name", "anrede", "titre", "service", "suffixe", "suffix",
                "name prefix", "name suffix", "spitzname", "surnom", "pseudo",
                "maiden name", "occupation", "personal website", "business website")

# Phones, best first: a mobile reaches the person, then work lines, then the rest.
_PHONES = ("mobile", "mobile phone", "mobile number", "mobiltelefon", "cell", "cell phone",
           "home mobile", "work mobile", "téléphone mobile", "tél. mobile",
           "téléphone portable", "portable", "telefon (mobil)",
           "mobil", "handy",
           "phone", "telephone", "téléphone", "work phone", "business phone",
           "telefon geschäftlich", "primary phone", "company main phone", "haupttelefon",
           "telefon firma", "business phone 2", "telefon geschäftlich 2", "home phone",
           "telefon (privat)", "home phone 2", "telefon (privat 2)", "other phone",
           "weiteres telefon", "mobiltelefon 2", "car phone", "autotelefon",
           "téléphone (bureau)", "téléphone professionnel", "téléphone 2 (bureau)",
           "téléphone de la société", "téléphone société", "téléphone principal",
           "téléphone (domicile)", "téléphone personnel", "téléphone 2 (domicile)",
           "autre téléphone", "telefon (arbeit)", "telefon (privat)", "work", "home",
           "yahoo phone", "other")

_EMAILS = ("email", "e-mail", "email address", "e-mail address", "primary email",
           "e-mail-adresse", "courriel", "adresse de messagerie", "email work",
           "e-mail (arbeit)", "email home", "e-mail (privat)", "email other",
           "e-mail (andere)", "secondary email", "alternate email 1", "alternate email 2",
           "e-mail 2 address", "e-mail 2: adresse", "adresse de messagerie 2",
           "e-mail 3 address", "e-mail 3: adresse", "adresse de messagerie 3")

# Address fields by group: business first, then home, then other (Outlook, Thunderbird, de).
_ADDRESS_WORDS = {
    Target.STREET: ("street", "address", "straße", "strasse", "rue", "adresse"),
    Target.CITY: ("city", "ort", "town", "ville", "stadt"),
    Target.POSTAL_CODE: ("postal code", "zipcode", "zip code", "zip", "postleitzahl",
                         "postcode", "code postal", "plz"),
    Target.REGION: ("state", "region", "bundesland/kanton", "province", "dép/région",
                    "bundesland"),
    Target.COUNTRY: ("country/region", "country", "land/region", "pays", "pays/région",
                     "land"),
}
_GROUPS = (("business", "work", "geschäftlich", "arbeit", "bureau"),
           ("home", "privat", "domicile"),
           ("other", "weitere", "weiterer", "weiteres", "andere", "autre"))
_GROUP_WORDS = re.compile(r"\b(business|work|home|other|geschäftlich|privat|weitere|weiterer|"
                          r"weiteres(/[re])?|arbeit|andere|bureau|domicile|autre)\b")
_IGNORED_SUFFIXES = (" - type", " - formatted", " - yomi name", " - symbol", " - location",
                     "-typ", ": typ", "angezeigter name", ": angezeigter name")


def _key(header: str) -> str:
    return " ".join(header.strip().strip("\ufeff").casefold().split())


_SECTION_PARTS = {"email": Target.EMAIL, "phone": Target.PHONE, "mobile": Target.PHONE,
                  "address": Target.STREET, "company": Target.COMPANY,
                  "title": Target.JOB_TITLE, "website": Target.WEBSITE}


def _gmail_section(key: str) -> ColumnTarget | None:
    """Old Gmail: 'Section 1 - Email', 'Section 2 - Mobile', 'Section 1 - Address'."""
    found = re.fullmatch(r"section (\d+) - (.+)", key)
    if not found or found.group(2) not in _SECTION_PARTS:
        return None
    number, target = int(found.group(1)), _SECTION_PARTS[found.group(2)]
    rank = number if target is not Target.PHONE else (number if found.group(2) == "mobile"
                                                      else 100 + number)
    return ColumnTarget(target, rank)


def _google(key: str) -> ColumnTarget | None:
    """Google's numbered columns: 'E-mail 2 - Value', 'Phone 1 - Value', 'Address 1 - City'."""
    found = re.fullmatch(r"(e-mail|phone|address) (\d+) - (.+)", key)
    if not found:
        return None
    kind, number, part = found.group(1), int(found.group(2)), found.group(3)
    if kind == "e-mail":
        return ColumnTarget(Target.EMAIL, number) if part == "value" else None
    if kind == "phone":
        return ColumnTarget(Target.PHONE, 100 + number) if part == "value" else None
    parts = {"street": Target.STREET, "city": Target.CITY, "postal code": Target.POSTAL_CODE,
             "region": Target.REGION, "country": Target.COUNTRY, "po box": Target.STREET,
             "extended address": Target.STREET}
    return ColumnTarget(parts[part], number) if part in parts else None


def _address(key: str) -> ColumnTarget | None:
    key = " ".join(key.replace("(", " ").replace(")", " ").split())
    group = next((i for i, words in enumerate(_GROUPS)
                  if any(w in key.split() or key.endswith(w) for w in words)), None)
    bare = _GROUP_WORDS.sub(" ", key)
    bare = " ".join(re.sub(r"\s\d$", "", bare).split())
    for target, words in _ADDRESS_WORDS.items():
        if bare in words:
            return ColumnTarget(target, 10 if group is None else group)
    return None


def target_for(header: str) -> ColumnTarget | None:
    """The field a known header fills, or None for a header we do not know."""
    key = _key(header)
    if not key or key.endswith(_IGNORED_SUFFIXES):
        return None
    for target, names in _SIMPLE.items():
        if key in names:
            return ColumnTarget(target)
    if key in _EMAILS:
        return ColumnTarget(Target.EMAIL, _EMAILS.index(key))
    if key in _PHONES:
        return ColumnTarget(Target.PHONE, _PHONES.index(key))
    if key in _NOTE_FIELDS:
        return ColumnTarget(Target.NOTE_FIELD)
    return _google(key) or _gmail_section(key) or _address(key)


def auto_mapping(headers: list[str]) -> list[ColumnTarget]:
    return [target_for(h) or ColumnTarget(Target.IGNORE) for h in headers]


def header_score(cells: list[str]) -> int:
    """How many cells of a row are headers we know (the header row scores highest)."""
    return sum(1 for c in cells if target_for(c) is not None)


def mapped_by_name(headers: list[str], mapping: list[ColumnTarget],
                   chosen: dict[str, str]) -> list[ColumnTarget]:
    """The mapping with some columns, named by their header, set to a field by its name."""
    result = list(mapping)
    keys = [_key(h) for h in headers]
    fields = {t.value: t for t in Target}
    for header, name in chosen.items():
        if _key(header) not in keys:
            raise ExchangeError(tr("no column is named {header}; the columns are: {columns}")
                                .format(header=repr(header), columns=", ".join(headers)))
        target = fields.get(name.strip().casefold().replace(" ", "_").replace("-", "_"))
        if target is None:
            raise ExchangeError(tr("{name} is not a field; choose one of: {fields}").format(
                name=repr(name), fields=", ".join(fields)))
        index = keys.index(_key(header))
        result[index] = ColumnTarget(target, mapping[index].rank or index)
    return result
