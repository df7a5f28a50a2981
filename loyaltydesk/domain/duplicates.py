"""When two contacts are the same person, and how an incoming one merges into what we have."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher
from enum import StrEnum
from functools import lru_cache

from loyaltydesk.domain.contacts import ContactDetails

# Two names at the same company this alike (0..1) are taken for the same person.
CLOSE_NAME_RATIO = 0.85
# Phones compare on their last digits, so "+33 6 12 34 56 78" meets "06 12 34 56 78".
PHONE_DIGITS = 9


class MatchReason(StrEnum):
    SOURCE_ID = "same contact id in the file"
    EMAIL = "same email"
    NAME_AT_PHONE = "same person at the same phone"
    NAME_AT_COMPANY = "same person at the same company"
    COMPANY = "same company, no person named"
    SAME_NAME = "same name, nothing that differs"


def email_key(email: str) -> str:
    return email.strip().casefold()


def phone_key(phone: str) -> str:
    """The last digits of a phone number, or "" when it has too few to compare."""
    digits = re.sub(r"\D", "", phone.split("x")[0].split("ext")[0])
    return digits[-PHONE_DIGITS:] if len(digits) >= 6 else ""


@lru_cache(maxsize=65536)
def folded(text: str) -> str:
    """Lower case, no accents, single spaces: 'Zoé  DURAND' -> 'zoe durand'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # text of punctuation only ("::", "-") is still itself, not nothing
    return (" ".join(re.sub(r"[^\w\s]", " ", bare).split()) or " ".join(bare.split())
            or " ".join(text.casefold().split()))


def company_key(company: str) -> str:
    return folded(company)


def _words_fit(short: list[str], long: list[str]) -> bool:
    """Every word of the shorter name is in the longer one, or is the initial of one."""
    left = list(long)
    for word in short:
        found = next((w for w in left if w == word or len(word) == 1 and w.startswith(word)),
                     None)
        if found is None:
            return False
        left.remove(found)
    return True


def names_close(a: str, b: str) -> bool:
    """Same person's name written differently: 'Jon Smith' / 'John Smith' / 'Smith John',
    'Ann' / 'Ann Lee', 'Z. Durand' / 'Zoé Durand'."""
    fa, fb = folded(a), folded(b)
    if not fa or not fb:
        return False
    wa, wb = sorted(fa.split()), sorted(fb.split())
    if fa == fb or wa == wb:
        return True
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if _words_fit(short, long) and any(len(w) > 1 for w in short):
        return True
    matcher = SequenceMatcher(None, fa, fb)
    return (matcher.real_quick_ratio() >= CLOSE_NAME_RATIO
            and matcher.quick_ratio() >= CLOSE_NAME_RATIO
            and matcher.ratio() >= CLOSE_NAME_RATIO)


def name_key(name: str) -> str:
    """A name compared whole: case, accents, punctuation and word order left out."""
    return " ".join(sorted(folded(name).split()))


def _person_name(details: ContactDetails) -> str:
    """The name when it names a person: not an email or phone standing in for one."""
    name = details.name.strip()
    if "@" in name or name in (details.email.strip(), details.phone.strip()) or (
            phone_key(name) and not re.search(r"[^\W\d_]", name)):
        return ""
    return name


def _keys(details: ContactDetails) -> tuple[str, str, str]:
    return email_key(details.email), phone_key(details.phone), company_key(details.company)


def source_key(source_id: str) -> str:
    """A file's own contact id compared loosely: 'urn:uuid:1B4E-...' meets '1b4e...'."""
    text = source_id.strip()
    if text.casefold().startswith("urn:uuid:"):
        text = text[9:]
    bare = text.replace("-", "").casefold()
    return bare if re.fullmatch(r"[0-9a-f]{32}", bare) else text


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


# A name is compared with at most this many others that share a word with it at the same
# phone or company, and a word that this many share (a common first name at a big company)
# tells nothing: 20,000 contacts at one company cost no more than at 20,000 companies.
CANDIDATES = 24


class _People:
    """People at one kind of place (a phone, a company): by exact name, and by name word."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, str], int] = {}
        self.words: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)

    def add(self, place: str, key: int, name: str) -> None:
        self.exact.setdefault((place, name_key(name)), key)
        for word in set(folded(name).split()):
            self.words[(place, word)].append((key, name))

    def find(self, place: str, name: str) -> int | None:
        """The same name at this place, else the first close one."""
        if (place, name_key(name)) in self.exact:
            return self.exact[(place, name_key(name))]
        buckets = sorted((self.words.get((place, w), []) for w in set(folded(name).split())),
                         key=len)
        seen = 0
        for bucket in buckets:
            if len(bucket) > CANDIDATES:
                return None
            for key, theirs in bucket:
                if names_close(theirs, name):
                    return key
                seen += 1
                if seen >= CANDIDATES:
                    return None
        return None


class ContactIndex:
    """Who is already there, to find the customer (or earlier row) a contact duplicates.

    Order of evidence: the file's own id for the contact, then the email, then the same
    person (a close name) at the same phone or company, then a company-only contact by its
    company, then the very same name where no email, phone or company says otherwise. A
    shared phone alone (a switchboard) is no evidence: the names must agree.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.emails: dict[str, int] = {}
        self.phones = _People()
        self.companies = _People()
        self.company_only: dict[str, int] = {}
        self.names: dict[str, list[tuple[int, tuple[str, str, str]]]] = defaultdict(list)
        self.labels: dict[int, str] = {}

    def add(self, key: int, details: ContactDetails, source_ids: Iterable[str] = ()) -> None:
        self.labels.setdefault(key, details.display_name())
        for source_id in source_ids:
            if source_key(source_id):
                self.ids.setdefault(source_key(source_id), key)
        if email_key(details.email):
            self.emails.setdefault(email_key(details.email), key)
        name = _person_name(details)
        if phone_key(details.phone) and name:
            self.phones.add(phone_key(details.phone), key, name)
        if company_key(details.company):
            if name:
                self.companies.add(company_key(details.company), key, name)
            elif not details.name.strip():
                self.company_only.setdefault(company_key(details.company), key)
        if name_key(details.name):
            bucket = self.names[name_key(details.name)]
            if len(bucket) < CANDIDATES:
                bucket.append((key, _keys(details)))

    def find(self, details: ContactDetails, source_id: str = "") -> tuple[int, MatchReason] | None:
        """The key of the contact this one duplicates, and why; None for a new contact."""
        if source_key(source_id) in self.ids:
            return self.ids[source_key(source_id)], MatchReason.SOURCE_ID
        if email_key(details.email) in self.emails:
            return self.emails[email_key(details.email)], MatchReason.EMAIL
        name = _person_name(details)
        for people, place, reason in ((self.phones, phone_key(details.phone),
                                       MatchReason.NAME_AT_PHONE),
                                      (self.companies, company_key(details.company),
                                       MatchReason.NAME_AT_COMPANY)):
            found = people.find(place, name) if place and name else None
            if found is not None:
                return found, reason
        if not details.name.strip() and company_key(details.company) in self.company_only:
            return self.company_only[company_key(details.company)], MatchReason.COMPANY
        ours = _keys(details)
        for found, theirs in self.names.get(name_key(details.name), ()):
            if all(not a or not b or a == b for a, b in zip(ours, theirs, strict=True)):
                return found, MatchReason.SAME_NAME
        return None
