"""Phone sync off the GUI thread: the one place that runs its network work in the background.

Jobs (a sync, finding a server's calendars, connecting) run one at a time on a single
thread of a QThreadPool; what they change is published once on the GUI thread when done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from loyaltydesk.services import events
from loyaltydesk.services.events import Change


class _Signals(QObject):
    progress = Signal(str, int, int)  # what, done, total
    done = Signal(object, object)  # the job's id, its result
    failed = Signal(object, str)  # the job's id, a one-line message


class _Job(QRunnable):
    def __init__(self, signals: _Signals, key: object, work: Callable[..., Any],
                 with_progress: bool) -> None:
        super().__init__()
        self._signals, self._key, self._work, self._with_progress = (
            signals, key, work, with_progress)

    def _report(self, what: str, done: int, total: int) -> None:
        self._signals.progress.emit(what, done, total)

    def run(self) -> None:
        from loyaltydesk.store.database import close
        try:
            with events.muted():
                result = self._work(self._report) if self._with_progress else self._work()
        except Exception as exc:
            self._emit_failed(str(exc) or type(exc).__name__)
        else:
            self._emit_done(result)
        finally:
            close()  # this thread's own database connection

    def _emit_done(self, result: object) -> None:
        try:
            self._signals.done.emit(self._key, result)
        except RuntimeError:  # the window went away while this ran
            pass

    def _emit_failed(self, message: str) -> None:
        try:
            self._signals.failed.emit(self._key, message.splitlines()[0] if message else "")
        except RuntimeError:
            pass


class PhoneSyncWorker(QObject):
    """Runs phone-sync jobs one after another in the background."""

    progress = Signal(str, int, int)
    finished = Signal(object, object)  # key, result
    failed = Signal(object, str)  # key, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(self, key: object, work: Callable[..., Any], *, with_progress: bool = False) -> None:
        """Run `work` in the background; `finished` or `failed` says how it went."""
        self._running += 1
        self._pool.start(_Job(self._signals, key, work, with_progress))

    def _done(self, key: object, result: object) -> None:
        self._running -= 1
        if getattr(result, "received", 0):
            events.publish(Change.BULK)  # the phone completed or moved follow-ups
        self.finished.emit(key, result)

    def _failed(self, key: object, message: str) -> None:
        self._running -= 1
        self.failed.emit(key, message)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running job is over (tests, quitting)."""
        return self._pool.waitForDone(msecs)
