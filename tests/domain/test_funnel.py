"""The stage funnel rules on stage timelines written out by hand."""

from datetime import UTC, datetime

from loyaltydesk.domain.funnel import (
    Window,
    conversion,
    longer_than_usual,
    moved_up,
    reached_moments,
    stage_counts,
    stay_days,
    stays,
    was_on_rung,
)
from loyaltydesk.domain.ladder import Stage


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


# Period: 1 February (included) to 1 March (excluded)
FEBRUARY = Window(at(2, 1, 0), at(3, 1, 0))

# Ann: suspect 1 Jan, prospect 10 Feb, first purchase 20 Feb.
ANN = reached_moments([(at(1, 1), Stage.SUSPECT), (at(2, 10), Stage.PROSPECT),
                       (at(2, 20), Stage.FIRST_PURCHASE)])
# Bob: suspect 5 Feb, buys on 5 Feb at 15:00 (skips prospect), no further move.
BOB = reached_moments([(at(2, 5), Stage.SUSPECT), (at(2, 5, 15), Stage.FIRST_PURCHASE)])
# Cem: suspect 1 Dec 2025, prospect 1 Jan, still a prospect.
CEM = reached_moments([(datetime(2025, 12, 1, 10, tzinfo=UTC), Stage.SUSPECT),
                       (at(1, 1), Stage.PROSPECT)])
# Dan: prospect in January, loyal on 3 March (after the period), moved down to prospect later.
DAN = reached_moments([(at(1, 2), Stage.PROSPECT), (at(3, 3), Stage.LOYAL),
                       (at(3, 20), Stage.PROSPECT)])


def test_reaching_a_rung_counts_the_rungs_below_it_and_ignores_moves_down():
    assert BOB[1] == at(2, 5, 15) and BOB[2] == at(2, 5, 15)
    assert DAN[0] == DAN[1] == at(1, 2)
    assert DAN[4] == at(3, 3) and DAN[5] is None


def test_who_was_on_the_suspect_rung_in_february_and_who_moved_up():
    # Ann (still a suspect on 1 Feb, prospect on 10 Feb): on rung, moved up.
    assert was_on_rung(ANN, 0, FEBRUARY) and moved_up(ANN, 0, FEBRUARY)
    # Bob: entered and left within February.
    assert was_on_rung(BOB, 0, FEBRUARY) and moved_up(BOB, 0, FEBRUARY)
    # Cem was already past suspect before February.
    assert not was_on_rung(CEM, 0, FEBRUARY)
    # Dan as well.
    assert not was_on_rung(DAN, 0, FEBRUARY)


def test_conversion_over_february():
    steps = conversion([ANN, BOB, CEM, DAN], FEBRUARY)
    by_rung = {s.from_stage: (s.on_rung, s.moved_up) for s in steps}
    assert by_rung[Stage.SUSPECT] == (2, 2)  # Ann and Bob
    # Prospect: Ann (10-20 Feb), Bob (passes through), Cem (all month), Dan (all month).
    assert by_rung[Stage.PROSPECT] == (4, 2)  # Ann and Bob moved up
    # First purchase: Ann and Bob arrived; neither moved on in February.
    assert by_rung[Stage.FIRST_PURCHASE] == (2, 0)
    assert by_rung[Stage.VALUE_CONFIRMED] == (0, 0)
    assert steps[1].rate == 0.5 and steps[3].rate is None
    assert [s.to_stage for s in steps][-1] is Stage.PARTNER and len(steps) == 6


def test_a_customer_reaching_a_rung_at_the_window_end_is_not_in_it():
    on_the_end = reached_moments([(at(3, 1, 0), Stage.SUSPECT)])
    assert not was_on_rung(on_the_end, 0, FEBRUARY)
    on_the_start = reached_moments([(at(1, 1), Stage.SUSPECT), (at(2, 1, 0), Stage.PROSPECT)])
    assert was_on_rung(on_the_start, 0, FEBRUARY) and moved_up(on_the_start, 0, FEBRUARY)


def test_all_time_counts_everyone_who_ever_reached_a_rung():
    steps = conversion([ANN, BOB, CEM, DAN], Window(None, at(12, 31)))
    assert (steps[0].on_rung, steps[0].moved_up) == (4, 4)
    # Prospect -> first purchase: Ann, Bob, Dan (through loyal) moved up; Cem did not.
    assert (steps[1].on_rung, steps[1].moved_up) == (4, 3)
    # First purchase -> value confirmed: Ann and Bob stayed, Dan passed through.
    assert (steps[2].on_rung, steps[2].moved_up) == (3, 1)


def test_days_on_a_rung_for_those_who_moved_up():
    # Ann: suspect from 1 Jan 10:00 to 10 Feb 10:00 = 40 days; prospect 10 Feb -> 20 Feb = 10.
    assert stay_days(ANN, 0, FEBRUARY) == 40
    assert stay_days(ANN, 1, FEBRUARY) == 10
    # Bob: 5 hours as a suspect is 0 days; prospect for no time at all.
    assert stay_days(BOB, 0, FEBRUARY) == 0 and stay_days(BOB, 1, FEBRUARY) == 0
    assert stay_days(CEM, 1, FEBRUARY) is None  # did not move up
    assert stays([ANN, BOB, CEM, DAN], FEBRUARY)[:2] == [{40: 1, 0: 1}, {10: 1, 0: 1}]


def test_longer_than_usual_is_strictly_more_than_the_median():
    assert longer_than_usual(11, 10.5) and not longer_than_usual(10, 10)
    assert not longer_than_usual(500, None)


def test_stage_counts_list_every_rung():
    counts = stage_counts([Stage.LOYAL, Stage.LOYAL, Stage.SUSPECT])
    assert counts[Stage.LOYAL] == 2 and counts[Stage.PARTNER] == 0 and len(counts) == 7
