"""What a contact file says beyond the editable details: birthday, anniversary, structured name.

Days are kept as ISO text: "1985-04-12", or "--04-12" when the year is not known (vCard's
own form for a birthday without a year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Apple writes this year for a birthday given without one (X-APPLE-OMIT-YEAR=1604).
_NO_YEAR = 1604
_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")
_NO_YEAR_FORM = re.compile(r"^--(\d{2})-?(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")  # 12.04.1985 (German, French)
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")  # 4/12/1985 (Outlook in English)
NAME_PARTS = ("family", "given", "additional", "prefix", "suffix")


@dataclass(frozen=True)
class KeptFields:
    """Stored beside a customer's details; empty text when the file did not say."""

    birthday: str = ""
    anniversary: str = ""
    name_parts: str = ""  # the vCard N value: family;given;additional;prefix;suffix

    def is_empty(self) -> bool:
        return not (self.birthday or self.anniversary or self.name_parts)


def _day_text(year: int | None, month: int, day: int) -> str:
    """The ISO text for a valid day; ValueError when there is no such day."""
    date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def parse_day(text: str, day_first: bool = False) -> str:
    """'19850412', '1985-04-12', '--0412', '12.04.1985' -> ISO text; '' for an empty text.

    A slashed day is month first ('4/12/1985', as Outlook in English writes it) unless
    `day_first` (Outlook in French) or its first number cannot be a month. Raises
    ValueError for text that is not a day, so the caller can keep it in the notes.
    """
    text = text.strip()
    if not text:
        return ""
    if found := _NO_YEAR_FORM.match(text):
        return _day_text(None, int(found.group(1)), int(found.group(2)))
    if found := _ISO.match(text):
        year = int(found.group(1))
        return _day_text(None if year in (0, _NO_YEAR) else year, int(found.group(2)),
                         int(found.group(3)))
    if found := _DOTTED.match(text):
        return _day_text(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    if found := _SLASHED.match(text):
        first, second, year = (int(g) for g in found.groups())
        swap = (day_first or first > 12) and second <= 12
        month, day = (second, first) if swap else (first, second)
        return _day_text(year, month, day)
    raise ValueError(f"{text!r} is not a day")


def day_parts(text: str) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a stored day text."""
    if text.startswith("--"):
        return None, int(text[2:4]), int(text[5:7])
    return int(text[:4]), int(text[5:7]), int(text[8:10])


def next_occurrence(text: str, on_or_after: date) -> date:
    """The next birthday or anniversary from a day on; 29 February falls on the 28th."""
    _, month, day = day_parts(text)
    for year in (on_or_after.year, on_or_after.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = date(year, month, day - 1)
        if candidate >= on_or_after:
            return candidate
    raise AssertionError("unreachable")


def split_name_parts(text: str) -> tuple[str, str, str, str, str]:
    """The five parts of a stored structured name (backslash escapes ; and \\)."""
    parts = [re.sub(r"\\(.)", r"\1", p) for p in re.split(r"(?<!\\);", text)] if text else []
    parts = (parts + [""] * 5)[:5]
    return parts[0], parts[1], parts[2], parts[3], parts[4]


def join_name_parts(parts: tuple[str, ...] | list[str]) -> str:
    """Stored text for a structured name; '' when every part is empty."""
    cleaned = [" ".join(p.split()) for p in parts]
    if not any(cleaned):
        return ""
    return ";".join(p.replace("\\", "\\\\").replace(";", "\\;") for p in cleaned)


def merged_kept(existing: KeptFields, incoming: KeptFields,
                same_name: bool = True) -> tuple[KeptFields, list[str]]:
    """Empty fields filled from what comes in; a different day comes back as a note line.

    A structured name is only taken from a contact whose name is the one we have.
    """
    notes: list[str] = []
    values = {}
    for name, label in (("birthday", "Birthday"), ("anniversary", "Anniversary")):
        ours, theirs = getattr(existing, name), getattr(incoming, name)
        values[name] = ours or theirs
        if ours and theirs and ours != theirs:
            notes.append(f"{label}: {theirs}")
    values["name_parts"] = existing.name_parts or (incoming.name_parts if same_name else "")
    return KeptFields(**values), notes


def name_parts_fit(name: str, name_parts: str) -> bool:
    """The structured name still spells the name (it was not renamed since)."""
    def words(text: str) -> list[str]:
        return sorted(text.casefold().replace(",", " ").split())
    return words(name) == words(" ".join(split_name_parts(name_parts)))


def guessed_name_parts(name: str) -> str:
    """Structured name split from a plain one: the last word is the family name.

    Only a guess: what a file gives that differs from it is worth keeping, the guess is not.
    """
    words = name.split()
    if len(words) < 2:
        return join_name_parts(("", words[0] if words else "", "", "", ""))
    return join_name_parts((words[-1], " ".join(words[:-1]), "", "", ""))


def same_name_parts(a: str, b: str) -> bool:
    """Two structured names alike part by part (commas in a part, as vCard lists, aside)."""
    def parts(text: str) -> list[str]:
        return [" ".join(p.replace(",", " ").split()) for p in split_name_parts(text)]
    return parts(a) == parts(b)
