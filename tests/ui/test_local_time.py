"""The views' clock: today in the user's timezone, and Qt dates that round-trip to the minute."""

from datetime import UTC, date, datetime, timedelta, timezone

from loyaltydesk import clock as clock_module
from loyaltydesk.clock import FixedClock
from loyaltydesk.ui.local_time import (
    from_qdate,
    from_qdatetime,
    start_of,
    to_qdate,
    to_qdatetime,
    today,
)

TOKYO = timezone(timedelta(hours=9))


def _at(moment: datetime, zone) -> None:
    clock_module.set_clock(FixedClock(moment, zone))


def test_today_is_the_users_date_not_utcs(clock):
    previous = clock_module.clock()
    try:
        _at(datetime(2026, 3, 2, 20, 30, tzinfo=UTC), TOKYO)  # already Tuesday in Tokyo
        assert today() == date(2026, 3, 3)
        assert start_of(today()) == datetime(2026, 3, 3, tzinfo=TOKYO)
    finally:
        clock_module.set_clock(previous)


def test_a_moment_goes_into_qt_and_back_to_the_minute_in_local_time(clock):
    previous = clock_module.clock()
    try:
        _at(datetime(2026, 3, 2, 10, tzinfo=UTC), TOKYO)
        moment = datetime(2026, 3, 2, 23, 45, 38, tzinfo=UTC)
        shown = to_qdatetime(moment)
        assert (shown.date().day(), shown.time().hour(), shown.time().minute(),
                shown.time().second()) == (3, 8, 45, 0)
        assert from_qdatetime(shown) == moment.replace(second=0)
        assert from_qdate(to_qdate(date(2024, 2, 29))) == date(2024, 2, 29)
    finally:
        clock_module.set_clock(previous)
