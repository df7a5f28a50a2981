"""On a system with no language set (the C locale of a server or a container), the command
line still writes money and dates one way for people: the report and the PDF sheets alike."""

from __future__ import annotations

import re

import pypdf

from tests.conftest import run_cli
from tests.insights_book import build_book

NO_LANGUAGE = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": "", "TZ": "UTC"}
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def test_the_report_and_the_sheets_write_money_and_dates_alike(data, data_dir, clock, tmp_path):
    build_book(clock)
    report = run_cli("report", "--at", "2026-03-02T10:00:00+00:00", data_dir=data_dir,
                     env=NO_LANGUAGE)
    assert report.returncode == 0, report.stderr
    head = report.stdout.splitlines()[0]
    assert "as of 02/03/2026" in head and "(03/03/2025 to 02/03/2026)" in head, head
    assert "from 03/03/2023" in report.stdout
    assert "€6,150.00" in report.stdout
    assert not ISO_DAY.search(report.stdout), ISO_DAY.search(report.stdout)

    sheet = tmp_path / "eve.pdf"
    made = run_cli("export", "--format", "pdf", "--id", "5", "-o", str(sheet),
                   data_dir=data_dir, env=NO_LANGUAGE)
    assert made.returncode == 0, made.stderr
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(sheet).pages)
    assert "€3,700.00" in text
    assert not re.search(r"\d€", text), "money written with the sign after the digits"
    assert not ISO_DAY.search(text), ISO_DAY.search(text)
