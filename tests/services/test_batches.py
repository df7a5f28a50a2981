"""Input entered in one batch makes the same book as the same input entered one at a time:
the ladder moves, the care scheduled and replaced, the goals met."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.followups import Status
from loyaltydesk.services import feedback, followups, interactions, purchases
from loyaltydesk.services.batches import rounds
from loyaltydesk.services.customers import create_customer
from loyaltydesk.services.feedback import SurveyAnswer
from loyaltydesk.services.interactions import InteractionInput, InteractionKind
from loyaltydesk.services.purchases import PurchaseInput
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.services.unit_of_work import unit_of_work
from loyaltydesk.store.database import db


def test_rounds_take_each_key_once_and_keep_its_order():
    items = [("a", 1), ("b", 1), ("a", 2), ("a", 3), ("c", 1), ("b", 2)]
    assert list(rounds(items, lambda i: i[0])) == [
        [("a", 1), ("b", 1), ("c", 1)], [("a", 2), ("b", 2)], [("a", 3)]]


def _book() -> dict[str, list[tuple]]:
    """What a person would see, without ids, uuids or the moments rows were written."""
    queries = {
        "stages": "SELECT customer_id, from_stage, to_stage, changed_at, reason FROM "
                  "stage_change ORDER BY customer_id, changed_at, id",
        "customers": "SELECT id, stage, stage_since, purchase_count, ltv_cents, "
                     "next_followup_at, last_contact_at FROM customer ORDER BY id",
        "followups": "SELECT customer_id, kind, title, due_at, status, outcome, completed_at, "
                     "cadence_step_id FROM follow_up ORDER BY customer_id, due_at, title, status",
        "events": "SELECT f.customer_id, f.title, e.action, e.detail, e.at FROM follow_up_event e "
                  "JOIN follow_up f ON f.id = e.followup_id "
                  "ORDER BY f.customer_id, f.due_at, f.title, e.action, e.at",
        "sales": "SELECT customer_id, purchased_on, amount_cents, contract_end_on FROM purchase "
                 "ORDER BY customer_id, purchased_on, amount_cents",
        "surveys": "SELECT customer_id, score, surveyed_at FROM survey ORDER BY customer_id",
    }
    return {name: db.execute_sql(sql).fetchall() for name, sql in queries.items()}


def _customers() -> list[int]:
    return [create_customer(ContactDetails(name=f"Customer {n}")) for n in range(4)]


def _sales(ids: list[int], today) -> list[tuple[int, PurchaseInput]]:
    a, b, c, d = ids

    def day(days: int):
        return today - timedelta(days=days)

    return [
        (a, PurchaseInput(day(days=3), Decimal("120"))),
        (b, PurchaseInput(day(days=2), Decimal("80"))),
        (a, PurchaseInput(day(days=1), Decimal("95.50"),
                          contract_end_on=today + timedelta(days=200))),
        (c, PurchaseInput(day(days=40), Decimal("300"))),  # an old one: no stale care
        (a, PurchaseInput(today, Decimal("20"))),
        (d, PurchaseInput(today, Decimal("45"), contract_end_on=today + timedelta(days=20))),
        (c, PurchaseInput(day(days=2), Decimal("60"))),
    ]


def _both_ways(tmp_path, enter_one_by_one, enter_in_a_batch) -> None:
    books = []
    for name, enter in (("single", enter_one_by_one), ("batch", enter_in_a_batch)):
        open_data(tmp_path / name)
        enter(_customers())
        books.append(_book())
        close_data()
    single, batch = books
    assert single["followups"], "the scenario schedules care"
    for part in single:
        assert batch[part] == single[part], part


def test_sales_in_one_batch_make_the_book_one_by_one_makes(tmp_path, clock):
    today = clock.now().date()

    def one_by_one(ids):
        for cid, entry in _sales(ids, today):
            purchases.record_purchase(cid, entry)

    def batch(ids):
        with unit_of_work():
            purchases.apply_purchases(_sales(ids, today))

    _both_ways(tmp_path, one_by_one, batch)


def _answers(ids, at) -> list[SurveyAnswer]:
    a, b, c, _ = ids
    return [SurveyAnswer(a, 9, at=at), SurveyAnswer(b, 3, at=at), SurveyAnswer(a, 6, at=at),
            SurveyAnswer(c, 8, at=at)]


def test_answers_contacts_and_outcomes_in_batches_make_the_book_one_by_one_makes(tmp_path,
                                                                               clock):
    today = clock.now().date()
    at = clock.now() - timedelta(hours=1)
    talks = [InteractionInput(InteractionKind.CALL, "Checked in", at)]

    def first_sales(ids):
        for cid, entry in _sales(ids, today):
            purchases.record_purchase(cid, entry)
        return db.execute_sql("SELECT id FROM follow_up WHERE status = 'open' "
                              "ORDER BY customer_id, due_at, id").fetchall()

    def one_by_one(ids):
        open_ids = first_sales(ids)
        for answer in _answers(ids, at):
            feedback.record_survey(answer.customer_id, answer.score, at=answer.at)
        for cid in ids[:2]:
            interactions.log_interaction(cid, talks[0])
        followups.complete_followup(open_ids[0][0], "Fine")
        followups.skip_followup(open_ids[1][0], "Could not reach them")

    def batch(ids):
        open_ids = first_sales(ids)
        feedback.record_surveys(_answers(ids, at))
        interactions.log_interactions([(cid, talks[0], None) for cid in ids[:2]])
        followups.close_followups([(open_ids[0][0], Status.DONE, "Fine"),
                                   (open_ids[1][0], Status.SKIPPED, "Could not reach them")])

    _both_ways(tmp_path, one_by_one, batch)
