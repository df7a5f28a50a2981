"""Moments are stored as fixed-width UTC text that reads back as the same moment."""

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from loyaltydesk.store.fields import moment_text, parse_moment


def test_a_moment_is_stored_as_fixed_width_utc_text():
    moment = datetime(2026, 12, 1, 11, 0, 5, 7, tzinfo=timezone(timedelta(hours=1)))
    assert moment_text(moment) == "2026-12-01T10:00:05.000007Z"


@given(st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31),
                    timezones=st.just(UTC)))
def test_any_moment_reads_back_the_same_and_sorts_as_text(moment):
    text = moment_text(moment)
    assert len(text) == len("2026-12-01T10:00:05.000007Z")
    assert parse_moment(text) == moment
    assert (text < moment_text(datetime(2026, 1, 1, tzinfo=UTC))) == (
        moment < datetime(2026, 1, 1, tzinfo=UTC))
