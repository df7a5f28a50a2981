"""A realistic, deterministic demo book of business, entered day by day through the services
that take real input, as if an account manager had typed it on each of those days."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

from loyaltydesk.clock import FixedClock, clock, clock_of_this_thread, now
from loyaltydesk.services import customers, feedback, figures, imports, interactions
from loyaltydesk.services.demo_copies import Cohort, Copier
from loyaltydesk.services.demo_desk import Desk
from loyaltydesk.services.demo_story import Day, Story
from loyaltydesk.services.events import Change
from loyaltydesk.services.purchases import apply_purchases
from loyaltydesk.services.unit_of_work import Book, touched_book, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.database import db

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

ORIGIN = "the demo address book"
# Customers told and entered together, their referrals among themselves: the unit of copying.
COHORT = 500
# At most this many customers are entered through the services; the others copy them.
ARCHETYPES = 1_000


class DemoError(ValueError):
    """The demo cannot be built here."""


def build_demo(customers_wanted: int, seed: int = 1, progress: Progress | None = None) -> int:
    """Fill an empty database with `customers_wanted` demo customers and their history.

    The story only says what happened (who came, bought, answered, was called); each day of
    it is entered through the same services as a person's input, with the clock on that day,
    so the ladder, the cadences and the goals make of it what they make of any book. Past
    ARCHETYPES customers, the rest are copies of whole cohorts so entered, for new people:
    a copy of what the services made keeps every rule they keep.
    """
    if customers_wanted < 1:
        raise DemoError(tr("The demo needs at least one customer"))
    if db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]:
        raise DemoError(tr("The demo is only built into an empty database"))
    moment, tz = now(), clock().local_tz()
    today = moment.astimezone(tz).date()
    sizes, copies = cohort_plan(customers_wanted)
    entered, made = [], 0
    parts = len(sizes) + (len(sizes) if copies else 0)  # copying weighs as much as entering
    with unit_of_work():
        with _indexes_set_aside():
            for index, size in enumerate(sizes):
                story = Story(seed * 1_000_003 + index, today, made)
                desk = _replay(story, size, Desk(story, tz, seed * 31 + index), moment, tz,
                               _share(progress, index, parts))
                desk.plan_next_steps()  # today: the cohort's rows stay one run of ids
                entered.append(Cohort(made + 1, made + size))
                made += size
        if not copies:
            touched_book(Change.BULK, book=Book.ALL)
            return customers_wanted
        # The copies take their figures with the rest of each row: the cohorts' are made
        # right first, and what a copy's history makes of them is what its cohort's made.
        figures.refresh(range(1, made + 1))
        sources = [c for c in entered if c.size == COHORT]
        Copier(sources, seed).copy(copies, _copying(progress, len(sizes), parts))
        touched_book(Change.BULK)
    return customers_wanted


def cohort_plan(customers_wanted: int) -> tuple[list[int], int]:
    """The sizes of the cohorts entered through the services, and how many copies of the
    full ones follow: a last cohort of the odd size is entered, so that copies are whole."""
    if customers_wanted <= ARCHETYPES:
        return [min(COHORT, customers_wanted - first)
                for first in range(0, customers_wanted, COHORT)], 0
    odd = customers_wanted % COHORT
    sizes = [COHORT] * (ARCHETYPES // COHORT - (1 if odd else 0)) + ([odd] if odd else [])
    return sizes, (customers_wanted - sum(sizes)) // COHORT


def _share(progress: Progress | None, index: int, parts: int) -> Progress | None:
    """Progress through one cohort, as a part of the whole."""
    if progress is None:
        return None
    return lambda done, total: progress(index * total + done, parts * total)


def _copying(progress: Progress | None, entered: int, parts: int
             ) -> Callable[[int, int], None] | None:
    """Progress through the copies, the last parts of the whole; cancelling stops them."""
    if progress is None:
        return None
    copying = parts - entered

    def step(done: int, total: int) -> None:
        if not progress(entered * total + done * copying, parts * total):
            raise DemoError(tr("Cancelled: nothing was added"))
    return step


def _replay(story: Story, size: int, desk: Desk, moment: datetime, tz,
            progress: Progress | None) -> Desk:
    """Tell a cohort's story, then enter it day by day, the desk working through each day."""
    for number in range(story.first + 1, story.first + size + 1):
        story.customer(number)
    story.referrals()
    start = min(story.days)
    days = [start + timedelta(days=n) for n in range((story.today - start).days)]
    with _clock_on(moment, tz) as on:
        for index, day in enumerate(days):
            if day in story.days:
                on(datetime.combine(day, time(10), tz))
                _enter(day, story.days.pop(day), desk)
            on(datetime.combine(day, time(17), tz))
            desk.work_through(day)
            if progress and index % 20 == 0 and not progress(index, len(days)):
                raise DemoError(tr("Cancelled: nothing was added"))
    return desk


def _enter(on: date, day: Day, desk: Desk) -> None:
    """One day's input, in the order it came: people, moves, sales, answers, contacts."""
    if day.joined:
        plan = [imports.PlannedContact(desk.incoming(p), imports.Action.ADD)
                for p in day.joined]
        summary = imports.apply_contacts(plan, ORIGIN)
        desk.known(day.joined, summary.customer_ids)
    ids = desk.ids
    customers.move_stages([(ids[n], stage, reason) for n, stage, reason in day.moves])
    apply_purchases([(ids[n], entry) for n, entry in day.sales])
    feedback.record_surveys([desk.answer(on, *s) for s in day.surveys])
    feedback.add_testimonials([desk.testimonial(on, n) for n in day.testimonials])
    feedback.add_referrals([desk.referral(on, *r) for r in day.referrals])
    interactions.log_interactions([desk.contact(on, *c) for c in day.contacts])


@contextmanager
def _clock_on(back_to: datetime, tz) -> Iterator[Callable[[datetime], None]]:
    """The clock stands on each day the story enters, for this thread only (a window showing
    progress keeps today), then comes back to now."""
    replay = FixedClock(back_to, tz)
    with clock_of_this_thread(replay):
        yield replay.set


# What the replay itself reads: each customer's sales, answers, contacts and open follow-ups
# (goals, cadences), and the follow-ups falling due (the manager's day).
_READ_WHILE_LOADING = {"purchase_customer_id_purchased_on", "interaction_customer_id_occurred_at",
                       "survey_customer_id_surveyed_at", "testimonial_customer_id",
                       "referral_referrer_id", "follow_up_customer_id_status_remind_at",
                       "follow_up_status_remind_at"}
_LOADED = ("stage_change", "purchase", "follow_up", "follow_up_event", "interaction", "survey",
           "referral", "testimonial")


@contextmanager
def _indexes_set_aside() -> Iterator[None]:
    """The indexes the replay does not read are rebuilt once after loading, which is far
    faster than keeping them in order row by row (random uuids above all)."""
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(_LOADED))})", _LOADED).fetchall()
    rows = [(name, sql) for name, sql in rows if name not in _READ_WHILE_LOADING]
    for name, _ in rows:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in rows:
        db.execute_sql(sql)
