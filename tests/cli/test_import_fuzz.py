"""Any file given to `import`: added whole or refused with one line; never a crash or half."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from loyaltydesk.cli import _COMMANDS, build_parser, main

build_parser()  # registers the sub-commands of every command module
pytestmark = pytest.mark.skipif("import" not in _COMMANDS, reason="no import command here")

FUZZ = settings(max_examples=50, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
cells = st.one_of(st.text(max_size=40), st.sampled_from(
    ["", "Zoé Martin", "zoe@example.fr", "+33 6 12 34 56 78", "Lyon", "12,50", "2026-03-02",
     "02/03/2026", "1e400", "NaN", "-5", "=cmd|' /C calc'!A0", "\ufeff", "a\r\nb", '"']))
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"])


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


@st.composite
def vcards(draw) -> bytes:
    cards = []
    for _ in range(draw(st.integers(1, 3))):
        fields = [f"FN:{draw(cells)}", f"N:{draw(cells)};{draw(cells)};;;",
                  f"EMAIL;TYPE=INTERNET:{draw(cells)}", f"TEL:{draw(cells)}",
                  f"ADR:;;{draw(cells)};{draw(cells)};;{draw(cells)};{draw(cells)}",
                  f"ORG:{draw(cells)}", f"NOTE:{draw(cells)}",
                  f"CATEGORIES:{draw(cells)},{draw(cells)}"]
        chosen = draw(st.lists(st.sampled_from(fields), unique=True))
        version = draw(st.sampled_from(["2.1", "3.0", "4.0", "9", ""]))
        cards.append("\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *chosen, "END:VCARD"]))
    text = "\r\n".join(cards) + "\r\n"
    cut = draw(st.none() | st.integers(0, len(text)))
    return _encode(text[:cut] if cut is not None else text, draw(encodings))


HEADERS = ["Name", "First Name", "Last Name", "E-mail Address", "Email", "Phone", "Mobile",
           "City", "Company", "Notes", "Tags", "Country", "date", "amount", "currency",
           "description", "email", "customer", "renewal", "contract end"]


@st.composite
def csv_files(draw) -> bytes:
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7, unique=True))
    rows = draw(st.lists(st.lists(cells, min_size=len(header), max_size=len(header)),
                         max_size=6))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=draw(st.sampled_from([",", ";", "\t"])))
    writer.writerow(header)
    writer.writerows(rows)
    return _encode(out.getvalue(), draw(encodings))


files = st.one_of(vcards(), csv_files(), st.binary(max_size=3000))


def _snapshot(database: Path) -> dict[str, list[str]]:
    with sqlite3.connect(database) as raw:
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_fts_%'")]
        return {t: sorted(map(repr, raw.execute(f'SELECT * FROM "{t}"'))) for t in tables}


@pytest.fixture
def folder(tmp_path_factory) -> Path:
    made = tmp_path_factory.mktemp("imports") / "data"
    assert main(["--data-dir", str(made), "demo", "--customers", "5"]) == 0
    return made


@FUZZ
@given(content=files, fmt=st.sampled_from([None, "vcard", "csv", "purchases-csv"]))
def test_any_file_is_imported_whole_or_refused_in_one_line(folder, tmp_path, capsys, content,
                                                           fmt):
    capsys.readouterr()
    source = tmp_path / "incoming.txt"
    source.write_bytes(content)
    before = _snapshot(folder / "loyaltydesk.sqlite3")
    argv = ["--data-dir", str(folder), "import", str(source)]
    code = main([*argv, "--format", fmt] if fmt else argv)
    err = capsys.readouterr().err
    event(f"exit {code}")
    assert code in (0, 1), err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, err
    if code == 1:
        assert _snapshot(folder / "loyaltydesk.sqlite3") == before
    assert main(["--data-dir", str(folder), "check"]) == 0, capsys.readouterr().err
