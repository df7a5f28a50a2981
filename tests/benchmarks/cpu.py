"""CPU seconds of a step: this process's threads and a PostgreSQL cluster's processes, from /proc.

A shared machine's load stretches wall time but not the CPU a step itself spends, so a ratio of
CPU seconds says what a ratio of wall times says without the neighbours' share of the cores.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Spent:
    wall_s: float
    here_s: float  # this process, every thread
    server_s: float  # the cluster: its backends (live or ended) and its own processes

    @property
    def cpu_s(self) -> float:
        return self.here_s + self.server_s


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # ended meanwhile
        return None
    return text[text.rindex(")") + 2:].split()  # fields from the third on: state, ppid, ...


def _children(parent: int) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None and int(fields[1]) == parent:
                found.append(int(entry.name))
    return found


class ClusterCpu:
    """CPU seconds of a PostgreSQL cluster: the postmaster, its live processes and the ones it
    has reaped (a backend's seconds move into the postmaster's children's once it ends)."""

    def __init__(self, data_dir: Path) -> None:
        self.postmaster = int((data_dir / "postmaster.pid").read_text().split()[0])

    def seconds(self) -> float:
        own = _stat(self.postmaster)
        assert own is not None, "the PostgreSQL server stopped"
        ticks = sum(int(v) for v in own[11:15])  # utime, stime, cutime, cstime
        for pid in _children(self.postmaster):
            fields = _stat(pid)
            if fields is not None:
                ticks += int(fields[11]) + int(fields[12])
        return ticks / _TICK

    def settled(self, before: set[int], patience_s: float = 30.0) -> None:
        """Wait until the backends started since `before` have ended and been reaped, so their
        seconds are counted once (as the postmaster's children's)."""
        deadline = time.monotonic() + patience_s
        while set(_children(self.postmaster)) - before and time.monotonic() < deadline:
            time.sleep(0.05)

    def processes(self) -> set[int]:
        return set(_children(self.postmaster))


def spent(cluster: ClusterCpu, step) -> tuple[Spent, object]:
    """Run `step()`; its wall and CPU seconds (here and on the server), and what it returned."""
    before = cluster.processes()
    server, wall, here = cluster.seconds(), time.perf_counter(), time.process_time()
    result = step()
    wall, here = time.perf_counter() - wall, time.process_time() - here
    cluster.settled(before)
    return Spent(wall, here, cluster.seconds() - server), result
