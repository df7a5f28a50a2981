"""A tiny publish/subscribe hub so views learn what changed without services knowing Qt."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Any


class Change(StrEnum):
    CUSTOMERS = "customers"  # a customer was added, edited, trashed or restored
    TIMELINE = "timeline"  # something on a customer's timeline changed
    FOLLOWUPS = "followups"  # follow-ups were scheduled, moved or closed
    CADENCES = "cadences"
    BULK = "bulk"  # an import, a demo build or a restore: reload everything


Listener = Callable[[Change, Any], None]
# A background job mutes its own thread (listeners are views living on the GUI thread) and
# publishes once on the GUI thread when it is done.
_muted = threading.local()
_listeners: dict[Change, list[Listener]] = defaultdict(list)
_held = threading.local()


def subscribe(change: Change, listener: Listener) -> Callable[[], None]:
    _listeners[change].append(listener)
    return lambda: _listeners[change].remove(listener) if listener in _listeners[change] else None


def publish(change: Change, payload: Any = None) -> None:
    if getattr(_muted, "on", False):
        return
    kept: list[tuple[Change, Any]] | None = getattr(_held, "events", None)
    if kept is not None:
        kept.append((change, payload))
        return
    for listener in list(_listeners[change]):
        listener(change, payload)


@contextmanager
def muted() -> Iterator[None]:
    """No publishing from this thread while inside; other threads publish as usual."""
    _muted.on = True
    try:
        yield
    finally:
        _muted.on = False


@contextmanager
def held() -> Iterator[list[tuple[Change, Any]]]:
    """Keep what this thread publishes in a list instead of telling the listeners: a
    background job hands its events to the thread the views live on."""
    kept: list[tuple[Change, Any]] = []
    _held.events = kept
    try:
        yield kept
    finally:
        _held.events = None


def clear() -> None:
    _listeners.clear()
