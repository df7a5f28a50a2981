"""Rules for a customer's contact details: what a valid email, phone or name is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]{2,}$")
PHONE = re.compile(r"^\+?[0-9 ()./\-]{4,}(\s*(x|ext\.?)\s*[0-9]+)?$", re.IGNORECASE)


@dataclass
class ContactDetails:
    """The editable part of a customer, as typed by a person or read from a file."""

    name: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    website: str = ""
    owner: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)

    def display_name(self) -> str:
        return self.name or self.company

    def postal_address(self) -> str:
        """'112 rue du Port, 33480 Bordeaux, France': the parts given, on one line."""
        town = " ".join(x for x in (self.postal_code, self.city) if x)
        return ", ".join(x for x in (self.street, town, self.country) if x)


def normalize_tag(text: str) -> str:
    return " ".join(text.strip().casefold().split())


def parse_tags(text: str) -> list[str]:
    """'Local sourcing, craft;  quality' -> ['local sourcing', 'craft', 'quality']."""
    tags = (normalize_tag(part) for part in re.split(r"[,;]", text))
    return list(dict.fromkeys(t for t in tags if t))


def problems(details: ContactDetails) -> dict[str, str]:
    """Field name -> what is wrong with it; empty when the details can be saved."""
    found: dict[str, str] = {}
    if not details.name.strip() and not details.company.strip():
        found["name"] = "A customer needs a name or a company"
    if details.email.strip() and not EMAIL.match(details.email.strip()):
        found["email"] = "This is not an email address"
    if details.phone.strip() and not PHONE.match(details.phone.strip()):
        found["phone"] = "A phone number holds digits, spaces, + ( ) . - /"
    return found


def cleaned(details: ContactDetails) -> ContactDetails:
    """Trimmed copy, tags normalised; control characters other than newlines in notes removed."""
    def one_line(text: str) -> str:  # NUL and other control characters never kept
        return " ".join("".join(ch if ch >= " " else " " for ch in text).split())

    return ContactDetails(
        name=one_line(details.name), company=one_line(details.company),
        email=one_line(details.email), phone=one_line(details.phone),
        street=one_line(details.street), postal_code=one_line(details.postal_code),
        city=one_line(details.city), country=one_line(details.country),
        website=one_line(details.website), owner=one_line(details.owner),
        notes="".join(ch for ch in details.notes if ch in "\n\t" or ch >= " ").strip(),
        tags=list(dict.fromkeys(normalize_tag(t) for t in details.tags if normalize_tag(t))),
    )
