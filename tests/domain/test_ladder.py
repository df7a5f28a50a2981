import pytest

from loyaltydesk.domain.ladder import (
    LadderError,
    Stage,
    StageMove,
    manual_move,
    parse_stage,
    purchase_behind,
    stage_after_purchase,
    stage_after_survey,
)


@pytest.mark.parametrize("start", [Stage.SUSPECT, Stage.PROSPECT])
def test_first_purchase_moves_suspects_and_prospects_to_first_purchase(start):
    move = stage_after_purchase(start, 1)
    assert move.to_stage is Stage.FIRST_PURCHASE and move.automatic and move.from_stage is start


@pytest.mark.parametrize("start", [Stage.SUSPECT, Stage.FIRST_PURCHASE, Stage.VALUE_CONFIRMED])
def test_second_purchase_makes_customer_loyal(start):
    assert stage_after_purchase(start, 2).to_stage is Stage.LOYAL


@pytest.mark.parametrize("start", [Stage.LOYAL, Stage.CLIENT, Stage.PARTNER])
def test_a_sale_never_moves_a_customer_down(start):
    assert stage_after_purchase(start, 2) is None
    assert stage_after_purchase(start, 7) is None


def test_first_purchase_on_value_confirmed_customer_changes_nothing():
    assert stage_after_purchase(Stage.VALUE_CONFIRMED, 1) is None


def test_good_score_after_first_purchase_confirms_value():
    assert stage_after_survey(Stage.FIRST_PURCHASE, 7).to_stage is Stage.VALUE_CONFIRMED
    assert stage_after_survey(Stage.FIRST_PURCHASE, 6) is None
    assert stage_after_survey(Stage.LOYAL, 10) is None


def test_manual_move_needs_a_reason():
    with pytest.raises(LadderError):
        manual_move(Stage.LOYAL, Stage.CLIENT, "   ")
    move = manual_move(Stage.LOYAL, Stage.PARTNER, " Sent us two clients ")
    assert move.reason == "Sent us two clients" and not move.automatic


def test_manual_move_to_the_same_stage_is_refused():
    with pytest.raises(LadderError):
        manual_move(Stage.CLIENT, Stage.CLIENT, "why not")


def test_stages_are_parsed_from_keys_and_labels():
    assert parse_stage("First purchase") is Stage.FIRST_PURCHASE
    assert parse_stage("loyal") is Stage.LOYAL
    with pytest.raises(LadderError):
        parse_stage("vip")


@pytest.mark.parametrize(("start", "count", "nth"), [
    (Stage.SUSPECT, 1, 1), (Stage.PROSPECT, 1, 1), (Stage.PROSPECT, 2, 2),
    (Stage.FIRST_PURCHASE, 2, 2), (Stage.VALUE_CONFIRMED, 3, 2)])
def test_a_move_a_sale_made_names_that_sale(start, count, nth):
    assert purchase_behind(stage_after_purchase(start, count)) == nth


def test_moves_no_sale_made_name_none():
    by_hand = manual_move(Stage.PROSPECT, Stage.FIRST_PURCHASE, "First purchase recorded")
    added = StageMove(None, Stage.FIRST_PURCHASE, "First purchase recorded", True)
    survey = stage_after_survey(Stage.FIRST_PURCHASE, 9)
    assert [purchase_behind(m) for m in (by_hand, added, survey)] == [None, None, None]
