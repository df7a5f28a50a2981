"""A join killed with SIGKILL once its download has written into the book's file:
`python -m tests.services.team.join_child FOLDER URL`.

The download's cache is made small, so its pages reach the file as it goes; SQLite's progress
handler kills the process at the first step after the file grew. A join that completes
instead prints "joined".
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from loyaltydesk.services.session import open_data
from loyaltydesk.services.team import download, sync
from loyaltydesk.store.database import db


def join_until_written(folder: Path, url: str) -> None:
    open_data(folder)
    book = folder / "loyaltydesk.sqlite3"
    size = book.stat().st_size
    download._CACHE_KIB = 64

    def kill_once_written() -> int:
        if book.stat().st_size > size:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    db.connection().set_progress_handler(kill_once_written, 2000)
    sync.join_team(url)
    print("joined")


if __name__ == "__main__":
    join_until_written(Path(sys.argv[1]), sys.argv[2])
