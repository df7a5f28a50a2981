"""Services' change notices turned into one coalesced Qt signal, safe across widget deletion."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from loyaltydesk.services import events
from loyaltydesk.services.events import Change


def mentions(payload: Any, customer_id: int | None) -> bool:
    """Whether a change notice may concern this customer (no payload: it may concern anyone)."""
    if customer_id is None:
        return False
    if payload is None:
        return True
    if isinstance(payload, int):
        return payload == customer_id
    try:
        return customer_id in payload
    except TypeError:
        return True


class ChangeWatcher(QObject):
    """Emits `changed` once per event-loop turn after any concerning notice (many may come)."""

    changed = Signal()

    def __init__(self, changes: Iterable[Change], parent: QObject,
                 concerns: Callable[[Change, Any], bool] | None = None) -> None:
        super().__init__(parent)
        self._concerns = concerns or (lambda _change, _payload: True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.changed)
        kinds = set(changes) | {Change.BULK}
        unsubscribers = [events.subscribe(change, self._notice) for change in kinds]
        self.destroyed.connect(lambda *_: [stop() for stop in unsubscribers])

    def _notice(self, change: Change, payload: Any) -> None:
        if not shiboken6.isValid(self._timer):
            return
        if change is Change.BULK or self._concerns(change, payload):
            self._timer.start()
