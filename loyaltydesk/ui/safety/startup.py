"""Start and quit: one window per folder, the passphrase, the checks, the idle backups."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from loyaltydesk import APP_NAME, paths
from loyaltydesk.services import backups, folder_lock, passphrases, unit_of_work
from loyaltydesk.services.book_check import BookCheck
from loyaltydesk.services.session import DataFolder, PassphraseRequired, WrongPassphrase, open_data
from loyaltydesk.services.storage_errors import describe, is_damage, is_out_of_room
from loyaltydesk.store import cipher, snapshot
from loyaltydesk.store.database import DatabaseBusy, DatabaseError
from loyaltydesk.store.migrations import SchemaTooNewError
from loyaltydesk.ui.jobs import Job, JobRunner, Progress
from loyaltydesk.ui.safety.idle_backup import IDLE_MS, IdleBackups
from loyaltydesk.ui.safety.single_instance import SingleInstance

# The dialogs below answer a problem (a busy folder, a passphrase, a damaged file): each is
# imported when it is needed, so a start that meets none paints sooner.


def warning(parent: QWidget | None, title: str, text: str) -> None:
    from loyaltydesk.ui.safety import recovery

    recovery.warning(parent, title, text)


def recover(folder: Path, passphrase: str | None, problems: list[str], *,
            current: DataFolder | None = None,
            parent: QWidget | None = None) -> DataFolder | None:
    from loyaltydesk.ui.safety import recovery

    return recovery.recover(folder, passphrase, problems, current=current, parent=parent)


def busy_choice(text: str) -> bool:
    from loyaltydesk.ui.safety import busy

    return busy.busy_choice(text)


def _storage_words(text: str) -> str:
    return QCoreApplication.translate("StorageErrors", text)


def claim(folder: Path) -> SingleInstance | None:
    """The guard of this folder, or None when a program already has it (and was knocked)."""
    guard = SingleInstance(folder, QApplication.instance())
    if guard.claim(listen=False):  # answers later launches once the window is painted
        return guard
    found = folder_lock.holder(folder)
    if found is not None and not found.is_window:  # a command writing: wait for it
        from loyaltydesk.ui.safety.busy import WaitForWriter

        return guard if WaitForWriter(guard, found.purpose).wait() else None
    if found is None and guard.claim(listen=False):  # it was just let go
        return guard
    if not guard.knock():
        warning(None, APP_NAME, QCoreApplication.translate("QApplication",
            "LoyaltyDesk is already open on this data folder, but does not answer. Close it, "
            "then try again."))
    return None


def ask_passphrase(folder: Path, wrong: bool) -> str | None:
    from loyaltydesk.ui.safety.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(QCoreApplication.translate(
        "QApplication", "The data in %s is encrypted. Type its passphrase to open it.") % folder)
    if wrong:
        dialog.show_error(QCoreApplication.translate(
            "QApplication", "That passphrase does not open the data."))
    if not dialog.exec():
        return None
    if dialog.remember.isChecked():
        passphrases.remember(folder, dialog.value())
    return dialog.value()


def open_checked(folder: Path, *, interactive: bool = True) -> DataFolder | None:
    """Open the folder, asking for its passphrase; an unreadable database offers a backup.

    Not `interactive` (a smoke test, nobody at the screen): a problem is printed, not asked.
    """
    encrypted = cipher.is_encrypted(paths.database_path(folder))
    passphrase = passphrases.remembered(folder) if encrypted else None
    while True:
        try:
            return open_data(folder, passphrase=passphrase)
        except (DatabaseError, cipher.PassphraseError) as exc:
            if not interactive:
                print(f"loyaltydesk: {exc}", file=sys.stderr)
                return None
            if isinstance(exc, DatabaseBusy):  # busy is never damage: no restore offered
                if busy_choice(str(exc)):
                    continue
                return None
            if not isinstance(exc, PassphraseRequired | WrongPassphrase):
                if is_out_of_room(exc):  # a full disk is not damage: read what is there
                    return _open_for_reading(folder, passphrase, exc)
                return _cannot_open(folder, passphrase, exc)
            if not cipher.available():
                if passphrase is None and _plain_backups(folder):
                    return _likely_damaged(folder)
                warning(None, APP_NAME, str(exc))
                return None
            # Asked first, always: an encrypted book is never taken for a damaged one.
            passphrase = ask_passphrase(folder, isinstance(exc, WrongPassphrase))
            if passphrase is None:
                return _likely_damaged(folder) if _plain_backups(folder) else None


def _cannot_open(folder: Path, passphrase: str | None, exc: Exception) -> DataFolder | None:
    if isinstance(exc, SchemaTooNewError):  # a newer version's data: never offer to replace it
        warning(None, APP_NAME, str(exc))
        return None
    return recover(folder, passphrase, [str(exc)])


def _open_for_reading(folder: Path, passphrase: str | None,
                      exc: Exception) -> DataFolder | None:
    try:
        data = open_data(folder, passphrase=passphrase, write=False)
    except (DatabaseError, cipher.PassphraseError):
        return _cannot_open(folder, passphrase, exc)
    warning(None, APP_NAME, QCoreApplication.translate("QApplication",
        "The disk is full, so LoyaltyDesk opens your data read-only: nothing can be changed "
        "until some space is freed. Close it, free some space, then open it again."))
    return data


def _likely_damaged(folder: Path) -> DataFolder | None:
    return recover(folder, None, [QCoreApplication.translate("QApplication",
        "The database file cannot be read: it is not a plain SQLite file and no passphrase "
        "opened it; as its backups are not encrypted, it may be damaged.")])


def _plain_backups(folder: Path) -> bool:
    """Whether the newest backup is a plain file: then a file that looks encrypted is damaged."""
    found = backups.list_backups(folder)
    return bool(found) and (snapshot.is_compressed(found[0].path)
                            or not cipher.is_encrypted(found[0].path))


class StartChecks(QObject):
    """The quick check of the database, as a job off the painting thread. Until it is over,
    a write waits for it; a book that fails it takes no write (`book_check`)."""

    problems_found = Signal(list)
    check_failed = Signal(str)

    def __init__(self, data: DataFolder, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self._jobs = jobs
        self.job: Job | None = None
        self.book = BookCheck(data.database_path, data.passphrase)
        unguard = self._unguard = unit_of_work.guard_writes(self.book.before_writing)
        self.destroyed.connect(lambda *_: unguard())

    def book_replaced(self) -> None:
        """A restore put a checked backup in place: writes no longer wait for this check."""
        self._unguard()

    def start(self) -> None:
        if self.job is None:
            self.job = self._jobs.start(self._check, error_text=None)
            self.job.succeeded.connect(self._report)
            self.job.failed.connect(lambda text: self.check_failed.emit(
                QCoreApplication.translate("QApplication", "The start-up check stopped: %s")
                % text))

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def stop(self) -> None:
        """Quitting: the check stops where it is (nothing was written)."""
        if self.job is not None and self.job.running():
            self.job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the check is over (its report still to come)."""
        return self.job is None or self.job.wait(msecs)

    def _report(self, found: list[str]) -> None:
        if found:
            self.problems_found.emit(found)

    def _check(self, progress: Progress) -> list[str]:
        return self.book.run(cancelled=lambda: not progress(0, 0))


# The checks read the whole file: they wait until the window has painted and settled.
START_CHECKS_AFTER_MS = 1500


def after_show(window, delay_ms: int = START_CHECKS_AFTER_MS,
               idle_ms: int = IDLE_MS) -> StartChecks:
    """Start the checks soon, then the automatic backups whenever the window idles; a problem
    brings the recovery dialog over the window."""
    checks = StartChecks(window.data, window.jobs, window)
    window.start_checks = checks
    window.data_replaced.connect(checks.book_replaced)
    idle = IdleBackups(lambda: window.data, window.jobs, window, idle_ms)
    window.idle_backups = idle
    checks.problems_found.connect(lambda found: offer_recovery(window, found))
    checks.check_failed.connect(lambda text: window.statusBar().showMessage(text))
    idle.backed_up.connect(lambda path: window.statusBar().showMessage(
        window.tr("Backed up automatically to %s") % path, 8000))
    idle.backup_failed.connect(lambda text: window.statusBar().showMessage(text))
    QTimer.singleShot(delay_ms, checks.start)
    QTimer.singleShot(delay_ms, idle.start)
    return checks


def offer_recovery(window, found: list[str]) -> None:
    """The recovery dialog over the window (once at a time); the window follows the choice."""
    if getattr(window, "recovering", False):
        return
    window.recovering = True
    try:
        restored = recover(window.data.folder, window.data.passphrase, found,
                           current=window.data, parent=window)
    finally:
        window.recovering = False
    if restored is None:
        window.close()
    elif restored is not window.data:
        window.data = restored
        window.data_replaced.emit()


def before_exit(window) -> None:
    """Quitting takes no backup (the window took them while it idled): the start-up check or
    an automatic backup still under way stops, leaving nothing half-written; other jobs
    (an import, an export) are finished."""
    for running in (getattr(window, "idle_backups", None), window.start_checks):
        if running is not None:
            running.stop()
    if window.jobs.busy():
        _wait_with_note(window, window.jobs)
    window.reads.cancel_all()  # a count still to come is not needed any more;
    window.reads.wait()  # one under way ends before the data is closed


def _wait_with_note(window, jobs: JobRunner) -> None:
    note = QProgressDialog(window.tr("Finishing the work under way before closing…"), "", 0, 0)
    note.setCancelButton(None)
    note.setWindowTitle(APP_NAME)
    note.setMinimumDuration(500)
    jobs.finish()
    note.close()


_before_the_window: list[BaseException] = []


def note_errors_until_the_window() -> None:
    """While the window is built (its list reads the book), a failure is printed and kept:
    install_error_dialog answers it over the window once there is one, so damage found then
    still brings the recovery dialog."""
    def hook(kind, value, tb) -> None:
        traceback.print_exception(kind, value, tb)
        _before_the_window.append(value)

    _before_the_window.clear()
    sys.excepthook = hook


def install_error_dialog(parent: QWidget | None = None) -> None:
    """Show failures as a plain message (the traceback goes to stderr, for a bug report)."""
    def hook(kind, value, tb) -> None:
        traceback.print_exception(kind, value, tb)
        if parent is not None and hasattr(parent, "data") and is_damage(value):
            offer_recovery(parent, [str(value)])  # a damaged file: the way out, not a shrug
            return
        text = describe(value, _storage_words) or QCoreApplication.translate("QApplication",
            "Something went wrong: %s. The last change may not have been saved.") % value
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    sys.excepthook = hook
    if _before_the_window:  # the first failure met while the window was built, over it now
        first = _before_the_window[0]
        _before_the_window.clear()
        QTimer.singleShot(0, lambda: hook(type(first), first, first.__traceback__))
