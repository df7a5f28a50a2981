"""Reload a view once, soon after the data it shows changed (many changes, one reload)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

from loyaltydesk.services import events
from loyaltydesk.services.events import Change

ALL_CHANGES = (Change.CUSTOMERS, Change.TIMELINE, Change.FOLLOWUPS, Change.CADENCES, Change.BULK)


class Reloader(QObject):
    """Subscribes to service changes for `owner` and calls `reload` once per burst of them."""

    def __init__(self, owner: QObject, reload: Callable[[], None],
                 changes: Iterable[Change] = ALL_CHANGES) -> None:
        super().__init__(owner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(reload)
        unsubscribe = [events.subscribe(change, self._changed) for change in changes]
        # Unsubscribe when the owner goes, before its children (this object) are deleted.
        owner.destroyed.connect(lambda *_: [u() for u in unsubscribe])

    def _changed(self, _change: Change, _payload: object) -> None:
        self._timer.start()

    def reload_soon(self) -> None:
        self._timer.start()
