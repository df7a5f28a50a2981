"""Exports other programs accept: RFC 5545 to-dos, 75-octet vCard lines, safe CSV cells;
and what a vCard says (birthday, anniversary, structured name...) kept through a round trip."""

import csv
import io
from dataclasses import replace
from datetime import timedelta

import icalendar
import pytest
import vobject

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange.csv_contacts import read_csv_contacts, write_csv
from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export
from loyaltydesk.exchange.importer import apply_import, preview_import
from loyaltydesk.exchange.vcard_writer import MAX_OCTETS, fold
from loyaltydesk.services import customers, followups
from loyaltydesk.services.export_data import customer_records


def test_every_exported_todo_is_due_after_it_starts(data, clock, tmp_path):
    ann = customers.create_customer(ContactDetails(name="Ann Lee"))
    plain = followups.schedule_followup(ann, clock.now() + timedelta(days=2), "Call Ann")
    snoozed = followups.schedule_followup(ann, clock.now() + timedelta(days=1), "Email Ann")
    followups.snooze_followup(snoozed, clock.now() + timedelta(days=3))
    path = tmp_path / "f.ics"
    export(path, [ann], ExportOptions(ExportFormat.ICS))
    todos = {str(t["SUMMARY"]): t for t in
             icalendar.Calendar.from_ical(path.read_bytes()).walk("VTODO")}
    assert len(todos) == 2
    for todo in todos.values():
        assert todo["DUE"].dt > todo["DTSTART"].dt
        alarm = todo.walk("VALARM")[0]
        assert alarm["TRIGGER"].params["RELATED"] == "END"  # rings before it is due
    assert todos["Call Ann - Ann Lee"]["DUE"].dt == followups.get_followup(plain).due_at
    assert todos["Email Ann - Ann Lee"]["DUE"].dt == clock.now() + timedelta(days=3)
    for todo in vobject.readOne(path.read_text(encoding="utf-8")).vtodo_list:
        assert todo.due.value > todo.dtstart.value  # a second, independent reader


def test_vcard_lines_are_folded_at_75_octets_never_inside_a_character(data, tmp_path):
    street = "北京市朝阳区建国门外大街甲十二号新华保险大厦十八层一八零一室" * 2
    ann = customers.create_customer(ContactDetails(name="王小明", street=street, city="北京",
                                                   notes="会议记录：" + "很好" * 60))
    path = tmp_path / "cn.vcf"
    export(path, [ann], ExportOptions(ExportFormat.VCARD))
    raw = path.read_bytes()
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= MAX_OCTETS
    assert any(len(line) > 70 for line in lines)  # folding used the room it has
    for line in lines:
        line.decode("utf-8")  # no character cut across two lines
    card = vobject.readOne(raw.decode("utf-8"))
    assert card.adr.value.street == street and card.note.value.endswith("很好" * 60)


@pytest.mark.parametrize("text", ["ab" * 40, "é" * 80, "€" * 60, "😀" * 40, "a" + "é" * 74])
def test_fold_keeps_every_character_and_the_limit(text):
    line = "NOTE:" + text
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= MAX_OCTETS for p in pieces)
    assert pieces[0] + "".join(p[1:] for p in pieces[1:]) == line


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_starting_like_a_formula_are_guarded_and_read_back(data, first):
    text = f"{first}SUM(A1:A9)"
    ann = customers.create_customer(ContactDetails(name="Ann Lee"))
    record = next(customer_records([ann]))
    # the store trims tabs and line breaks at the ends; the writer must guard them anyway
    record = replace(record, details=replace(record.details, notes=text))
    exported = write_csv([record])
    row = next(r for r in csv.reader(io.StringIO(exported.decode("utf-8-sig"), newline=""))
               if r[0] == "Ann Lee")
    headers = next(csv.reader(io.StringIO(exported.decode("utf-8-sig"), newline="")))
    assert row[headers.index("Notes")] == f"'{text}"  # a spreadsheet shows it as text
    back = read_csv_contacts(exported).contacts[0].details
    assert back.notes == text.strip()
    if first not in "\t\r":  # a cell the user typed, through the store and back
        bob = customers.create_customer(ContactDetails(name="Bob", city=f"{first}Lyon"))
        again = write_csv(customer_records([bob]))
        assert f",'{first}Lyon," in again.decode("utf-8-sig")
        assert read_csv_contacts(again).contacts[0].details.city == f"{first}Lyon"


AGNES = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:agnes-42\r\nN:Van Dijk;Agnès;;Dr.;\r\n"
    "FN:Dr. Agnès Van Dijk\r\nNICKNAME:Aggie\r\nTITLE:Buyer\r\nROLE:Decision maker\r\n"
    "ORG:Bloem BV;Purchasing\r\nBDAY:1985-04-12\r\nX-ANNIVERSARY:--06-01\r\n"
    "EMAIL;TYPE=WORK:agnes@bloem.example\r\nEMAIL;TYPE=HOME:agnes@home.example\r\n"
    "TEL;TYPE=CELL:+31 6 1234 5678\r\nTEL;TYPE=HOME:+31 20 123 4567\r\n"
    "ADR;TYPE=WORK:;;Keizersgracht 1;Amsterdam;;1015;Netherlands\r\n"
    "ADR;TYPE=HOME:;;Prinsengracht 2;Amsterdam;;1016;Netherlands\r\nEND:VCARD\r\n")


def test_what_a_card_says_is_kept_and_exported(data, tmp_path):
    path = tmp_path / "agnes.vcf"
    path.write_text(AGNES, encoding="utf-8")
    summary = apply_import(preview_import(path))
    record = customers.get_customer(summary.customer_ids[0])
    assert (record.kept.birthday, record.kept.anniversary) == ("1985-04-12", "--06-01")
    assert record.details.name == "Dr. Agnès Van Dijk"
    for line in ("Nickname: Aggie", "Job title: Buyer", "Role: Decision maker",
                 "Department: Purchasing", "Email: agnes@home.example",
                 "Phone (home): +31 20 123 4567",
                 "Other address: Prinsengracht 2, 1016, Amsterdam, Netherlands"):
        assert line in record.details.notes
    out = tmp_path / "out.vcf"
    export(out, [record.id], ExportOptions(ExportFormat.VCARD))
    card = vobject.readOne(out.read_text(encoding="utf-8"))
    name = card.n.value
    assert (name.family, name.given, name.prefix) == ("Van Dijk", "Agnès", "Dr.")
    assert card.bday.value == "1985-04-12"
    anniversary = card.contents["x-anniversary"][0]  # vCard 3.0 has no day without a year:
    assert anniversary.value == "1604-06-01"  # Apple's way, read back as one
    assert anniversary.params["X-APPLE-OMIT-YEAR"] == ["1604"]
    v4 = tmp_path / "out4.vcf"
    export(v4, [record.id], ExportOptions(ExportFormat.VCARD, vcard_version="4.0"))
    card4 = vobject.readOne(v4.read_text(encoding="utf-8"))
    assert (card4.bday.value, card4.anniversary.value) == ("19850412", "--0601")  # RFC 6350
    for path in (out, v4):
        back = apply_import(preview_import(path))
        assert (back.added, back.merged, back.unchanged) == (0, 0, 1)
    table = tmp_path / "out.csv"
    export(table, [record.id], ExportOptions(ExportFormat.CSV))
    row = next(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    # "--06-01" would be a formula in a spreadsheet (minus minus six, minus one): guarded
    assert (row["Birthday"], row["Anniversary"]) == ("1985-04-12", "'--06-01")


def test_a_name_we_never_had_structured_is_split_and_a_renamed_one_too(data, tmp_path):
    path = tmp_path / "agnes.vcf"
    path.write_text(AGNES, encoding="utf-8")
    ann = customers.create_customer(ContactDetails(name="Ann Marie Lee"))
    agnes = apply_import(preview_import(path)).customer_ids[0]
    customers.update_customer(agnes, ContactDetails(name="Agnes Bakker"))
    out = tmp_path / "out.vcf"
    export(out, [ann, agnes], ExportOptions(ExportFormat.VCARD))
    names = [c.n.value for c in vobject.readComponents(out.read_text(encoding="utf-8"))]
    assert [(n.family, n.given) for n in names] == [("Lee", "Ann Marie"), ("Bakker", "Agnes")]
    assert customers.get_customer(agnes).kept.birthday == "1985-04-12"  # a page save keeps it


def test_a_birthday_without_a_year_and_one_that_is_no_day():
    from loyaltydesk.exchange.vcard import read_vcards
    read = read_vcards(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nBDAY:--0412\r\nEND:VCARD\r\n"
                       b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:B\r\nBDAY;VALUE=text:circa 1800\r\n"
                       b"END:VCARD\r\n")
    assert read.contacts[0].kept.birthday == "--04-12"
    second = read.contacts[1]
    assert second.kept.birthday == "" and "Birthday: circa 1800" in second.details.notes
    assert "line 9" in second.warnings[0] and "not a day" in second.warnings[0]


def test_what_the_model_has_no_field_for_goes_to_the_notes():
    from loyaltydesk.exchange.vcard import read_vcards
    read = read_vcards(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nGENDER:F\r\n"
                       b"IMPP;TYPE=work:xmpp:ann@chat.example\r\nX-SPOUSE:Bob Lee\r\n"
                       b"RELATED;TYPE=friend:urn:uuid:1234\r\nEND:VCARD\r\n")
    notes = read.contacts[0].details.notes.splitlines()
    assert {"Messaging: xmpp:ann@chat.example", "Gender: F", "Spouse: Bob Lee",
            "Related: urn:uuid:1234"} <= set(notes)


def test_a_character_that_folds_to_nothing_still_names_its_contact(data, tmp_path):
    path = tmp_path / "odd.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nEMAIL;TYPE=INTERNET:\xc2\xb8\r\nEND:VCARD\r\n")
    first = apply_import(preview_import(path))
    again = apply_import(preview_import(path))
    assert (first.added, again.added, again.unchanged) == (1, 0, 1)


def test_a_follow_up_takes_its_planned_length_in_other_calendars(data, clock, tmp_path):
    """A visit is planned for an hour and a half, a call for half an hour: an event ends
    then, and a to-do starts that long before it is due."""
    from datetime import UTC, datetime

    from loyaltydesk.domain.cadences import Channel
    from loyaltydesk.exchange.dav.payloads import calendar_entry
    from loyaltydesk.exchange.ical import CalendarEntry
    from loyaltydesk.services.phone.outgoing import FollowUpOut

    ann = customers.create_customer(ContactDetails(name="Ann Lee"))
    followups.schedule_followup(ann, clock.now() + timedelta(days=2), "Visit Ann",
                                channel=Channel.VISIT)
    followups.schedule_followup(ann, clock.now() + timedelta(days=3), "Call Ann")
    lengths = {"Visit Ann - Ann Lee": timedelta(minutes=90),
               "Call Ann - Ann Lee": timedelta(minutes=30)}
    for entry, end in ((CalendarEntry.EVENT, "DTEND"), (CalendarEntry.TODO, "DUE")):
        path = tmp_path / f"{entry}.ics"
        export(path, [ann], ExportOptions(ExportFormat.ICS, calendar_entry=entry))
        found = {str(c["SUMMARY"]): c[end].dt - c["DTSTART"].dt for c in
                 icalendar.Calendar.from_ical(path.read_bytes()).walk("V" + entry.value.upper())}
        assert found == lengths
    stamp = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    visit = FollowUpOut("u-1", "Visit Ann", "", "task", "visit", stamp + timedelta(days=2),
                        "open", stamp, "c-1", "Ann Lee", "")
    for as_event, end in ((True, "DTEND"), (False, "DUE")):
        phone = icalendar.Calendar.from_ical(calendar_entry(visit, as_event, stamp))
        item = phone.walk("VEVENT" if as_event else "VTODO")[0]
        assert item[end].dt - item["DTSTART"].dt == timedelta(minutes=90)
