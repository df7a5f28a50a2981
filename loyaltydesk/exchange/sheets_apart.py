"""Contact sheets written by a process of their own, so that the window never waits for them.

Laying out and painting a thousand sheets is Python and Qt work that holds Python's lock. On a
thread of the window's process, a busy machine that pauses that thread while it holds the lock
stops the window with it, for as long as the pause lasts. A separate process has its own lock:
the window's thread only waits on a pipe for its progress.

The process reads the same book (a reader, without the write lock) with the same clock, language
and locale as the window, and writes the file whole or not at all, as in the window's process.
A cancel reaches it through the pipe; it stops and removes what it began.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from loyaltydesk.services.imports import Cancelled, Progress
from loyaltydesk.store.database import DatabaseError

if TYPE_CHECKING:
    from loyaltydesk.exchange.exporter import ExportOptions, ExportResult

# Fewer sheets than this are written in the window's process: they take less time than
# starting a process would.
APART_FROM = 100
POLL_SECONDS = 0.1
STOP_SECONDS = 30  # a process asked to stop that has not stopped by then is killed


class SheetWriterFailed(OSError):
    """The other process could not write the sheets; its message says why."""


@dataclass(frozen=True)
class _Request:
    folder: Path
    passphrase: str | None
    target: Path
    customer_ids: tuple[int, ...]
    options: ExportOptions
    language: str
    locale: str
    now: datetime
    tz: tzinfo


def export_from_window(path: Path, customer_ids: Sequence[int], options: ExportOptions,
                       progress: Progress | None = None) -> ExportResult:
    """`exporter.export` as the window runs it: many contact sheets in a process of their
    own, everything else here."""
    from loyaltydesk.exchange.exporter import ExportFormat, check_export_target, export

    if options.format is ExportFormat.PDF and len(customer_ids) >= APART_FROM:
        check_export_target(path)
        return write_apart(path, customer_ids, options, progress)
    return export(path, customer_ids, options, progress)


def write_apart(path: Path, customer_ids: Sequence[int], options: ExportOptions,
                progress: Progress | None = None) -> ExportResult:
    """Write the sheets in a process of their own; the same result, errors and cancel as
    `exporter.export` in this process."""
    from loyaltydesk.exchange.exporter import ExportResult

    request = _request(path, customer_ids, options)
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=_write_here, args=(request, theirs), daemon=True,
                              name="LoyaltyDesk contact sheets")
    process.start()
    theirs.close()
    try:
        kind, *body = _follow(ours, process, progress)
    finally:
        _stop(process, ours)
    if kind == "done":
        return ExportResult(path, body[0], body[1])
    if kind == "cancelled":
        raise Cancelled(body[0])
    raise SheetWriterFailed(body[0])


def _request(path: Path, customer_ids: Sequence[int], options: ExportOptions) -> _Request:
    from PySide6.QtCore import QLocale

    from loyaltydesk import translations
    from loyaltydesk.clock import clock
    from loyaltydesk.store import database

    book = database.current_path()
    if book is None:
        raise SheetWriterFailed("No book is open")
    now = clock()
    return _Request(book.parent, database.current_passphrase(), path, tuple(customer_ids),
                    options, translations.language_in_use(), QLocale().name(), now.now(),
                    now.local_tz())


def _follow(ours: Connection, process, progress: Progress | None) -> tuple:
    """Pass the process's progress on until its last word; a cancel is sent back to it."""
    asked_to_stop = False
    while True:
        try:
            ready = ours.poll(POLL_SECONDS)
            message = ours.recv() if ready else None
        except EOFError:
            return ("failed", f"The contact sheets' writer stopped (exit code "
                              f"{process.exitcode})")
        if message is None:
            if not process.is_alive() and not ours.poll():
                return ("failed", f"The contact sheets' writer stopped (exit code "
                                  f"{process.exitcode})")
            continue
        if message[0] != "progress":
            return message
        if progress is not None and not asked_to_stop and not progress(*message[1:]):
            ours.send("cancel")
            asked_to_stop = True


def _stop(process, ours: Connection) -> None:
    process.join(STOP_SECONDS)
    if process.is_alive():
        process.kill()
        process.join()
    ours.close()


# -- in the other process ------------------------------------------------------------------
def _write_here(request: _Request, theirs: Connection) -> None:
    """The other process's whole life: open the book as a reader, write, say how it went."""
    try:
        result = _export(request, theirs)
        theirs.send(("done", result.customers, result.items))
    except Cancelled as exc:
        theirs.send(("cancelled", str(exc)))
    except (OSError, ValueError, DatabaseError) as exc:  # a refusal: its one line says why
        theirs.send(("failed", str(exc)))
    except Exception:  # anything else is told whole, not lost with the process
        theirs.send(("failed", traceback.format_exc(limit=5)))
    finally:
        theirs.close()


def _export(request: _Request, theirs: Connection) -> ExportResult:
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from loyaltydesk import translations
    from loyaltydesk.clock import FixedClock, set_clock
    from loyaltydesk.exchange.exporter import export
    from loyaltydesk.services.session import close_data, open_data

    running = QGuiApplication.instance()  # one the main module made as it was imported
    app = running if running is not None else QGuiApplication([])
    made = running is None
    translations.load(app, request.language)
    QLocale.setDefault(QLocale(request.locale))
    set_clock(FixedClock(request.now, request.tz))
    open_data(request.folder, create=False, write=False, passphrase=request.passphrase)

    def progress(done: int, total: int) -> bool:
        theirs.send(("progress", done, total))
        return not (theirs.poll() and theirs.recv() == "cancel")

    try:
        return export(request.target, request.customer_ids, request.options, progress)
    finally:
        close_data()
        if made:
            app.shutdown()
