"""Computes insight sections on a background thread, one at a time, so the view never waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from loyaltydesk.services import insights
from loyaltydesk.services.insights import Scope
from loyaltydesk.ui.jobs import JobRunner

UI_LIMIT = 50  # rows in the view's lists (counts and click-throughs cover everyone)

SECTIONS: dict[str, Callable[[Scope], Any]] = {
    "value": lambda s: insights.value(s, UI_LIMIT, with_months=False),
    "revenue": insights.revenue_by_month,
    "second_sale": lambda s: insights.second_sale(s, UI_LIMIT),
    "funnel": insights.funnel,
    "satisfaction": lambda s: insights.satisfaction(s, UI_LIMIT),
    "at_risk": lambda s: insights.at_risk(s, UI_LIMIT),
    "referrals": lambda s: insights.referrals(s, None),
}


class _Signals(QObject):
    done = Signal(int, str, object)  # generation, section, result
    failed = Signal(int, str, str)  # generation, section, message


class SectionLoader(QObject):
    """Queues sections for a generation of the data on a job runner of its own (one at a
    time); results of older generations are dropped by the receiver (they carry their
    generation), and queued jobs of an older generation never compute."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = JobRunner(self)
        self.signals = _Signals(self)
        self._generation = 0

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, section: str, where: Scope) -> None:
        generation = self._generation
        job = self._runner.start(lambda _progress: self._compute(generation, section, where),
                                 error_text=None)

        def succeeded(result: object) -> None:
            if result is not _SKIPPED:
                self.signals.done.emit(generation, section, result)

        job.succeeded.connect(succeeded)
        job.failed.connect(lambda message: self.signals.failed.emit(generation, section,
                                                                    message))

    def _compute(self, generation: int, section: str, where: Scope) -> Any:
        if generation != self._generation:
            return _SKIPPED  # asked for data that has changed since: a newer job follows
        return SECTIONS[section](where)

    def next_generation(self) -> int:
        self._generation += 1
        return self._generation

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queued jobs are over (tests, closing the data)."""
        return self._runner.wait(msecs)


_SKIPPED = object()
