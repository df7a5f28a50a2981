"""Backups of the 100k demo: size and time against the plain checked copy of earlier versions,
and quitting with the day's automatic backup due (and under way) under a second.

Everything runs on a copy of the demo in a temporary folder: the shared demo is only read.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest

from tests.benchmarks import budgets

QUIT_BUDGET_MS = 1000


@pytest.fixture(scope="module")
def book_copy(demo_folder) -> Path:
    """A private copy of the demo's book (through SQLite, so a writer elsewhere is no harm)."""
    folder = Path(tempfile.mkdtemp(prefix="loyaltydesk-bench-backups-"))
    source = sqlite3.connect(f"file:{demo_folder / 'loyaltydesk.sqlite3'}?mode=ro", uri=True)
    target = sqlite3.connect(folder / "loyaltydesk.sqlite3")
    source.backup(target)
    target.execute("PRAGMA journal_mode = WAL")
    target.close()
    source.close()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _earlier_backup(book: Path, target: Path) -> None:
    """What `backup` did before: a page-for-page copy, then SQLite's integrity check."""
    reader = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    reader.backup(writer)
    writer.execute("PRAGMA journal_mode = DELETE")
    writer.close()
    reader.close()
    check = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    check.close()


def test_backup_is_three_times_smaller_and_faster_than_a_plain_checked_copy(book_copy):
    from loyaltydesk.services import backups

    book = book_copy / "loyaltydesk.sqlite3"
    earlier = book_copy / "earlier.sqlite3"
    start = time.perf_counter()
    _earlier_backup(book, earlier)
    earlier_ms = (time.perf_counter() - start) * 1000
    earlier_kib = earlier.stat().st_size / 1024
    earlier.unlink()
    start = time.perf_counter()
    made = backups.take_backup(book_copy)
    ours_ms = (time.perf_counter() - start) * 1000
    ours_kib = made.size / 1024
    made.path.unlink()
    note = f"book {book.stat().st_size / 1024 ** 2:.0f} MiB"
    time_budget = budgets.ratio_budget("backup of the 100k book (time)", ours_ms, earlier_ms,
                                       1 / 3, note=note)
    size_budget = budgets.ratio_budget("backup of the 100k book (size)", ours_kib, earlier_kib,
                                       1 / 3, note=note, unit="KiB")
    print(f"\nbackup: {ours_ms:.0f} ms, {ours_kib / 1024:.0f} MiB; earlier "
          f"{earlier_ms:.0f} ms, {earlier_kib / 1024:.0f} MiB")
    assert size_budget.passed
    assert time_budget.passed


def _window_on(qtbot, folder: Path):
    from loyaltydesk.services.session import open_data
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(open_data(folder))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_quit_with_the_days_backup_due_and_under_way(qtbot, book_copy):
    from loyaltydesk.services import automatic_backups
    from loyaltydesk.services.session import close_data
    from loyaltydesk.ui.safety import startup

    shutil.rmtree(book_copy / "backups", ignore_errors=True)
    window = _window_on(qtbot, book_copy)
    assert automatic_backups.backup_due(book_copy)
    startup.after_show(window, delay_ms=0, idle_ms=60_000)
    qtbot.waitUntil(lambda: window.start_checks.running(), timeout=10_000)
    window.start_checks.stop()  # the start-up check is measured below, as the backup
    window.jobs.finish()
    job = window.idle_backups.back_up_if_due()
    assert job is not None
    qtbot.waitUntil(lambda: any(p.name.startswith(".") for p in
                                (book_copy / "backups").glob("*")), timeout=60_000)
    start = time.perf_counter()
    window.close()
    startup.before_exit(window)
    quit_ms = (time.perf_counter() - start) * 1000
    close_data()
    assert job.was_cancelled
    left = list((book_copy / "backups").glob("*"))
    budgets.absolute_budget("quit, with the day's backup due and under way", quit_ms,
                            QUIT_BUDGET_MS, note=f"{len(left)} file(s) left")
    assert left == []
    assert quit_ms <= QUIT_BUDGET_MS


def test_quit_during_the_start_up_check(qtbot, book_copy):
    from loyaltydesk.services.session import close_data
    from loyaltydesk.ui.safety import startup

    window = _window_on(qtbot, book_copy)
    startup.after_show(window, delay_ms=0, idle_ms=60_000)
    qtbot.waitUntil(lambda: window.start_checks.running(), timeout=10_000)
    start = time.perf_counter()
    window.close()
    startup.before_exit(window)
    quit_ms = (time.perf_counter() - start) * 1000
    close_data()
    budgets.absolute_budget("quit during the start-up check", quit_ms, QUIT_BUDGET_MS)
    assert quit_ms <= QUIT_BUDGET_MS

