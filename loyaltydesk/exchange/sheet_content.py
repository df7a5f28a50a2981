"""What a contact sheet says, as plain values; contact_sheet.py lays it out and draws it.

Free of Qt: the words come through `Formats`, which the PDF writer fills with the shared
formatting module and Qt's translations, and tests fill with plain defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from loyaltydesk.clock import clock
from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.ladder import LADDER
from loyaltydesk.domain.metrics import is_detractor, is_promoter
from loyaltydesk.domain.money import format_money
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.domain.rhythm import GapDates, GapState, gap_state
from loyaltydesk.exchange.vcard_writer import customer_card
from loyaltydesk.services.sheet_facts import PlannedFollowUp, SheetFacts

# Follow-ups due up to this many days after the visit are raised at it.
AROUND_VISIT_DAYS = 14


class Layout(StrEnum):
    SHEETS = "sheets"  # a page (or more) per customer
    COMPACT = "compact"  # two customers to a page
    LIST = "list"  # one line per customer, for a day's route


@dataclass(frozen=True)
class Visit:
    """The days the sheets are for: follow-ups due then say what each visit is for."""

    first: date
    end: date  # the day after the last

    @classmethod
    def on(cls, day: date, days: int = 1) -> Visit:
        return cls(day, day + timedelta(days=max(days, 1)))


class RouteOrder(StrEnum):
    PLACE = "place"  # postal code, then city
    TIME = "time"  # the time of the follow-up that brings us there


def _days(length: timedelta | int) -> str:
    days = length.days if isinstance(length, timedelta) else length
    return f"{days} days"


@dataclass(frozen=True)
class Formats:
    """How dates, money, spans and headings read for the user (the PDF writer gives Qt's)."""

    day: Callable[[date], str] = date.isoformat
    moment: Callable[[datetime], str] = lambda m: m.strftime("%Y-%m-%d %H:%M")
    money: Callable[[int, str], str] = lambda cents, currency: format_money(cents, currency)
    duration: Callable[[timedelta | int], str] = _days
    ago: Callable[[datetime], str] = lambda m: m.date().isoformat()
    clock_time: Callable[[datetime], str] = lambda m: m.strftime("%H:%M")
    tr: Callable[[str], str] = lambda text: text
    stored: Callable[[str], str] = lambda text: text  # the app's own stored words


@dataclass(frozen=True)
class Rung:
    label: str
    reached_on: str  # "" when not reached
    current: bool


@dataclass(frozen=True)
class Table:
    heading: str
    columns: tuple[str, ...]
    widths: tuple[float, ...]  # shares of the line
    rows: Sequence[tuple[str, ...]]
    empty: str


@dataclass
class Sheet:
    title: str
    subtitle: str
    standing: str  # time on the rung and keep-in-touch, in words
    rungs: list[Rung]
    figures: list[tuple[str, str]]
    points: list[str]
    about: list[tuple[str, str]]
    tables: list[Table] = field(default_factory=list)
    notes: str = ""
    card: str = ""  # the vCard the QR code carries


def local_day(moment: datetime) -> date:
    return moment.astimezone(clock().local_tz()).date()


def address(record: CustomerRecord) -> str:
    return record.details.postal_address()


def qr_card(record: CustomerRecord) -> str:
    """A short vCard (name, company, phone, email) that makes a small, quickly made QR code;
    the address is printed beside it."""
    d = record.details
    card = customer_card(replace(record, details=replace(
        d, notes="", tags=[], website="", street="", postal_code="", city="", country="")))
    for name in ("uid", "rev"):
        card.contents.pop(name, None)
    for line in card.getChildren():
        line.params.pop("TYPE", None)
    return card.serialize()


def _rungs(facts: SheetFacts, f: Formats) -> list[Rung]:
    current = facts.record.stage
    rungs = []
    for stage in LADDER:
        reached = facts.rungs.get(stage)
        if stage is current and reached is None:
            reached = facts.record.stage_since
        shown = f.day(local_day(reached)) if reached and stage.rank <= current.rank else ""
        rungs.append(Rung(f.tr(stage.label), shown, stage is current))
    return rungs


def _touch(record: CustomerRecord, today: date, f: Formats) -> str:
    if record.last_contact_at is None:
        return f.tr("No contact logged yet")
    last = f.ago(record.last_contact_at)
    state = GapState.OK if record.amber_on is None else gap_state(
        today, GapDates(record.amber_on, record.red_on or record.amber_on))
    return f.tr(GAP_LABELS[state]).replace("%1", last)


# Translation context: ContactSheet
# Words looked up by value, which the catalogue tool cannot see at the call.
GAP_LABELS = {GapState.OK: "In touch: last contact %1",
              GapState.AMBER: "Losing touch: last contact %1, past the ideal gap",
              GapState.RED: "Out of touch: last contact %1, past the longest gap"}
SHEET_WORD_LABELS = {
    "suspect": "Suspect", "prospect": "Prospect", "first_purchase": "First purchase",
    "value_confirmed": "Value confirmed", "loyal": "Loyal", "client": "Client",
    "partner": "Partner", "call": "Call", "email": "Email", "meeting": "Meeting",
    "visit": "Visit", "event": "Event", "message": "Message", "suggested": "suggested",
    "contacted": "contacted", "won": "won", "lost": "lost",
}


def _standing(record: CustomerRecord, today: date, f: Formats) -> str:
    on_rung = f.tr("%1 for %2").replace("%1", f.tr(record.stage.label)).replace(
        "%2", f.duration(today - local_day(record.stage_since)))
    return f"{on_rung} · {_touch(record, today, f)}"


def _figures(facts: SheetFacts, f: Formats) -> list[tuple[str, str]]:
    r = facts.record
    bought = str(r.purchase_count)
    if r.last_purchase_on:
        bought += ", " + f.tr("last on %1").replace("%1", f.day(r.last_purchase_on))
    last_contact = f.tr("never")
    if facts.interactions:
        when, kind, _summary, _notes = facts.interactions[0]
        last_contact = f.tr("%1 by %2").replace("%1", f.day(local_day(when))).replace(
            "%2", f.tr(kind.capitalize()).casefold())
    elif r.last_contact_at:
        last_contact = f.day(local_day(r.last_contact_at))
    rows = [(f.tr("Lifetime value (3 years)"), f.money(r.ltv_cents, facts.currency)),
            (f.tr("Purchases"), bought), (f.tr("Last contact"), last_contact)]
    if facts.score:
        when, score, eleven, comment = facts.score
        rows.append((f.tr("Satisfaction"), f.tr("%1/10 on %2").replace("%1", str(score))
                     .replace("%2", f.day(local_day(when)))))
        rows.append((f.tr("What would make it 11/10"), eleven or "-"))
        if comment:
            rows.append((f.tr("Comment"), comment))
    else:
        rows.append((f.tr("Satisfaction"), f.tr("not asked yet")))
    return rows


def _followup_point(item: PlannedFollowUp, f: Formats) -> str:
    head = f.tr("%1, %2").replace("%1", f.day(local_day(item.due_at))).replace(
        "%2", f.stored(item.title))
    if not item.script:
        return head
    return f.tr("%1: %2").replace("%1", head).replace("%2", f.stored(item.script))


def talking_points(facts: SheetFacts, visit: date, f: Formats) -> list[str]:
    """What to raise, in the order a person raises it: what was planned, the second order,
    renewals, praise or the issue to close, then the referrals they made."""
    r = facts.record
    horizon = visit + timedelta(days=AROUND_VISIT_DAYS)
    points = [_followup_point(item, f) for item in facts.followups
              if local_day(item.due_at) <= horizon]
    asking = any(item.kind is FollowUpKind.SECOND_ORDER and local_day(item.due_at) <= horizon
                 for item in facts.followups)
    if r.purchase_count == 1 and r.first_purchase_on and not asking:
        points.append(f.tr("Bought once, on %1: ask for the second order").replace(
            "%1", f.day(r.first_purchase_on)))
    for ends_on, what in facts.renewals:
        points.append(f.tr("Contract ends on %1 (%2): prepare the renewal").replace(
            "%1", f.day(ends_on)).replace("%2", what or f.tr("contract")))
    if facts.score:
        when, score, eleven, comment = facts.score
        if is_promoter(score) and not facts.asked_for_praise:
            points.append(f.tr("Gave %1/10 on %2: ask for a testimonial or a referral")
                          .replace("%1", str(score)).replace("%2", f.day(local_day(when))))
        elif is_detractor(score):
            issue = eleven or comment or f.tr("ask what went wrong")
            points.append(f.tr("Gave %1/10 on %2: close the open issue: %3")
                          .replace("%1", str(score)).replace("%2", f.day(local_day(when)))
                          .replace("%3", issue))
    for name, status, on in facts.referrals:
        points.append(f.tr("Referred %1 on %2: %3").replace("%1", name).replace(
            "%2", f.day(on)).replace("%3", f.tr(status)))
    return points


def _about(facts: SheetFacts, f: Formats) -> list[tuple[str, str]]:
    d = facts.record.details
    rows = [(f.tr("Phone"), d.phone), (f.tr("Email"), d.email),
            (f.tr("Address"), address(facts.record)), (f.tr("Website"), d.website),
            (f.tr("Values and interests"), ", ".join(d.tags)),
            (f.tr("Account manager"), d.owner), (f.tr("Referred by"), facts.referred_by)]
    return [(label, value) for label, value in rows if value]


def _tables(facts: SheetFacts, visit: date, f: Formats, rows: int) -> list[Table]:
    horizon = visit + timedelta(days=AROUND_VISIT_DAYS)
    later = [(f.day(local_day(i.due_at)), f.stored(i.title), f.stored(i.script))
             for i in facts.followups
             if local_day(i.due_at) > horizon]
    tables = []
    if later:
        tables.append(Table(f.tr("Planned later"), (f.tr("Due"), f.tr("Follow-up"),
                                                    f.tr("What to ask")), (0.16, 0.34, 0.5),
                            later, ""))
    tables.append(Table(
        f.tr("Recent purchases"), (f.tr("Date"), f.tr("Amount"), f.tr("What")),
        (0.16, 0.2, 0.64), [(f.day(day), f.money(cents, currency), what)
                            for day, cents, currency, what in facts.purchases[:rows]],
        f.tr("No purchase yet")))
    tables.append(Table(
        f.tr("Recent contacts"), (f.tr("Date"), f.tr("By"), f.tr("What was said")),
        (0.16, 0.12, 0.72),
        [(f.day(local_day(when)), f.tr(kind.replace("_", " ").capitalize()),
          f"{summary} - {notes}" if notes else summary)
         for when, kind, summary, notes in facts.interactions[:rows]],
        f.tr("No contact logged")))
    return tables


def build_sheet(facts: SheetFacts, f: Formats, visit: date, *, rows: int = 5,
                with_card: bool = True) -> Sheet:
    r = facts.record
    today = local_day(clock().now())
    since = f.tr("%1 since %2").replace("%1", f.tr(r.stage.label)).replace(
        "%2", f.day(local_day(r.stage_since)))
    subtitle = " · ".join(x for x in (r.details.company if r.details.name else "", since) if x)
    return Sheet(r.display_name, subtitle, _standing(r, today, f), _rungs(facts, f),
                 _figures(facts, f), talking_points(facts, visit, f), _about(facts, f),
                 _tables(facts, visit, f, rows), r.details.notes.strip(),
                 qr_card(r) if with_card else "")


ROUTE_COLUMN_LABELS = {
    "number": "#", "when": "When", "customer": "Customer", "address": "Address",
    "phone": "Phone", "purpose": "What the visit is for", "notes": "Notes",
}
ROUTE_COLUMNS = tuple(ROUTE_COLUMN_LABELS.values())
ROUTE_WIDTHS = (0.03, 0.07, 0.17, 0.2, 0.12, 0.21, 0.2)  # shares of the line


@dataclass(frozen=True)
class RouteStop:
    record: CustomerRecord
    time: datetime | None  # the follow-up that brings us there
    purpose: str


def order_route(stops: list[RouteStop], order: RouteOrder) -> list[RouteStop]:
    def by_place(stop: RouteStop) -> tuple:
        d = stop.record.details
        return (d.postal_code.casefold() or "\uffff", d.city.casefold(),
                stop.record.display_name.casefold())

    def by_time(stop: RouteStop) -> tuple:
        return (stop.time is None, stop.time or datetime.min, by_place(stop))

    return sorted(stops, key=by_time if order is RouteOrder.TIME else by_place)


def route_row(number: int, stop: RouteStop, f: Formats, with_day: bool = False
              ) -> tuple[str, ...]:
    """A stop's cells; the day goes with the time when the route covers several days."""
    r = stop.record
    who = r.display_name + (f"\n{r.details.company}" if r.details.name and r.details.company
                            else "")
    when = ""
    if stop.time is not None:
        when = f"{f.day(local_day(stop.time))}\n{f.clock_time(stop.time)}" if with_day \
            else f.clock_time(stop.time)
    return (str(number), when, who, address(r), r.details.phone, stop.purpose, "")
