"""Bytes to text for files other programs wrote: BOMs, UTF-16 without one, legacy code pages."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.exchange.words import tr

# Legacy code pages tried, in order of preference, when a file is not UTF-8 and says nothing.
LEGACY_ENCODINGS = ("cp1252", "cp1250", "cp1251", "shift_jis", "gb18030", "euc_kr", "big5")

# Translation context: Exchange (the window shows these words in its language)
ENCODING_LABELS = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE", "utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE",
    "cp1252": "Windows-1252 (Western)", "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)", "shift_jis": "Shift JIS (Japanese)",
    "gb18030": "GB18030 (Chinese)", "euc_kr": "EUC-KR (Korean)", "big5": "Big5 (Chinese)",
    "latin-1": "ISO-8859-1",
}

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # a Python codec name
    guessed: bool  # True when nothing in the file said which encoding it is

    @property
    def label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name, len(mark)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a BOM shows as a zero byte in every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    return None


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "GREEK", "HANGUL", "ARABIC", "HEBREW", "THAI"):
        if name.startswith(script):
            return script
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA", "IDEOGRAPHIC")):
        return "CJK"
    return "OTHER"


def plausibility(text: str) -> int:
    """How much the non-ASCII letters look like real words: one script per word scores."""
    score = 0
    for word in text.split():
        foreign = [ch for ch in word if ord(ch) > 127]
        if not foreign:
            continue
        if any(not ch.isalpha() for ch in foreign):
            score -= 2 * sum(1 for ch in foreign if not ch.isalpha())
            continue
        scripts = {_script(ch) for ch in word if ch.isalpha()}
        scripts.discard("OTHER")
        score += len(foreign) if len(scripts) <= 1 else -len(foreign)
    return score


def guess_legacy(data: bytes) -> str:
    """The legacy code page under which these (non-UTF-8) bytes read most like words."""
    best, best_score = "cp1252", None
    for name in LEGACY_ENCODINGS:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if best_score is None or score > best_score:
            best, best_score = name, score
    return best


def decode(data: bytes, encoding: str | None = None, *,
           stray_lines_ok: bool = False) -> DecodedText:
    """Text of a file: the given encoding, else a BOM, UTF-16, UTF-8, then a legacy guess.

    A file that is UTF-8 but for a few lines raises ExchangeError naming them, unless
    `stray_lines_ok` (a reader that decodes line by line).
    """
    if encoding:
        try:
            return DecodedText(data.decode(encoding), encoding, False)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ExchangeError(tr("the file cannot be read as {encoding}: {reason}").format(
                encoding=encoding, reason=exc)) from exc
    found = _bom(data)
    if found:
        name, size = found
        codec = "utf-8" if name == "utf-8-sig" else name
        try:
            return DecodedText(data[size:].decode(codec), name, False)
        except UnicodeDecodeError as exc:
            raise ExchangeError(tr("the file starts as {encoding} but byte {byte} is not: it "
                                   "is damaged").format(encoding=tr(ENCODING_LABELS[name]),
                                                        byte=exc.start + size)) from exc
    wide = _utf16_without_bom(data)
    if wide:
        try:
            return DecodedText(data.decode(wide), wide, True)
        except UnicodeDecodeError:
            pass
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    if not stray_lines_ok:
        refuse_stray_bytes(data)
    name = guess_legacy(data)
    return DecodedText(data.decode(name, errors="replace"), name, True)


def decode_value(data: bytes, charset: str | None, fallback: str) -> str:
    """One value whose charset a property may declare (vCard 2.1's CHARSET=...)."""
    for name in (charset, "utf-8"):
        if not name:
            continue
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode(fallback, errors="replace")


def _lines_not_utf8(data: bytes) -> tuple[list[int], int]:
    """Numbers of the lines that are not UTF-8, and how many non-ASCII lines are."""
    bad: list[int] = []
    good = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
        else:
            good += 1
    return bad, good


def refuse_stray_bytes(data: bytes) -> None:
    """A UTF-8 file with a few lines that are not: reading it all as a legacy code page would
    garble every accented name, so the bad lines are named and the choice left to the person."""
    bad, good = _lines_not_utf8(data)
    if not bad or good < 3 * len(bad):
        return
    if len(bad) == 1:
        raise ExchangeError(tr("line {line} is not UTF-8 while the rest of the file is: correct "
                               "it, or choose the file's encoding (--encoding, or Encoding in "
                               "File > Import) to read it all that way").format(line=bad[0]))
    lines = ", ".join(str(n) for n in bad[:5]) + (" ..." if len(bad) > 5 else "")
    raise ExchangeError(tr("lines {lines} are not UTF-8 while the rest of the file is: correct "
                           "them, or choose the file's encoding (--encoding, or Encoding in "
                           "File > Import) to read it all that way").format(lines=lines))


def nul_count(data: bytes, encoding: str | None = None) -> int:
    """How many NUL characters the text holds (they are never kept: fields drop them)."""
    try:
        return decode(data, encoding).text.count("\x00")
    except ExchangeError:
        return 0
