"""The job runner: work off the window's thread, progress, cancel, errors shown once."""

from __future__ import annotations

import gc
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers, events
from loyaltydesk.services.events import Change
from loyaltydesk.services.imports import Action, IncomingContact, PlannedContact, apply_contacts
from loyaltydesk.services.phone.account import PhoneSyncError
from loyaltydesk.ui.jobs import JOB_SWITCH_INTERVAL, JobRunner

WAIT_MS = 20_000


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def runner(owner):
    jobs = JobRunner(owner)
    yield jobs
    jobs.cancel_all()
    jobs.finish()


def _plan(count: int) -> list[PlannedContact]:
    return [PlannedContact(IncomingContact(ContactDetails(name=f"Person {n}"), f"line {n}"),
                           Action.ADD) for n in range(count)]


def test_the_window_keeps_running_while_a_job_works(qtbot, data, runner):
    # The work waits for a timer of the window's thread: it can only end if that thread
    # goes on running its events while the work runs.
    released = threading.Event()
    QTimer.singleShot(50, released.set)
    job = runner.start(lambda _progress: released.wait(WAIT_MS / 1000) and "done")
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS) as outcome:
        pass
    assert outcome.args == ["done"]


def test_what_a_job_writes_is_told_to_the_views_on_their_thread_after_it_ends(
        qtbot, data, runner):
    heard = []
    events.subscribe(Change.BULK, lambda change, ids: heard.append(
        (ids, threading.current_thread() is threading.main_thread())))
    job = runner.start(lambda progress: apply_contacts(_plan(3), "x.csv", progress))
    with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
        pass
    assert job.result.added == 3
    assert heard == [(job.result.customer_ids, True)]


def test_cancel_in_the_progress_dialog_changes_nothing(qtbot, data, runner, owner):
    gate = threading.Event()

    def work(progress):
        gate.wait(WAIT_MS / 1000)  # held until the user has pressed Cancel
        return apply_contacts(_plan(120), "x.csv", progress)

    job = runner.start(work, label="Importing x.csv...", owner=owner)
    dialog = owner.findChild(QProgressDialog)
    assert dialog is not None and dialog.labelText() == "Importing x.csv..."
    _cancel_button(dialog).click()
    gate.set()
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS):
        pass
    assert customers.customer_count() == 0 and job.result is None
    qtbot.waitUntil(lambda: owner.findChild(QProgressDialog) is None)


def _cancel_button(dialog: QProgressDialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")


def test_a_failure_is_shown_once_over_its_owner(qtbot, data, runner, owner):
    def broken(_progress):
        raise ValueError("line 3 has no name")

    job = runner.start(broken, label="Importing", owner=owner,
                       error_text="Nothing was imported: %1")
    failures = []
    job.failed.connect(failures.append)
    with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
        pass
    boxes = [b for b in owner.findChildren(QMessageBox) if b.isVisible()]
    assert failures == ["line 3 has no name"]
    assert [b.text() for b in boxes] == ["Nothing was imported: line 3 has no name"]
    boxes[0].accept()


def test_jobs_run_one_after_the_other_and_those_not_started_can_be_dropped(qtbot, data, runner):
    started, gate = threading.Event(), threading.Event()
    order = []
    first = runner.start(lambda _p: started.set() or gate.wait(WAIT_MS / 1000) and order.append(1))
    second = runner.start(lambda _progress: order.append(2))
    assert started.wait(WAIT_MS / 1000)
    runner.cancel_all()
    gate.set()
    with qtbot.waitSignal(second.ended, timeout=WAIT_MS):
        pass
    assert order == [1] and second.was_cancelled and first.result is None
    assert not runner.busy()
    assert QApplication.activeModalWidget() is None


@pytest.mark.parametrize("fails", [False, True])
def test_a_job_leaves_what_lived_before_it_out_of_its_collections(qtbot, data, runner, fails):
    # A full collection on the worker holds the window's thread too: while the job runs, the
    # objects alive before it are not walked, and they are handed back when it ends.
    before = [object()]
    seen = {}

    def work(_progress):
        made = [object()]
        tracked = {id(o) for o in gc.get_objects()}
        seen.update(before=id(before) in tracked, made=id(made) in tracked)
        if fails:
            raise ValueError("stopped")

    job = runner.start(work, error_text=None)
    with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
        pass
    assert (job.error is not None) is fails
    assert seen == {"before": False, "made": True}
    assert gc.get_freeze_count() == 0
    assert any(o is before for o in gc.get_objects())


def test_what_a_job_made_before_a_progress_report_is_left_out_of_later_collections(
        qtbot, data, runner):
    # A job keeping much of what it made (a thousand sheets' pages) would have each full
    # collection walk all of it again while the window waits.
    seen = {}

    def work(progress):
        kept = [object()]
        progress(1, 2)
        made_after = [object()]
        tracked = {id(o) for o in gc.get_objects()}
        seen.update(kept=id(kept) in tracked, after=id(made_after) in tracked)

    job = runner.start(work, error_text=None)
    with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
        pass
    assert seen == {"kept": False, "after": True}
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("fails", [False, True])
def test_the_window_waits_less_for_python_while_a_job_runs(qtbot, data, runner, fails):
    # The worker hands the GIL over at the switch interval: short while a job runs, so the
    # window's slots and models are not held back; the usual one once it has ended.
    usual = sys.getswitchinterval()
    seen = []

    def work(_progress):
        seen.append(sys.getswitchinterval())
        if fails:
            raise ValueError("stopped")

    job = runner.start(work, error_text=None)
    with qtbot.waitSignal(job.ended, timeout=WAIT_MS):
        pass
    assert seen == [JOB_SWITCH_INTERVAL] and JOB_SWITCH_INTERVAL < usual
    assert sys.getswitchinterval() == usual


@pytest.mark.parametrize("error, a_bug", [(PhoneSyncError("The server does not answer"), False),
                                          (KeyError("slot"), True)])
def test_only_a_bug_leaves_its_traceback_for_a_report(qtbot, data, runner, capfd, error, a_bug):
    def work(_progress):
        raise error

    job = runner.start(work, error_text=None)
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS):
        pass
    assert ("Traceback" in capfd.readouterr().err) is a_bug
