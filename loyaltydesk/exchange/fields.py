"""Contact fields as read from files: what the model would refuse is kept in the notes."""

from __future__ import annotations

from dataclasses import replace

from loyaltydesk.domain import contacts
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.records import IncomingContact
from loyaltydesk.exchange.words import tr

# What the file held that the model refuses, said where it was
PROBLEM_LABELS = {
    "email": "{where}: {value} is not a valid email; kept in the notes",
    "phone": "{where}: {value} is not a valid phone; kept in the notes",
}


def checked_contact(details: ContactDetails, where: str) -> IncomingContact:
    """An incoming contact whose odd email or phone moved to its notes, with a warning.

    Address books hold placeholders ('pager', 'someone@invalid'): refusing the whole file
    for one of them helps no one, and dropping it would lose what the user typed.
    """
    clean = contacts.cleaned(details)
    found = contacts.problems(clean)
    warnings: list[str] = []
    moved: list[str] = []
    for name, label in (("email", "Email"), ("phone", "Phone")):
        if name in found:
            value = getattr(clean, name)
            moved.append(f"{label}: {value}")
            warnings.append(tr(PROBLEM_LABELS[name]).format(where=where, value=repr(value)))
            clean = replace(clean, email="") if name == "email" else replace(clean, phone="")
    if moved:
        clean = replace(clean, notes="\n".join(x for x in (clean.notes, *moved) if x))
    if not clean.name and not clean.company:
        fallback = clean.email or clean.phone or (moved[0].split(": ", 1)[1] if moved else "")
        clean = replace(clean, name=fallback)
        warnings.append(tr("{where}: no name or company; named after {name}").format(
            where=where, name=repr(fallback)))
    return IncomingContact(clean, where, warnings)
