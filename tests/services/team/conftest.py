"""Fixtures for the team's book: one PostgreSQL cluster per test session, a book per test."""

from __future__ import annotations

import itertools
import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.services.team.postgres import Postgres, find_bin

_books = itertools.count(1)


@pytest.fixture(scope="session")
def postgres():
    binaries = find_bin()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: .ci/run installs it")
        pytest.skip("PostgreSQL is not installed here")
    server = Postgres(binaries)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def book(postgres, isolated_home, monkeypatch) -> str:
    """An empty database for this test's team, and the passwords where libpq looks."""
    monkeypatch.setenv("PGPASSFILE", str(postgres.pgpass(isolated_home)))
    return postgres.new_book(f"book{next(_books)}")


@contextmanager
def laptop(folder: Path):
    """One laptop's book, open for the length of the block."""
    from loyaltydesk.services.session import close_data, open_data

    open_data(folder)
    try:
        yield
    finally:
        close_data()
