"""When phone sync runs (start, every few minutes, after edits, on demand) and what it says.

Every sync runs on the window's job runner, behind any other long task. What a sync changes
is told to the views once, as a bulk change, when it brought something from the phone.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from loyaltydesk.domain.phone_sync import FROM_PHONE
from loyaltydesk.services import events
from loyaltydesk.services.events import Change
from loyaltydesk.services.phone import account as accounts
from loyaltydesk.ui.jobs import Job, JobRunner

EVERY_MS = 5 * 60 * 1000
AFTER_EDIT_MS = 30 * 1000
AFTER_START_MS = 3 * 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("PhoneSync", text)


class PhoneSyncController(QObject):
    """Starts syncs in the background and keeps the status bar's phone note current."""

    synced = Signal(object)  # the SyncResult
    problem = Signal(str)

    def __init__(self, jobs: JobRunner, database: object, parent: QObject | None = None, *,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.database = database  # the data this window shows; a sync never runs on other data
        self.read_only = read_only
        self.job: Job | None = None  # the sync running now
        self.password: str | None = None  # typed this session, when no keyring keeps it
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(tr("Phone sync"))
        self._again = False
        self.every = self._timer(EVERY_MS, single=False)
        self.after_edit = self._timer(AFTER_EDIT_MS, single=True)
        unsubscribe = [events.subscribe(c, self._edited)
                       for c in (Change.FOLLOWUPS, Change.CUSTOMERS)]
        self.destroyed.connect(lambda *_: [u() for u in unsubscribe])
        self.show_status()

    def _timer(self, interval: int, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(self.sync_now)
        return timer

    @property
    def connected(self) -> bool:
        return accounts.account() is not None

    def start(self) -> None:
        """Sync soon after start, then every few minutes."""
        if self.connected and not self.read_only:
            QTimer.singleShot(AFTER_START_MS, self, self.sync_now)
            self.every.start()

    def _edited(self, _change: Change, _payload: object) -> None:
        if not self.read_only and self.connected:
            self.after_edit.start()

    def sync_now(self) -> bool:
        """Start a sync in the background; False when phone sync is not set up."""
        if not accounts.still_open(self.database):
            self.stop()
            return False
        if self.read_only or not self.connected:
            self.show_status()
            return False
        if self.job is not None:
            self._again = True
            return True
        from loyaltydesk.exchange.dav.sync import sync
        password, database = self.password, self.database
        # what each progress report is about, in the order the reports arrive here
        kinds: deque[str] = deque()

        def work(progress):
            if not accounts.still_open(database):
                raise accounts.PhoneSyncError("The data was closed before the sync began")

            def report(what: str, done: int, total: int) -> None:
                kinds.append(what)
                progress(done, total)

            with events.muted():  # the views hear of it once, when it is over
                return sync(password, report)

        self.label.setText(tr("Phone: syncing..."))
        self.job = self.jobs.start(work, error_text=None)
        self.job.progressed.connect(
            lambda done, total: self._progress(kinds.popleft() if kinds else "", done, total))
        self.job.succeeded.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._ended)
        return True

    def stop(self) -> None:
        """No more syncs from this window (its data was closed or replaced)."""
        self.every.stop()
        self.after_edit.stop()
        self._again = False

    def _progress(self, what: str, done: int, total: int) -> None:
        if what == FROM_PHONE:
            self.label.setText(tr("Phone: taking in its changes (%1 of %2)")
                               .replace("%1", QLocale().toString(done))
                               .replace("%2", QLocale().toString(total)))
            return
        label = tr("follow-ups") if what == "calendar" else tr("customers")
        self.label.setText(tr("Phone: sending %1 (%2 of %3)").replace("%1", label)
                           .replace("%2", QLocale().toString(done))
                           .replace("%3", QLocale().toString(total)))

    def _finished(self, result: object) -> None:
        self.show_status()
        if getattr(result, "received", 0):
            events.publish(Change.BULK)  # the phone completed or moved follow-ups
        self.synced.emit(result)

    def _failed(self, message: str) -> None:
        self.show_status()
        self.problem.emit(message.splitlines()[0] if message else "")

    def _ended(self) -> None:
        self.job = None
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    def show_status(self) -> None:
        self.label.setText(status_text())
        self.label.setToolTip(accounts.status().last_error)


def status_text() -> str:
    """The status bar's note: when the last sync was, or what stopped it."""
    if accounts.account() is None:
        return ""
    current = accounts.status()
    if current.last_error:
        return tr("Phone: %1").replace("%1", current.last_error)
    if not current.last_sync_at:
        return tr("Phone: not synced yet")
    when = QDateTime.fromString(current.last_sync_at, Qt.DateFormat.ISODateWithMs).toLocalTime()
    return tr("Phone: synced %1").replace(
        "%1", QLocale().toString(when, QLocale.FormatType.ShortFormat))
