"""When the team's book syncs (start, every few minutes, after edits, on demand, at quit) and
what the status bar says of it. Every sync runs on the window's job runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QToolButton

from loyaltydesk import formats
from loyaltydesk.clock import now
from loyaltydesk.services import events
from loyaltydesk.services.events import Change
from loyaltydesk.services.team import sync
from loyaltydesk.services.team.server import ServerUnreachable
from loyaltydesk.ui.jobs import Job, JobRunner

EVERY_MS = 3 * 60 * 1000
AFTER_EDITS_MS = 20 * 1000
AFTER_START_MS = 2 * 1000
AT_QUIT_TIMEOUT_S = 3  # a server that does not answer at quit is not waited for long


def tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("TeamSync", text, None, count)


class TeamSyncController(QObject):
    """Starts syncs in the background and keeps the status bar's team note current."""

    synced = Signal(object)  # the SyncResult
    problem = Signal(str)

    def __init__(self, jobs: JobRunner, open_conflicts: Callable[[], object],
                 parent: QObject | None = None, *, read_only: bool = False,
                 book_open: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.book_open = book_open  # False once the window's data is closed: nothing to sync
        self.read_only = read_only
        self.job: Job | None = None
        self.offline_reason = ""
        self.last_result: sync.SyncResult | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(tr("Team sync"))
        self.conflicts_button = QToolButton()
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setAccessibleName(tr("Sync conflicts"))
        self.conflicts_button.clicked.connect(open_conflicts)
        self.every = self._timer(EVERY_MS, single=False)
        self.after_edits = self._timer(AFTER_EDITS_MS, single=True)
        unsubscribe = [events.subscribe(c, self._edited)
                       for c in (Change.CUSTOMERS, Change.TIMELINE, Change.FOLLOWUPS)]
        self.destroyed.connect(lambda *_: [u() for u in unsubscribe])
        self.show_status()

    def _timer(self, interval: int, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(self.sync_now)
        return timer

    @staticmethod
    def shared() -> bool:
        return sync.shared()

    def start(self) -> None:
        """Sync soon after start, then every few minutes while the book is shared."""
        QTimer.singleShot(AFTER_START_MS, self, self.sync_now)
        self.every.start()

    def _edited(self, change: Change, payload: object) -> None:
        # a burst of edits: one sync once it settles
        if self.job is None and self.book_open() and self.shared():
            self.after_edits.start()

    def sync_now(self, timeout: int = 10) -> Job | None:
        """Start a sync unless one runs or the book is not shared; the job, if started."""
        if not self.book_open():  # the window's data was closed: its timers stop here
            self.every.stop()
            self.after_edits.stop()
            return None
        if self.read_only or self.job is not None or not self.shared():
            return None
        self.after_edits.stop()
        self.job = self.jobs.start(lambda progress: sync.sync_now(timeout=timeout),
                                   error_text=None)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._ended)
        self.show_status()
        return self.job

    def _succeeded(self, result: sync.SyncResult) -> None:
        self.offline_reason = ""
        self.last_result = result
        self.synced.emit(result)

    def _failed(self, text: str) -> None:
        error = self.job.error if self.job is not None else None
        self.offline_reason = text
        if not isinstance(error, ServerUnreachable):
            self.problem.emit(text)

    def _ended(self) -> None:
        self.job = None
        self.show_status()

    def sync_at_quit(self) -> None:
        """Send what waits before quitting (the window's jobs are finished after it)."""
        self.every.stop()
        self.after_edits.stop()
        if not self.read_only and self.job is None and self.shared() \
                and sync.status().waiting:
            self.sync_now(timeout=AT_QUIT_TIMEOUT_S)

    # ------------------------------------------------------------------------------------------

    def status_text(self, state: sync.TeamStatus | None = None) -> str:
        state = state or sync.status()
        if state.url is None:
            return ""
        if self.job is not None:
            return tr("Syncing with the team…")
        if self.offline_reason:
            if state.waiting:
                return tr("Offline: %n change(s) waiting", state.waiting)
            return tr("Offline")
        if state.last_sync is None:
            return tr("Not synced yet")
        return tr("Synced %1").replace("%1", _since(datetime.fromisoformat(state.last_sync)))

    def show_status(self) -> None:
        state = sync.status()
        text = self.status_text(state)
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.label.setToolTip(self.offline_reason or (state.url or ""))
        self.conflicts_button.setText(tr("%n conflict(s)", state.conflicts))
        self.conflicts_button.setToolTip(tr("What two laptops changed differently: review them"))
        self.conflicts_button.setVisible(state.conflicts > 0)


def _since(moment: datetime) -> str:
    """'just now', '2 min ago', '3 hours ago', else as `formats.ago` says it."""
    seconds = (now() - moment).total_seconds()
    if seconds < 60:
        return tr("just now")
    if seconds < 3600:
        return tr("%n min ago", int(seconds // 60))
    if seconds < 86400:
        return tr("%n hour(s) ago", int(seconds // 3600))
    return formats.ago(moment)


