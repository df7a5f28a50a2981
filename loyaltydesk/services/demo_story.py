"""One demo customer's story, told backwards from today by the ladder's, the cadences' and
the rhythm's own rules, as rows ready for a bulk insert."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from loyaltydesk.clock import clock
from loyaltydesk.domain.cadences import FollowUpKind, built_in
from loyaltydesk.domain.ladder import (
    LADDER,
    Stage,
    manual_move,
    stage_after_purchase,
    stage_after_survey,
)
from loyaltydesk.domain.metrics import is_promoter
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
from loyaltydesk.store.fields import moment_text

# A small business's book: many buyers, a solid core of clients, fewer partners.
STAGE_WEIGHTS = (12, 15, 15, 9, 17, 21, 11)
STUCK_SHARE = 0.09  # of each rung that has a stuck limit
NEXT_STEP_SHARE = {Stage.SUSPECT: 0.2, Stage.PROSPECT: 0.7}  # from first purchase up: 0.9
TOUCH_STATE = (0.72, 0.19, 0.09)  # in touch, amber, red
OVERDUE_SHARE = 0.1
CONTRACT_SHARE = 0.2  # of loyal customers and up
HIGH_MAINTENANCE_SHARE = 0.025
# Revenue by month (January first) and by year: busy before Christmas, quiet in summer.
SEASON = (0.8, 0.75, 0.9, 1.0, 1.05, 0.95, 0.7, 0.65, 1.0, 1.1, 1.3, 1.5)
YEARLY_GROWTH = 1.12
SCORES = (1, 1, 1, 1, 1, 2, 3, 10, 14, 30, 25)  # weights of 0..10: mostly promoters

_SECOND_ORDER = built_in("second_order").steps[0]
_SURVEY = built_in("satisfaction_survey").steps[0]
_TESTIMONIAL, _REFERRAL = built_in("promoter_asks").steps
_RENEWALS = built_in("renewal").steps
_CHECKS = built_in("post_sale_check").steps
_TOUCHES = built_in("after_sale_touches").steps
_EARLY_TASKS = ("Send the proposal", "Invite to the spring open day", "Share a customer story")


class Story:
    """Rows of one book, filled customer by customer."""

    def __init__(self, seed: int, today: date, moment: datetime) -> None:
        self.rng = random.Random(seed)
        self.today, self.now = today, moment
        self.now_text = moment_text(moment)
        self.tz = clock().local_tz()
        offset = moment.astimezone(self.tz).utcoffset()
        self.utc_offset_hours = int(offset.total_seconds() // 3600) if offset else 0
        # rows to insert: tuples, the customer's a list (its stage_since is set last)
        self.tables: dict[str, list[Any]] = {k: [] for k in (
            "customer", "stage_change", "purchase", "interaction", "follow_up", "survey",
            "referral", "testimonial", "customer_tag", "customer_fts")}
        self.ids = dict.fromkeys(self.tables, 0)
        self.tag_ids: list[int] = []
        self.partners: list[int] = []
        self.joined: dict[int, date] = {}

    # -- small helpers --------------------------------------------------------------------

    def uuid(self) -> bytes:
        return self.rng.getrandbits(128).to_bytes(16, "big")  # as the uuid column stores it

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def at(self, day: date, hour: int = 10) -> str:
        """A moment on `day` around `hour` local time, as stored text (formatted directly:
        building a datetime per row would double the time a large demo takes)."""
        utc_hour = hour - self.utc_offset_hours
        minute = self.rng.randrange(0, 60, 5)
        return f"{day.isoformat()}T{utc_hour % 24:02d}:{minute:02d}:00.000000Z"

    def day_between(self, start: date, end: date) -> date:
        if start >= end:
            return end
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    @property
    def yesterday(self) -> date:
        return self.today - timedelta(days=1)

    # -- one customer ---------------------------------------------------------------------

    def customer(self, number: int) -> None:
        rng = self.rng
        stage = rng.choices(LADDER, STAGE_WEIGHTS)[0]
        reached = self.rungs(stage)
        cid = self.next_id("customer")
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        company = (f"{rng.choice(COMPANY_WORDS)} {rng.choice(LAST_NAMES)} "
                   f"{rng.choice(COMPANY_FORMS)}") if rng.random() < 0.7 else ""
        city, country, postal = rng.choice(CITIES)
        email = f"{first}.{last}.{number}@example.com".lower().replace(" ", "").replace("'", "")
        phone = f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {number % 100:02d} " \
                f"{number // 100 % 100:02d}"
        joined = reached[0][1]
        created = self.at(joined, 9)
        self.joined[cid] = joined
        self.tables["customer"].append([
            cid, self.uuid(), created, created, f"{first} {last}", company, email, phone,
            f"{rng.randint(1, 120)} {rng.choice(STREETS)}", f"{postal}{rng.randint(0, 999):03d}",
            city, country, "", rng.choice(OWNERS), "", stage.value, created])
        tags = rng.sample(range(len(TAGS)), rng.choice((0, 1, 1, 2, 2, 3)))
        for tag in tags:
            self.tables["customer_tag"].append((cid, self.tag_ids[tag]))
        self.tables["customer_fts"].append((cid, f"{first} {last}", company, email, phone, city,
                                            " ".join(TAGS[t] for t in tags), ""))
        if stage is Stage.PARTNER:
            self.partners.append(cid)
        self.history(cid, stage, reached)

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

    def history(self, cid: int, stage: Stage, reached: list[tuple[Stage, date]]) -> None:
        rng = self.rng
        on = dict(reached)
        sales: list[date] = []
        if Stage.FIRST_PURCHASE in on:
            sales.append(on[Stage.FIRST_PURCHASE])
        if Stage.LOYAL in on:
            sales.append(on[Stage.LOYAL])
            extra = {Stage.CLIENT: (1, 5), Stage.PARTNER: (2, 7)}.get(stage, (0, 1))
            sales += sorted(self.day_between(on[Stage.LOYAL] + timedelta(days=1), self.yesterday)
                            for _ in range(rng.randint(*extra)))
        surveys: list[tuple[date, int]] = []
        if Stage.VALUE_CONFIRMED in on:
            surveys.append((on[Stage.VALUE_CONFIRMED], rng.choice((7, 8, 9, 9, 10, 10))))
        elif stage is Stage.FIRST_PURCHASE and rng.random() < 0.2:
            surveys.append((self.day_between(sales[0], self.yesterday), rng.randint(3, 6)))
        if stage.rank >= Stage.LOYAL.rank and rng.random() < 0.5:
            surveys.append((self.day_between(on[Stage.LOYAL], self.yesterday),
                            rng.choices(range(11), SCORES)[0]))
        self.moves(cid, reached, surveys)
        contract = stage.rank >= Stage.LOYAL.rank and rng.random() < CONTRACT_SHARE
        term_end = self.purchases(cid, sales, contract)
        for day, score in surveys:
            text = self.at(day, 15)
            self.tables["survey"].append((self.next_id("survey"), self.uuid(), text, text, cid,
                                          text, score, rng.choice(ELEVEN_ANSWERS), ""))
        last_contact = self.contacts(cid, stage, reached[0][1], sales)
        self.past_care(cid, sales, last_contact)
        testimonial = (stage.rank >= Stage.CLIENT.rank and surveys
                       and is_promoter(surveys[-1][1]) and rng.random() < 0.4)
        if testimonial:
            given = self.day_between(surveys[-1][0], self.yesterday).isoformat()
            self.tables["testimonial"].append((
                self.next_id("testimonial"), self.uuid(), self.now_text, self.now_text, cid,
                given, "testimonial", "They listen, and they come back after the sale.",
                int(rng.random() < 0.6)))
        self.next_step(cid, stage, sales, surveys, term_end, bool(testimonial))

    def moves(self, cid: int, reached: list[tuple[Stage, date]],
              surveys: list[tuple[date, int]]) -> None:
        """The stage timeline, each move for the reason the ladder gives it."""
        previous: Stage | None = None
        bought = 0
        for rung, day in reached:
            if previous is None:
                move = None
            elif rung in (Stage.FIRST_PURCHASE, Stage.LOYAL):
                bought += 1
                move = stage_after_purchase(previous, bought)
            elif rung is Stage.VALUE_CONFIRMED:
                move = stage_after_survey(previous, surveys[0][1])
            else:
                move = manual_move(previous, rung, "Demo history: " + rung.label.lower())
            reason = move.reason if move else f"Added as {rung.label}"
            automatic = move.automatic if move else True
            moment = self.at(day, 11)
            self.tables["stage_change"].append((
                self.next_id("stage_change"), self.uuid(), moment, moment, cid,
                previous.value if previous else None, rung.value, moment, reason,
                int(automatic)))
            previous = rung
        self.tables["customer"][-1][-1] = moment  # stage_since: the last move

    def purchases(self, cid: int, sales: list[date], contract: bool) -> date | None:
        """The sales, worth more in season and as the business grows; returns when the
        contract's current term ends (a past term was renewed on its last day)."""
        rng = self.rng
        contract_at = rng.randrange(len(sales)) if contract else None
        term_end = None
        for index, day in enumerate(sales):
            end = day + timedelta(days=365) if index == contract_at else None
            self.sale(cid, day, end, renewal=False)
            while end is not None and end < self.today:
                renewed, end = end, end + timedelta(days=365)
                self.sale(cid, renewed, end, renewal=True)
            term_end = end or term_end
        return term_end

    def sale(self, cid: int, day: date, contract_end: date | None, renewal: bool) -> None:
        rng = self.rng
        years_ago = (self.today - day).days / 365
        worth = SEASON[day.month - 1] * YEARLY_GROWTH ** -years_ago
        cents = int(rng.randint(60, 2400) * 100 * worth) + rng.choice((0, 50, 99))
        text = self.at(day)
        self.tables["purchase"].append((
            self.next_id("purchase"), self.uuid(), text, text, cid, day.isoformat(), cents,
            "EUR", rng.choice(PRODUCTS), int(renewal),
            contract_end.isoformat() if contract_end else None))

    def contacts(self, cid: int, stage: Stage, joined: date, sales: list[date]) -> date:
        """Logged contacts, the last one placing the customer in touch, amber or red."""
        rng = self.rng
        ideal, most = DEFAULT_STAGE_RHYTHM[stage]
        state = rng.choices((0, 1, 2), TOUCH_STATE)[0]
        gap = (rng.randint(1, ideal), rng.randint(ideal + 1, most),
               rng.randint(most + 1, most + 90))[state]
        last = max(self.today - timedelta(days=gap), joined)
        heavy = rng.random() < HIGH_MAINTENANCE_SHARE
        count = rng.randint(8, 14) if heavy else rng.randint(2, 6 + 2 * stage.rank)
        start = max(joined, last - timedelta(days=330 if heavy else 900))
        days = [last] + [self.day_between(start, last) for _ in range(count - 1)]
        for day in days:
            kind = rng.choice(tuple(INTERACTION_SUMMARIES))
            text = self.at(day, rng.randint(8, 17))
            effort = rng.choice((45, 60, 90)) if heavy else rng.choice((5, 10, 15, 20))
            self.tables["interaction"].append((
                self.next_id("interaction"), self.uuid(), text, text, cid, kind, text,
                rng.choice(INTERACTION_SUMMARIES[kind]), "", effort))
        return last

    def past_care(self, cid: int, sales: list[date], last_contact: date) -> None:
        """The after-sale checks of the latest sales: done when the customer was still in
        touch, else skipped."""
        for day in sales[-2:]:
            for step in _CHECKS:
                due = day + timedelta(days=step.offset)
                if due >= self.today:
                    continue
                done = due <= last_contact
                self.followup(cid, due, step, "done" if done else "skipped",
                              "Done" if done else "Could not reach them")

    def next_step(self, cid: int, stage: Stage, sales: list[date],
                  surveys: list[tuple[date, int]], term_end: date | None,
                  testimonial: bool) -> None:
        """What is planned next: most customers have something, some of it overdue, mostly
        by a few days. Nothing is asked that the customer already did."""
        rng = self.rng
        if rng.random() >= NEXT_STEP_SHARE.get(stage, 0.9):
            return
        if rng.random() < OVERDUE_SHARE:
            late = 1 + int(rng.expovariate(1 / 4)) if rng.random() < 0.85 else \
                rng.randint(8, 35)
            due = self.today - timedelta(days=min(late, 40))
        else:
            due = self.today + timedelta(days=rng.randint(0, 45))
        if term_end is not None and term_end - timedelta(days=90) <= due + timedelta(days=30):
            step = next((s for s in _RENEWALS if term_end + timedelta(days=s.offset) >= due),
                        _RENEWALS[-1])
        elif stage.rank < Stage.FIRST_PURCHASE.rank:
            step = _TOUCHES[0]
            self.task(cid, due, rng.choice(_EARLY_TASKS))
            return
        elif len(sales) == 1:
            step = _SECOND_ORDER if surveys or rng.random() < 0.6 else _SURVEY
        elif surveys and is_promoter(surveys[-1][1]) and not testimonial:
            step = _TESTIMONIAL
        else:
            step = rng.choice((*_TOUCHES, _REFERRAL if stage is Stage.PARTNER else _TOUCHES[0]))
        self.followup(cid, due, step, "open", "")

    def followup(self, cid: int, due: date, step, status: str, outcome: str) -> None:
        due_text = self.at(due, 9)
        created = self.now_text if status == "open" else due_text
        self.tables["follow_up"].append((
            self.next_id("follow_up"), self.uuid(), created, created, cid, due_text,
            step.kind.value, step.channel.value, step.title, step.script, status, due_text,
            None if status == "open" else due_text, None if status == "open" else due_text,
            outcome))

    def task(self, cid: int, due: date, title: str) -> None:
        due_text = self.at(due, 9)
        self.tables["follow_up"].append((
            self.next_id("follow_up"), self.uuid(), self.now_text, self.now_text, cid, due_text,
            FollowUpKind.TASK.value, "phone", title, "", "open", due_text, None, None, ""))

    # -- the whole book -------------------------------------------------------------------

    def referrals(self, total: int) -> list[tuple[int, int]]:
        """Partners bring in customers who joined after them; some of those became partners
        and brought in others: referral chains. Returns (referrer, referred) pairs."""
        rng = self.rng
        pairs = []
        for referrer in self.partners:
            for _ in range(rng.randint(1, 3)):
                referred = rng.randint(1, total)
                if referred == referrer or self.joined[referred] <= self.joined[referrer]:
                    continue
                day = max(self.joined[referred] - timedelta(days=rng.randint(0, 14)),
                          self.joined[referrer])
                self.tables["referral"].append((
                    self.next_id("referral"), self.uuid(), self.now_text, self.now_text,
                    referrer, referred, "", rng.choice(("won", "won", "contacted")),
                    rng.choice(("", "Gift card", "10% off next order")), day.isoformat()))
                pairs.append((referrer, referred))
        return pairs
