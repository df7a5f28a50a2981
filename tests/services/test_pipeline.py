from datetime import timedelta

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import customers, pipeline, rhythm
from loyaltydesk.services.pipeline import CardOrder


def _add(name: str, stage: Stage, company: str = "") -> int:
    return customers.create_customer(ContactDetails(name=name, company=company), stage=stage)


def test_each_rung_counts_its_customers_and_leaves_the_trash_out(data):
    _add("Ana", Stage.LOYAL)
    _add("Ben", Stage.LOYAL)
    gone = _add("Cy", Stage.LOYAL)
    _add("Dee", Stage.PROSPECT)
    customers.trash_customers([gone])
    columns = {c.stage: c for c in pipeline.board()}
    assert list(columns) == list(Stage)
    assert columns[Stage.LOYAL].total == 2
    assert [c.name for c in columns[Stage.LOYAL].cards] == ["Ana", "Ben"]
    assert columns[Stage.PROSPECT].total == 1
    assert columns[Stage.SUSPECT].total == 0 and columns[Stage.SUSPECT].cards == []


def test_a_first_purchase_turns_stuck_on_day_91(data, clock):
    cid = _add("Ana", Stage.FIRST_PURCHASE)
    clock.advance(timedelta(days=90))
    column = pipeline.column(Stage.FIRST_PURCHASE, 10)
    assert (column.total, column.stuck) == (1, 0)
    assert column.cards[0].days_on_rung == 90 and not column.cards[0].stuck
    clock.advance(timedelta(days=1))
    column = pipeline.column(Stage.FIRST_PURCHASE, 10)
    assert (column.total, column.stuck) == (1, 1)
    assert column.cards[0].id == cid and column.cards[0].stuck


def test_cards_come_longest_on_the_rung_first_or_newest_first(data, clock):
    _add("Old", Stage.PROSPECT)
    clock.advance(timedelta(days=5))
    _add("Mid", Stage.PROSPECT)
    clock.advance(timedelta(days=5))
    _add("New", Stage.PROSPECT)
    names = [c.name for c in pipeline.column_cards(Stage.PROSPECT, 10)]
    assert names == ["Old", "Mid", "New"]
    newest = pipeline.column_cards(Stage.PROSPECT, 2, CardOrder.NEWEST_ON_RUNG)
    assert [c.name for c in newest] == ["New", "Mid"]


def test_only_the_first_cards_are_loaded_but_the_count_is_complete(data):
    for i in range(12):
        _add(f"Customer {i:02d}", Stage.CLIENT)
    column = pipeline.column(Stage.CLIENT, 5)
    assert column.total == 12 and len(column.cards) == 5


def test_cards_carry_the_rhythm_and_the_missing_next_step(data, clock):
    cid = _add("Ana", Stage.LOYAL, company="Atelier")
    card = pipeline.column_cards(Stage.LOYAL, 1)[0]
    assert card.needs_next_step and card.gap is GapState.OK and card.company == "Atelier"
    rhythm.plan_next_step(cid)
    clock.advance(timedelta(days=61))
    card = pipeline.column_cards(Stage.LOYAL, 1)[0]
    assert not card.needs_next_step and card.gap is GapState.RED
    order = CardOrder.LONGEST_OUT_OF_TOUCH
    _add("Ben", Stage.LOYAL)
    assert [c.name for c in pipeline.column_cards(Stage.LOYAL, 5, order)] == ["Ana", "Ben"]


def test_a_manual_move_takes_the_card_to_its_new_column(data):
    cid = _add("Ana", Stage.PROSPECT)
    customers.move_stage(cid, Stage.CLIENT, "Signed the framework deal")
    assert pipeline.column(Stage.PROSPECT, 5).total == 0
    card = pipeline.column(Stage.CLIENT, 5).cards[0]
    assert card.id == cid and card.days_on_rung == 0
