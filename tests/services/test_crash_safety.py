"""Pulling the plug: a writer killed with SIGKILL after a random number of reported commits
(or at once, while it opens the data) loses nothing it committed."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

KILLS = int(os.environ.get("LOYALTYDESK_KILLS", "300"))
ROOT = Path(__file__).resolve().parents[2]


class Writers:
    """The forking writer process, read line by line without blocking past a deadline."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.services.crash_writer", str(folder)], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._buffer = b""

    def line(self, deadline: float | None = None) -> str | None:
        while b"\n" not in self._buffer:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not select.select([self.process.stdout], [], [], wait)[0]:
                return None
            chunk = os.read(self.process.stdout.fileno(), 65536)
            assert chunk, "the writer process ended"
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def run_and_kill(self, after: int) -> list[str]:
        """Start a writer, SIGKILL it once it has reported `after` commits (0: at once)."""
        self.process.stdin.write(b"go\n")
        self.process.stdin.flush()
        pid = int(self.line().split()[1])
        reports = []
        while sum(r[:2] in ("c ", "p ") for r in reports) < after:
            line = self.line()
            assert not line.startswith("dead"), f"the writer died by itself: {line}"
            reports.append(line)
        os.kill(pid, signal.SIGKILL)
        while not (line := self.line()).startswith("dead"):
            reports.append(line)
        assert line == f"dead {pid} -9", f"the writer died by itself: {line}"
        return reports

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


def _check(path: Path, customers: dict[int, str], purchases: dict[int, int]) -> None:
    if not path.exists():  # killed before it made the folder
        assert not customers
        return
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        if raw.execute("PRAGMA user_version").fetchone()[0] == 0:  # killed while creating it
            assert not customers
            return
        found = dict(raw.execute("SELECT id, name FROM customer"))
        bought = dict(raw.execute("SELECT id, customer_id FROM purchase"))
        indexed = raw.execute("SELECT count(*) FROM customer_fts").fetchone()[0]
    assert {cid: found.get(cid) for cid in customers} == customers
    assert {pid: bought.get(pid) for pid in purchases} == purchases
    assert indexed == len(found)


def _record(reports: list[str], customers: dict[int, str], purchases: dict[int, int]) -> None:
    for report in reports:
        kind, _, rest = report.partition(" ")
        if kind == "c":
            cid, name = rest.split(" ", 1)
            customers[int(cid)] = name
        elif kind == "p":
            cid, pid = rest.split()
            purchases[int(pid)] = int(cid)


@pytest.mark.slow
def test_hundreds_of_kills_in_the_middle_of_writes_lose_no_committed_write(data_dir):
    from loyaltydesk.services import integrity
    from loyaltydesk.services.session import close_data, open_data

    rng = random.Random(20260302)
    customers: dict[int, str] = {}
    purchases: dict[int, int] = {}
    writers = Writers(data_dir)
    opened = 0
    try:
        for _ in range(KILLS):
            reports = writers.run_and_kill(rng.choice((0, 0, 1, 2, 3, 5, 8, 13)))
            opened += "open" in reports
            _record(reports, customers, purchases)
            _check(data_dir / "loyaltydesk.sqlite3", customers, purchases)
    finally:
        writers.close()
    assert opened < KILLS, "some kills land while the data is being opened"
    assert len(customers) > KILLS, "the kills land among many writes"
    open_data(data_dir)
    assert integrity.problems() == []
    close_data()
