"""Random work through the services never leaves an open follow-up whose goal is met, a stage
at odds with the sales, or a customer from the first purchase up neither planned nor counted."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import NEXT_STEP_FROM
from loyaltydesk.services import customers, feedback, followups, goals, integrity, rhythm
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase, trash_purchase
from loyaltydesk.store.models import Customer, FollowUp, Purchase, StageChange

WORK = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

who = st.integers(0, 3)
purchases = st.tuples(st.just("purchase"), who, st.integers(-40, 0),
                      st.sampled_from(["", "renewal", "contract"]))
steps = st.one_of(
    purchases, purchases,  # sales drive most goals: twice as likely as the rest
    st.tuples(st.just("customer"), st.sampled_from([Stage.SUSPECT, Stage.PROSPECT, Stage.CLIENT])),
    st.tuples(st.just("survey"), who, st.integers(0, 10)),
    st.tuples(st.just("referral"), who),
    st.tuples(st.just("testimonial"), who),
    st.tuples(st.just("contact"), who, st.sampled_from([0, 0, -2])),
    st.tuples(st.just("plan"), who), st.tuples(st.just("plan"), who),
    st.tuples(st.just("done"), who),
    st.tuples(st.just("trash purchase"), who),
    st.tuples(st.just("drop"), who),
    st.tuples(st.just("undo drop"), who),
    st.tuples(st.just("trash"), who),
    st.tuples(st.just("undo trash"), who),
    st.tuples(st.just("wait"), st.integers(1, 24 * 40)),
)


class Book:
    """The customers of one run, and what undo would bring back."""

    def __init__(self, clock) -> None:
        self.clock = clock
        self.ids: list[int] = []
        self.dropped: list[int] = []
        self.trashed: list[int] = []

    def pick(self, index: int) -> int | None:
        live = [c for c in self.ids if c not in self.trashed]
        return live[index % len(live)] if live else None

    def open_of(self, cid: int) -> list[int]:
        return [f.id for f in followups.followups_of(cid) if f.status == "open"]

    def run(self, step: tuple) -> None:
        action, *args = step
        if action == "customer":
            self.ids.append(customers.create_customer(
                ContactDetails(name=f"Customer {len(self.ids)}"), stage=args[0]))
            return
        if action == "wait":
            self.clock.advance(timedelta(hours=args[0]))
            return
        if action == "undo trash":
            if self.trashed:
                customers.restore_customers([self.trashed.pop()])
            return
        cid = self.pick(args[0])
        if cid is not None:
            getattr(self, action.replace(" ", "_"))(cid, *args[1:])

    def purchase(self, cid: int, days: int, extra: str) -> None:
        day = self.clock.now().date() + timedelta(days=days)
        end = day + timedelta(days=365) if extra else None
        record_purchase(cid, PurchaseInput(day, Decimal("120"), is_renewal=extra == "renewal",
                                           contract_end_on=end))

    def survey(self, cid: int, score: int) -> None:
        open_surveys = [f.id for f in followups.followups_of(cid)
                        if f.status == "open" and f.kind == "survey"]
        feedback.record_survey(cid, score, followup_id=open_surveys[0] if open_surveys and
                               score % 2 else None)

    def referral(self, cid: int) -> None:
        feedback.add_referral(cid, referred_name="A friend")

    def testimonial(self, cid: int) -> None:
        feedback.add_testimonial(cid, "Kind words")

    def contact(self, cid: int, days: int) -> None:
        log_interaction(cid, InteractionInput(InteractionKind.CALL, "Talked",
                                              self.clock.now() + timedelta(days=days)))

    def plan(self, cid: int) -> None:
        rhythm.plan_next_step(cid)

    def done(self, cid: int) -> None:
        if self.open_of(cid):
            followups.complete_followup(self.open_of(cid)[0], "Done")

    def trash_purchase(self, cid: int) -> None:
        bought = Purchase.select().where((Purchase.customer == cid)
                                         & Purchase.deleted_at.is_null()).first()
        if bought is not None:
            trash_purchase(bought.id)

    def drop(self, cid: int) -> None:
        if self.open_of(cid):
            self.dropped.append(self.open_of(cid)[-1])
            followups.drop_followup(self.dropped[-1])

    def undo_drop(self, cid: int) -> None:
        if self.dropped:
            followups.restore_followup(self.dropped.pop())

    def trash(self, cid: int) -> None:
        self.trashed.append(cid)
        customers.trash_customers([cid])


def assert_invariants() -> None:
    assert goals.met_but_open() == []
    assert integrity.problems() == []
    for row in Customer.select():
        live = Purchase.select().where((Purchase.customer == row.id)
                                       & Purchase.deleted_at.is_null()).count()
        stage = Stage(row.stage)
        assert row.purchase_count == live
        # A sale moves a customer up, a sale trashed moves no one down.
        if live >= 1 and not _moved_by_hand(row.id):
            assert stage.rank >= Stage.FIRST_PURCHASE.rank
        if live >= 2 and not _moved_by_hand(row.id):
            assert stage.rank >= Stage.LOYAL.rank
    counted = set(rhythm.without_next_step())
    assert rhythm.counts().no_next_step == len(counted)
    for row in Customer.select().where(Customer.deleted_at.is_null()):
        if Stage(row.stage).rank < NEXT_STEP_FROM.rank:
            continue
        planned = FollowUp.select().where((FollowUp.customer == row.id)
                                          & (FollowUp.status == "open")
                                          & FollowUp.deleted_at.is_null()).exists()
        assert planned != (row.id in counted), row.id


def _moved_by_hand(customer_id: int) -> bool:
    return StageChange.select().where((StageChange.customer == customer_id)
                                      & ~StageChange.automatic).exists()


@WORK
@given(work=st.lists(steps, min_size=10, max_size=20))
def test_the_invariants_hold_after_every_step_of_any_work(data, clock, work):
    book = Book(clock)
    book.run(("customer", Stage.PROSPECT))
    for step in work:
        clock.advance(timedelta(minutes=7))
        book.run(step)
        assert_invariants()
