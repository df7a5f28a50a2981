"""When two contacts are the same person, and how an incoming one merges into what we have."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher
from enum import StrEnum

from loyaltydesk.domain.contacts import ContactDetails

# Two names at the same company this alike (0..1) are taken for the same person.
CLOSE_NAME_RATIO = 0.85
# Phones compare on their last digits, so "+33 6 12 34 56 78" meets "06 12 34 56 78".
PHONE_DIGITS = 9


class MatchReason(StrEnum):
    EMAIL = "same email"
    PHONE = "same phone"
    NAME_AT_COMPANY = "close name at the same company"


def email_key(email: str) -> str:
    return email.strip().casefold()


def phone_key(phone: str) -> str:
    """The last digits of a phone number, or "" when it has too few to compare."""
    digits = re.sub(r"\D", "", phone.split("x")[0].split("ext")[0])
    return digits[-PHONE_DIGITS:] if len(digits) >= 6 else ""


def folded(text: str) -> str:
    """Lower case, no accents, single spaces: 'Zoé  DURAND' -> 'zoe durand'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", bare).split())


def company_key(company: str) -> str:
    return folded(company)


def names_close(a: str, b: str) -> bool:
    """Same person's name written differently: 'Jon Smith' / 'John Smith' / 'Smith John'."""
    fa, fb = folded(a), folded(b)
    if not fa or not fb:
        return False
    if fa == fb or sorted(fa.split()) == sorted(fb.split()):
        return True
    return SequenceMatcher(None, fa, fb).ratio() >= CLOSE_NAME_RATIO


def _differs(ours: str, theirs: str) -> bool:
    return bool(theirs.strip()) and folded(ours) != folded(theirs)


_NOTE_LABELS = {"name": "Name", "company": "Company", "email": "Email", "phone": "Phone",
                "website": "Website"}
_FILLED = ("name", "company", "email", "phone", "website", "owner")
_ADDRESS = ("street", "postal_code", "city", "country")


def merged(existing: ContactDetails, incoming: ContactDetails) -> ContactDetails:
    """What we have, completed by what comes in: nothing we have is overwritten or lost.

    Empty fields are filled; a different value that comes in is kept as a line in the notes;
    an address is taken whole when we have none; tags are added.
    """
    result = replace(existing, tags=list(existing.tags))
    extra: list[str] = []
    for name in _FILLED:
        ours, theirs = getattr(existing, name), getattr(incoming, name)
        if not ours.strip() and theirs.strip():
            result = replace(result, **{name: theirs})
        elif _differs(ours, theirs) and name in _NOTE_LABELS:
            extra.append(f"{_NOTE_LABELS[name]}: {theirs.strip()}")
    if not any(getattr(existing, f).strip() for f in _ADDRESS):
        result = replace(result, **{f: getattr(incoming, f) for f in _ADDRESS})
    elif any(_differs(getattr(existing, f), getattr(incoming, f)) for f in _ADDRESS):
        address = ", ".join(getattr(incoming, f) for f in _ADDRESS if getattr(incoming, f))
        extra.append(f"Address: {address}")
    notes = incoming.notes.strip()
    if notes and folded(notes) not in folded(existing.notes):
        extra.append(notes)
    extra = [line for line in extra if folded(line) not in folded(existing.notes)]
    if extra:
        result = replace(result, notes="\n".join(x for x in (existing.notes.strip(), *extra) if x))
    result.tags.extend(t for t in incoming.tags if t not in result.tags)
    return result
