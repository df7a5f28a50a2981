"""The team's book: joining the 100k demo against a bare COPY, and syncs that grow with changes.

Needs PostgreSQL (initdb and pg_ctl); the cluster is throwaway, on a loopback port.
"""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest

from tests.benchmarks import budgets
from tests.services.team.postgres import Postgres, find_bin


@pytest.fixture(scope="module")
def postgres():
    binaries = find_bin()
    assert binaries is not None, "the team benchmarks need PostgreSQL installed"
    server = Postgres(binaries)
    server.start()
    yield server
    server.stop()


def _bare_copy_ms(postgres, book: str, target) -> tuple[float, int]:
    """The reference: the same records copied out of PostgreSQL into a SQLite table, no more."""
    import psycopg

    started = time.perf_counter()
    with psycopg.connect(host="127.0.0.1", port=postgres.port, user="clara", dbname=book,
                         password="clara-pw") as conn, sqlite3.connect(target) as lite:
        lite.execute("CREATE TABLE record (tbl TEXT, uuid TEXT, data TEXT, clocks TEXT, seq INT)")
        with conn.cursor().copy("COPY (SELECT tbl, uuid, data::text, clocks::text, seq FROM "
                                "loyaltydesk.record) TO STDOUT") as copy:
            rows = list(copy.rows())
        lite.executemany("INSERT INTO record VALUES (?, ?, ?, ?, ?)", rows)
    return (time.perf_counter() - started) * 1000, len(rows)


def test_joining_the_100k_team_book_against_a_bare_copy(demo_folder, postgres, tmp_path,
                                                       monkeypatch):
    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.services import customers
    from loyaltydesk.services.session import close_data, open_data
    from loyaltydesk.services.team import sync
    from loyaltydesk.store.models import Customer

    monkeypatch.setenv("PGPASSFILE", str(postgres.pgpass(tmp_path)))
    book = postgres.new_book("bench")
    clara = tmp_path / "clara"
    shutil.copytree(demo_folder, clara)
    open_data(clara)
    started = time.perf_counter()
    sync.create_team(postgres.url("clara", book))
    upload_ms = (time.perf_counter() - started) * 1000
    close_data()
    postgres.let_in("bastien", book)

    reference, records = _bare_copy_ms(postgres, book, tmp_path / "copy.sqlite3")
    open_data(tmp_path / "bastien")
    started = time.perf_counter()
    sync.join_team(postgres.url("bastien", book))
    joined = (time.perf_counter() - started) * 1000
    close_data()
    budgets.ratio_budget("team: join a 100k book", joined, reference, 3,
                         note=f"{records:,} records; create/upload took {upload_ms / 1000:.0f} s")

    open_data(clara)
    spent = {}
    for changes in (10, 100, 1000):
        ids = [c.id for c in Customer.select(Customer.id).limit(changes)]
        for cid in ids:
            details = customers.get_customer(cid).details
            customers.update_customer(cid, ContactDetails(**{**details.__dict__,
                                                             "notes": f"visit {changes}"}))
        started = time.perf_counter()
        result = sync.sync_now()
        spent[changes] = (time.perf_counter() - started) * 1000
        assert result.sent >= changes
    close_data()
    budgets.absolute_budget("team: sync 100 changed customers of 100k", spent[100], 1000,
                            note=f"10 changes {spent[10]:.0f} ms, 1,000 changes "
                                 f"{spent[1000]:.0f} ms: grows with the changes")
    assert spent[1000] > spent[10]
