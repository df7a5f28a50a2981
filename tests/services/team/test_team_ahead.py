"""Records read ahead on a thread of their own reach the writer whole, in order, errors included."""

from __future__ import annotations

import threading

import pytest

from loyaltydesk.services.team.ahead import Ahead


def _rows(kind: str, count: int):
    for n in range(count):
        yield (kind, n)


def test_each_kind_comes_whole_and_in_order_however_many_batches_it_takes():
    sizes = {"customer": 5003, "purchase": 0, "interaction": 17}
    with Ahead(list(sizes), lambda kind: _rows(kind, sizes[kind])) as ahead:
        got = {kind: list(ahead.rows(kind)) for kind in sizes}
    assert got == {kind: [(kind, n) for n in range(count)] for kind, count in sizes.items()}


def test_an_error_while_reading_is_raised_where_the_rows_are_used():
    def read(kind: str):
        yield (kind, 0)
        raise ConnectionError("the server stopped answering")

    with Ahead(["customer"], read) as ahead, pytest.raises(ConnectionError, match="stopped"):
        list(ahead.rows("customer"))


def test_a_writer_that_gives_up_stops_the_reader_and_closes_what_it_read():
    closed = threading.Event()

    def endless(kind: str):
        try:
            n = 0
            while True:
                yield (kind, n)
                n += 1
        finally:
            closed.set()

    with pytest.raises(RuntimeError), Ahead(["customer"], endless) as ahead:
        for _, n in ahead.rows("customer"):
            if n == 10_000:
                raise RuntimeError("the book's disk is full")
    assert closed.is_set()
    assert not any(t.name == "team-download" for t in threading.enumerate())


def test_kinds_are_asked_for_in_the_order_they_are_read():
    with Ahead(["tag", "customer"], lambda kind: _rows(kind, 1)) as ahead:
        with pytest.raises(ValueError, match="tag"):
            list(ahead.rows("customer"))
