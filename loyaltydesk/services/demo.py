"""A realistic, deterministic demo book of business, built in bulk for speed."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.ladder import LADDER, Stage
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
from loyaltydesk.services.events import Change
from loyaltydesk.services.goals import close_met_goals_everywhere
from loyaltydesk.services.unit_of_work import Book, touched_book, unit_of_work
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text

# How a real book of business spreads over the ladder, and purchases per rung.
STAGE_WEIGHTS = (20, 18, 22, 10, 13, 11, 6)
PURCHASES = {Stage.SUSPECT: (0, 0), Stage.PROSPECT: (0, 0), Stage.FIRST_PURCHASE: (1, 1),
             Stage.VALUE_CONFIRMED: (1, 1), Stage.LOYAL: (2, 2), Stage.CLIENT: (3, 7),
             Stage.PARTNER: (4, 9)}

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class DemoError(ValueError):
    """The demo cannot be built here."""


class _Builder:
    def __init__(self, seed: int, today: date, moment: datetime) -> None:
        self.rng = random.Random(seed)
        self.today, self.now = today, moment
        self.tz = clock().local_tz()
        offset = moment.astimezone(self.tz).utcoffset()
        self.utc_offset_hours = int(offset.total_seconds() // 3600) if offset else 0
        self.tables: dict[str, list[tuple]] = {k: [] for k in (
            "customer", "stage_change", "purchase", "interaction", "follow_up", "survey",
            "referral", "testimonial", "customer_tag")}
        self.ids = dict.fromkeys(self.tables, 0)
        self.tag_ids: list[int] = []

    def uuid(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

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
        span = max((end - start).days, 0)
        return start + timedelta(days=self.rng.randint(0, span))

    def customer(self, number: int) -> None:
        rng = self.rng
        stage = rng.choices(LADDER, STAGE_WEIGHTS)[0]
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        company = (f"{rng.choice(COMPANY_WORDS)} {rng.choice(LAST_NAMES)} "
                   f"{rng.choice(COMPANY_FORMS)}") if rng.random() < 0.7 else ""
        city, country, postal = rng.choice(CITIES)
        since = self.today - timedelta(days=rng.randint(30, 5 * 365))
        cid = self.next_id("customer")
        email = f"{first}.{last}.{number}@example.com".lower().replace(" ", "").replace("'", "")
        phone = f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {number % 100:02d} " \
                f"{number // 100 % 100:02d}"
        created = self.at(since)
        self.tables["customer"].append((
            cid, self.uuid(), created, created, f"{first} {last}", company, email, phone,
            f"{rng.randint(1, 120)} {rng.choice(STREETS)}", f"{postal}{rng.randint(0, 999):03d}",
            city, country, "", rng.choice(OWNERS), "", stage.value, created))
        for tag in rng.sample(range(len(TAGS)), rng.choice((0, 1, 1, 2, 2, 3))):
            self.tables["customer_tag"].append((cid, self.tag_ids[tag]))
        self.history(cid, stage, since)

    def history(self, cid: int, stage: Stage, since: date) -> None:
        rng = self.rng
        low, high = PURCHASES[stage]
        count = rng.randint(low, high)
        days = sorted(self.day_between(since, self.today) for _ in range(count))
        path = [Stage.SUSPECT]
        moments = [self.at(since)]
        for rung in LADDER[1:stage.rank + 1]:
            if rung is Stage.FIRST_PURCHASE and days:
                day = days[0]
            elif rung is Stage.LOYAL and len(days) > 1:
                day = days[1]
            else:
                day = self.day_between(since, self.today)
            path.append(rung)
            moments.append(self.at(day, 11))
        moments.sort()
        for previous, (rung, moment) in zip([None, *path], zip(path, moments, strict=True),
                                            strict=False):
            automatic = rung in (Stage.SUSPECT, Stage.FIRST_PURCHASE, Stage.LOYAL)
            self.tables["stage_change"].append((
                self.next_id("stage_change"), self.uuid(), moment, moment, cid, previous, rung,
                moment, "Demo history" if not automatic else "Recorded", int(automatic)))
        self.tables["customer"][-1] = (*self.tables["customer"][-1][:-2], stage.value,
                                       moments[-1])
        for day in days:
            self.purchase(cid, day, stage)
        self.contacts(cid, since, stage)
        if days and rng.random() < 0.45:
            self.survey(cid, self.day_between(days[0], self.today))
        self.followups(cid, stage, days)
        if stage in (Stage.PARTNER, Stage.CLIENT) and rng.random() < 0.3:
            self.tables["testimonial"].append((
                self.next_id("testimonial"), self.uuid(), self.now_text, self.now_text, cid,
                self.day_between(since, self.today).isoformat(), "testimonial",
                "They listen, and they come back after the sale.", int(rng.random() < 0.6)))

    @property
    def now_text(self) -> str:
        return moment_text(self.now)

    def purchase(self, cid: int, day: date, stage: Stage) -> None:
        rng = self.rng
        contract = None
        if stage in (Stage.CLIENT, Stage.PARTNER, Stage.LOYAL) and rng.random() < 0.15:
            contract = (day + timedelta(days=365)).isoformat()
        cents = rng.randint(40, 4000) * 100 + rng.choice((0, 50, 99))
        text = self.at(day)
        self.tables["purchase"].append((
            self.next_id("purchase"), self.uuid(), text, text, cid, day.isoformat(), cents, "EUR",
            rng.choice(PRODUCTS), int(contract is not None and rng.random() < 0.5), contract))

    def contacts(self, cid: int, since: date, stage: Stage) -> None:
        rng = self.rng
        # Most customers were in touch lately; the rest drift (amber and red in the rhythm).
        recent = max(since, self.today - timedelta(days=rng.choice((20, 30, 45, 400))))
        for index in range(rng.randint(1, 8 + 2 * stage.rank)):
            kind = rng.choice(tuple(INTERACTION_SUMMARIES))
            start = recent if index == 0 else since
            text = self.at(self.day_between(start, self.today), rng.randint(8, 17))
            self.tables["interaction"].append((
                self.next_id("interaction"), self.uuid(), text, text, cid, kind, text,
                rng.choice(INTERACTION_SUMMARIES[kind]), "",
                rng.choice((5, 10, 15, 30, 45, 60, 90))))

    def survey(self, cid: int, day: date) -> None:
        rng = self.rng
        score = rng.choices(range(11), (1, 1, 1, 1, 2, 3, 4, 8, 12, 14, 10))[0]
        text = self.at(day, 15)
        self.tables["survey"].append((self.next_id("survey"), self.uuid(), text, text, cid, text,
                                      score, rng.choice(ELEVEN_ANSWERS), ""))

    def followups(self, cid: int, stage: Stage, days: list[date]) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 4 + stage.rank // 2)):
            day = self.day_between(self.today - timedelta(days=400), self.today - timedelta(days=5))
            text = self.at(day, 9)
            status = rng.choice(("done", "done", "done", "skipped"))
            self.followup(cid, text, status, "Post-sale check", "check", text)
        # Most buyers have a next step planned; some were forgotten (the no-next-step guard).
        if (days and rng.random() < 0.85) or stage is Stage.PROSPECT or rng.random() < 0.1:
            offset = rng.choice((-20, -9, -3, -1, 0, 1, 2, 5, 7, 14, 21, 30, 45, 60, 90))
            day = self.today + timedelta(days=offset)
            kind, title = rng.choice((("touch", "Stay in touch: share something useful"),
                                      ("second_order", "Ask for the second order"),
                                      ("survey", "Satisfaction: what would make it 11/10?"),
                                      ("renewal", "Renewal: review value together")))
            self.followup(cid, self.at(day, 9), "open", title, kind, None)

    def followup(self, cid: int, due: str, status: str, title: str, kind: str,
                 completed: str | None) -> None:
        notified = due if status != "open" else None
        self.tables["follow_up"].append((
            self.next_id("follow_up"), self.uuid(), due, due, cid, due, kind,
            self.rng.choice(("phone", "email", "meeting")), title, "", status, due, notified,
            completed, "Done" if status == "done" else ("Not needed" if completed else "")))

    def referrals(self, partners: list[int], total: int) -> None:
        rng = self.rng
        for referrer in partners:
            for _ in range(rng.randint(1, 3)):
                referred = rng.randint(1, total)
                if referred == referrer:
                    continue
                self.tables["referral"].append((
                    self.next_id("referral"), self.uuid(), self.now_text, self.now_text,
                    referrer, referred, "", rng.choice(("won", "won", "contacted", "suggested")),
                    rng.choice(("", "Gift card", "10% off next order")),
                    self.day_between(self.today - timedelta(days=700), self.today).isoformat()))


_INSERTS = {
    "customer": "INSERT INTO customer (id, uuid, created_at, updated_at, name, company, email, "
                "phone, street, postal_code, city, country, website, owner, notes, stage, "
                "stage_since, purchase_count, ltv_cents) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0)",
    "customer_tag": "INSERT INTO customer_tag (customer_id, tag_id) VALUES (?,?)",
    "stage_change": "INSERT INTO stage_change (id, uuid, created_at, updated_at, customer_id, "
                    "from_stage, to_stage, changed_at, reason, automatic) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)",
    "purchase": "INSERT INTO purchase (id, uuid, created_at, updated_at, customer_id, "
                "purchased_on, amount_cents, currency, description, is_renewal, "
                "contract_end_on) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "interaction": "INSERT INTO interaction (id, uuid, created_at, updated_at, customer_id, "
                   "kind, occurred_at, summary, notes, effort_minutes) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?)",
    "follow_up": "INSERT INTO follow_up (id, uuid, created_at, updated_at, customer_id, due_at, "
                 "kind, channel, title, script, status, remind_at, notified_at, completed_at, "
                 "outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "survey": "INSERT INTO survey (id, uuid, created_at, updated_at, customer_id, surveyed_at, "
              "score, eleven, comment) VALUES (?,?,?,?,?,?,?,?,?)",
    "referral": "INSERT INTO referral (id, uuid, created_at, updated_at, referrer_id, "
                "referred_id, referred_name, status, reward, referred_on) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
    "testimonial": "INSERT INTO testimonial (id, uuid, created_at, updated_at, customer_id, "
                   "given_on, kind, text, may_publish) VALUES (?,?,?,?,?,?,?,?,?)",
}


def build_demo(customers: int, seed: int = 1, progress: Progress | None = None) -> int:
    """Fill an empty database with `customers` demo customers and their history."""
    if customers < 1:
        raise DemoError("The demo needs at least one customer")
    if db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]:
        raise DemoError("The demo is only built into an empty database")
    moment = now()
    builder = _Builder(seed, moment.astimezone(clock().local_tz()).date(), moment)
    with unit_of_work():
        builder.tag_ids = _ensure_tags(builder)
        indexes = _drop_indexes()
        chunk = 5000
        for start in range(0, customers, chunk):
            for number in range(start, min(start + chunk, customers)):
                builder.customer(number + 1)
            _flush(builder)
            if progress and not progress(min(start + chunk, customers), customers):
                raise DemoError("Cancelled: nothing was added")
        partners = [i for i in range(1, customers + 1) if builder.rng.random() < 0.04]
        builder.referrals(partners, customers)
        _flush(builder)
        for sql in indexes:
            db.execute_sql(sql)
        close_met_goals_everywhere()
        touched_book(Change.BULK, book=Book.ALL)
    return customers


def _ensure_tags(builder: _Builder) -> list[int]:
    rows = [(builder.uuid(), builder.now_text, builder.now_text, name) for name in TAGS]
    db.cursor().executemany("INSERT INTO tag (uuid, created_at, updated_at, name) "
                            "VALUES (?,?,?,?) ON CONFLICT(name) DO NOTHING", rows)
    ids = dict(db.execute_sql("SELECT name, id FROM tag").fetchall())
    return [ids[name] for name in TAGS]


def _drop_indexes() -> list[str]:
    """Secondary indexes of the bulk-loaded tables: rebuilt once after loading, which is far
    faster than keeping a million random uuids in order row by row."""
    tables = tuple(t for t in _INSERTS if t != "customer_tag")
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(tables))})", tables).fetchall()
    for name, _ in rows:
        db.execute_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


def _flush(builder: _Builder) -> None:
    cursor = db.cursor()
    for table, rows in builder.tables.items():
        if rows:
            cursor.executemany(_INSERTS[table], rows)
            rows.clear()
