"""vCard files as real clients write them, cut into cards of decoded properties.

Handles several cards per file, folded lines (CRLF, LF or the CR CR LF some phones write),
vCard 2.1 quoted-printable with soft line breaks and per-property charsets, UTF-16 with or
without a BOM, and drops binary properties (photos, logos, sounds, keys) the model does not
keep. Reading is tolerant and exact about what it skipped: junk outside the cards and a line
within a card that is not a property are skipped with a warning naming the line; a card that
never ends is listed as bad, with its card number and line, and the others are still read.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from vobject.base import ParseError, parseLine

from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.exchange.textio import ENCODING_LABELS, decode, decode_value, guess_legacy
from loyaltydesk.exchange.words import tr

BINARY = {"PHOTO", "LOGO", "SOUND", "KEY", "AGENT"}
_LINE_BREAK = re.compile(rb"\r*\n")


@dataclass
class Property:
    name: str  # upper case, group dropped
    value: str  # decoded bytes, still escaped as the vCard wrote it
    types: set[str]  # lower case TYPE values and vCard 2.1's bare parameters
    params: dict[str, str]
    line: int
    guessed: bool = False  # its bytes declared no charset and were read by a guess

    @property
    def preferred(self) -> bool:
        return "pref" in self.types or self.params.get("PREF", "") == "1"


# Where a card is (looked up by the card, so kept apart from it)
WHERE_LABELS = {"plain": "card {card} (line {line})", "named": "card {card} (line {line}, {name})"}


@dataclass
class Card:
    number: int  # 1-based position in the file
    line: int  # where BEGIN:VCARD is
    version: str = "3.0"
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None

    def where(self, label: str = "") -> str:
        return tr(WHERE_LABELS["named" if label else "plain"]).format(
            card=self.number, line=self.line, name=label)


@dataclass
class CardFile:
    cards: list[Card]
    encoding: str
    guessed: bool
    warnings: list[str] = field(default_factory=list)  # what was skipped, and where
    bad: list[str] = field(default_factory=list)  # cards that cannot be read at all

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)


def _raw_lines(data: bytes, encoding: str | None) -> tuple[list[bytes], str, bool, bool]:
    """Physical lines as bytes (UTF-8 unless `per_line`), the encoding, guessed, per_line."""
    whole_file = encoding or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    if not whole_file:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            first = decode(data[:4096], stray_lines_ok=True)  # read line by line below
            whole_file = first.encoding.startswith("utf-16")
        else:
            return _split(data), "utf-8", False, False
    if whole_file:
        text = decode(data, encoding)
        return _split(text.text.encode("utf-8")), text.encoding, text.guessed, False
    return _split(data), guess_legacy(data), True, True


def _split(data: bytes) -> list[bytes]:
    if b"\n" not in data and b"\r" in data:
        return data.split(b"\r")
    return _LINE_BREAK.split(data)


def _is_qp(head: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in head.upper()


def _logical_lines(lines: list[bytes]) -> list[tuple[int, bytes]]:
    """Unfolded lines with the number of the physical line each starts on.

    Pieces are gathered and joined once per logical line: a megabyte-long folded photo or
    quoted-printable note costs its length, not its length times its number of pieces.
    """
    result: list[tuple[int, bytes]] = []
    parts: list[bytes] = []
    start, qp = 0, False
    for number, line in enumerate(lines, start=1):
        if qp and _ends_with_equals(parts):  # a quoted-printable soft line break
            parts[-1] = parts[-1][:-1]
            parts.append(line.lstrip(b" \t"))
        elif line[:1] in (b" ", b"\t") and parts:
            parts.append(line[1:])
        elif line.strip():
            if parts:
                result.append((start, b"".join(parts)))
            parts, start = [line], number
        else:
            continue
        if len(parts) == 1 or not qp and b":" not in parts[0]:
            qp = _is_qp(b"".join(parts).split(b":", 1)[0])
    if parts:
        result.append((start, b"".join(parts)))
    return result


def _ends_with_equals(parts: list[bytes]) -> bool:
    while parts and not parts[-1]:
        parts.pop()  # empty pieces add nothing
    return bool(parts) and parts[-1].endswith(b"=")


def _params(raw: list[list[str]]) -> tuple[set[str], dict[str, str]]:
    types: set[str] = set()
    params: dict[str, str] = {}
    for entry in raw:
        key = entry[0].upper()
        if len(entry) == 1:
            types.add(key.lower())
            continue
        values = ",".join(entry[1:])
        params[key] = values
        if key == "TYPE":
            types.update(v.strip().lower() for v in values.split(",") if v.strip())
    return types, params


def _value(raw: bytes, params: dict[str, str], fallback: str | None) -> tuple[str, bool]:
    """A quoted-printable or charset-declared value, and whether its charset was guessed."""
    data = raw.split(b":", 1)[1] if b":" in raw else b""
    if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE" or params.get("_QP"):
        data = quopri.decodestring(data)
    declared = params.get("CHARSET")
    try:
        return data.decode(declared or "utf-8"), False
    except (UnicodeDecodeError, LookupError):
        pass
    chosen = fallback or guess_legacy(data)
    return decode_value(data, None, chosen), declared is None


class _Unreadable(ValueError):
    """A line inside a card that is not a property."""


def _property(number: int, raw: bytes, fallback: str | None, card: Card) -> Property | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode(fallback or "cp1252", errors="replace")
    try:
        name, raw_params, value, _group = parseLine(text, number)
    except ParseError as exc:
        shown = text if len(text) <= 60 else text[:57] + "..."
        raise _Unreadable(tr("{card}, line {line}: {text} is not a vCard property (NAME:value); "
                             "skipped, the rest of the card is kept").format(
            card=card.where(), line=number, text=repr(shown))) from exc
    name = name.upper()
    if name in BINARY:
        return None
    types, params = _params(raw_params)
    guessed = False
    if "quoted-printable" in types:
        params["_QP"] = "1"
    if "_QP" in params or params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE" or (
            "CHARSET" in params and not raw.isascii()) or not raw.isascii() and fallback:
        value, guessed = _value(raw, params, fallback)
    return Property(name, value, types, params, number, guessed)


def _shown(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")[:40]


def read_cards(data: bytes, encoding: str | None = None) -> CardFile:
    """Every card in a vCard file, with what was skipped; ExchangeError when there is none."""
    lines, used, guessed, per_line = _raw_lines(data, encoding)
    # undeclared bytes (quoted-printable, or raw in a legacy file) are read with this
    fallback = encoding or (used if per_line else None)
    result = CardFile([], used, guessed)
    current: Card | None = None
    count = 0
    for number, raw in _logical_lines(lines):
        word = raw.strip().upper()
        if word == b"BEGIN:VCARD":
            if current is not None:
                result.bad.append(tr("{card} has no END:VCARD before the next card starts on "
                                     "line {line}").format(card=current.where(), line=number))
            count += 1
            current = Card(count, number)
        elif word == b"END:VCARD":
            if current is None:
                result.warnings.append(tr("line {line}: END:VCARD without a card to end; "
                                          "skipped").format(line=number))
            else:
                result.cards.append(current)
                current = None
        elif current is None:
            result.warnings.append(tr("line {line}: {text} is outside any card (BEGIN:VCARD "
                                      "... END:VCARD); skipped").format(
                line=number, text=repr(_shown(raw))))
        elif word.startswith(b"VERSION:"):
            current.version = word.split(b":", 1)[1].decode("ascii", errors="replace")
        else:
            try:
                prop = _property(number, raw, fallback, current)
            except _Unreadable as exc:
                result.warnings.append(str(exc))
                continue
            if prop is not None:
                current.properties.append(prop)
    if current is not None:
        result.bad.append(tr("{card} ends without END:VCARD: the file looks cut short").format(
            card=current.where()))
    if not result.cards and not result.bad:
        raise ExchangeError(tr("the file holds no vCard (BEGIN:VCARD ... END:VCARD); is it a "
                               "contacts file?"))
    return result
