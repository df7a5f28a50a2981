"""vCard in and out: cards from phones and address books to contacts, customers to cards."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import vobject

from loyaltydesk.domain.contacts import ContactDetails, normalize_tag
from loyaltydesk.domain.records import CustomerRecord, IncomingContact
from loyaltydesk.exchange.errors import ExchangeError, looks_like_formula
from loyaltydesk.exchange.fields import checked_contact
from loyaltydesk.exchange.vcard_cards import Card, Property, read_cards

# Groups address books put everyone in: not a value or interest the customer shares.
SYSTEM_GROUPS = {"my contacts", "starred in android", "* mycontacts", "mycontacts"}
_PHONE_ORDER = ("pref", "cell", "work", "main", "voice", "home")


@dataclass
class VCardRead:
    contacts: list[IncomingContact]
    skipped: list[str]  # cards with nothing to import, and why
    encoding_label: str
    guessed_encoding: bool


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def split_unescaped(text: str, separator: str) -> list[str]:
    return [unescape(part) for part in re.split(rf"(?<!\\){re.escape(separator)}", text)]


def _text(card: Card, name: str) -> str:
    prop = card.first(name)
    return unescape(prop.value).strip() if prop else ""


def _component_text(part: str) -> str:
    return " ".join(p.strip() for p in part.replace("\n", " ").split(",") if p.strip())


def _name_parts(card: Card) -> list[str]:
    prop = card.first("N")
    if prop is None:
        return []
    parts = [_component_text(p) for p in split_unescaped(prop.value, ";")] + [""] * 5
    family, given, additional = parts[0], parts[1], parts[2]
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


class _Notes(list):
    def add(self, label: str, value: str) -> None:
        if value.strip():
            self.append(f"{label}: {value.strip()}")


def _contact_details(card: Card, notes: _Notes) -> ContactDetails:
    org = split_unescaped(card.first("ORG").value, ";") if card.first("ORG") else [""]
    company = org[0].strip()
    notes.add("Department", " / ".join(p.strip() for p in org[1:] if p.strip()))
    notes.add("Job title", _text(card, "TITLE"))
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


def card_contact(card: Card) -> IncomingContact | None:
    notes = _Notes()
    details = _contact_details(card, notes)
    where = card.where(details.display_name() or details.email or details.phone)
    for value in (details.name, details.company):
        if looks_like_formula(value):
            raise ExchangeError(f"{where}: {value[:40]!r} looks like a spreadsheet formula, "
                                "not a name")
    if not details.display_name() and not details.email and not details.phone:
        return None
    contact = checked_contact(details, where)
    if any(p.guessed for p in card.properties):
        contact.warnings.append(f"{where}: some text declared no character set and was read "
                                "by a guess; check accented letters")
    return contact


def read_vcards(data: bytes, encoding: str | None = None) -> VCardRead:
    """Contacts from a vCard 2.1, 3.0 or 4.0 file; ExchangeError names the card at fault."""
    parsed = read_cards(data, encoding)
    contacts: list[IncomingContact] = []
    skipped: list[str] = []
    for card in parsed.cards:
        contact = card_contact(card)
        if contact is None:
            skipped.append(f"{card.where()}: no name, email or phone; left out")
        else:
            contacts.append(contact)
    return VCardRead(contacts, skipped, parsed.encoding_label, parsed.guessed)


def _name_fields(record: CustomerRecord) -> vobject.vcard.Name:
    words = record.details.name.split()
    if not words:
        return vobject.vcard.Name()
    return vobject.vcard.Name(family=words[-1] if len(words) > 1 else "",
                              given=" ".join(words[:-1]) if len(words) > 1 else words[0])


def customer_card(record: CustomerRecord, version: str = "3.0") -> vobject.base.Component:
    d = record.details
    card = vobject.vCard()
    card.add("n").value = _name_fields(record)
    card.add("fn").value = d.display_name()
    if not d.name and d.company:
        card.add("x-abshowas").value = "COMPANY"
        if version == "4.0":
            card.add("kind").value = "org"
    if d.company:
        card.add("org").value = [d.company]
    work = ["work"] if version == "4.0" else ["INTERNET", "WORK"]
    for name, value, types in (("email", d.email, work),
                               ("tel", d.phone, ["work", "voice"] if version == "4.0"
                                else ["WORK", "VOICE"])):
        if value:
            line = card.add(name)
            line.value = value
            line.type_paramlist = types
    if any((d.street, d.postal_code, d.city, d.country)):
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(street=d.street, city=d.city, code=d.postal_code,
                                          country=d.country)
        adr.type_paramlist = ["work" if version == "4.0" else "WORK"]
    for name, value in (("url", d.website), ("note", d.notes)):
        if value:
            card.add(name).value = value
    if d.tags:
        card.add("categories").value = list(d.tags)
    card.add("uid").value = f"urn:uuid:{_uuid(record.uuid)}" if version == "4.0" else record.uuid
    card.add("rev").value = record.updated_at.strftime("%Y%m%dT%H%M%SZ")
    return card


def _uuid(hex_id: str) -> str:
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


def write_vcards(records: Iterable[CustomerRecord], version: str = "3.0") -> bytes:
    """One file with a card per customer, CRLF lines folded at 75 octets, UTF-8."""
    if version not in ("3.0", "4.0"):
        raise ExchangeError(f"vCard version {version} cannot be written; choose 3.0 or 4.0")
    chunks = []
    for record in records:
        text = customer_card(record, version).serialize()
        if version == "4.0":
            text = text.replace("VERSION:3.0", "VERSION:4.0", 1)
        chunks.append(text)
    return "".join(chunks).encode("utf-8")
