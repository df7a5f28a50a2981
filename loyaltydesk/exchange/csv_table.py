"""CSV files from any program: the encoding, the separator, where the header is, the rows."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from loyaltydesk.exchange.errors import ExchangeError, at_line
from loyaltydesk.exchange.textio import ENCODING_LABELS, decode
from loyaltydesk.exchange.words import tr

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_LABELS = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "bars"}
SAMPLE_ROWS = 50


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number where the row starts, cells)
    header_line: int
    delimiter: str
    encoding: str
    guessed_encoding: bool
    bad: list[str] = field(default_factory=list)  # rows that cannot be read, with their line

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise at_line(start, tr("a field is longer than {size} KB (a whole document in "
                                    "one cell?); shorten it, or leave that column out").format(
                size=csv.field_size_limit() // 1024)) from exc
        raise at_line(start, tr("the CSV is damaged ({reason}); is a quote left open?").format(
            reason=exc)) from exc
    return records


def _non_empty(records: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    return [(n, cells) for n, cells in records if any(c.strip() for c in cells)]


def sniff_delimiter(text: str) -> str:
    """The separator that cuts the first rows into the most columns, most consistently."""
    best, best_score = ",", 0
    lines = text.splitlines()[:SAMPLE_ROWS]
    sample = "\n".join(lines)
    unreadable: list[str] = []
    for delimiter in DELIMITERS:
        try:
            counts = Counter(len(c) for _, c in _non_empty(_records(sample, delimiter)))
        except ExchangeError:
            unreadable.append(delimiter)
            continue
        if not counts:
            continue
        width, times = counts.most_common(1)[0]
        score = times * width if width > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == 0 and unreadable:
        # No separator cuts the rows into columns and one cannot be read: that one is the
        # file's, damaged (a quote left open); reading with it says where, not "no column".
        return max(unreadable, key=(lines[0] if lines else "").count)
    return best


def _check_mixed(records: list[tuple[int, list[str]]], delimiter: str) -> None:
    """A line in one cell holding another separator, in a file cut into columns: mixed."""
    widths = Counter(len(cells) for _, cells in records[:SAMPLE_ROWS])
    if widths.most_common(1)[0][0] == 1:
        return
    for number, cells in records[:SAMPLE_ROWS]:
        if len(cells) != 1:
            continue
        for other in DELIMITERS:
            if other != delimiter and other in cells[0]:
                raise at_line(number, tr("this line uses {other} where the rest of the file "
                                         "uses {separator}: the file mixes separators").format(
                    other=tr(DELIMITER_LABELS[other]), separator=tr(DELIMITER_LABELS[delimiter])))


HeaderScore = Callable[[list[str]], int]


def read_table(data: bytes, header_score: HeaderScore, encoding: str | None = None,
               delimiter: str | None = None) -> Table:
    """Rows under the header: the first of the first rows whose cells name known columns."""
    text = decode(data, encoding)
    if not text.text.strip():
        raise ExchangeError(tr("the file is empty"))
    delimiter = delimiter or sniff_delimiter(text.text)
    records = _non_empty(_records(text.text, delimiter))
    header_at = 0
    scores = [header_score(cells) for _, cells in records[:10]]
    if scores and max(scores) > 0:
        header_at = scores.index(max(scores))
    header_line, headers = records[header_at]
    _check_mixed(records, delimiter)
    width = len(headers)
    rows, bad = [], []
    for number, cells in records[header_at + 1:]:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            bad.append(tr("line {line}: this row has {cells} cells but the header on line "
                          "{header} has {width}: a separator too many, or a quote missing?")
                       .format(line=number, cells=len(cells), header=header_line, width=width))
            continue
        rows.append((number, (cells + [""] * width)[:width]))
    return Table([h.strip() for h in headers], rows, header_line, delimiter, text.encoding,
                 text.guessed, bad)
