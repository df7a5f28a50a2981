"""Customers to vCard 3.0 or 4.0, as other address books expect them."""

from __future__ import annotations

from collections.abc import Iterable

import vobject

from loyaltydesk.domain.personal import (
    day_parts,
    guessed_name_parts,
    name_parts_fit,
    split_name_parts,
)
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.exchange.words import tr

# RFC 6350 3.2 and RFC 2426 2.6: a line is at most 75 octets, CRLF excluded.
MAX_OCTETS = 75


def _name_fields(record: CustomerRecord) -> vobject.vcard.Name:
    """The structured name we imported, while it still fits the name; else a split guess."""
    name, parts = record.details.name, record.kept.name_parts
    if not (parts and name_parts_fit(name, parts)):
        parts = guessed_name_parts(name)
    family, given, additional, prefix, suffix = split_name_parts(parts)
    return vobject.vcard.Name(family=family, given=given, additional=additional,
                              prefix=prefix, suffix=suffix)


def _add_typed(card, name: str, value: str, types: list[str]) -> None:
    if value:
        line = card.add(name)
        line.value = value
        line.type_paramlist = types


def _add_day(card, name: str, text: str, version: str) -> None:
    """A day as each version's RFC writes it: 4.0 '19850412' or '--0412' (RFC 6350 4.3.1),
    3.0 '1985-04-12' (RFC 2426), with Apple's year 1604 for a day without one."""
    year, month, day = day_parts(text)
    line = card.add(name)
    if version == "4.0":
        line.value = f"{year:04d}{month:02d}{day:02d}" if year else f"--{month:02d}{day:02d}"
        return
    line.value = f"{year or 1604:04d}-{month:02d}-{day:02d}"
    if year is None:
        line.params["X-APPLE-OMIT-YEAR"] = ["1604"]


def _add_days(card, record: CustomerRecord, version: str) -> None:
    if record.kept.birthday:
        _add_day(card, "bday", record.kept.birthday, version)
    if record.kept.anniversary:
        _add_day(card, "anniversary" if version == "4.0" else "x-anniversary",
                 record.kept.anniversary, version)


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
    v4 = version == "4.0"
    _add_typed(card, "email", d.email, ["work"] if v4 else ["INTERNET", "WORK"])
    _add_typed(card, "tel", d.phone, ["work", "voice"] if v4 else ["WORK", "VOICE"])
    if any((d.street, d.postal_code, d.city, d.country)):
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(street=d.street, city=d.city, code=d.postal_code,
                                          country=d.country)
        adr.type_paramlist = ["work" if v4 else "WORK"]
    _add_days(card, record, version)
    for name, value in (("url", d.website), ("note", d.notes)):
        if value:
            card.add(name).value = value
    if d.tags:
        card.add("categories").value = list(d.tags)
    card.add("uid").value = f"urn:uuid:{_uuid(record.uuid)}" if v4 else record.uuid
    card.add("rev").value = record.updated_at.strftime("%Y%m%dT%H%M%SZ")
    return card


def _uuid(hex_id: str) -> str:
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


def fold(line: str) -> str:
    """One logical line folded so that no physical line passes 75 octets of UTF-8.

    A character is never cut in the middle of its bytes; continuation lines start with a
    space, which counts towards their 75.
    """
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def folded_text(text: str) -> str:
    """vobject's output, unfolded, then folded again by octets instead of characters."""
    logical = text.replace("\r\n ", "").replace("\r\n\t", "")
    return "".join(fold(line) + "\r\n" for line in logical.split("\r\n") if line)


def write_vcards(records: Iterable[CustomerRecord], version: str = "3.0") -> bytes:
    """One file with a card per customer, CRLF lines folded at 75 octets, UTF-8."""
    if version not in ("3.0", "4.0"):
        raise ExchangeError(tr("vCard version {version} cannot be written; choose 3.0 or 4.0")
                            .format(version=version))
    chunks = []
    for record in records:
        text = customer_card(record, version).serialize()
        if version == "4.0":
            text = text.replace("VERSION:3.0", "VERSION:4.0", 1)
        chunks.append(folded_text(text))
    return "".join(chunks).encode("utf-8")
