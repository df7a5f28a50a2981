"""The one injectable clock every time-dependent rule reads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware."""

    def local_tz(self) -> tzinfo:
        """The user's local timezone, used to place due times on the working day."""


class SystemClock:
    """Real time, in the machine's local timezone."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def local_tz(self) -> tzinfo:
        return datetime.now().astimezone().tzinfo or UTC


class FixedClock:
    """A clock that only moves when told to: tests and scripted runs use it."""

    def __init__(self, at: datetime, tz: tzinfo = UTC) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._at = at
        self._tz = tz

    def now(self) -> datetime:
        return self._at

    def local_tz(self) -> tzinfo:
        return self._tz

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._at = at

    def advance(self, delta: timedelta) -> None:
        self._at = self._at + delta


_current: Clock = SystemClock()
_thread = threading.local()  # a clock one thread alone reads (a replay of past days)


def clock() -> Clock:
    """The clock in use by this thread: its own if it has one, else the process's."""
    return getattr(_thread, "clock", None) or _current


def set_clock(new: Clock) -> Clock:
    """Install another clock (tests, `due --at`); returns the previous one."""
    global _current
    previous, _current = _current, new
    return previous


def now() -> datetime:
    return clock().now()


@contextmanager
def clock_of_this_thread(own: Clock) -> Iterator[Clock]:
    """Let this thread alone read `own` (the window's timers on another thread keep the
    process's clock); the thread's previous clock comes back afterwards."""
    previous = getattr(_thread, "clock", None)
    _thread.clock = own
    try:
        yield own
    finally:
        _thread.clock = previous
