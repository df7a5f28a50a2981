"""Reload a view once, soon after the data it shows changed (many changes, one reload)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from loyaltydesk.services import events
from loyaltydesk.services.events import Change

ALL_CHANGES = (Change.CUSTOMERS, Change.TIMELINE, Change.FOLLOWUPS, Change.CADENCES, Change.BULK)


class Reloader(QObject):
    """Subscribes to service changes for `owner` and calls `reload` once per burst of them.

    A view that is not on screen is not reloaded at each change: it is marked stale and
    reloads when it is shown again, so a change made in one view does not make every
    hidden view query the database.
    """

    def __init__(self, owner: QObject, reload: Callable[[], None],
                 changes: Iterable[Change] = ALL_CHANGES, *, stale: bool = False) -> None:
        super().__init__(owner)
        self._owner, self._reload = owner, reload
        self.stale = stale  # a view built stale first loads when first shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fire)
        unsubscribe = [events.subscribe(change, self._changed) for change in changes]
        # Unsubscribe when the owner goes, before its children (this object) are deleted.
        owner.destroyed.connect(lambda *_: [u() for u in unsubscribe])
        owner.installEventFilter(self)

    def _changed(self, _change: Change, _payload: object) -> None:
        self._timer.start()

    def reload_soon(self) -> None:
        self._timer.start()

    def _fire(self) -> None:
        if isinstance(self._owner, QWidget) and not self._owner.isVisible():
            self.stale = True
            return
        self.stale = False
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._owner and event.type() == QEvent.Type.Show and self.stale:
            self._fire()
        return super().eventFilter(watched, event)
