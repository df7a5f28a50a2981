"""The one way to run long work off the window's thread: progress, cancel, errors shown once.

A job is a plain callable that takes a progress callback (done, total) -> keep going. It
runs on the runner's worker thread, never re-entering the event loop; the window goes on
painting. What the job publishes about the data is handed to the window's thread when it
ends, so views only ever hear of changes on their own thread, after the commit.

Python's garbage collector holds every thread while it walks the objects it tracks, and a job
that makes many objects sets off its full passes on the worker: each walked the window's own
hundred thousand objects as well, and the window stopped painting for a tenth of a second or
more. While a job runs, what was alive when it started is set aside (gc.freeze), so those
passes walk only what the job made; it is handed back when the job ends. What the job makes
is set aside in turn at each of its progress reports: a job that keeps what it made (the
pages of a thousand contact sheets) would otherwise have each full pass walk all of it again,
longer and longer, and the window waited as long each time.

The window's thread needs the GIL at every slot, event filter and model call, many times a
frame; a worker busy in Python gives it up only when asked and once the switch interval has
passed (5 ms by default), so a frame of a dozen such calls waited 50 ms and more. While a
job runs the interval is a tenth of that (JOB_SWITCH_INTERVAL): each hand-over is quick, and
the job pays only a little more switching.
"""

from __future__ import annotations

import gc
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from loyaltydesk.services import events
from loyaltydesk.store import database

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]

# Shown when a job has been running this long; quicker jobs never flash a dialog.
SHOW_PROGRESS_AFTER_MS = 400
JOB_SWITCH_INTERVAL = 0.0005  # seconds: how long the window may wait for the GIL


def tr(text: str) -> str:
    return QCoreApplication.translate("Jobs", text)


class Job(QObject):
    """One piece of work: exactly one of succeeded, failed or cancelled, then ended."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # the work's result
    failed = Signal(str)  # what went wrong, for people
    cancelled = Signal()
    ended = Signal()

    def __init__(self, describe: Callable[[BaseException], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._stop = threading.Event()
        self._done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (what it wrote is rolled back)."""
        self._stop.set()

    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def running(self) -> bool:
        return not self._done.is_set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the work is over (its reports still to come); True when it is."""
        return self._done.wait(None if msecs < 0 else msecs / 1000)

    @Slot(str, object, object)
    def _finish(self, outcome: str, value: Any, held: list) -> None:
        """On the window's thread: the data events first, then what became of the job."""
        for change, payload in held:
            events.publish(change, payload)
        if outcome == "succeeded":
            self.result = value
            self.succeeded.emit(value)
        elif outcome == "cancelled":
            self.was_cancelled = True
            self.cancelled.emit()
        else:
            self.error = value
            self.failed.emit(self._describe(value))
        self.ended.emit()


class _Relay(QObject):
    """Carries reports from the worker thread to the job on the window's thread."""

    progress = Signal(int, int)
    over = Signal(str, object, object)  # outcome, value, held events


class _Task(QRunnable):
    def __init__(self, work: Work, job: Job, relay: _Relay) -> None:
        super().__init__()
        self._work, self._job, self._relay = work, job, relay

    def _progress(self, done: int, total: int) -> bool:
        gc.freeze()  # what the job made so far is set aside too (see the module's docstring)
        self._relay.progress.emit(done, total)
        return not self._job.cancel_requested()

    def run(self) -> None:
        outcome, value = "succeeded", None
        if self._job.cancel_requested():  # dropped before it started
            self._end("cancelled", None, [])
            return
        with events.held() as held, _heap_set_aside(), _quick_hand_over():
            try:
                value = self._work(self._progress)
            except BaseException as exc:  # reported once, on the window's thread
                outcome, value = ("cancelled" if self._job.cancel_requested() else "failed"), exc
                if outcome == "failed" and not _expected(exc):
                    traceback.print_exception(exc, file=sys.stderr)  # a bug: for its report
            finally:
                database.close()  # this thread's own connection
        self._end(outcome, value, list(held))

    def _end(self, outcome: str, value: Any, held: list) -> None:
        self._job._done.set()
        try:
            self._relay.over.emit(outcome, value, held)
        except RuntimeError:  # the runner's owner went away meanwhile: nobody waits for it
            pass


def _expected(error: BaseException) -> bool:
    """A mistake or an unreachable server the user is told of, not a bug."""
    from loyaltydesk.services.errors import USER_ERRORS
    return isinstance(error, (ValueError, *USER_ERRORS))


@contextmanager
def _heap_set_aside() -> Iterator[None]:
    """Collections inside walk only the objects made inside (the window's are left alone)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_switching = threading.Lock()
_running: list[float] = []  # the interval before the first running job, once per job


@contextmanager
def _quick_hand_over() -> Iterator[None]:
    """A short switch interval while any job runs; the usual one back after the last."""
    with _switching:
        _running.append(sys.getswitchinterval())
        sys.setswitchinterval(min(JOB_SWITCH_INTERVAL, _running[0]))
    try:
        yield
    finally:
        with _switching:
            usual = _running[0]
            _running.pop()
            if not _running:
                sys.setswitchinterval(usual)


class JobRunner(QObject):
    """Runs jobs one at a time on a worker thread of its own (jobs queue behind each other)."""

    def __init__(self, parent: QObject | None = None, describe: Callable[
            [BaseException], str] | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._describe = describe or str
        self._jobs: list[Job] = []

    def start(self, work: Work, *, label: str | None = None, owner: QWidget | None = None,
              error_text: str | None = "%1") -> Job:
        """Run `work`; with a `label`, a progress dialog over `owner` offers Cancel.

        A failure is shown once, in a message over `owner` saying `error_text` with %1 for
        what went wrong; with `error_text` None the caller shows it where it belongs.
        """
        job = Job(self._describe, self)
        relay = _Relay(job)
        relay.progress.connect(job.progressed)
        relay.over.connect(job._finish)  # queued onto the window's thread
        job.ended.connect(lambda: self._forget(job))
        if label is not None:
            _progress_dialog(job, label, owner)
        if error_text is not None:
            job.failed.connect(lambda text: _show_failure(
                owner, label, error_text.replace("%1", text)))
        self._jobs.append(job)
        self._pool.start(_Task(work, job, relay))
        return job

    def _forget(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        job.deleteLater()

    def busy(self) -> bool:
        return bool(self._jobs)

    def cancel_all(self) -> None:
        """Ask every job to stop; those not started yet never start (all end cancelled)."""
        for job in self._jobs:
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job is over (tests, closing the data)."""
        return self._pool.waitForDone(msecs)

    def finish(self) -> None:
        """Wait until every job has ended, its reports delivered (quitting, tests); the
        window's events go on meanwhile."""
        while self._jobs:
            loop = QEventLoop()
            self._jobs[0].ended.connect(loop.quit)
            loop.exec()


def _progress_dialog(job: Job, label: str, owner: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, owner)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAccessibleName(label)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    job.progressed.connect(progressed)
    dialog.canceled.connect(job.cancel)
    job.ended.connect(dialog.close)
    job.ended.connect(dialog.deleteLater)
    return dialog


def _show_failure(owner: QWidget | None, label: str | None, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, label or QCoreApplication.applicationName(),
                      text, QMessageBox.StandardButton.Ok, owner)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): the window keeps running behind it
