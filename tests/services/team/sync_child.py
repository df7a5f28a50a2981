"""Syncs that can be killed cheaply: `python -m tests.services.team.sync_child`.

This process imports everything once, then for each line `FOLDER BATCH` on its input forks a
child that syncs that laptop's book, printing each step the sync reports as it reaches it. The
parent test kills the child with SIGKILL after the n-th step; this process then reports how the
child ended.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from loyaltydesk.services.session import open_data
from loyaltydesk.services.team import sync


def _say(text: str) -> None:
    os.write(1, f"{text}\n".encode())  # one write each: lines never interleave


def run_sync(folder: Path, batch: int) -> None:
    open_data(folder)
    _say("open")
    sync.sync_now(progress=lambda step, count: _say(f"{step} {count}"), batch=batch)
    _say("done")


def serve() -> None:
    for line in sys.stdin:
        folder, batch = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                run_sync(Path(folder), int(batch))
            finally:
                os._exit(0)
        _say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"ended {status}")


if __name__ == "__main__":
    serve()
