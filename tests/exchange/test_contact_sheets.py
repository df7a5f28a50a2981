"""Contact sheets read back as a person reads them: pypdf for the words, pdfium and zxing for
the QR code, vobject for the card it carries."""

import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pypdfium2
import pytest
import vobject
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export
from loyaltydesk.exchange.sheet_content import Formats, Layout, RouteOrder, Visit, talking_points
from loyaltydesk.services import customers, feedback, followups
from loyaltydesk.services.export_data import customer_records
from loyaltydesk.services.feedback import ReferralStatus
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.sheet_facts import PlannedFollowUp, due_between, sheet_facts
from loyaltydesk.store.models import FollowUp, Survey

TODAY = date(2026, 3, 2)  # the test clock's Monday


@pytest.fixture(autouse=True)
def iso_dates():
    """Dates as ISO (the C locale) whatever an earlier test chose for the process."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def _words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pages(path) -> list[str]:
    return [_words(page.extract_text()) for page in PdfReader(path).pages]


def _buy(cid: int, days_ago: int, amount: str, what: str, **more) -> None:
    record_purchase(cid, PurchaseInput(TODAY - timedelta(days=days_ago), Decimal(amount), "EUR",
                                       what, **more))


@pytest.fixture
def book(data, clock):
    """Five customers, each with something to raise at the visit."""
    people = {
        "zoe": ContactDetails(name="Zoé Durand", company="Café Soleil", phone="+33 6 12 34 56 78",
                              email="zoe@example.fr", street="3 rue de la Paix",
                              postal_code="69002", city="Lyon", country="France",
                              tags=["craft", "local sourcing"],
                              notes="Prefers mornings.\nHer partner runs the bakery next door; "
                                    "ask about the second shop they plan in Villeurbanne."),
        "ann": ContactDetails(name="Ann Lee", phone="+44 20 7946 0000", city="London"),
        "bob": ContactDetails(name="Bob Stone", phone="+1 212 555 0100", city="New York"),
        "carl": ContactDetails(name="Carl Berg", company="Berg AB", city="Malmö"),
        "dana": ContactDetails(name="Dana Kowalska", city="Kraków"),
    }
    ids = {key: customers.create_customer(details) for key, details in people.items()}
    _buy(ids["zoe"], 30, "1200", "Kitchen table")
    feedback.record_survey(ids["zoe"], 8, eleven="Deliver on Saturdays", comment="Lovely wood")
    _buy(ids["ann"], 60, "300", "Chairs")
    _buy(ids["ann"], 20, "450", "Bench")
    feedback.record_survey(ids["ann"], 10, eleven="Nothing, it is perfect")
    _buy(ids["bob"], 10, "90", "Stool")
    feedback.record_survey(ids["bob"], 3, eleven="Answer the phone before noon")
    _buy(ids["carl"], 300, "5000", "Maintenance contract",
         contract_end_on=TODAY + timedelta(days=40))
    feedback.add_referral(ids["dana"], referred_name="Eve Martin", status=ReferralStatus.WON,
                          on=TODAY - timedelta(days=3))
    return ids


def _owner_pages(pages: list[str], names: list[str]) -> dict[str, str]:
    """Each customer's pages joined: a page belongs to the customer it names."""
    owned: dict[str, list[str]] = {name: [] for name in names}
    for text in pages:
        owners = [name for name in names if name in text]
        assert len(owners) == 1, (owners, text[:200])
        owned[owners[0]].append(text)
    return {name: " ".join(texts) for name, texts in owned.items()}


def test_every_plan_and_every_11_of_10_answer_is_on_its_customers_page(book, tmp_path):
    path = tmp_path / "visits.pdf"
    ids = list(book.values())
    result = export(path, ids, ExportOptions(ExportFormat.PDF, page_size="a4"))
    records = {r.id: r.display_name for r in customer_records(ids)}
    by_name = _owner_pages(_pages(path), list(records.values()))
    assert result.items == len(_pages(path))
    scripts = (FollowUp.select().where(FollowUp.customer.in_(ids) & (FollowUp.status == "open")))
    checked = 0
    for followup in scripts:
        assert followup.script, followup.title
        assert _words(followup.script) in by_name[records[followup.customer_id]], followup.title
        checked += 1
    assert checked >= len(ids)
    for survey in Survey.select().where(Survey.customer.in_(ids)):
        assert _words(survey.eleven) in by_name[records[survey.customer_id]]
    zoe = by_name["Zoé Durand"]
    for fact in ("Talking points", "Values and interests", "craft, local sourcing",
                 "Lovely wood", "Kitchen table", "ask about the second shop they plan in "
                 "Villeurbanne", "Notes from the visit"):
        assert fact in zoe, fact
    assert "Shares:" not in zoe


def test_the_head_draws_the_ladder_with_dates_and_says_how_long_and_how_in_touch(data, clock,
                                                                                 tmp_path):
    cid = customers.create_customer(ContactDetails(name="Mia Wolf"))
    clock.advance(timedelta(days=10))
    customers.move_stage(cid, Stage.PROSPECT, "Liked the demo")
    clock.advance(timedelta(days=20))
    _buy(cid, -30, "80", "Sample box")  # on the day it is recorded: 2026-04-01
    clock.advance(timedelta(days=12))
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Asked about refills"))
    clock.advance(timedelta(days=9))
    path = tmp_path / "mia.pdf"
    export(path, [cid], ExportOptions(ExportFormat.PDF))
    first = _pages(path)[0]
    assert ("Suspect 2026-03-02 Prospect 2026-03-12 First purchase 2026-04-01 Value confirmed "
            "Loyal Client Partner") in first
    assert "First purchase for 3 weeks · In touch: last contact 9 days ago" in first
    assert "Last contact 2026-04-13 by call" in first


def test_talking_points_come_in_the_order_a_person_raises_them(book):
    record = next(customer_records([book["dana"]]))
    record = replace(record, purchase_count=1, first_purchase_on=date(2026, 1, 5))
    due = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
    facts = replace(
        sheet_facts(record, TODAY), record=record,
        followups=[PlannedFollowUp(due, FollowUpKind.TOUCH, "phone", "Check the new oven",
                                   "Is the oven baking evenly?"),
                   PlannedFollowUp(due + timedelta(days=60), FollowUpKind.TOUCH, "phone",
                                   "Much later", "Not yet")],
        renewals=[(date(2026, 4, 10), "Oven maintenance")],
        score=(datetime(2026, 2, 20, tzinfo=UTC), 9, "Faster delivery", ""),
        asked_for_praise=False)
    points = talking_points(facts, TODAY, Formats())
    assert points == [
        "2026-03-04, Check the new oven: Is the oven baking evenly?",
        "Bought once, on 2026-01-05: ask for the second order",
        "Contract ends on 2026-04-10 (Oven maintenance): prepare the renewal",
        "Gave 9/10 on 2026-02-20: ask for a testimonial or a referral",
        "Referred Eve Martin on 2026-02-27: won",
    ]
    asked = talking_points(replace(facts, asked_for_praise=True), TODAY, Formats())
    assert not any("testimonial" in p for p in asked)


def test_a_detractor_sheet_names_the_issue_to_close_and_a_renewal_is_raised(book, tmp_path):
    path = tmp_path / "two.pdf"
    export(path, [book["bob"], book["carl"]], ExportOptions(ExportFormat.PDF))
    by_name = _owner_pages(_pages(path), ["Bob Stone", "Carl Berg"])
    assert "Gave 3/10 on 2026-03-02: close the open issue: Answer the phone before noon" \
        in by_name["Bob Stone"]
    assert "Call back about the low score" in by_name["Bob Stone"]
    assert "Contract ends on 2026-04-11 (Maintenance contract): prepare the renewal" \
        in by_name["Carl Berg"]


def _qr_texts(path, page: int = 0) -> list[str]:
    """Render the page as a phone camera would see it, and read every code on it."""
    document = pypdfium2.PdfDocument(str(path))
    bitmap = document[page].render(scale=200 / 72, grayscale=True)

    class Image:  # the pixels as zxing reads them, without numpy or Pillow
        def __init__(self) -> None:
            self.pixels = bytes(bitmap.buffer)
            self.__array_interface__ = {"shape": (bitmap.height, bitmap.width),
                                        "typestr": "|u1", "data": self.pixels,
                                        "strides": (bitmap.stride, 1), "version": 3}

    found = [code.text for code in zxingcpp.read_barcodes(Image())
             if code.format == zxingcpp.BarcodeFormat.QRCode]
    document.close()
    return found


@pytest.mark.parametrize("layout", [Layout.SHEETS, Layout.COMPACT])
def test_the_qr_code_scans_to_the_customers_vcard(book, tmp_path, layout):
    path = tmp_path / "zoe.pdf"
    export(path, [book["zoe"]], ExportOptions(ExportFormat.PDF, layout=layout))
    (text,) = _qr_texts(path)
    card = vobject.readOne(text)
    assert card.fn.value == "Zoé Durand"
    assert card.tel.value == "+33 6 12 34 56 78"
    assert card.org.value == ["Café Soleil"]
    assert "adr" not in card.contents  # printed beside the code, left out to keep it small


def test_compact_puts_two_customers_on_a_page(data, tmp_path):
    ids = [customers.create_customer(ContactDetails(name=f"Person {n}", phone=f"+33 1 00 00 0{n}"))
           for n in range(4)]
    path = tmp_path / "compact.pdf"
    result = export(path, ids, ExportOptions(ExportFormat.PDF, layout=Layout.COMPACT))
    pages = _pages(path)
    assert result.items == len(pages) == 2
    assert "Person 0" in pages[0] and "Person 1" in pages[0]
    assert "Person 2" in pages[1] and "Person 3" in pages[1]
    assert len(_qr_texts(path, 1)) == 2


STOPS = [  # name, street, postal code, city, due time
    ("Hugo Marchand", "Zone artisanale des Grandes Terres, bâtiment C, porte 12", "69800",
     "Saint-Priest", 14),
    ("Inès Roux", "128 avenue du Maréchal de Lattre de Tassigny, résidence Les Tilleuls",
     "69003", "Lyon", 9),
    ("Jules Petit", "2 place Bellecour", "69002", "Lyon", 11),
]


@pytest.fixture
def route(data, clock):
    ids = []
    day = TODAY + timedelta(days=3)
    for name, street, code, city, hour in STOPS:
        cid = customers.create_customer(ContactDetails(name=name, street=street, postal_code=code,
                                                       city=city, country="France",
                                                       phone="+33 4 78 00 00 00"))
        followups.schedule_followup(cid, datetime(2026, 3, 5, hour, 0, tzinfo=UTC),
                                    f"Show the new range to {name.split()[0]}")
        ids.append(cid)
    other = customers.create_customer(ContactDetails(name="Not That Day"))
    followups.schedule_followup(other, datetime(2026, 3, 6, 9, 0, tzinfo=UTC), "Another day")
    return day, ids


def test_due_between_finds_the_days_customers_by_time(route):
    day, ids = route
    late = customers.create_customer(ContactDetails(name="Lou Late"))
    followups.schedule_followup(late, datetime(2026, 2, 27, 9, 0, tzinfo=UTC), "Overdue call")
    assert due_between(day, day + timedelta(days=1)) == [ids[1], ids[2], ids[0]]
    assert due_between(day, day + timedelta(days=1), among=[ids[0]]) == [ids[0]]
    assert len(due_between(day, day + timedelta(days=2))) == 4
    assert due_between(None, day) == [late]  # overdue, and nothing else before that day
    assert due_between(None, day + timedelta(days=1)) == [late, ids[1], ids[2], ids[0]]


@pytest.mark.parametrize("order, expected", [
    (RouteOrder.PLACE, ["Jules Petit", "Inès Roux", "Hugo Marchand"]),
    (RouteOrder.TIME, ["Inès Roux", "Jules Petit", "Hugo Marchand"]),
])
def test_the_route_list_has_whole_addresses_in_order_under_the_days_name(route, tmp_path,
                                                                         order, expected):
    day, ids = route
    path = tmp_path / "route.pdf"
    export(path, ids, ExportOptions(ExportFormat.PDF, layout=Layout.LIST, subtitle="Owner: Me",
                                    visit=Visit.on(day), route_order=order))
    (page,) = _pages(path)
    assert "Route for 2026-03-05" in page and "Owner: Me" in page
    assert "Contact sheets" not in page and "…" not in page
    for name, street, code, city, _hour in STOPS:
        assert _words(f"{street}, {code} {city}, France") in page
        assert f"Show the new range to {name.split()[0]}" in page
    positions = [page.index(name) for name in expected]
    assert positions == sorted(positions)
    if order is RouteOrder.TIME:
        assert page.index("09:00") < page.index("11:00") < page.index("14:00")


def test_who_referred_them_and_who_looks_after_them(book, tmp_path):
    newcomer = customers.create_customer(
        ContactDetails(name="Omar Haddad", owner="Clara Weiss", tags=["wine"]),
        referred_by_id=book["ann"])
    path = tmp_path / "omar.pdf"
    export(path, [newcomer], ExportOptions(ExportFormat.PDF))
    page = _pages(path)[0]
    for fact in ("Values and interests wine", "Account manager Clara Weiss",
                 "Referred by Ann Lee", "Satisfaction not asked yet", "No purchase yet"):
        assert fact in page, fact


def _boxes(page, text: str) -> list[tuple[float, float, float, float]]:
    """Where each occurrence of `text` is drawn: (left, bottom, right, top) in points."""
    found = []
    searcher = page.get_textpage().search(text)
    while (hit := searcher.get_next()) is not None:
        first, count = hit
        left, bottom, _r, top = page.get_textpage().get_charbox(first)
        right = page.get_textpage().get_charbox(first + count - 1)[2]
        found.append((left, bottom, right, top))
    return found


def test_a_route_over_several_days_shows_each_stops_whole_day_beside_its_name(route, tmp_path):
    day, ids = route
    path = tmp_path / "route.pdf"
    export(path, ids, ExportOptions(ExportFormat.PDF, layout=Layout.LIST,
                                    visit=Visit.on(day, 2), route_order=RouteOrder.TIME))
    page = pypdfium2.PdfDocument(str(path))[0]
    for name, *_rest in STOPS:
        (name_box,) = _boxes(page, name)
        # the stop's day on the name's line, inside its own cell: a cell's text ends 3 mm
        # (8.5 pt) before the next cell's begins, and is cut there
        (day_box,) = [box for box in _boxes(page, "2026-03-05")
                      if abs(box[3] - name_box[3]) < 1.5]
        assert day_box[2] <= name_box[0] - 8.0, (name, day_box, name_box)


def test_todays_route_gives_an_overdue_visit_its_day_and_time_first(data, clock, tmp_path):
    late = customers.create_customer(ContactDetails(name="Lou Late", city="Lyon"))
    followups.schedule_followup(late, datetime(2026, 2, 26, 8, 30, tzinfo=UTC), "Overdue call")
    followups.schedule_followup(late, datetime(2026, 3, 20, 9, 0, tzinfo=UTC), "Much later")
    now = customers.create_customer(ContactDetails(name="Tom Today", city="Lyon"))
    followups.schedule_followup(now, datetime(2026, 3, 2, 15, 0, tzinfo=UTC), "Today's call")
    visit = Visit.on(TODAY)
    path = tmp_path / "today.pdf"
    export(path, due_between(None, visit.end), ExportOptions(
        ExportFormat.PDF, layout=Layout.LIST, visit=visit, route_order=RouteOrder.TIME))
    (page,) = _pages(path)
    assert "1 2026-02-26 08:30 Lou Late" in page and "Overdue call" in page
    assert "2 15:00 Tom Today" in page and "Today's call" in page
