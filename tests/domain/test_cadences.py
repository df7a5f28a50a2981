from datetime import UTC, date, datetime, time

from loyaltydesk.domain.cadences import (
    BUILT_IN_CADENCES,
    Channel,
    FollowUpKind,
    OffsetUnit,
    StepPlan,
    Trigger,
    add_offset,
    describe_offset,
    due_moment,
    steps_to_schedule,
    to_working_day,
)


def test_months_keep_the_day_or_fall_back_to_the_month_end():
    assert add_offset(date(2026, 1, 31), 1, OffsetUnit.MONTHS) == date(2026, 2, 28)
    assert add_offset(date(2026, 11, 15), 3, OffsetUnit.MONTHS) == date(2027, 2, 15)
    assert add_offset(date(2026, 3, 10), -90, OffsetUnit.DAYS) == date(2025, 12, 10)


def test_weekends_move_to_monday_or_back_to_friday():
    saturday = date(2026, 3, 7)
    assert to_working_day(saturday) == date(2026, 3, 9)
    assert to_working_day(saturday, backwards=True) == date(2026, 3, 6)
    assert to_working_day(date(2026, 3, 4)) == date(2026, 3, 4)


def test_d_plus_one_after_a_friday_sale_is_due_on_monday_morning():
    step = StepPlan(1, OffsetUnit.DAYS, FollowUpKind.CHECK, Channel.PHONE, "Check")
    due = due_moment(date(2026, 3, 6), step, UTC)
    assert due == datetime(2026, 3, 9, 9, 30, tzinfo=UTC)


def test_built_in_cadences_cover_the_seeds():
    by_key = {c.key: c for c in BUILT_IN_CADENCES}
    check = [(s.offset, s.unit) for s in by_key["post_sale_check"].steps]
    assert check == [(1, OffsetUnit.DAYS), (7, OffsetUnit.DAYS)]
    touches = [(s.offset, s.unit) for s in by_key["after_sale_touches"].steps]
    assert touches == [(1, OffsetUnit.MONTHS), (3, OffsetUnit.MONTHS), (6, OffsetUnit.MONTHS)]
    assert "11 out of 10" in by_key["satisfaction_survey"].steps[0].script
    assert by_key["second_order"].trigger is Trigger.FIRST_PURCHASE
    assert {s.kind for s in by_key["promoter_asks"].steps} == {
        FollowUpKind.TESTIMONIAL, FollowUpKind.REFERRAL}
    assert [s.offset for s in by_key["renewal"].steps] == [-90, -60, -30]


def test_stale_steps_are_not_scheduled_but_a_late_renewal_keeps_its_last_touch():
    now = datetime(2026, 3, 2, 10, tzinfo=UTC)
    old = datetime.combine(date(2026, 1, 1), time(9), tzinfo=UTC)
    recent = datetime.combine(date(2026, 2, 27), time(9), tzinfo=UTC)
    soon = datetime.combine(date(2026, 3, 5), time(9), tzinfo=UTC)
    assert steps_to_schedule([old, recent, soon], now) == [1, 2]
    assert steps_to_schedule([old, old], now) == []
    assert steps_to_schedule([old, old], now, keep_last=True) == [1]


def test_offsets_read_like_the_articles():
    assert describe_offset(7, OffsetUnit.DAYS) == "D+7"
    assert describe_offset(1, OffsetUnit.MONTHS) == "D+1 month"
    assert describe_offset(-90, OffsetUnit.DAYS) == "90 days before"
