"""vCard in and out: cards from phones and address books to contacts, customers to cards."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from loyaltydesk.domain.contacts import ContactDetails, normalize_tag
from loyaltydesk.domain.personal import (
    KeptFields,
    guessed_name_parts,
    join_name_parts,
    name_parts_fit,
    parse_day,
    same_name_parts,
)
from loyaltydesk.domain.records import IncomingContact
from loyaltydesk.exchange.errors import ExchangeError, looks_like_formula
from loyaltydesk.exchange.fields import checked_contact
from loyaltydesk.exchange.vcard_cards import Card, Property, read_cards
from loyaltydesk.exchange.words import tr

# Told (cards read, cards in the file) while a file is read; it raises to stop the reading.
Report = Callable[[int, int], object]

# Groups address books put everyone in: not a value or interest the customer shares.
SYSTEM_GROUPS = {"my contacts", "starred in android", "* mycontacts", "mycontacts"}
_PHONE_ORDER = ("pref", "cell", "work", "main", "voice", "home")


@dataclass
class VCardRead:
    contacts: list[IncomingContact]
    skipped: list[str]  # cards with nothing to import, lines skipped, and why
    encoding_label: str
    guessed_encoding: bool
    bad: list[str] = field(default_factory=list)  # cards that cannot be read, with their line


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def split_unescaped(text: str, separator: str) -> list[str]:
    return [unescape(part) for part in re.split(rf"(?<!\\){re.escape(separator)}", text)]


def _text(card: Card, name: str) -> str:
    prop = card.first(name)
    return unescape(prop.value).strip() if prop else ""


def _component_text(part: str) -> str:
    return " ".join(p.strip() for p in part.replace("\n", " ").split(",") if p.strip())


def _structured_name(card: Card) -> list[str]:
    """The five parts of N: family, given, additional, prefix, suffix."""
    prop = card.first("N")
    if prop is None:
        return [""] * 5
    return ([_component_text(p) for p in split_unescaped(prop.value, ";")] + [""] * 5)[:5]


def _name_parts(card: Card) -> list[str]:
    family, given, additional = _structured_name(card)[:3]
    return [p for p in (given, additional, family) if p]


def _ranked(props: list[Property], order: Iterable[str]) -> list[Property]:
    def rank(p: Property) -> int:
        for index, kind in enumerate(order):
            if kind == "pref" and p.preferred or kind in p.types:
                return index
        return len(tuple(order))
    return sorted(props, key=rank)


def _phone(value: str) -> str:
    value = unescape(value).strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
        value = re.sub(r";ext=(\d+)", r" ext. \1", value).split(";")[0]
    return value


def _address(prop: Property) -> tuple[str, str, str, str, str]:
    parts = [p.strip() for p in split_unescaped(prop.value, ";")] + [""] * 7
    # An unquoted LABEL parameter holding colons (some CardDAV servers write one) leaves its
    # tail in front of the value: the PO box is what follows its last colon.
    parts[0] = parts[0].rsplit(":", 1)[-1].strip()
    street = ", ".join(" ".join(x.split()) for x in re.split(r"\n|,\s*(?=\S)", ", ".join(
        p for p in (parts[1], parts[2]) if p)) if x.strip())
    box = f"PO Box {parts[0]}" if parts[0] else ""
    return (", ".join(x for x in (street, box) if x), parts[5], parts[3], parts[6], parts[4])


# Properties the model has no field for, kept as a line of the notes rather than lost.
_KEPT_IN_NOTES = {
    "IMPP": "Messaging", "X-SOCIALPROFILE": "Social profile", "X-SKYPE": "Skype",
    "X-SKYPE-USERNAME": "Skype", "X-AIM": "AIM", "X-JABBER": "Jabber", "X-MSN": "MSN",
    "X-ICQ": "ICQ", "X-TWITTER": "Twitter", "GENDER": "Gender", "RELATED": "Related",
    "X-SPOUSE": "Spouse", "X-ASSISTANT": "Assistant", "X-MANAGER": "Manager",
    "X-MS-SPOUSE": "Spouse", "X-MS-MANAGER": "Manager", "X-MS-ASSISTANT": "Assistant",
    "X-EVOLUTION-SPOUSE": "Spouse", "X-EVOLUTION-MANAGER": "Manager",
    "X-EVOLUTION-ASSISTANT": "Assistant", "X-PHONETIC-FIRST-NAME": "Phonetic first name",
    "X-PHONETIC-LAST-NAME": "Phonetic last name", "EXPERTISE": "Expertise",
    "HOBBY": "Hobby", "INTEREST": "Interest", "X-GOOGLE-TALK": "Google Talk",
}


def _readable(value: str) -> str:
    """A structured value (GENDER:F;text) as words."""
    return " ".join(p for p in (x.strip() for x in split_unescaped(value, ";")) if p)


class _Notes(list):
    def add(self, label: str, value: str) -> None:
        if value.strip():
            self.append(f"{label}: {value.strip()}")


def _contact_details(card: Card, notes: _Notes) -> ContactDetails:
    org_property = card.first("ORG")
    org = split_unescaped(org_property.value, ";") if org_property else [""]
    company = org[0].strip()
    notes.add("Department", " / ".join(p.strip() for p in org[1:] if p.strip()))
    notes.add("Job title", _text(card, "TITLE"))
    notes.add("Role", _text(card, "ROLE"))
    nickname = card.first("NICKNAME")
    notes.add("Nickname", ", ".join(x.strip() for x in split_unescaped(
        nickname.value, ",") if x.strip()) if nickname else "")
    emails = [unescape(p.value).strip().removeprefix("mailto:") for p in
              _ranked(card.all("EMAIL"), ("pref", "work", "internet"))]
    emails = [e for e in emails if e]
    phones = [(p, _phone(p.value)) for p in _ranked(card.all("TEL"), _PHONE_ORDER)]
    phones = [(p, v) for p, v in phones if v]
    for extra in emails[1:]:
        notes.add("Email", extra)
    for prop, value in phones[1:]:
        kinds = "/".join(sorted(prop.types - {"pref", "voice"}))
        notes.add(f"Phone ({kinds})" if kinds else "Phone", value)
    addresses = _ranked(card.all("ADR"), ("pref", "work", "home"))
    street = code = city = country = ""
    if addresses:
        street, code, city, country, region = _address(addresses[0])
        notes.add("Region", region)
    for other in addresses[1:]:
        notes.add("Other address", ", ".join(x for x in _address(other) if x))
    for name, label in _KEPT_IN_NOTES.items():
        for prop in card.all(name):
            notes.add(label, _readable(prop.value))
    text_notes = [unescape(p.value).strip() for p in card.all("NOTE")]
    tags = []
    for prop in card.all("CATEGORIES"):
        tags += [normalize_tag(t) for t in split_unescaped(prop.value, ",")]
    return ContactDetails(
        name=_display_name(card, company), company=company,
        email=emails[0] if emails else "", phone=phones[0][1] if phones else "",
        street=street, postal_code=code, city=city, country=country,
        website=_text(card, "URL"),
        notes="\n".join([*(n for n in text_notes if n), *notes]),
        tags=[t for t in dict.fromkeys(tags) if t and t not in SYSTEM_GROUPS])


def _display_name(card: Card, company: str) -> str:
    fn = " ".join(_text(card, "FN").split())
    parts = _name_parts(card)
    is_company = (_text(card, "X-ABSHOWAS").upper() == "COMPANY"
                  or _text(card, "KIND").lower() == "org")
    if is_company or (not parts and fn and fn == company):
        return ""
    return fn or " ".join(parts)


_ANNIVERSARIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY",
                  "X-EVOLUTION-ANNIVERSARY")


# A day a card holds that cannot be read (the notes keep it under the English label)
DAY_LABELS = {
    "Birthday": "{card}, line {line}: the birthday {text} is not a day; kept in the notes",
    "Anniversary": "{card}, line {line}: the anniversary {text} is not a day; kept in the notes",
}


def _day(card: Card, names: tuple[str, ...], label: str, notes: _Notes,
         warnings: list[str]) -> str:
    prop = next((p for name in names for p in card.all(name)), None)
    if prop is None:
        return ""
    text = unescape(prop.value).strip()
    try:
        return parse_day(text)
    except ValueError:
        notes.add(label, text)
        warnings.append(tr(DAY_LABELS[label]).format(card=card.where(), line=prop.line,
                                                      text=repr(text)))
        return ""


def _kept(card: Card, notes: _Notes, warnings: list[str]) -> KeptFields:
    """Birthday and anniversary (a day we cannot read goes to the notes), and N."""
    return KeptFields(birthday=_day(card, ("BDAY",), "Birthday", notes, warnings),
                      anniversary=_day(card, _ANNIVERSARIES, "Anniversary", notes, warnings),
                      name_parts=join_name_parts(_structured_name(card)))


def card_contact(card: Card) -> IncomingContact | None:
    notes = _Notes()
    warnings: list[str] = []
    kept = _kept(card, notes, warnings)
    details = _contact_details(card, notes)
    if not (details.name and name_parts_fit(details.name, kept.name_parts)) or \
            same_name_parts(kept.name_parts, guessed_name_parts(details.name)):
        kept = replace(kept, name_parts="")  # kept only when it spells the name, not a guess
    where = card.where(details.display_name() or details.email or details.phone)
    for value in (details.name, details.company):
        if looks_like_formula(value):
            raise ExchangeError(tr("{card}: {text} looks like a spreadsheet formula, not a "
                                   "name").format(card=where, text=repr(value[:40])))
    if not details.display_name() and not details.email and not details.phone:
        return None
    contact = checked_contact(details, where)
    contact.warnings[:0] = warnings
    contact.source_id = _text(card, "UID")
    contact.kept = kept
    if any(p.guessed for p in card.properties):
        contact.warnings.append(tr("{card}: some text declared no character set and was read "
                                   "by a guess; check accented letters").format(card=where))
    return contact


def read_vcards(data: bytes, encoding: str | None = None,
                report: Report | None = None) -> VCardRead:
    """Contacts from a vCard 2.1, 3.0 or 4.0 file, with the cards that cannot be read.

    With `report`, tells how far it got every 100 cards."""
    parsed = read_cards(data, encoding)
    contacts: list[IncomingContact] = []
    skipped: list[str] = list(parsed.warnings)
    bad = list(parsed.bad)
    for number, card in enumerate(parsed.cards):
        if report is not None and number % 100 == 0:
            report(number, len(parsed.cards))
        try:
            contact = card_contact(card)
        except ExchangeError as exc:
            bad.append(str(exc))
            continue
        if contact is None:
            skipped.append(tr("{card}: no name, email or phone; left out").format(
                card=card.where()))
        else:
            contacts.append(contact)
    return VCardRead(contacts, skipped, parsed.encoding_label, parsed.guessed, bad)
