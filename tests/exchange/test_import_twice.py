"""Importing a file twice changes nothing, and so does importing our own export back.

Checked on generated files (any file the importers accept), on our exports, and on every
file other programs wrote that lies beside the project (../shared/samples).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from loyaltydesk.exchange.csv_contacts import write_csv
from loyaltydesk.exchange.errors import ExchangeError
from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export
from loyaltydesk.exchange.importer import apply_import, preview_import
from loyaltydesk.exchange.vcard_writer import write_vcards
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
from loyaltydesk.services.export_data import customer_records
from loyaltydesk.services.imports import ImportFailed
from loyaltydesk.services.session import close_data, open_data
from tests.cli.test_import_fuzz import csv_files
from tests.cli.test_import_fuzz import vcards as rough_vcards
from tests.exchange.conftest import samples_folder, snapshot

TWICE = settings(max_examples=30, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])
_books = itertools.count()

words = st.sampled_from(["Ann", "Lee", "Zoé", "Durand", "Van Dijk", "O'Brien", "Ольга", "王",
                         "Acme SA", "Café, Soleil", "x;y", "Lyon", "Jr.", "Dr."])
names = st.lists(words, min_size=0, max_size=3).map(" ".join)
emails = st.sampled_from(["", "", "ann@example.com", "ANN@example.com", "zoe@example.fr",
                          "bad email", "info@acme.example"])
phones = st.sampled_from(["", "", "+33 6 12 34 56 78", "06 12 34 56 78", "01 40 00 00 00",
                          "12", "pager"])
days = st.sampled_from(["", "1985-04-12", "--0412", "19900229", "--02-29", "circa 1800"])
notes = st.sampled_from(["", "Met at the fair", "Line one\\nline two", "=1+1", "-5"])


@st.composite
def cards(draw) -> bytes:
    """vCards with the things that make contacts come back: ids, names, phones, companies."""
    people = []
    for number in range(draw(st.integers(1, 5))):
        lines = ["BEGIN:VCARD", "VERSION:" + draw(st.sampled_from(["3.0", "4.0", "2.1"]))]
        name, company = draw(names), draw(st.sampled_from(["", "", "Acme SA", "ACME sa"]))
        lines.append(f"FN:{name or company}")
        if draw(st.booleans()) and name:
            parts = name.split()
            lines.append(f"N:{parts[-1]};{' '.join(parts[:-1])};;;")
        for prop, value in (("ORG", company), ("EMAIL", draw(emails)), ("TEL", draw(phones)),
                            ("BDAY", draw(days)), ("NOTE", draw(notes)),
                            ("UID", draw(st.sampled_from(["", f"id-{number}", "id-0"]))),
                            ("NICKNAME", draw(st.sampled_from(["", "Bee"]))),
                            ("ADR", draw(st.sampled_from(["", ";;1 rue A;Lyon;;69002;France"])))):
            if value:
                lines.append(f"{prop}:{value}")
        lines.append("END:VCARD")
        people.append("\r\n".join(lines) + "\r\n")
    repeated = draw(st.lists(st.sampled_from(people), max_size=2))  # the same card again
    return "".join(people + repeated).encode("utf-8")


def _new_book(base: Path) -> None:
    close_data()
    open_data(base / f"book{next(_books)}")


def _full_export() -> bytes:
    records = list(customer_records(matching_ids(CustomerFilter())))
    return write_csv(records) + write_vcards(records)


def _import(path: Path) -> bool:
    """True when the file was imported (its good contacts), False when it was refused."""
    try:
        apply_import(preview_import(path), skip_bad=True)
    except (ExchangeError, ImportFailed):
        return False
    return True


def _import_twice_changes_nothing(path: Path, database: Path) -> bool:
    imported = _import(path)
    before, rows = _full_export(), snapshot(database)
    _import(path)
    assert _full_export() == before
    assert snapshot(database) == rows
    return imported


@TWICE
@given(content=st.one_of(cards(), rough_vcards(), csv_files()))
def test_any_accepted_file_imported_again_changes_nothing(data, tmp_path, content):
    _new_book(tmp_path)
    path = tmp_path / "contacts.txt"
    path.write_bytes(content)
    assume(_import_twice_changes_nothing(path, _database()))


def _database() -> Path:
    from loyaltydesk.store.database import db
    return Path(db.database)


@TWICE
@given(content=cards(), fmt=st.sampled_from([ExportFormat.VCARD, ExportFormat.CSV]),
       version=st.sampled_from(["3.0", "4.0"]))
def test_our_export_imported_into_the_same_book_changes_nothing(data, tmp_path, content, fmt,
                                                                version):
    _new_book(tmp_path)
    source = tmp_path / "phone.vcf"
    source.write_bytes(content)
    assume(_import(source))
    ids = matching_ids(CustomerFilter())
    assume(ids)
    out = tmp_path / ("book.vcf" if fmt is ExportFormat.VCARD else "book.csv")
    export(out, ids, ExportOptions(fmt, vcard_version=version))
    before, rows = _full_export(), snapshot(_database())
    summary = apply_import(preview_import(out))
    assert (summary.added, summary.merged) == (0, 0)
    assert _full_export() == before and snapshot(_database()) == rows


def _sample_files() -> list[str]:
    folder = samples_folder()
    if folder is None:
        return []
    return sorted(str(p.relative_to(folder)) for kind in ("vcard", "csv", "ics", "malformed")
                  for p in (folder / kind).iterdir() if p.is_file())


SAMPLES = _sample_files()


def test_the_sample_files_are_here_when_ci_says_so():
    """In CI the samples lie beside the clone: their tests must run, not skip in silence."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        assert SAMPLES, "CI is set but ../shared/samples is missing"
    if not SAMPLES:
        pytest.skip("the third-party sample files are not beside this checkout")


@pytest.mark.parametrize("name", SAMPLES or ["(none)"])
def test_every_sample_file_imported_twice_changes_nothing(data, samples, name):
    path = samples / name
    imported = _import_twice_changes_nothing(path, data.database_path)
    if name.startswith(("vcard/", "csv/")):
        assert imported, f"{name} should import"
    if name.startswith("ics/"):
        assert not imported  # a calendar is not contacts: refused, nothing changed
