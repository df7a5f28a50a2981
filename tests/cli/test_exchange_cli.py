"""`import` and `export` run as a user or a script runs them."""

import csv
import io
import os
import sqlite3

import icalendar
import pypdf
import pytest
import vobject

from tests.cli.test_french_cli import ENGLISH
from tests.conftest import run_cli
from tests.exchange.conftest import samples_folder, snapshot

SAMPLES = samples_folder()
# In CI the samples lie beside the clone: there a missing folder fails instead of skipping.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
needs_samples = pytest.mark.skipif(SAMPLES is None and not IN_CI,
                                   reason="third-party samples not found")


@pytest.fixture
def demo(tmp_path):
    folder = tmp_path / "data"
    assert run_cli("demo", "--customers", "40", "--seed", "2", data_dir=folder).returncode == 0
    return folder


@needs_samples
def test_a_google_csv_then_a_phone_vcard_without_duplicates(demo):
    first = run_cli("import", str(SAMPLES / "vcard/ezvcard_evolution_v30.vcf"), data_dir=demo)
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stdout
    second = run_cli("import", str(SAMPLES / "vcard/ezvcard_gmail_v30_folded.vcf"),
                     data_dir=demo)
    assert "0 added, 1 merged" in second.stdout  # the same John Doe, by email
    google = run_cli("import", str(SAMPLES / "csv/tine20_google_contacts.csv"), data_dir=demo)
    assert google.returncode == 0 and "5 added" in google.stdout
    again = run_cli("import", str(SAMPLES / "csv/tine20_google_contacts.csv"), data_dir=demo)
    assert "0 added" in again.stdout and "5 already up to date" in again.stdout


@needs_samples
@pytest.mark.parametrize("name", ["malformed/khard_vcard_truncated.vcf",
                                  "malformed/thunderbird_csv_tab_comma_mixed.csv",
                                  "malformed/tine20_horde_truncated.ics",
                                  "ics/google_calendar_alarms.ics"])
def test_a_broken_or_wrong_file_changes_nothing(demo, name):
    before = snapshot(demo / "loyaltydesk.sqlite3")
    result = run_cli("import", str(SAMPLES / name), data_dir=demo)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "nothing was imported" in result.stderr
    assert snapshot(demo / "loyaltydesk.sqlite3") == before


def test_a_dry_run_says_what_would_change(demo, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nZoé Durand,zoe@example.fr\n", encoding="utf-8")
    before = snapshot(demo / "loyaltydesk.sqlite3")
    result = run_cli("import", str(path), "--dry-run", data_dir=demo)
    assert "Would add 1 customer and merge 0 into existing ones" in result.stdout
    assert snapshot(demo / "loyaltydesk.sqlite3") == before


def test_exports_with_filters(demo, tmp_path):
    out = tmp_path / "clients.csv"
    result = run_cli("export", "--format", "csv", "-o", str(out), "--stage", "client",
                     data_dir=demo)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows and {r["Stage"] for r in rows} == {"Client"}
    for fmt, name in (("vcard", "c.vcf"), ("ics", "f.ics"), ("pdf", "s.pdf")):
        done = run_cli("export", "--format", fmt, "-o", str(tmp_path / name), data_dir=demo)
        assert done.returncode == 0, done.stderr
    # each file read back whole by a program that is not ours
    with sqlite3.connect(demo / "loyaltydesk.sqlite3") as raw:
        names = {n for (n,) in raw.execute("SELECT name FROM customer WHERE deleted_at IS NULL")}
        open_followups = raw.execute(
            "SELECT count(*) FROM follow_up f JOIN customer c ON c.id = f.customer_id "
            "WHERE f.status = 'open' AND c.deleted_at IS NULL AND f.deleted_at IS NULL"
        ).fetchone()[0]
    cards = list(vobject.readComponents((tmp_path / "c.vcf").read_text(encoding="utf-8")))
    assert {card.fn.value for card in cards} == names and len(cards) == len(names)
    calendar = icalendar.Calendar.from_ical((tmp_path / "f.ics").read_bytes())
    assert len(calendar.walk("VTODO")) == open_followups > 0
    assert len(pypdf.PdfReader(tmp_path / "s.pdf").pages) >= len(names)


def test_export_mistakes_are_one_line(demo, tmp_path):
    result = run_cli("export", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv"),
                     data_dir=demo)
    assert result.returncode == 1 and "does not exist" in result.stderr
    bad_stage = run_cli("export", "--format", "csv", "-o", str(tmp_path / "x.csv"),
                        "--stage", "famous", data_dir=demo)
    assert bad_stage.returncode == 1 and "Unknown stage" in bad_stage.stderr


def _cards(count: int, broken: tuple[int, ...]) -> str:
    cards = []
    for i in range(count):
        end = "" if i in broken else "END:VCARD\r\n"
        cards.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-{i}\r\nFN:Person {i}\r\n"
                     f"EMAIL:p{i}@example.com\r\n{end}")
    return "".join(cards)


@pytest.mark.slow
def test_a_big_file_with_two_broken_cards_imports_the_good_ones_only_when_asked(demo, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(_cards(5000, (1200, 3999)), encoding="utf-8")
    before = snapshot(demo / "loyaltydesk.sqlite3")
    refused = run_cli("import", str(path), data_dir=demo, env=ENGLISH)  # counts grouped: 4,998
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "2 cards cannot be read (card 1201 (line 7201) has no END:VCARD" in refused.stderr
    assert "--skip-bad to import the 4,998 good contacts" in refused.stderr
    assert snapshot(demo / "loyaltydesk.sqlite3") == before
    done = run_cli("import", str(path), "--skip-bad", data_dir=demo, env=ENGLISH)
    assert done.returncode == 0, done.stderr
    assert "4,998 added" in done.stdout and done.stdout.count("skipped: card") == 2
    again = run_cli("import", str(path), "--skip-bad", data_dir=demo, env=ENGLISH)
    assert "0 added, 0 merged" in again.stdout and "4,998 already up to date" in again.stdout


def test_columns_are_mapped_from_the_command_line(demo, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Who,Mail\nZoé Durand,zoe@example.fr\n", encoding="utf-8")
    unmapped = run_cli("import", str(path), data_dir=demo)
    assert unmapped.returncode == 1 and "--map" in unmapped.stderr
    mapped = run_cli("import", str(path), "--map", "Who=name", "--map", "Mail=email",
                     data_dir=demo)
    assert mapped.returncode == 0 and "1 added" in mapped.stdout, mapped.stderr
    wrong = run_cli("import", str(path), "--map", "Whom=name", data_dir=demo)
    assert wrong.returncode == 1 and "no column is named 'Whom'" in wrong.stderr


def test_a_calendar_saved_as_csv_is_refused_clearly(demo, tmp_path):
    path = tmp_path / "calendar.csv"
    path.write_text("Subject,Start Date,Start Time,End Date,End Time,Location\n"
                    "Team lunch,03/02/2026,12:00,03/02/2026,13:00,Lyon\n", encoding="utf-8")
    before = snapshot(demo / "loyaltydesk.sqlite3")
    result = run_cli("import", str(path), data_dir=demo)
    assert result.returncode == 1 and "calendar saved as CSV" in result.stderr
    assert result.stderr.count("nothing was imported") == 1, result.stderr
    assert snapshot(demo / "loyaltydesk.sqlite3") == before


def test_a_file_whose_only_card_is_cut_short_offers_no_skip_bad(demo, tmp_path):
    path = tmp_path / "cut.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half a card\r\n", encoding="utf-8")
    result = run_cli("import", str(path), data_dir=demo)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "1 card cannot be read (card 1 (line 1) ends without END:VCARD" in result.stderr
    assert "--skip-bad" not in result.stderr and "0 good" not in result.stderr
    assert "nothing else in it can be imported; nothing was imported" in result.stderr


def _open_customers_due(database, first, end) -> int:
    """Counted straight from the file: customers with an open follow-up due in [first, end)."""
    import sqlite3
    from datetime import UTC, datetime, time
    bounds = [datetime.combine(d, time.min, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
              for d in (first, end)]
    with sqlite3.connect(database) as raw:
        return raw.execute(
            "SELECT count(DISTINCT f.customer_id) FROM follow_up f JOIN customer c "
            "ON c.id = f.customer_id WHERE f.status = 'open' AND f.deleted_at IS NULL "
            "AND c.deleted_at IS NULL AND f.remind_at >= ? AND f.remind_at < ?",
            bounds).fetchone()[0]


def test_sheets_for_the_visits_ahead_from_the_command_line(demo, tmp_path):
    import re
    from datetime import UTC, datetime, timedelta

    from pypdf import PdfReader
    from PySide6.QtCore import QLocale

    from loyaltydesk import formats
    utc = {"TZ": "UTC", "LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8", "LANGUAGE": "en"}
    out = tmp_path / "route.pdf"
    result = run_cli("export", "--format", "pdf", "-o", str(out), "--due-within", "30",
                     "--layout", "list", "--route-order", "time", data_dir=demo, env=utc)
    assert result.returncode == 0, result.stderr
    shown = int(re.search(r"for (\d+) customers", result.stdout).group(1))
    today = datetime.now(UTC).date()
    expected = _open_customers_due(demo / "loyaltydesk.sqlite3", today,
                                   today + timedelta(days=31))
    assert shown == expected > 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert f"Route for {formats.day(today, QLocale('en_GB'), long=True)} to " in text
    compact = run_cli("export", "--format", "pdf", "-o", str(tmp_path / "c.pdf"), "--due-on",
                      "2099-01-01", "--layout", "compact", data_dir=demo, env=utc)
    assert compact.returncode == 0 and "for 0 customers" in compact.stdout
    bad = run_cli("export", "--format", "pdf", "-o", str(tmp_path / "x.pdf"), "--due-within",
                  "soon", data_dir=demo)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "not a number of days" in bad.stderr


def test_a_french_route_names_its_filter_in_french(demo, tmp_path):
    out = tmp_path / "route.pdf"
    french = {"LANG": "fr_FR.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    result = run_cli("export", "--format", "pdf", "-o", str(out), "--layout", "list",
                     "--stage", "loyal", "--stage", "client", "--city", "Lyon", "--overdue",
                     data_dir=demo, env=french)
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Étape : Fidèle, Client · Ville : Lyon · Suivi en retard" in text
    for english in ("Stage:", "City:", "Overdue follow-up"):
        assert english not in text, english
