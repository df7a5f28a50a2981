"""A tiny publish/subscribe hub so views learn what changed without services knowing Qt."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from enum import StrEnum
from typing import Any


class Change(StrEnum):
    CUSTOMERS = "customers"  # a customer was added, edited, trashed or restored
    TIMELINE = "timeline"  # something on a customer's timeline changed
    FOLLOWUPS = "followups"  # follow-ups were scheduled, moved or closed
    CADENCES = "cadences"
    BULK = "bulk"  # an import, a demo build or a restore: reload everything


Listener = Callable[[Change, Any], None]
_listeners: dict[Change, list[Listener]] = defaultdict(list)


def subscribe(change: Change, listener: Listener) -> Callable[[], None]:
    _listeners[change].append(listener)
    return lambda: _listeners[change].remove(listener) if listener in _listeners[change] else None


def publish(change: Change, payload: Any = None) -> None:
    for listener in list(_listeners[change]):
        listener(change, payload)


def clear() -> None:
    _listeners.clear()
