"""What happened in a demo book, day by day, as the input a person would have typed: who
came in, what they bought, what they said, when they were contacted. No rule lives here:
the services that take real input make of it the ladder moves, the follow-ups and the goals
met, when the demo replays it."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import LADDER, Stage
from loyaltydesk.domain.rhythm import DEFAULT_STAGE_RHYTHM
from loyaltydesk.domain.stuck import STUCK_AFTER_DAYS
from loyaltydesk.services.demo_names import (
    CITIES,
    COMPANY_FORMS,
    COMPANY_WORDS,
    ELEVEN_ANSWERS,
    FIRST_NAMES,
    INTERACTION_SUMMARIES,
    LAST_NAMES,
    OWNERS,
    PRODUCTS,
    STREETS,
    TAGS,
)
from loyaltydesk.services.purchases import PurchaseInput

# A small business's book: many buyers, a solid core of clients, fewer partners.
STAGE_WEIGHTS = (12, 15, 15, 9, 17, 21, 11)
STUCK_SHARE = 0.09  # of each rung that has a stuck limit
TOUCH_STATE = (0.74, 0.17, 0.09)  # in touch, amber, red
CONTRACT_SHARE = 0.2  # of loyal customers and up
HIGH_MAINTENANCE_SHARE = 0.025
# Revenue by month (January first) and by year: busy before Christmas, quiet in summer.
SEASON = (0.8, 0.75, 0.9, 1.0, 1.05, 0.95, 0.7, 0.65, 1.0, 1.1, 1.3, 1.5)
YEARLY_GROWTH = 1.12
SCORES = (1, 1, 1, 1, 1, 2, 3, 10, 14, 30, 25)  # weights of 0..10: mostly promoters
# Why the account manager moved someone up by hand.
MOVE_REASONS = {
    Stage.PROSPECT: "Interested after the first meeting",
    Stage.CLIENT: "Buys again without shopping around",
    Stage.PARTNER: "Recommends us to others",
}


def contact_details(rng: random.Random, number: int) -> ContactDetails:
    """A person of the book, alike to no other: the email and the phone carry the number."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    company = (f"{rng.choice(COMPANY_WORDS)} {rng.choice(LAST_NAMES)} "
               f"{rng.choice(COMPANY_FORMS)}") if rng.random() < 0.7 else ""
    city, country, postal = rng.choice(CITIES)
    email = f"{first}.{last}.{number}@example.com".lower().replace(" ", "").replace("'", "")
    # eight digits, a different number for each customer (48271 is prime to 10^8)
    digits = f"{(number * 48271 + 12_345_678) % 100_000_000:08d}"
    phone = f"+33 6 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    tags = [TAGS[t] for t in rng.sample(range(len(TAGS)), rng.choice((0, 1, 1, 2, 2, 3)))]
    return ContactDetails(
        name=f"{first} {last}", company=company, email=email, phone=phone,
        street=f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
        postal_code=f"{postal}{rng.randint(0, 999):03d}", city=city, country=country,
        owner=rng.choice(OWNERS), tags=tags)


@dataclass
class Person:
    """One customer of the story, numbered from 1, and how well they are kept in touch."""

    number: int
    details: ContactDetails
    stage: Stage  # where the story means them to be today
    joined: date
    last_contact: date = date.min  # the last day anyone reached them
    in_touch: bool = True
    referrer: int | None = None  # who brought them in


@dataclass
class Day:
    """The input of one day, in the order it is entered."""

    joined: list[Person] = field(default_factory=list)
    moves: list[tuple[int, Stage, str]] = field(default_factory=list)
    sales: list[tuple[int, PurchaseInput]] = field(default_factory=list)
    surveys: list[tuple[int, int, str, int]] = field(default_factory=list)  # hour last
    testimonials: list[int] = field(default_factory=list)
    referrals: list[tuple[int, int, str, str]] = field(default_factory=list)
    contacts: list[tuple[int, str, str, int, int]] = field(default_factory=list)


class Story:
    """The days of a demo book, told customer by customer."""

    def __init__(self, seed: int, today: date, first: int = 0) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.first = first  # customers before this story's are numbered up to it
        self.days: dict[date, Day] = defaultdict(Day)
        self.people: dict[int, Person] = {}
        self.partners: list[int] = []

    @property
    def yesterday(self) -> date:
        return self.today - timedelta(days=1)

    def day_between(self, start: date, end: date) -> date:
        if start >= end:
            return end
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    # -- one customer ---------------------------------------------------------------------

    def customer(self, number: int) -> None:
        rng = self.rng
        stage = rng.choices(LADDER, STAGE_WEIGHTS)[0]
        reached = self.rungs(stage)
        person = Person(number, self.details(number), stage, reached[0][1])
        self.people[number] = person
        self.days[person.joined].joined.append(person)
        if stage is Stage.PARTNER:
            self.partners.append(number)
        busy = self.history(person, reached)
        self.contacts(person, busy)

    def details(self, number: int) -> ContactDetails:
        return contact_details(self.rng, number)

    def rungs(self, stage: Stage) -> list[tuple[Stage, date]]:
        """Each rung of the way up and the day it was reached, the current one last.

        A few per rung have stayed past its stuck limit; the rest moved on in time.
        """
        rng = self.rng
        limit = STUCK_AFTER_DAYS[stage]
        if limit is None:
            days = rng.randint(20, 900)
        elif rng.random() < STUCK_SHARE:
            days = rng.randint(limit + 1, int(limit * 2.2))
        else:
            days = rng.randint(1, limit)
        day = self.today - timedelta(days=days)
        path = [(stage, day)]
        for rung in reversed(LADDER[:stage.rank]):
            if rung is Stage.VALUE_CONFIRMED and stage.rank > rung.rank and rng.random() < 0.4:
                continue  # bought again before any survey: straight from first purchase to loyal
            day -= timedelta(days=rng.randint(7, 90))
            path.append((rung, day))
        return path[::-1]

    def history(self, person: Person, reached: list[tuple[Stage, date]]) -> date:
        """The sales, surveys, moves by hand and testimonials; returns the last such day."""
        rng, n = self.rng, person.number
        on = dict(reached)
        sales: list[date] = []
        busy = person.joined
        for rung, day in reached[1:]:
            busy = max(busy, day)
            if rung in MOVE_REASONS:
                self.days[day].moves.append((n, rung, MOVE_REASONS[rung]))
            elif rung is Stage.VALUE_CONFIRMED:
                self.survey(n, day, rng.choice((7, 8, 9, 9, 10, 10)))
            else:  # the first and the second purchase
                sales.append(day)
        stage = person.stage
        if Stage.LOYAL in on:
            extra = {Stage.CLIENT: (1, 4), Stage.PARTNER: (1, 5)}.get(stage, (0, 1))
            sales += sorted(self.day_between(on[Stage.LOYAL] + timedelta(days=1), self.yesterday)
                            for _ in range(rng.randint(*extra)))
        last_score = None
        if stage is Stage.FIRST_PURCHASE and rng.random() < 0.2:
            day = self.day_between(sales[0] + timedelta(days=1), self.yesterday)
            last_score = rng.randint(3, 6)
            self.survey(n, day, last_score)
            busy = max(busy, day)
        if stage.rank >= Stage.LOYAL.rank and rng.random() < 0.5:
            day = self.day_between(on[Stage.LOYAL] + timedelta(days=1), self.yesterday)
            last_score = rng.choices(range(11), SCORES)[0]
            self.survey(n, day, last_score)
            busy = max(busy, day)
            if stage.rank >= Stage.CLIENT.rank and last_score >= 9 and rng.random() < 0.4:
                given = self.day_between(day + timedelta(days=1), self.yesterday)
                self.days[given].testimonials.append(n)
                busy = max(busy, given)
        contract = stage.rank >= Stage.LOYAL.rank and rng.random() < CONTRACT_SHARE
        return max(busy, self.purchases(n, sales, on.get(Stage.LOYAL), contract))

    def survey(self, number: int, day: date, score: int) -> None:
        self.days[day].surveys.append((number, score, self.rng.choice(ELEVEN_ANSWERS),
                                       self.rng.randint(9, 17)))

    def purchases(self, number: int, sales: list[date], loyal_on: date | None,
                  contract: bool) -> date:
        """The sales, worth more in season and as the business grows; one sale from the
        second on may start a yearly contract, renewed on its last day. Returns the last
        sale's day."""
        rng = self.rng
        later = [i for i, day in enumerate(sales) if loyal_on and day >= loyal_on]
        contract_at = rng.choice(later) if contract and later else None
        last = date.min
        for index, day in enumerate(sales):
            end = day + timedelta(days=365) if index == contract_at else None
            self.sale(number, day, end, renewal=False)
            last = max(last, day)
            while end is not None and end < self.today:
                renewed, end = end, end + timedelta(days=365)
                self.sale(number, renewed, end, renewal=True)
                last = max(last, renewed)
        return last

    def sale(self, number: int, day: date, contract_end: date | None, renewal: bool) -> None:
        rng = self.rng
        years_ago = (self.today - day).days / 365
        worth = SEASON[day.month - 1] * YEARLY_GROWTH ** -years_ago
        cents = int(rng.randint(60, 2400) * 100 * worth) + rng.choice((0, 50, 99))
        self.days[day].sales.append((number, PurchaseInput(
            day, Decimal(cents) / 100, "EUR", rng.choice(PRODUCTS), renewal, contract_end)))

    def contacts(self, person: Person, busy: date) -> None:
        """Logged contacts, the last one placing the customer in touch, amber or red."""
        rng = self.rng
        ideal, most = DEFAULT_STAGE_RHYTHM[person.stage]
        state = rng.choices((0, 1, 2), TOUCH_STATE)[0]
        gap = (rng.randint(1, ideal), rng.randint(ideal + 1, most),
               rng.randint(most + 1, most + 90))[state]
        last = min(max(self.today - timedelta(days=gap), person.joined, busy), self.yesterday)
        person.last_contact, person.in_touch = last, state == 0
        heavy = rng.random() < HIGH_MAINTENANCE_SHARE
        count = rng.randint(8, 14) if heavy else rng.randint(2, 4 + person.stage.rank)
        start = max(person.joined, last - timedelta(days=330 if heavy else 900))
        for day in [last] + [self.day_between(start, last) for _ in range(count - 1)]:
            kind = rng.choice(tuple(INTERACTION_SUMMARIES))
            effort = rng.choice((45, 60, 90)) if heavy else rng.choice((5, 10, 15, 20))
            self.days[day].contacts.append((person.number, kind,
                                            rng.choice(INTERACTION_SUMMARIES[kind]),
                                            rng.randint(8, 17), effort))

    # -- the whole book -------------------------------------------------------------------

    def referrals(self) -> None:
        """Partners bring in customers who joined after them; some of those became partners
        and brought in others: referral chains."""
        rng = self.rng
        numbers = list(self.people)
        for referrer in self.partners:
            for _ in range(rng.randint(1, 3)):
                referred = self.people[rng.choice(numbers)]
                if referred.number == referrer or referred.referrer is not None \
                        or referred.joined <= self.people[referrer].joined:
                    continue
                referred.referrer = referrer
                self.days[referred.joined].referrals.append((
                    referrer, referred.number, rng.choice(("won", "won", "contacted")),
                    rng.choice(("", "Gift card", "10% off next order"))))
