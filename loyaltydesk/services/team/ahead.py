"""Reading the team's records on a thread of its own, while this laptop writes what came before.

The server's rows are parsed on the reading thread while SQLite writes the rows before them
(SQLite lets other threads run while it works). The reader stays a bounded number of batches
ahead, so memory stays small; an error on either side stops both, and the reader's error is
raised where the rows are used.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from typing import Any

_BATCH = 2000  # rows handed over at a time: one hand-over per row would cost more than it saves
_AHEAD = 32  # batches the reader may be ahead


class _Stopped(Exception):
    """The one using the rows gave up: the reader stops too."""


class _End:
    """A kind read to its end."""


class Ahead:
    """Kinds read one after the other by `read(kind)`; `rows(kind)` gives them in that order."""

    def __init__(self, kinds: list[str],
                 read: Callable[[str], Generator[tuple[Any, ...], None, None]]) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(_AHEAD)
        self._stop = threading.Event()
        self._kinds = list(kinds)
        self._thread = threading.Thread(target=self._run, args=(read,), name="team-download",
                                        daemon=True)

    def __enter__(self) -> Ahead:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        while self._thread.is_alive():  # free a reader waiting for room, then let it end
            try:
                self._queue.get(timeout=0.05)
            except queue.Empty:
                pass
        self._thread.join()

    def rows(self, kind: str) -> Iterable[tuple[Any, ...]]:
        """The rows of the next kind, which must be `kind`."""
        expected = self._kinds.pop(0)
        if expected != kind:
            raise ValueError(f"{kind} asked for while {expected} is read")
        while True:
            item = self._queue.get()
            if isinstance(item, BaseException):
                raise item
            if item is _End:
                return
            yield from item

    def _run(self, read: Callable[[str], Generator[tuple[Any, ...], None, None]]) -> None:
        try:
            for kind in list(self._kinds):
                with closing(read(kind)) as found:
                    batch: list[tuple[Any, ...]] = []
                    for row in found:
                        batch.append(row)
                        if len(batch) >= _BATCH:
                            self._put(batch)
                            batch = []
                    self._put(batch)
                self._put(_End)
        except _Stopped:
            return
        except BaseException as exc:  # raised again where the rows are used
            self._put_error(exc)

    def _put(self, item: Any) -> None:
        while True:
            if self._stop.is_set():
                raise _Stopped
            try:
                self._queue.put(item, timeout=0.05)
                return
            except queue.Full:
                continue

    def _put_error(self, exc: BaseException) -> None:
        try:
            self._put(exc)
        except _Stopped:
            pass
