"""One unit of work per user action: the transaction, then its figures and events, once each.

A write says what it touched (`touched`: these customers, these kinds of data). Use cases
nest freely; only the outermost one acts on what was recorded: it refreshes the stored
figures of every touched customer once, as the last statement of its transaction (so the
figures commit with the data they are derived from, or not at all), and after the commit it
publishes each kind of change once. When the transaction rolls back nothing is published,
and a nested use case that fails (inside a savepoint its caller survives) forgets what it
recorded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum

from loyaltydesk.services import figures
from loyaltydesk.services.events import Change, publish
from loyaltydesk.store.database import db


class Book(Enum):
    """Figures to refresh for every customer, when a write changes a rule they all depend on."""

    ALL = "all"  # every stored figure (a bulk load)
    RHYTHM = "rhythm"  # only the amber and red days (a stage's or a tag's gaps changed)


@dataclass(frozen=True)
class _Entry:
    customer_ids: tuple[int, ...] | None  # None: the whole book
    changes: tuple[Change, ...]
    figures: bool
    book: Book | None = None
    many: bool = True  # given as a collection: listeners hear a list even of one


@dataclass
class _Work:
    journal: list[_Entry] = field(default_factory=list)


_local = threading.local()
# Asked before each outermost write begins: a guard raises to refuse it (see book_check).
_guards: list[Callable[[], None]] = []
_guards_lock = threading.Lock()


def guard_writes(guard: Callable[[], None]) -> Callable[[], None]:
    """`guard` is called before every write of this process from now on; it may wait, or
    raise to refuse the write. Returns the way to stop."""
    with _guards_lock:
        _guards.append(guard)

    def stop() -> None:
        with _guards_lock:
            if guard in _guards:
                _guards.remove(guard)

    return stop


def _ask_guards() -> None:
    if _guards:
        with _guards_lock:
            guards = tuple(_guards)
        for guard in guards:
            guard()


def _current() -> _Work | None:
    return getattr(_local, "work", None)


def in_unit_of_work() -> bool:
    return _current() is not None


@contextmanager
def unit_of_work() -> Iterator[None]:
    """The transaction of one use case; nested use cases join their caller's."""
    work = _current()
    if work is not None:
        mark = len(work.journal)
        try:
            with db.atomic():  # a savepoint: a failure the caller survives undoes only this
                yield
        except BaseException:
            del work.journal[mark:]
            raise
        return
    _ask_guards()
    work = _local.work = _Work()
    try:
        with db.atomic():
            yield
            _refresh(work.journal)
    finally:
        _local.work = None
    _publish(work.journal)


def touched(customer_ids: int | Iterable[int], *changes: Change, figures: bool = True) -> None:
    """Record that the current write touched these customers' data of these kinds.

    `figures=False` for data no stored figure depends on (a referral, a follow-up's title,
    the trash flag), so a large trash or restore does not recompute anything.
    """
    if isinstance(customer_ids, int):
        _journal().append(_Entry((customer_ids,), changes, figures, many=False))
    else:
        _journal().append(_Entry(tuple(customer_ids), changes, figures))


def touched_book(*changes: Change, book: Book | None = None) -> None:
    """Record a write that may concern any customer; `book` says which figures it moved."""
    _journal().append(_Entry(None, changes, book is not None, book))


def _journal() -> list[_Entry]:
    work = _current()
    if work is None:
        raise RuntimeError("A write must run inside a unit of work")
    return work.journal


def _refresh(journal: list[_Entry]) -> None:
    books = {e.book for e in journal if e.book is not None}
    if Book.ALL in books:
        figures.refresh_all()
        return
    if Book.RHYTHM in books:
        figures.refresh_rhythm_all()
    ids = [i for e in journal if e.figures and e.customer_ids for i in e.customer_ids]
    if ids:
        figures.refresh(ids)


def _publish(journal: list[_Entry]) -> None:
    """Each kind once, in the order first touched; a bulk change stands for all the others."""
    payloads: dict[Change, dict[int, None] | None] = {}
    as_list: set[Change] = set()
    for entry in journal:
        for change in entry.changes:
            known = payloads.setdefault(change, {})
            if entry.many:
                as_list.add(change)
            if entry.customer_ids is None or known is None:
                payloads[change] = None
            else:
                known.update(dict.fromkeys(entry.customer_ids))
    if Change.BULK in payloads:
        payloads = {Change.BULK: payloads[Change.BULK]}
    for change, ids in payloads.items():
        publish(change, _payload(ids, change in as_list))


def _payload(ids: dict[int, None] | None, as_list: bool) -> int | list[int] | None:
    """None: anyone; one customer's id; or a list of ids."""
    if ids is None:
        return None
    found = list(ids)
    return found if as_list or len(found) != 1 else found[0]
