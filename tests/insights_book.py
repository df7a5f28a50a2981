"""A small book of business whose loyalty figures are worked out by hand in the tests.

Today is Monday 2 March 2026, 10:00 UTC. Every customer's story, as the tests read it:

- Ann (Alice): suspect 10 Jan 2023; buys 200.00 on 2 Mar 2023 (first purchase), 1000.00 on
  1 Feb 2024 (loyal; contract to 1 Feb 2025), 500.00 on 15 Jun 2025. Scored 6 on 1 May 2024,
  10 on 1 Jul 2025 ("Faster delivery"). 300 minutes of effort on 1 Feb 2026.
- Bob (Bob): suspect 1 May 2025, prospect 10 May, buys 300.00 on 1 Jun 2025. Scored 3 on
  1 Sep 2025 ("Call me back"). Never contacted.
- Cem (Alice, company Cem SARL, no name): suspect 1 Feb 2025, prospect 15 Jan 2026. Scored 2 on
  2 Mar 2025 at 23:00 (just before the 12-month period). A 500-minute meeting on 20 Jan 2026;
  a follow-up planned for 10 Mar 2026.
- Dora (no owner): suspect 1 May 2022, buys 100.00 on 1 Jun 2022; referred by Ann (set by hand).
  Scored 8 on 10 Feb 2026, which confirms the value (first purchase -> value confirmed).
- Eve (Bob): suspect 5 Jan 2024, buys 2000.00 on 10 Jan 2024 and 1000.00 on 20 Jan 2024 (loyal),
  client 1 Apr 2025 (and buys 700.00 that day, contract to 15 Apr 2026), partner 1 Feb 2026.
  Scored 9 on 5 Jan 2026. Referred Gil (won, 1 Jun 2024), Fay (won, 1 Sep 2025) and
  "Gus Name" (suggested, 10 Jan 2026). 30 minutes of effort on 20 Jan 2026.
- Fay (Alice): suspect 20 Aug 2025, buys 50.00 on 25 Aug 2025 and 400.00 on 1 Oct 2025
  (loyal; contract to 1 Jun 2026). 200 minutes on 1 Nov 2025, 100 on 10 Jan 2026.
- Gil (Bob): suspect 1 Jun 2024, buys 80.00 on 1 Jul 2024; scores 7 on 3 Mar 2025 at 08:00
  ("More colours": value confirmed); buys 120.00 on 1 May 2025 (loyal; contract to
  20 May 2026). 600 minutes on 1 Feb 2025,
  180 on 1 Dec 2025, 120 on 20 Feb 2026; a follow-up planned for 1 Apr 2026. Referred Bob
  (lost, 15 May 2025).
- Hal (Alice): bought 999.00 on 1 Feb 2025, scored 0, referred someone; then trashed.

The built-in cadences are switched off, so no follow-up exists but those listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from loyaltydesk.clock import FixedClock
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import cadences, customers, feedback, figures, followups
from loyaltydesk.services.feedback import ReferralStatus
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase

TODAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def at(y: int, m: int, d: int, hour: int = 10) -> datetime:
    return datetime(y, m, d, hour, tzinfo=UTC)


@dataclass(frozen=True)
class Book:
    ann: int
    bob: int
    cem: int
    dora: int
    eve: int
    fay: int
    gil: int
    hal: int

    def names(self, ids) -> set[str]:
        by_id = {v: k for k, v in self.__dict__.items()}
        return {by_id[i] for i in ids}


class _Writer:
    def __init__(self, clock: FixedClock) -> None:
        self.clock = clock

    def add(self, when: datetime, name: str, owner: str = "", company: str = "") -> int:
        self.clock.set(when)
        return customers.create_customer(ContactDetails(name=name, owner=owner,
                                                        company=company))

    def buy(self, cid: int, day: date, amount: str, contract_end: date | None = None) -> None:
        self.clock.set(datetime(day.year, day.month, day.day, 12, tzinfo=UTC))
        record_purchase(cid, PurchaseInput(day, Decimal(amount), contract_end_on=contract_end))

    def move(self, cid: int, when: datetime, stage: Stage) -> None:
        self.clock.set(when)
        customers.move_stage(cid, stage, "Moved on")

    def score(self, cid: int, when: datetime, score: int, eleven: str = "") -> None:
        self.clock.set(when)
        feedback.record_survey(cid, score, eleven, at=when)

    def effort(self, cid: int, when: datetime, minutes: int) -> None:
        self.clock.set(when)
        log_interaction(cid, InteractionInput(InteractionKind.MEETING, "Work session",
                                              occurred_at=when, effort_minutes=minutes))

    def refer(self, referrer: int, referred: int | None, day: date, status: ReferralStatus,
              name: str = "") -> None:
        self.clock.set(datetime(day.year, day.month, day.day, 9, tzinfo=UTC))
        feedback.add_referral(referrer, referred, name, status, on=day)


def build_book(clock: FixedClock) -> Book:
    for cadence in cadences.list_cadences():
        cadences.set_active(cadence.id, False)
    w = _Writer(clock)
    ann = w.add(at(2023, 1, 10), "Ann", "Alice")
    w.buy(ann, date(2023, 3, 2), "200.00")
    w.buy(ann, date(2024, 2, 1), "1000.00", contract_end=date(2025, 2, 1))
    w.score(ann, at(2024, 5, 1), 6)
    w.buy(ann, date(2025, 6, 15), "500.00")
    w.score(ann, at(2025, 7, 1), 10, "Faster delivery")
    w.effort(ann, at(2026, 2, 1), 300)

    bob = w.add(at(2025, 5, 1), "Bob", "Bob")
    w.move(bob, at(2025, 5, 10), Stage.PROSPECT)
    w.buy(bob, date(2025, 6, 1), "300.00")
    w.score(bob, at(2025, 9, 1), 3, "Call me back")

    cem = w.add(at(2025, 2, 1), "", "Alice", company="Cem SARL")
    w.score(cem, at(2025, 3, 2, 23), 2)
    w.move(cem, at(2026, 1, 15), Stage.PROSPECT)
    w.effort(cem, at(2026, 1, 20), 500)
    followups.schedule_followup(cem, at(2026, 3, 10), "Send the offer")

    dora = w.add(at(2022, 5, 1), "Dora")
    w.buy(dora, date(2022, 6, 1), "100.00")
    w.score(dora, at(2026, 2, 10), 8)
    customers.set_referrer(dora, ann)

    eve = w.add(at(2024, 1, 5), "Eve", "Bob")
    w.buy(eve, date(2024, 1, 10), "2000.00")
    w.buy(eve, date(2024, 1, 20), "1000.00")
    w.move(eve, at(2025, 4, 1), Stage.CLIENT)
    w.buy(eve, date(2025, 4, 1), "700.00", contract_end=date(2026, 4, 15))
    w.score(eve, at(2026, 1, 5), 9)
    w.effort(eve, at(2026, 1, 20), 30)
    w.move(eve, at(2026, 2, 1), Stage.PARTNER)

    fay = w.add(at(2025, 8, 20), "Fay", "Alice")
    w.buy(fay, date(2025, 8, 25), "50.00")
    w.buy(fay, date(2025, 10, 1), "400.00", contract_end=date(2026, 6, 1))
    w.effort(fay, at(2025, 11, 1), 200)
    w.effort(fay, at(2026, 1, 10), 100)

    gil = w.add(at(2024, 6, 1), "Gil", "Bob")
    w.buy(gil, date(2024, 7, 1), "80.00")
    w.score(gil, at(2025, 3, 3, 8), 7, "More colours")
    w.buy(gil, date(2025, 5, 1), "120.00", contract_end=date(2026, 5, 20))
    w.effort(gil, at(2025, 2, 1), 600)
    w.effort(gil, at(2025, 12, 1), 180)
    w.effort(gil, at(2026, 2, 20), 120)
    clock.set(TODAY)
    followups.schedule_followup(gil, at(2026, 4, 1), "Check the new range")

    w.refer(eve, gil, date(2024, 6, 1), ReferralStatus.WON)
    w.refer(gil, bob, date(2025, 5, 15), ReferralStatus.LOST)
    w.refer(eve, fay, date(2025, 9, 1), ReferralStatus.WON)
    w.refer(eve, None, date(2026, 1, 10), ReferralStatus.SUGGESTED, name="Gus Name")

    hal = w.add(at(2025, 1, 1), "Hal", "Alice")
    w.buy(hal, date(2025, 2, 1), "999.00")
    w.score(hal, at(2025, 12, 1), 0, "Nothing")
    w.refer(hal, None, date(2025, 12, 1), ReferralStatus.WON, name="Someone")
    clock.set(TODAY)
    customers.trash_customers([hal])
    figures.refresh_all()
    return Book(ann, bob, cem, dora, eve, fay, gil, hal)
