"""Automatic backups while the window idles, on the job runner: never at quit, never in the way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from loyaltydesk.services import automatic_backups
from loyaltydesk.services.events import Change, subscribe
from loyaltydesk.services.session import DataFolder
from loyaltydesk.store import database
from loyaltydesk.ui.jobs import Job, JobRunner, Progress

# A backup starts once nothing was written for this long and no other job runs; the same
# pause then looks again whether one is due (a day since the last, or an hour after edits).
IDLE_MS = 60_000


class IdleBackups(QObject):
    """Takes the automatic backup when it is due and the window has been quiet a while."""

    backed_up = Signal(str)  # where the backup went
    backup_failed = Signal(str)  # why there is none, for people

    def __init__(self, data_of: Callable[[], DataFolder], jobs: JobRunner,
                 parent: QObject | None = None, idle_ms: int = IDLE_MS) -> None:
        super().__init__(parent)
        self._data_of = data_of  # the window's data, which a restore replaces
        self._jobs = jobs
        self.changed = False  # written since the last automatic backup began
        self.job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.back_up_if_due)
        self._unsubscribe = [subscribe(change, self._on_change) for change in Change]
        listening = self._unsubscribe
        self.destroyed.connect(lambda *_: [unsubscribe() for unsubscribe in listening])

    def start(self) -> None:
        self._timer.start()

    def _on_change(self, *_args) -> None:
        self.changed = True
        if self._timer.isActive():
            self._timer.start()  # counts the quiet time again from this edit

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def back_up_if_due(self) -> Job | None:
        """Start the backup on the job runner when it is due and nothing else runs."""
        data = self._data_of()
        if database.current_path() != data.database_path:  # the window's data was closed
            self.stop()
            return None
        if self.running() or self._jobs.busy() or data.readonly or \
                not data.database_path.exists() or \
                not automatic_backups.backup_due(data.folder, self.changed):
            return None
        folder, key = data.folder, data.passphrase

        def work(progress: Progress) -> str:
            made = automatic_backups.automatic_backup(
                folder, key, cancelled=lambda: not progress(0, 0))
            return str(made.path)

        self.changed = False
        self.job = self._jobs.start(work, error_text=None)
        self.job.succeeded.connect(self.backed_up.emit)
        self.job.failed.connect(self._failed)
        return self.job

    def _failed(self, text: str) -> None:
        self.changed = True  # still to be kept: try again at the next quiet moment
        self.backup_failed.emit(self.tr("No automatic backup: %s") % text)

    def stop(self) -> None:
        """Stop looking, and stop a backup under way (it leaves nothing half-written)."""
        self._timer.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        if self.job is not None and self.job.running():
            self.job.cancel()
