"""The team's book: joining the 100k demo against a bare COPY, and syncs that grow with changes.

Needs PostgreSQL (initdb and pg_ctl); the cluster is throwaway, on a loopback port.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import time
from functools import partial

import pytest

from tests.benchmarks import budgets, cpu
from tests.services.team.postgres import Postgres, find_bin


@pytest.fixture(scope="module")
def postgres():
    binaries = find_bin()
    assert binaries is not None, "the team benchmarks need PostgreSQL installed"
    server = Postgres(binaries)
    server.start()
    yield server
    server.stop()


def _bare_copy(postgres, book: str, target) -> int:
    """The reference: the same records copied out of PostgreSQL into a SQLite table, no more."""
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=postgres.port, user="clara", dbname=book,
                         password="clara-pw") as conn, sqlite3.connect(target) as lite:
        lite.execute("CREATE TABLE record (tbl TEXT, uuid TEXT, data TEXT, clocks TEXT, seq INT)")
        with conn.cursor().copy("COPY (SELECT tbl, uuid, data::text, clocks::text, seq FROM "
                                "loyaltydesk.record) TO STDOUT") as copy:
            rows = list(copy.rows())
        lite.executemany("INSERT INTO record VALUES (?, ?, ?, ?, ?)", rows)
    return len(rows)


def _join(url: str, folder) -> None:
    from loyaltydesk.services.session import close_data, open_data
    from loyaltydesk.services.team import sync

    open_data(folder)
    try:
        sync.join_team(url)
    finally:
        close_data()


# Reference and join alternate, so a change of the machine's load falls on both alike; the
# verdict is the median round's, in wall time and in CPU seconds (here and the server's).
ROUNDS = int(os.environ.get("LOYALTYDESK_BENCH_TEAM_ROUNDS", "3"))


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

    cluster = cpu.ClusterCpu(postgres.data)
    rounds = []
    for n in range(ROUNDS):
        copy = tmp_path / f"copy{n}.sqlite3"
        bastien = tmp_path / f"bastien{n}"
        reference, records = cpu.spent(cluster, partial(_bare_copy, postgres, book, copy))
        copy.unlink()
        joined, _ = cpu.spent(cluster, partial(_join, postgres.url("bastien", book), bastien))
        rounds.append((reference, joined))
        if n < ROUNDS - 1:
            shutil.rmtree(bastien)
    by_wall = sorted(rounds, key=lambda r: r[1].wall_s / r[0].wall_s)
    by_cpu = sorted(rounds, key=lambda r: r[1].cpu_s / r[0].cpu_s)
    reference, joined = by_wall[len(rounds) // 2]
    seen = "; ".join(f"{j.wall_s / r.wall_s:.2f}x wall ({r.wall_s:.0f}/{j.wall_s:.0f} s), "
                     f"{j.cpu_s / r.cpu_s:.2f}x CPU ({r.here_s:.0f}+{r.server_s:.0f}/"
                     f"{j.here_s:.0f}+{j.server_s:.0f} s)" for r, j in rounds)
    budgets.ratio_budget("team: join a 100k book (median of rounds)", joined.wall_s * 1000,
                         reference.wall_s * 1000, 3,
                         note=f"{records:,} records; rounds: {seen}; create/upload took "
                              f"{upload_ms / 1000:.0f} s")
    reference, joined = by_cpu[len(rounds) // 2]
    budgets.ratio_budget("team: join a 100k book, CPU here + server (median)",
                         joined.cpu_s * 1000, reference.cpu_s * 1000, 3,
                         note="CPU seconds of this process and of the PostgreSQL cluster")

    open_data(clara)
    samples: dict[int, list[float]] = {}
    for changes in (10, 100, 1000):
        ids = [c.id for c in Customer.select(Customer.id).limit(changes)]
        for n in range(ROUNDS):  # the median of a few syncs: one can meet a neighbour's burst
            for cid in ids:
                details = customers.get_customer(cid).details
                customers.update_customer(cid, ContactDetails(
                    **{**details.__dict__, "notes": f"visit {changes}, {n}"}))
            started = time.perf_counter()
            result = sync.sync_now()
            samples.setdefault(changes, []).append((time.perf_counter() - started) * 1000)
            assert result.sent >= changes
    close_data()
    spent = {changes: statistics.median(found) for changes, found in samples.items()}
    seen = ", ".join(f"{ms:.0f}" for ms in samples[100])
    budgets.absolute_budget("team: sync 100 changed customers of 100k (median)", spent[100],
                            1000, note=f"syncs of 100: {seen} ms; 10 changes {spent[10]:.0f} ms, "
                                       f"1,000 changes {spent[1000]:.0f} ms: grows with the "
                                       "changes")
    assert spent[1000] > spent[10]
