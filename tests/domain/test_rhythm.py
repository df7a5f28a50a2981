from datetime import date

import pytest

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import (
    GapState,
    Rhythm,
    RhythmError,
    gap_dates,
    gap_state,
    needs_next_step,
    resolve,
)

LAST = date(2026, 3, 1)


@pytest.mark.parametrize("today,state", [
    (date(2026, 3, 31), GapState.OK),  # exactly 30 days: still on rhythm
    (date(2026, 4, 1), GapState.AMBER),  # 31 days: past the ideal gap
    (date(2026, 4, 30), GapState.AMBER),  # exactly 60 days: at the maximum, not past it
    (date(2026, 5, 1), GapState.RED),  # 61 days
])
def test_gap_turns_amber_then_red_at_the_exact_day_boundaries(today, state):
    assert gap_state(today, gap_dates(LAST, Rhythm(30, 60))) is state


def test_the_customer_override_wins_then_the_tightest_tag_then_the_stage():
    stage = Rhythm(30, 60)
    tags = [Rhythm(14, 40), Rhythm(20, 28)]
    assert resolve((None, None), [], stage) == Rhythm(30, 60)
    assert resolve((None, None), tags, stage) == Rhythm(14, 28)
    assert resolve((7, None), tags, stage) == Rhythm(7, 28)
    assert resolve((45, None), [], stage) == Rhythm(45, 60)
    assert resolve((50, None), [], Rhythm(30, 40)) == Rhythm(50, 50)


def test_impossible_gaps_are_refused():
    with pytest.raises(RhythmError):
        Rhythm(0, 10)
    with pytest.raises(RhythmError):
        Rhythm(30, 10)


def test_from_the_first_purchase_up_a_next_step_is_expected():
    assert needs_next_step(Stage.FIRST_PURCHASE, False)
    assert needs_next_step(Stage.PARTNER, False)
    assert not needs_next_step(Stage.CLIENT, True)
    assert not needs_next_step(Stage.PROSPECT, False)
